"""Encrypting a plain store and changing the passphrase from the window's menu."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.domain.changes import Changes
from casedesk.domain.errors import WrongPassphraseError
from casedesk.services.registry import Services
from casedesk.storage import cipher
from casedesk.ui.main_window import MainWindow
from casedesk.ui.security.passphrase_dialogs import ChangePassphraseDialog, EncryptDialog
from tests.gui.conftest import Answers

from .conftest import PASSPHRASE, SURNAMES, add_people

pytestmark = pytest.mark.gui

NEW = "harbour pencil thistle moon"


def _open_dialog(qtbot: QtBot, window: MainWindow) -> EncryptDialog | ChangePassphraseDialog:
    window.security.passphrase_action.trigger()
    qtbot.waitUntil(lambda: window.security.dialog is not None)
    dialog = window.security.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _wait_done(qtbot: QtBot, dialog: EncryptDialog | ChangePassphraseDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_encrypt_from_the_menu(
    qtbot: QtBot, plain: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    add_people(plain)
    plain.backups.backup()
    path = plain.ctx.store.path
    window = make_window(plain)
    assert window.security.passphrase_action.text() == "Encrypt store…"
    assert not window.security.lock_action.isEnabled()  # nothing to lock on a plain store

    dialog = _open_dialog(qtbot, window)
    assert isinstance(dialog, EncryptDialog)
    explained = dialog.findChildren(type(dialog.hint))
    text = " ".join(label.text() for label in explained)
    assert "backups" in text
    assert "exports" in text
    assert "recover" in text
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.new.edit, "short")
    assert "At least 8 characters" in dialog.hint.text()
    assert not dialog.ok.isEnabled()
    dialog.new.edit.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.confirm.edit, PASSPHRASE[:-1] + "X")
    assert "differ" in dialog.hint.text()
    assert not dialog.ok.isEnabled()
    dialog.confirm.edit.setText(PASSPHRASE)
    assert dialog.ok.isEnabled()

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.security.dialog is None, timeout=30_000)
    assert cipher.is_encrypted(path)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    message = window.statusBar().currentMessage()
    assert "encrypted" in message
    assert "2 backups" in message
    assert window.security.passphrase_action.text() == "Change passphrase…"
    assert window.security.lock_action.isEnabled()
    assert window.security.idle.active  # locks after the default idle time
    # The pages still work on the re-keyed store.
    window.bus.announce(Changes(everything=True))
    qtbot.waitUntil(lambda: window.clients.model.total == len(SURNAMES))
    window.search.setText("quintero")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1)
    # And the store opens with the passphrase, and only with it.
    with pytest.raises(WrongPassphraseError):
        open_services(path, passphrase="not the one at all")


def test_an_empty_store_offers_protection(
    qtbot: QtBot, plain: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    window = make_window(plain)
    offer = window.security.offer
    assert offer is not None
    assert offer.isVisible()
    assert offer.text() == "Protect this store with a passphrase…"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    dialog = window.security.dialog
    assert isinstance(dialog, EncryptDialog)
    dialog.new.edit.setText(PASSPHRASE)
    dialog.confirm.edit.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.security.dialog is None, timeout=30_000)
    assert plain.security.encrypted
    assert not offer.isVisible()


def test_change_passphrase(
    qtbot: QtBot, encrypted: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    window = make_window(encrypted)
    dialog = _open_dialog(qtbot, window)
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.edit.setText("not my passphrase")
    dialog.new.edit.setText(NEW)
    dialog.confirm.edit.setText(NEW)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    _wait_done(qtbot, dialog)
    error = dialog.findChild(type(dialog.hint), "error-current-passphrase")
    assert error is not None
    assert error.isVisible()
    assert "not this store's passphrase" in error.text()
    assert dialog.isVisible()
    assert dialog.current.edit.selectedText() == "not my passphrase"
    assert encrypted.security.verify_passphrase(PASSPHRASE)

    dialog.current.edit.setText(PASSPHRASE)
    assert not error.isVisible()
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.security.dialog is None, timeout=30_000)
    assert "Passphrase changed" in window.statusBar().currentMessage()
    assert encrypted.security.verify_passphrase(NEW)
    assert not encrypted.security.verify_passphrase(PASSPHRASE)
    assert window.clients.model.total == len(SURNAMES)
    path = encrypted.ctx.store.path
    with pytest.raises(WrongPassphraseError):
        open_services(path, passphrase=PASSPHRASE)


def test_another_window_open_is_a_message(
    qtbot: QtBot,
    encrypted: Services,
    encrypted_path: Path,
    make_window: Callable[[Services], MainWindow],
    answers: Answers,
) -> None:
    other = open_services(encrypted_path, passphrase=PASSPHRASE)  # "another window"
    try:
        window = make_window(encrypted)
        dialog = _open_dialog(qtbot, window)
        assert isinstance(dialog, ChangePassphraseDialog)
        dialog.current.edit.setText(PASSPHRASE)
        dialog.new.edit.setText(NEW)
        dialog.confirm.edit.setText(NEW)
        dialog.ok.click()
        qtbot.waitUntil(lambda: bool(answers.shown), timeout=30_000)
        assert "another casedesk window" in answers.shown[0]
        assert dialog.isVisible()
        assert not dialog.busy
        assert encrypted.security.verify_passphrase(PASSPHRASE)
    finally:
        other.close()
    dialog.reject()
    assert window.security.dialog is None
    assert window.security.passphrase_action.text() == "Change passphrase…"
