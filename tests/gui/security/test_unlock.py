"""Unlocking at start: a wrong passphrase is said in place and changes nothing; the
right one opens the store behind the window. --smoke never asks: it uses
CASEDESK_PASSPHRASE, or exits 5 with one line."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.ui import application
from casedesk.ui.main_window import MainWindow
from casedesk.ui.security import unlock
from casedesk.ui.security.unlock import UnlockDialog

from .conftest import PASSPHRASE, SURNAMES

pytestmark = pytest.mark.gui


def _fingerprint(path: Path) -> dict[str, str]:
    """The store and whatever SQLite keeps beside it, byte for byte."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.glob(path.name + "*"))
    }


def test_wrong_then_right_passphrase(qtbot: QtBot, encrypted_path: Path) -> None:
    before = _fingerprint(encrypted_path)
    window = MainWindow()
    window.auto_backup = False
    qtbot.addWidget(window)
    window.show()
    opened: list[Services] = []
    quit_: list[bool] = []

    def attach(services: Services) -> None:
        opened.append(services)
        window.attach(services)

    dialog = unlock.ask(
        window,
        encrypted_path.name,
        lambda p: open_services(encrypted_path, passphrase=p),
        on_open=attach,
        on_error=pytest.fail,
        on_quit=lambda: quit_.append(True),
    )
    assert dialog.isVisible()
    assert encrypted_path.name in dialog.windowTitle()
    assert dialog.field.edit.echoMode() == dialog.field.edit.EchoMode.Password
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(dialog.field.edit, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text() == (
        "That passphrase does not open this store. Nothing was changed."
    )
    assert dialog.field.edit.selectedText() == "not the passphrase"  # ready to retype
    assert dialog.isVisible()
    assert not opened
    assert not quit_
    assert _fingerprint(encrypted_path) == before

    qtbot.keyClicks(dialog.field.edit, PASSPHRASE)  # replaces the selection
    qtbot.keyClick(dialog.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    assert not dialog.isVisible()
    assert not quit_
    assert window.clients.model.total == len(SURNAMES)
    assert window.security.encrypted
    assert window.security.passphrase_action.text() == "Change passphrase…"
    window.close()
    opened[0].close()


def test_a_file_no_passphrase_opens_is_said_to_be_maybe_damaged(
    qtbot: QtBot, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(bytes(range(256)) * 64)  # random bytes look like an encrypted store
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = unlock.ask(
        window,
        junk.name,
        lambda p: open_services(junk, passphrase=p),
        on_open=lambda _s: pytest.fail("opened"),
        on_error=pytest.fail,
        on_quit=lambda: None,
    )
    for attempt in range(unlock.REFUSALS_BEFORE_HINT):
        qtbot.keyClicks(dialog.field.edit, f"guess number {attempt}")
        qtbot.keyClick(dialog.field.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda a=attempt: dialog.refusals == a + 1, timeout=10_000)
        hinted = "may be damaged or not a casedesk store" in dialog.message.text()
        assert hinted == (attempt + 1 >= unlock.REFUSALS_BEFORE_HINT)
    assert junk.read_bytes() == bytes(range(256)) * 64
    dialog.reject()


def test_quit_leaves_without_opening(qtbot: QtBot, encrypted_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    quit_: list[bool] = []
    dialog = unlock.ask(
        window,
        encrypted_path.name,
        lambda p: open_services(encrypted_path, passphrase=p),
        on_open=lambda _s: pytest.fail("opened"),
        on_error=pytest.fail,
        on_quit=lambda: quit_.append(True),
    )
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert quit_ == [True]
    assert not window.ready


def test_launch_asks_for_the_passphrase_over_the_window(
    qtbot: QtBot, encrypted_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up path: the opener is refused, the dialog appears over the empty
    window, a wrong try is refused, the right one builds the pages; Quit exits 0."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs its own
    monkeypatch.setattr(application, "_configure_logging", lambda _verbose: None)
    monkeypatch.delenv("CASEDESK_PASSPHRASE", raising=False)
    steps: list[str] = []
    # Windows an earlier test left behind are not launch's: drive only the new ones.
    before = set(QApplication.topLevelWidgets())

    def drive() -> None:
        tops = [w for w in QApplication.topLevelWidgets() if w not in before]
        window = next((w for w in tops if isinstance(w, MainWindow) and w.isVisible()), None)
        dialog = next((w for w in tops if isinstance(w, UnlockDialog) and w.isVisible()), None)
        if window is not None:
            window.auto_backup = False
        if dialog is not None and not dialog.busy and not steps:
            assert window is not None
            assert not window.ready
            dialog.field.edit.setText("guess")
            dialog.try_unlock()
            steps.append("wrong")
        elif dialog is not None and dialog.message.isVisible() and steps == ["wrong"]:
            dialog.field.edit.setText(PASSPHRASE)
            dialog.try_unlock()
            steps.append("right")
        elif window is not None and window.ready and steps == ["wrong", "right"]:
            steps.append("ready")
            window.close()
            QApplication.quit()

    timer = QTimer(interval=30)
    timer.timeout.connect(drive)
    timer.start()
    # Never hang the suite, yet give two passphrase derivations room on a loaded machine
    # (a 20 s guard ended the loop mid-unlock in full runs); the steps show how far it got.
    guard = QTimer(singleShot=True, interval=600_000)
    guard.timeout.connect(QApplication.quit)
    guard.start()
    code = application.launch(
        lambda p: open_services(encrypted_path, passphrase=p),
        store_name=lambda: encrypted_path.name,
    )
    timer.stop()
    guard.stop()  # a late quit() would end whatever event loop a later test runs
    # Closing the last window posted a Quit that arrives after exec() returned: left in
    # the queue it would stop every event loop the next tests run.
    QCoreApplication.removePostedEvents(QApplication.instance(), QEvent.Type.Quit)
    for top in QApplication.topLevelWidgets():
        if isinstance(top, MainWindow) and top not in before:
            top.deleteLater()  # launch's window: left alive, it upsets later tests' windows
    # Carry out those deletions now, not after a guessed pause.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert steps == ["wrong", "right", "ready"]
    assert code == 0


def _smoke(db: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_PASSPHRASE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", **env_extra})
    return subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_on_an_encrypted_store(encrypted_path: Path) -> None:
    done = _smoke(encrypted_path, {"CASEDESK_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr

    refused = _smoke(encrypted_path, {})
    assert refused.returncode == 5
    said = [line for line in refused.stderr.splitlines() if line.startswith("casedesk:")]
    assert len(said) == 1, refused.stderr
    assert "encrypted" in said[0]
    assert "CASEDESK_PASSPHRASE" in said[0]
    assert "Traceback" not in refused.stderr

    wrong = _smoke(encrypted_path, {"CASEDESK_PASSPHRASE": "wrong but long enough"})
    assert wrong.returncode == 5
    assert [line for line in wrong.stderr.splitlines() if line.startswith("casedesk:")]
