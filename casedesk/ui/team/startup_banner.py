"""The team store casedesk was started on could not be opened (the server is down, the
password is wrong, the login has no access): the window opens all the same, with a
one-line banner saying why, a Retry button, and Open another store…, instead of an
error box that ends the program.

Retry runs the same opening again on the start-up worker; Open another store… opens
File ▸ Open team store… filled in with the connection that failed (the password from
the keyring if one is kept), and the store it opens is attached to this window, which
has none yet.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton

from casedesk.services import team_login
from casedesk.ui.team.live import ConnectionBanner
from casedesk.ui.team.open_dialog import OpenTeamStoreDialog

if TYPE_CHECKING:
    from casedesk.ui.main_window import MainWindow


class StartupBanner(ConnectionBanner):
    """The connection banner, with "Open another store…" beside Retry."""

    def __init__(
        self,
        window: "MainWindow",
        *,
        retry: Callable[[], None],
        on_open: Callable[[Any], None],
        location: str = "",
    ) -> None:
        super().__init__(window)
        self.setObjectName("team-startup-bar")
        self.window_ = window
        self._retry = retry
        self._on_open = on_open
        self.location = location
        self.dialog: OpenTeamStoreDialog | None = None
        self.other_button = QPushButton(self.tr("&Open another store…"))
        self.other_button.clicked.connect(self.open_another)
        box = self.retry_button.parentWidget()
        row = box.layout() if box is not None else None
        assert row is not None  # the banner's row, made by ConnectionBanner
        row.addWidget(self.other_button)
        self.retry_button.clicked.connect(self.retry)
        window.addToolBarBreak()
        window.addToolBar(self)

    def show_unopened(self, problem: str) -> None:
        """Say, on one line, why the store did not open; the buttons work again."""
        self.text.setText(
            self.tr("<b>The team store did not open:</b> %1").replace(
                "%1", " ".join(problem.split())
            )
        )
        self.window_.loading.setText(
            self.tr("No store is open. Retry, or open another store from the bar above.")
        )
        self.window_.statusBar().showMessage(self.tr("The team store did not open."))
        self._busy(False)
        self.setVisible(True)

    def retry(self) -> None:
        self._busy(True)
        self.text.setText(self.tr("Connecting to the team server…"))
        self.window_.statusBar().showMessage(self.tr("Opening the store…"))
        self._retry()

    def _busy(self, busy: bool) -> None:
        self.retry_button.setEnabled(not busy)
        self.other_button.setEnabled(not busy)

    def open_another(self) -> None:
        """File ▸ Open team store…, filled in with the connection that failed."""
        dialog = OpenTeamStoreDialog(self.window_)
        failed = team_login.connection_from_url(self.location) if self.location else None
        if failed is not None:
            dialog.server.setText(failed.host)
            dialog.port.setValue(failed.port)
            dialog.database.setText(failed.database)
            dialog.user.setText(failed.user)
            dialog.sslmode.setCurrentIndex(max(0, dialog.sslmode.findText(failed.sslmode)))
            dialog.password.setText(team_login.saved_password(failed) or "")
        dialog.opened.connect(self._opened)
        self.dialog = dialog
        dialog.open()

    def _opened(self, services: Any) -> None:
        self.setVisible(False)
        self._on_open(services)

    def opened(self) -> None:
        """The store is open (after Retry): the banner has nothing more to say."""
        self.setVisible(False)
        self._busy(False)


def show_unopened(
    window: "MainWindow",
    problem: str,
    *,
    retry: Callable[[], None],
    on_open: Callable[[Any], None],
    location: str = "",
) -> StartupBanner:
    """The window's start-up banner (made on the first failure, reused on the next)."""
    banner = getattr(window, "startup_banner", None)
    if not isinstance(banner, StartupBanner):
        banner = StartupBanner(window, retry=retry, on_open=on_open, location=location)
        window.startup_banner = banner  # type: ignore[attr-defined]
    banner.show_unopened(problem)
    return banner
