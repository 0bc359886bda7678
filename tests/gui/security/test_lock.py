"""Locking: Lock now (Ctrl+L) and the idle timer put every client name off the screen
without closing anything; the passphrase brings back the same page, unsaved edits and
other windows included."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMenu, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.main_window import MainWindow
from casedesk.ui.security.lock_screen import LockScreen
from tests.gui.conftest import WAIT_MS, Answers

from .conftest import PASSPHRASE, SURNAMES, visible_texts

pytestmark = pytest.mark.gui


def _shows_a_client(texts: str) -> list[str]:
    return [name for name in SURNAMES if name in texts]


def _unlock_with(qtbot: QtBot, screen: LockScreen, passphrase: str) -> None:
    screen.field.edit.setText(passphrase)
    qtbot.keyClick(screen.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)


def _enabled_menu_items(window: MainWindow) -> list[str]:
    return [
        action.text()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.isEnabled() and not action.isSeparator() and action.menu() is None
    ]


def _brief_preview(window: MainWindow, text: str) -> QDialog:
    """A stand-in for a non-modal window showing client data (a brief preview)."""
    preview = QDialog(window)
    preview.setWindowTitle(f"Brief — {text}")
    QVBoxLayout(preview).addWidget(QLabel(text))
    preview.show()
    return preview


def test_lock_now_hides_everything_and_unlock_restores_it(
    qtbot: QtBot,
    encrypted: Services,
    make_window: Callable[[Services], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Closing at the end asks about the unsaved edit: discard it.
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: discard)
    window = make_window(encrypted)
    quintero = next(r.id for r in encrypted.clients.list().rows if "Quintero" in r.display_name)
    window.navigate("client", quintero)
    tags = window.clients.detail.identity.edits["tags"]
    qtbot.waitUntil(tags.isVisible)
    qtbot.keyClicks(tags, "unsaved-edit")
    assert window.clients.detail.identity.is_dirty()
    window.search.blockSignals(True)
    window.search.setText("Zambrano")
    window.search.blockSignals(False)
    preview = _brief_preview(window, "Cordero, Yuleisy")
    qtbot.waitExposed(preview)
    assert len(_shows_a_client(visible_texts())) == 3  # the check below can see them

    lock = window.security.lock_action
    assert lock.shortcut().toString() == "Ctrl+L"
    lock.trigger()
    locker = window.security.locker
    assert locker.locked
    assert locker.stack.currentWidget() is locker.screen
    assert locker.screen is not None
    assert locker.screen.isVisible()
    assert _shows_a_client(visible_texts()) == []
    assert not preview.isVisible()
    assert window.search.text() == ""
    assert not window.search.isEnabled()
    assert "locked" in window.windowTitle()
    assert _enabled_menu_items(window) == [window.quit_action.text()]

    _unlock_with(qtbot, locker.screen, "not the passphrase")
    assert locker.locked
    assert locker.screen.message.text() == "That passphrase does not open this store."
    assert locker.screen.field.edit.selectedText() == "not the passphrase"
    assert _shows_a_client(visible_texts()) == []

    _unlock_with(qtbot, locker.screen, PASSPHRASE)
    assert not locker.locked
    assert window.stack.currentWidget() is window.clients
    assert window.nav.currentRow() == 0
    assert tags.isVisible()
    assert tags.text() == "unsaved-edit"
    assert window.clients.detail.identity.is_dirty()
    assert window.search.text() == "Zambrano"
    assert window.search.isEnabled()
    assert preview.isVisible()
    assert lock.isEnabled()
    assert window.new_client_action.isEnabled()
    assert "locked" not in window.windowTitle()
    assert locker.screen.field.text() == ""  # the passphrase is not left in a field


def test_unlock_returns_to_the_page_that_was_shown(
    qtbot: QtBot, encrypted: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    window = make_window(encrypted)
    window.nav.setCurrentRow(3)  # Deadlines
    window.security.lock()
    assert not window.deadlines.isVisible()
    assert window.security.locker.screen is not None
    _unlock_with(qtbot, window.security.locker.screen, PASSPHRASE)
    assert window.nav.currentRow() == 3
    assert window.deadlines.isVisible()


def test_idle_time_locks(
    qtbot: QtBot,
    encrypted: Services,
    make_window: Callable[[Services], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(encrypted)
    idle = window.security.idle
    assert idle.active
    assert idle.interval_ms == 15 * 60_000
    # Typing restarts the countdown (counted on the timer itself: no race with a clock)...
    timer = idle._timer
    restarts: list[int] = []
    real_start = timer.start
    monkeypatch.setattr(timer, "start", lambda *a: (restarts.append(1), real_start(*a))[1])
    for _ in range(3):
        qtbot.keyClick(window.search, Qt.Key.Key_A)
    assert len(restarts) >= 3
    assert not window.security.locker.locked
    # ...and nobody at the keyboard locks it.
    idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.security.locker.locked, timeout=WAIT_MS)
    assert _shows_a_client(visible_texts()) == []


def test_idle_choice_is_remembered(
    qtbot: QtBot,
    encrypted: Services,
    make_window: Callable[[Services], MainWindow],
    answers: Answers,
) -> None:
    window = make_window(encrypted)
    never = next(a for a in window.security.idle_group.actions() if a.data() == 0)
    never.trigger()
    assert not window.security.idle.active
    again = make_window(encrypted)  # a second window on the store is told so
    assert answers.shown
    assert not again.security.idle.active
    five = next(a for a in again.security.idle_group.actions() if a.data() == 5)
    five.trigger()
    assert again.security.idle.interval_ms == 5 * 60_000


def test_quit_while_locked_asks_for_the_passphrase_first(
    qtbot: QtBot, encrypted: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    window = make_window(encrypted)
    window.security.lock()
    window.quit_action.trigger()
    assert window.isVisible()
    screen = window.security.locker.screen
    assert screen is not None
    assert "to quit" in screen.message.text()
    _unlock_with(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_dialog_waiting_in_exec_is_veiled_not_ended(
    qtbot: QtBot, encrypted: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    """Hiding a dialog in exec() would end it and lose what was typed: it is veiled, and
    the lock screen comes above it."""
    window = make_window(encrypted)
    dialog = QDialog(window)
    dialog.setWindowTitle("New client")
    typed = QLineEdit("Quintero")
    QVBoxLayout(dialog).addWidget(typed)
    seen: dict[str, object] = {}

    def while_open() -> None:
        window.security.lock()
        lock_dialog = window.security.locker.dialog
        seen["veiled"] = dialog.isVisible() and not typed.isVisible()
        seen["title"] = dialog.windowTitle()
        seen["lock dialog"] = lock_dialog is not None and lock_dialog.isVisible()
        seen["no names"] = _shows_a_client(visible_texts()) == []
        assert lock_dialog is not None
        screen = lock_dialog.findChild(LockScreen)
        assert screen is not None
        _unlock_with(qtbot, screen, PASSPHRASE)
        seen["restored"] = typed.isVisible() and dialog.windowTitle() == "New client"
        dialog.accept()

    QTimer.singleShot(0, while_open)
    result = dialog.exec()
    assert seen == {
        "veiled": True,
        "title": "casedesk — locked",
        "lock dialog": True,
        "no names": True,
        "restored": True,
    }
    assert result == QDialog.DialogCode.Accepted
    assert typed.text() == "Quintero"


def test_a_plain_store_does_not_lock(
    qtbot: QtBot, plain: Services, make_window: Callable[[Services], MainWindow]
) -> None:
    window = make_window(plain)
    assert not window.security.lock_action.isEnabled()
    assert not window.security.idle.active
    window.security.lock()
    assert not window.security.locker.locked
