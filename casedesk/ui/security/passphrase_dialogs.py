"""Encrypting a plain store and changing an encrypted store's passphrase.

Both dialogs check the new passphrase while it is typed (OK stays off until it is long
enough and typed twice alike), then re-encrypt the store and its backups on a worker
with a progress bar in the dialog. A refusal on a field (a wrong current passphrase) is
said under that field; a store problem (another window has it open) in a message box.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import ValidationError
from casedesk.ui.errors import show_error
from casedesk.ui.security import worker
from casedesk.ui.security.fields import PassphraseField, new_passphrase_hint
from casedesk.ui.widgets import with_error_line

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.services.security import RekeyResult

HINT_STYLE = "color: palette(mid);"


class _RekeyDialog(QDialog):
    """New passphrase + confirmation, a live hint, and the work on a worker."""

    def __init__(self, services: "Services", parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.result_value: RekeyResult | None = None
        self.busy = False
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, PassphraseField] = {}
        self.form = QFormLayout()
        self.new = PassphraseField(self, name="new-passphrase")
        self.confirm = PassphraseField(self, name="confirm-passphrase")
        self.hint = QLabel()
        self.hint.setObjectName("passphrase-hint")
        self.hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Re-encrypting %v of %m"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton()
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.clicked.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        for field in (self.new, self.confirm):
            field.edit.textChanged.connect(self._update)

    def _field_row(self, label: str, field: PassphraseField, error_key: str) -> None:
        box, error = with_error_line(field, error_key)
        self.errors[error_key] = error
        self.fields[error_key] = field
        field.edit.textChanged.connect(error.hide)
        self.form.addRow(label, box)

    def _finish_layout(self, intro: QLabel) -> None:
        intro.setWordWrap(True)
        self.form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    def _ready(self) -> bool:
        return new_passphrase_hint(self.new.text(), self.confirm.text())[1]

    def _update(self) -> None:
        text, ok = new_passphrase_hint(self.new.text(), self.confirm.text())
        self.hint.setText(text)
        self.hint.setStyleSheet("" if ok else HINT_STYLE)
        self.ok.setEnabled(self._ready() and not self.busy)

    def _work(self) -> "Callable[[worker.ProgressFn], RekeyResult]":
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for child in self.findChildren(PassphraseField):
            child.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _start(self) -> None:
        if not self._ready() or self.busy:
            return
        for error in self.errors.values():
            error.hide()
        self.progress.setRange(0, 0)
        self._set_busy(True)
        worker.run(
            self._work(), on_done=self._done, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            key = exc.field.replace(" ", "-")
            if key not in self.errors:  # "passphrase": the new one
                key = "new-passphrase"
            self.errors[key].setText(exc.reason[:1].upper() + exc.reason[1:] + ".")
            self.errors[key].show()
            self.fields[key].retype()
            return
        show_error(self, exc)

    def reject(self) -> None:
        if not self.busy:  # the store is half-way through; it finishes on its own
            super().reject()


class EncryptDialog(_RekeyDialog):
    """Encrypt this plain store (and its backups) under a new passphrase."""

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.ok.setText(self.tr("Encrypt"))
        self.setObjectName("encrypt-dialog")
        self.setWindowTitle(self.tr("Encrypt store"))
        intro = QLabel(
            self.tr(
                "<p>Encrypting <b>%1</b> protects, if this computer or its disk is lost or "
                "taken:</p><ul><li>every record in the store,</li><li>the documents attached "
                "in it,</li><li>the backups in its backups folder (they are re-encrypted "
                "now).</li></ul><p>It does <b>not</b> protect exports (spreadsheets, PDFs, "
                "printed briefs) or copies of the store kept elsewhere.</p><p><b>Nobody can "
                "recover a forgotten passphrase</b>, not casedesk and not your IT support: "
                "without it the store and its backups cannot be opened. Write it down and "
                "keep it somewhere safe.</p><p>casedesk asks for it each time it starts.</p>"
            ).replace("%1", services.ctx.store.path.name)
        )
        self._field_row(self.tr("Passphrase"), self.new, "new-passphrase")
        self._field_row(self.tr("Type it again"), self.confirm, "confirm-passphrase")
        self._finish_layout(intro)
        self.new.setFocus()

    def _work(self) -> "Callable[[worker.ProgressFn], RekeyResult]":
        passphrase = self.new.text()
        return lambda progress: self.services.security.encrypt(passphrase, progress)


class ChangePassphraseDialog(_RekeyDialog):
    """Re-encrypt the store (and its backups) under a new passphrase."""

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.ok.setText(self.tr("Change passphrase"))
        self.setObjectName("change-passphrase-dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = PassphraseField(self, name="current-passphrase")
        self.current.edit.textChanged.connect(self._update)
        intro = QLabel(
            self.tr(
                "The store <b>%1</b> and the backups in its backups folder are re-encrypted "
                "under the new passphrase; the old one stops working. Nobody can recover a "
                "forgotten passphrase."
            ).replace("%1", services.ctx.store.path.name)
        )
        self._field_row(self.tr("Current passphrase"), self.current, "current-passphrase")
        self._field_row(self.tr("New passphrase"), self.new, "new-passphrase")
        self._field_row(self.tr("Type it again"), self.confirm, "confirm-passphrase")
        self._finish_layout(intro)
        self.current.setFocus()

    def _ready(self) -> bool:
        return bool(self.current.text()) and super()._ready()

    def _work(self) -> "Callable[[worker.ProgressFn], RekeyResult]":
        current, new = self.current.text(), self.new.text()
        return lambda progress: self.services.security.change_passphrase(current, new, progress)
