"""Started on a team store that does not open (the server is down, the password is
wrong): the window opens all the same, with a one-line banner, Retry and Open another
store…, never an error box; Retry opens the store once the server is back, and Open
another store… opens the one the person fills in, in this window."""

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.ui import application
from casedesk.ui.health_banner import HealthBanner
from casedesk.ui.main_window import MainWindow
from casedesk.ui.team import open_dialog
from casedesk.ui.team.startup_banner import StartupBanner
from tests.gui.conftest import WAIT_MS, Answers
from tests.team_setup import ATTORNEY, PASSWORDS, Team, team

__all__ = ["team"]

pytestmark = pytest.mark.gui


class Started:
    """One start-up under test: its window, and every store it opened (closed at the end)."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.opened: list[Services] = []
        self.target = ""

    def opener(self, _passphrase: str | None) -> Services:
        services = open_services(self.target)
        self.opened.append(services)
        return services

    def open_any(self, url: str) -> Services:  # File ▸ Open team store…'s opener
        services = open_services(url)
        self.opened.append(services)
        return services

    def banner(self) -> StartupBanner | None:
        found = getattr(self.window, "startup_banner", None)
        return found if isinstance(found, StartupBanner) else None


@pytest.fixture
def started(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Started]:
    monkeypatch.setattr(application, "_configure_logging", lambda _verbose: None)
    state = Started()
    monkeypatch.setattr(open_dialog, "_opener", state.open_any)
    try:
        yield state
    finally:
        window = state.window
        if window is not None:
            window.auto_backup = False
            # The quick check started on the open store reports before anything closes.
            for health in window.findChildren(HealthBanner):
                qtbot.waitUntil(lambda h=health: h.checks_done >= 1, timeout=WAIT_MS)
                worker = health.worker
                if isinstance(worker, threading.Thread):
                    worker.join()
            if window.team_live is not None:
                window.team_live.close()
            banner = state.banner()
            if banner is not None and banner.dialog is not None:
                banner.dialog.close()
            window.close()
            window.deleteLater()
        for services in state.opened:
            services.close()


def _start(started: Started, qtbot: QtBot, location: str) -> StartupBanner:
    started.target = location
    startup = application.start_window(started.opener, team_location=location)
    started.window = startup.window
    startup.window.auto_backup = False  # no backups from a test's window
    qtbot.waitUntil(
        lambda: (
            (b := started.banner()) is not None and b.isVisible() and b.retry_button.isEnabled()
        ),
        timeout=WAIT_MS,
    )
    banner = started.banner()
    assert banner is not None
    return banner


def _one_line(banner: StartupBanner) -> str:
    text = banner.text.text()
    assert text.startswith("<b>The team store did not open:</b> ")
    assert "\n" not in text
    assert "Traceback" not in text
    return text


def test_server_down_at_start_up_then_retry(
    team: Team, tmp_path: Path, qtbot: QtBot, started: Started, answers: Answers
) -> None:
    url = team.url(ATTORNEY)
    down = url.replace(str(team.server.socket_dir), str(tmp_path))  # no server listens here
    banner = _start(started, qtbot, down)
    window = started.window
    assert window is not None
    assert "cannot reach the team server" in _one_line(banner)
    assert window.isVisible()
    assert not window.ready
    assert answers.shown == []  # no error box
    assert not banner.other_button.isHidden()
    # The server is back: Retry opens the store in this window.
    started.target = url
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ready, timeout=WAIT_MS)
    assert banner.isHidden()
    assert window.services.ctx.store_info().team_user == ATTORNEY
    assert team.db in window.windowTitle()


def test_wrong_password_at_start_up_then_open_another_store(
    team: Team, qtbot: QtBot, started: Started, answers: Answers
) -> None:
    wrong = team.server.url(team.db, user=ATTORNEY, password="not-the-password")
    banner = _start(started, qtbot, wrong)
    window = started.window
    assert window is not None
    text = _one_line(banner)
    assert "wrong user name or password" in text
    assert "not-the-password" not in text
    assert answers.shown == []
    # Retrying the same password fails the same way, and says so again.
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(banner.retry_button.isEnabled, timeout=WAIT_MS)
    assert "wrong user name or password" in _one_line(banner)
    assert not window.ready
    # Open another store…: the form comes filled in with the connection that failed.
    qtbot.mouseClick(banner.other_button, Qt.MouseButton.LeftButton)
    dialog = banner.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.server.text() == str(team.server.socket_dir)
    assert dialog.database.text() == team.db
    assert dialog.user.text() == ATTORNEY
    assert dialog.password.text() == ""  # the wrong one is not carried over
    dialog.sslmode.setCurrentText("disable")  # a unix socket has no TLS
    dialog.password.setText(PASSWORDS[ATTORNEY])
    dialog.open_store()
    qtbot.waitUntil(lambda: window.ready, timeout=WAIT_MS)
    assert banner.isHidden()
    assert window.services.ctx.store_info().team_user == ATTORNEY
    assert open_dialog._windows == []  # opened in this window, not in a second one


def _smoke(location: str, tmp_path: Path) -> "subprocess.CompletedProcess[str]":
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("CASEDESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", location, "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # a URL taken for a file name would be made here
        timeout=120,
        check=False,
    )


def test_the_real_start_up_opens_a_team_store_url(team: Team, tmp_path: Path) -> None:
    """``casedesk --db postgresql://…`` opens the team store (the URL is not a file
    name); --smoke, which asks nobody, still ends with one line and exit 5."""
    done = _smoke(team.url(ATTORNEY), tmp_path)
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob("postgresql*"))  # no store file made from the URL
    wrong = team.server.url(team.db, user=ATTORNEY, password="not-the-password")
    done = _smoke(wrong, tmp_path)
    assert done.returncode == 5
    assert "wrong user name or password" in done.stderr
    assert "Traceback" not in done.stderr
