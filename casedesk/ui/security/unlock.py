"""The unlock dialog at start: an encrypted store waits behind it until its passphrase is
given. Opening (key derivation, ~0.2 s) runs on a worker with a busy bar; a wrong
passphrase is said in place and selected for retyping, and nothing is changed."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import PassphraseRequiredError, WrongPassphraseError
from casedesk.ui.security import worker
from casedesk.ui.security.fields import PassphraseField
from casedesk.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from casedesk.services.registry import Services

#: Wrong passphrases before the message also says the file itself may be the problem.
REFUSALS_BEFORE_HINT = 3


class UnlockDialog(QDialog):
    """Asks for the passphrase of ``store_name`` and opens it with ``open_with``.

    ``opened(services)`` is emitted once the store is open; ``failed(exc)`` for an error
    other than a wrong passphrase (a damaged file, say); Quit rejects the dialog.
    """

    def __init__(
        self,
        parent: QWidget | None,
        store_name: str,
        open_with: "Callable[[str], Services]",
        on_open: "Callable[[Services], None]",
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock-dialog")
        self.setWindowTitle(self.tr("Unlock %1").replace("%1", store_name))
        self._open_with = open_with
        self._on_open = on_open
        self._on_error = on_error
        self.busy = False
        self._abandoned = False
        self.refusals = 0
        intro = QLabel(
            self.tr(
                "<h3>This store is encrypted</h3><p>Type the passphrase of <b>%1</b> to "
                "open it.</p>"
            ).replace("%1", store_name)
        )
        intro.setWordWrap(True)
        self.field = PassphraseField(self)
        self.field.edit.setPlaceholderText(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setObjectName("unlock-message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)
        self.field.edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._update()

    def _update(self) -> None:
        self.unlock_button.setEnabled(bool(self.field.text()) and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.field.setEnabled(not busy)
        self._update()

    def try_unlock(self) -> None:
        passphrase = self.field.text()
        if not passphrase or self.busy:
            return
        self.message.hide()
        self._set_busy(True)
        worker.run(
            lambda _p: self._open_with(passphrase), on_done=self._opened, on_error=self._failed
        )

    def _opened(self, services: Any) -> None:
        self._set_busy(False)
        if self._abandoned:
            services.close()  # Quit was chosen while the store was opening
            return
        self.accept()
        self._on_open(services)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            return
        if isinstance(exc, WrongPassphraseError | PassphraseRequiredError):
            self.refusals += 1
            text = self.tr("That passphrase does not open this store. Nothing was changed.")
            if self.refusals >= REFUSALS_BEFORE_HINT:
                # Random bytes look exactly like an encrypted store: say so once it matters.
                text += " " + self.tr(
                    "If you are sure of it, the file may be damaged or not a casedesk store: "
                    "open a backup from the backups folder beside it instead."
                )
            self.message.setText(text)
            self.message.show()
            self.field.retype()
            return
        self.accept()
        self._on_error(exc)

    def reject(self) -> None:
        # A worker still opening cannot be stopped; what it opens is closed when it comes.
        self._abandoned = True
        super().reject()


def ask(
    window: QWidget,
    store_name: str,
    open_with: "Callable[[str], Services]",
    *,
    on_open: "Callable[[Services], None]",
    on_error: Callable[[BaseException], None],
    on_quit: Callable[[], None],
) -> UnlockDialog:
    """Show the unlock dialog over ``window`` (window-modal, not blocking the caller)."""
    dialog = UnlockDialog(window, store_name, open_with, on_open, on_error)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate("UnlockDialog", "Waiting for the passphrase…")
        )
    loading = getattr(window, "loading", None)  # "Opening the store…": the dialog says it
    if isinstance(loading, QLabel):
        loading.clear()
    dialog.rejected.connect(on_quit)
    dialog.open()
    dialog.field.setFocus()
    return dialog
