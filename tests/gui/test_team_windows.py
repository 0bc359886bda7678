"""Two windows on one team store, as two colleagues: a change saved in one shows in the
other without anyone pressing anything, each status bar names the other person, and a
window that loses the server says so with Retry."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientUpdate
from casedesk.services.team_login import TeamConnection
from casedesk.ui.main_window import MainWindow
from casedesk.ui.team.open_dialog import OpenTeamStoreDialog
from tests.pg import PgServer
from tests.team_setup import ADMIN, ATTORNEY, PASSWORDS, VOLUNTEER, Team, team

__all__ = ["team"]

pytestmark = pytest.mark.gui

WAIT_MS = 10_000  # a ceiling for a loaded machine; the refresh itself takes well under 1 s


@pytest.fixture
def windows(team: Team, qtbot: QtBot) -> Iterator[tuple[MainWindow, MainWindow, MainWindow]]:
    """The attorney's, the volunteer's and the admin's windows on one team store."""
    opened: list[Services] = []
    made: list[MainWindow] = []
    try:
        for login in (ATTORNEY, VOLUNTEER, ADMIN):
            services = team.open(login)
            opened.append(services)
            window = MainWindow()
            window.auto_backup = False  # before attach, which would start the daily backup
            window.attach(services)
            qtbot.addWidget(window)
            made.append(window)
        yield made[0], made[1], made[2]
    finally:
        for window in made:
            if window.team_live is not None:
                window.team_live.close()
        # Reads the windows started on the pool (filter counts, pages) finish on the
        # connections they hold before the stores close.
        QThreadPool.globalInstance().waitForDone()
        for services in opened:
            services.close()


def _names(window: MainWindow) -> list[str]:
    model = window.clients.model
    return [row.display_name for row in (model.row_at(i) for i in range(model.rowCount())) if row]


def test_a_change_in_one_window_refreshes_the_other(
    team: Team, windows: tuple[MainWindow, MainWindow, MainWindow], qtbot: QtBot
) -> None:
    attorney, volunteer, admin = windows
    assert volunteer.team_live is not None
    assert _names(volunteer) == ["Lopez, Ana"]
    assert _names(admin) == ["Lopez, Ana", "Ruiz, Beto"]  # the admin sees every matter
    before = volunteer.team_live.refreshes

    attorney.services.clients.update(team.shared_client, ClientUpdate(surname="Lopez Mora"))
    qtbot.waitUntil(lambda: _names(volunteer) == ["Lopez Mora, Ana"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _names(admin) == ["Lopez Mora, Ana", "Ruiz, Beto"], timeout=WAIT_MS)
    assert volunteer.team_live.refreshes > before


def test_status_bar_names_who_else_is_connected(
    windows: tuple[MainWindow, MainWindow, MainWindow], qtbot: QtBot
) -> None:
    attorney, volunteer, _admin = windows
    assert attorney.team_live is not None
    assert volunteer.team_live is not None
    attorney.team_live.refresh_presence()
    volunteer.team_live.refresh_presence()
    assert attorney.team_live.presence.text() == (
        f"Signed in as {ATTORNEY} · also connected: {ADMIN}, {VOLUNTEER}"
    )
    assert volunteer.team_live.presence.text() == (
        f"Signed in as {VOLUNTEER} · also connected: {ATTORNEY}, {ADMIN}"
    )


def test_lost_server_shows_a_banner_and_retry_reconnects(
    team: Team, windows: tuple[MainWindow, MainWindow, MainWindow], qtbot: QtBot
) -> None:
    _attorney, volunteer, _admin = windows
    live = volunteer.team_live
    assert live is not None
    assert live.listener is not None
    # The server ends the listening connection (as a restart or a network cut would).
    team.server.execute(f"SELECT pg_terminate_backend({live.listener.pid})", team.db)
    qtbot.waitUntil(lambda: not live.banner.isHidden(), timeout=WAIT_MS)
    assert "Not connected to the team server" in live.banner.text.text()
    before = live.refreshes
    qtbot.mouseClick(live.banner.retry_button, Qt.MouseButton.LeftButton)
    assert live.banner.isHidden()
    assert live.refreshes == before + 1  # everything reloaded: notices were missed


def test_open_team_store_dialog_opens_and_remembers(
    team: Team, pg_server: PgServer, qtbot: QtBot
) -> None:
    opened: list[Services] = []
    dialog = OpenTeamStoreDialog(opener=open_services)
    qtbot.addWidget(dialog)
    dialog.server.setText(str(pg_server.socket_dir))
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(team.db)
    dialog.user.setText(VOLUNTEER)
    dialog.password.setText(PASSWORDS[VOLUNTEER])
    dialog.sslmode.setCurrentText("disable")  # a unix socket has no TLS
    dialog.opened.connect(opened.append)
    try:
        with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
            dialog.open_store()
        assert opened[0].ctx.store_info().team_user == VOLUNTEER
    finally:
        for services in opened:
            services.close()
    again = OpenTeamStoreDialog(opener=open_services)
    qtbot.addWidget(again)
    assert again.connection() == TeamConnection(
        str(pg_server.socket_dir), team.db, VOLUNTEER, pg_server.port, "disable"
    )


def test_unreachable_server_is_one_line_with_retry(tmp_path: Path, qtbot: QtBot) -> None:
    dialog = OpenTeamStoreDialog(opener=open_services)
    qtbot.addWidget(dialog)
    dialog.server.setText(str(tmp_path))  # no server listens in this folder
    dialog.database.setText("clinic")
    dialog.user.setText("maria_lopez")
    dialog.sslmode.setCurrentText("disable")
    dialog.open_store()
    qtbot.waitUntil(
        lambda: not dialog.problem.isHidden() and dialog.retry_button.isEnabled(), timeout=WAIT_MS
    )
    text = dialog.banner.text()
    assert "cannot reach" in text
    assert "\n" not in text
    assert "Traceback" not in text
    assert not dialog.retry_button.isHidden()
