"""What the window shows while locked: no data, only the passphrase to unlock.

The passphrase is checked on a worker (key derivation takes a moment) with a busy bar;
a wrong one is said in place and selected for retyping.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.security import worker
from casedesk.ui.security.fields import PassphraseField
from casedesk.ui.widgets import ERROR_STYLE


class LockScreen(QWidget):
    """A passphrase field and Unlock; ``unlocked`` once ``verify`` accepts it."""

    unlocked = Signal()

    def __init__(
        self, store_name: str, verify: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self._verify = verify
        self.busy = False
        title = QLabel(self.tr("<h2>casedesk is locked</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Type the passphrase of <b>%1</b> to continue.<br>"
                "Nothing was closed: unsaved changes are still there."
            ).replace("%1", store_name)
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = PassphraseField(self, name="lock-passphrase")
        self.field.edit.setPlaceholderText(self.tr("Passphrase"))
        self.field.edit.returnPressed.connect(self.try_unlock)
        self.field.edit.textChanged.connect(self._update)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("lock-unlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        self.message = QLabel()
        self.message.setObjectName("lock-message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setVisible(False)

        card = QFrame()
        card.setObjectName("lock-card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(row)
        inner.addWidget(self.progress)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.field)
        self._update()

    def reset(self) -> None:
        """Empty field, no message: as it is shown each time the window locks."""
        self.field.clear()
        self.message.hide()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()

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
        self._set_busy(True)
        worker.run(
            lambda _p: self._verify(passphrase), on_done=self._checked, on_error=self._failed
        )

    def _checked(self, ok: object) -> None:
        self._set_busy(False)
        if ok:
            self.reset()
            self.unlocked.emit()
            return
        self.say(self.tr("That passphrase does not open this store."), error=True)
        self.field.retype()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.say(
            self.tr("The passphrase could not be checked: %1").replace("%1", str(exc)), error=True
        )
        self.field.retype()
