"""A window on a team store stays current: colleagues' changes refresh it, the status bar
says who else is connected, and a lost connection gets a banner with Retry.

The server sends a notice after every committed change (LISTEN/NOTIFY); a socket
notifier on the listening connection wakes the event loop, and the notices of one burst
(an import sends many) become one ``Changes(everything=True)`` on the window's bus,
the same refresh path as the window's own changes. A dropped connection has missed
notices, so reconnecting refreshes everything.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.services.team import ChangeListener, TeamService

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.ui.main_window import MainWindow

#: Notices arriving within this many ms make one refresh (well inside the 1 s promise).
COALESCE_MS = 150
#: How often "who else is connected" is asked when nothing else prompts it.
PRESENCE_MS = 15_000
BANNER_STYLE = (
    "QWidget#team-banner { background: #fff4e5; border: 1px solid #e5b567; }"
    "QLabel { color: #663c00; }"
)


class ConnectionBanner(QToolBar):
    """Shown only while the window has lost the team server."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window.tr("Team server"), window)
        self.setObjectName("team-bar")
        self.setMovable(False)
        box = QWidget()
        box.setObjectName("team-banner")
        box.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(box)
        row.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(560)
        self.retry_button = QPushButton(self.tr("&Retry"))
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        self.addWidget(box)
        self.setVisible(False)

    def show_problem(self, problem: str) -> None:
        self.text.setText(
            self.tr(
                "<b>Not connected to the team server:</b> %1. What you see may be out of date."
            ).replace("%1", problem)
        )
        self.setVisible(True)


class TeamLive(QObject):
    """Live updates and presence for one window on a team store."""

    def __init__(self, window: "MainWindow", services: "Services") -> None:
        super().__init__(window)
        self.window_ = window
        self.team = TeamService(services.ctx)
        self.me = services.ctx.store_info().team_user or ""
        self.listener: ChangeListener | None = None
        self.notifier: QSocketNotifier | None = None
        self.others: list[str] = []
        self.refreshes = 0  # how many colleague-driven refreshes (for tests and logs)
        self.presence = QLabel()
        self.presence.setObjectName("team-presence")
        window.statusBar().addPermanentWidget(self.presence)
        self.banner = ConnectionBanner(window)
        self.banner.retry_button.clicked.connect(self.retry)
        window.addToolBarBreak()
        window.addToolBar(self.banner)
        self._burst = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._burst.timeout.connect(self._refresh)
        self._poll = QTimer(self, interval=PRESENCE_MS)
        self._poll.timeout.connect(self.refresh_presence)
        window.installEventFilter(self)
        if self._connect():
            self.refresh_presence()
        self._poll.start()

    # ------------------------------------------------------------------ listening
    def _connect(self) -> bool:
        try:
            self.listener = self.team.listen()
        except CasedeskError as exc:
            self._lost(str(exc))
            return False
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        return True

    def _drop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def _lost(self, problem: str) -> None:
        self._drop()
        self.banner.show_problem(problem)
        self.presence.setText(self.tr("Team server: not connected"))

    def _readable(self) -> None:
        if self.listener is None:
            return
        try:
            notices = self.listener.drain()
        except CasedeskError as exc:
            self._lost(str(exc))
            return
        if notices:
            self._burst.start()

    def _refresh(self) -> None:
        self.refreshes += 1
        self.window_.bus.announce(Changes(everything=True), self)
        self.refresh_presence()

    def retry(self) -> None:
        """Reconnect; everything is refreshed, since notices sent meanwhile were missed."""
        self._drop()
        if self._connect():
            self.banner.setVisible(False)
            self._refresh()

    # ------------------------------------------------------------------ presence
    def refresh_presence(self) -> None:
        try:
            self.others = self.team.others_connected()
        except CasedeskError as exc:
            self._lost(str(exc))
            return
        if self.others:
            text = self.tr("Signed in as %1 · also connected: %2").replace(
                "%2", ", ".join(self.others)
            )
        else:
            text = self.tr("Signed in as %1 · no one else connected")
        self.presence.setText(text.replace("%1", self.me))

    # ------------------------------------------------------------------ closing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            # After the window has decided (it may refuse to close with unsaved work).
            QTimer.singleShot(0, self, self._close_if_hidden)
        return False

    def _close_if_hidden(self) -> None:
        if not self.window_.isVisible():
            self.close()

    def close(self) -> None:
        self._poll.stop()
        self._burst.stop()
        self._drop()


def attach_team(window: "MainWindow", services: "Services") -> TeamLive | None:
    """Live updates for ``window`` when its store is a team store (else nothing)."""
    if not services.ctx.store_info().is_team:
        return None
    return TeamLive(window, services)
