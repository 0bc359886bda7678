"""The window's security controls: Tools ▸ Encrypt store… / Change passphrase…, Lock now
(Ctrl+L) and Lock when idle, the offer to protect a new, empty store, and the idle
watcher that locks an encrypted store after the chosen time (remembered in QSettings)."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QPushButton

from casedesk.ui.security import worker
from casedesk.ui.security.idle import CHOICES, DEFAULT_MINUTES, IdleWatcher
from casedesk.ui.security.locker import Locker

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.services.security import RekeyResult
    from casedesk.ui.security.passphrase_dialogs import ChangePassphraseDialog, EncryptDialog

IDLE_KEY = "security/lock_after_minutes"


def idle_minutes() -> int:
    value = QSettings().value(IDLE_KEY, DEFAULT_MINUTES)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes in CHOICES else DEFAULT_MINUTES


class SecurityControls(QObject):
    """Menu actions and locking for one main window; ``attach`` once the store is open."""

    def __init__(self, window: QMainWindow, menu: QMenu, quit_action: QAction | None) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services | None = None
        self.locker = Locker(window, quit_action)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._idle_lock)
        self.locker.locked_changed.connect(self._locked_changed)
        self.dialog: EncryptDialog | ChangePassphraseDialog | None = None

        menu.addSeparator()
        self.passphrase_action = QAction(self.tr("Encrypt store…"), window)
        self.passphrase_action.setObjectName("passphrase-action")
        self.passphrase_action.triggered.connect(self.open_passphrase_dialog)
        self.lock_action = QAction(self.tr("Lock now"), window)
        self.lock_action.setObjectName("lock-action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.idle_menu = QMenu(self.tr("Lock when idle"), window)
        self.idle_group = QActionGroup(self)
        chosen = idle_minutes()
        for minutes in CHOICES:
            text = (
                self.tr("Never")
                if minutes == 0
                else self.tr("After %1 minutes").replace("%1", str(minutes))
            )
            action = QAction(text, self.idle_group)
            action.setCheckable(True)
            action.setChecked(minutes == chosen)
            action.setData(minutes)
            self.idle_menu.addAction(action)
        self.idle_group.triggered.connect(self._idle_chosen)
        menu.addAction(self.passphrase_action)
        menu.addAction(self.lock_action)
        menu.addMenu(self.idle_menu)
        self.offer: QPushButton | None = None
        self._refresh()

    @property
    def encrypted(self) -> bool:
        return self.services is not None and self.services.security.encrypted

    def attach(self, services: "Services") -> None:
        self.services = services
        self.locker.store_name = services.ctx.store_info().name
        self.locker.verify = services.security.verify_passphrase
        self._offer_on_empty_page()
        self._refresh()

    def _refresh(self) -> None:
        encrypted = self.encrypted
        self.passphrase_action.setEnabled(self.services is not None)
        self.passphrase_action.setText(
            self.tr("Change passphrase…") if encrypted else self.tr("Encrypt store…")
        )
        self.lock_action.setEnabled(encrypted)
        self.idle_menu.setEnabled(encrypted)
        if self.offer is not None:
            self.offer.setVisible(self.services is not None and not encrypted)
        if encrypted:
            self.idle.set_minutes(idle_minutes())
        else:
            self.idle.stop()

    def _offer_on_empty_page(self) -> None:
        """A new, empty store: offer to protect it before anything is typed into it."""
        clients: Any = getattr(self.window, "clients", None)
        button = getattr(clients, "empty_button", None)
        panel = button.parentWidget() if button is not None else None
        if panel is None or panel.layout() is None:
            return
        layout = panel.layout()
        self.offer = QPushButton(self.tr("Protect this store with a passphrase…"))
        self.offer.setObjectName("protect-store")
        self.offer.setFlat(True)
        self.offer.setToolTip(
            self.tr("Encrypt the store so it cannot be read without its passphrase")
        )
        self.offer.clicked.connect(self.open_passphrase_dialog)
        layout.insertWidget(
            layout.indexOf(button) + 1, self.offer, 0, Qt.AlignmentFlag.AlignHCenter
        )

    # ------------------------------------------------------------------ passphrase
    def open_passphrase_dialog(self) -> None:
        if self.services is None or self.locker.locked:
            return
        from casedesk.ui.security.passphrase_dialogs import (  # noqa: PLC0415 - on demand
            ChangePassphraseDialog,
            EncryptDialog,
        )

        if self.encrypted:
            self.dialog = ChangePassphraseDialog(self.services, self.window)
        else:
            self.dialog = EncryptDialog(self.services, self.window)
        dialog = self.dialog
        dialog.finished.connect(lambda _code: self._finished(dialog))
        dialog.open()

    def _finished(self, dialog: "EncryptDialog | ChangePassphraseDialog") -> None:
        result: RekeyResult | None = dialog.result_value
        encrypted_now = dialog.objectName() == "encrypt-dialog"
        self.dialog = None
        dialog.deleteLater()
        if result is None:  # cancelled
            return
        if encrypted_now:
            text = self.tr("The store is encrypted; %1 backups re-encrypted with it.")
        else:
            text = self.tr("Passphrase changed; %1 backups re-encrypted under the new one.")
        self.window.statusBar().showMessage(text.replace("%1", str(result.backups_done)))
        if result.backups_skipped:
            QMessageBox.warning(
                self.window,
                "casedesk",
                self.tr(
                    "These backups could not be re-encrypted (another passphrase, or "
                    "damaged) and were left as they were:\n\n%1"
                ).replace("%1", "\n".join(result.backups_skipped)),
            )
        self._refresh()

    # ------------------------------------------------------------------ locking
    def lock(self) -> None:
        if self.encrypted:
            self.locker.lock()

    def _idle_lock(self) -> None:
        busy = self.dialog is not None and self.dialog.busy
        if not self.encrypted or busy or not worker.idle():
            self.idle.resume()  # re-encrypting or checking: try again later
            return
        self.locker.lock()

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            self.idle.pause()
        else:
            self.idle.resume()

    def _idle_chosen(self, action: QAction) -> None:
        minutes = int(action.data())
        QSettings().setValue(IDLE_KEY, minutes)
        self._refresh()
