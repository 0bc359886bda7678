"""File ▸ Open team store…: server, database, user and TLS mode; the store opens in a
window of its own.

The connection (not the password) is remembered in the settings; the password is
offered to the system keyring and read back from it next time, never written in plain
text. Opening runs on a worker thread; a server that cannot be reached or refuses the
login leaves a one-line banner in the dialog with Retry, never a traceback.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CasedeskError
from casedesk.services import team_login
from casedesk.services.team_login import SSL_MODES, TeamConnection
from casedesk.ui.errors import explain
from casedesk.ui.ops import run_quietly

if TYPE_CHECKING:
    from casedesk.services.registry import Services

Opener = Callable[[str], "Services"]
_opener: Opener | None = None
#: Windows opened on team stores, kept alive while shown.
_windows: list[QWidget] = []
SETTINGS_PREFIX = "team/last/"
BANNER_STYLE = "background: #fdecea; border: 1px solid #e0a19b; color: #611a15; padding: 6px;"


def set_opener(opener: Opener) -> None:
    """How a location is opened (given by the composition root: the GUI may not open
    stores itself)."""
    global _opener  # noqa: PLW0603 - one opener per process, set once at start-up
    _opener = opener


class OpenTeamStoreDialog(QDialog):
    opened = Signal(object)  # Services

    def __init__(self, parent: QWidget | None = None, opener: Opener | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team store"))
        self.opener = opener or _opener
        self.server = QLineEdit(placeholderText=self.tr("e.g. db.clinic.org"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=team_login.DEFAULT_PORT)
        self.database = QLineEdit(placeholderText=self.tr("e.g. clinic"))
        self.user = QLineEdit(placeholderText=self.tr("your login, e.g. maria_lopez"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.addItems(list(SSL_MODES))
        self.sslmode.setToolTip(
            self.tr(
                "prefer: TLS when the server offers it. verify-full: TLS, and the server's "
                "certificate must match its name (your IT gives you the root certificate)."
            )
        )
        self.remember = QCheckBox(self.tr("Remember my password in this computer's keyring"))
        if not team_login.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setText(
                self.tr(
                    "No keyring on this computer: the password is asked each time (or ~/.pgpass)"
                )
            )
        self.banner = QLabel()
        self.banner.setObjectName("team-open-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.clicked.connect(self.open_store)
        problem = QWidget()
        row = QHBoxLayout(problem)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.retry_button)
        self.problem = problem
        problem.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&TLS:"), self.sslmode)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.open_store)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load()

    # ------------------------------------------------------------------ remembering
    def connection(self) -> TeamConnection:
        return TeamConnection(
            host=self.server.text(),
            database=self.database.text(),
            user=self.user.text(),
            port=self.port.value(),
            sslmode=self.sslmode.currentText(),
        )

    def _load(self) -> None:
        settings = QSettings()
        self.server.setText(str(settings.value(SETTINGS_PREFIX + "server", "") or ""))
        self.port.setValue(
            int(str(settings.value(SETTINGS_PREFIX + "port", team_login.DEFAULT_PORT)))
        )
        self.database.setText(str(settings.value(SETTINGS_PREFIX + "database", "") or ""))
        self.user.setText(str(settings.value(SETTINGS_PREFIX + "user", "") or ""))
        mode = str(settings.value(SETTINGS_PREFIX + "sslmode", "prefer"))
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findText(mode)))
        if self.server.text() and self.user.text():
            saved = team_login.saved_password(self.connection())
            if saved:
                self.password.setText(saved)
                self.remember.setChecked(True)

    def _save(self, conn: TeamConnection) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_PREFIX + "server", conn.host)
        settings.setValue(SETTINGS_PREFIX + "port", conn.port)
        settings.setValue(SETTINGS_PREFIX + "database", conn.database)
        settings.setValue(SETTINGS_PREFIX + "user", conn.user)
        settings.setValue(SETTINGS_PREFIX + "sslmode", conn.sslmode)
        password = self.password.text()
        if self.remember.isChecked() and password:
            if not team_login.save_password(conn, password):
                self.show_problem(self.tr("the system keyring refused to keep the password"))
        else:
            team_login.forget_password(conn)

    # ------------------------------------------------------------------ opening
    def show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.problem.setVisible(True)

    def open_store(self) -> None:
        try:
            conn = self.connection().checked()
        except CasedeskError as exc:
            self.show_problem(explain(exc))
            return
        opener = self.opener
        if opener is None:
            self.show_problem(self.tr("this casedesk cannot open team stores"))
            return
        url = conn.url(self.password.text() or None)
        self.buttons.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.banner.setText(self.tr("Connecting to %1…").replace("%1", conn.host))

        def done(services: Any) -> None:
            self.buttons.setEnabled(True)
            self.retry_button.setEnabled(True)
            self.problem.setVisible(False)
            self._save(conn)
            self.opened.emit(services)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.retry_button.setEnabled(True)
            if isinstance(exc, CasedeskError):
                self.show_problem(explain(exc))
            else:  # a bug, not the network: the crash dialog with the log path
                raise exc

        run_quietly(lambda _progress: opener(url), on_done=done, on_error=failed)


def open_team_window(services: "Services") -> QWidget:
    """A main window of its own on the team store just opened."""
    from casedesk.ui.main_window import MainWindow  # noqa: PLC0415 - avoids an import cycle

    window = MainWindow(services)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def gone(*_args: object) -> None:
        if window in _windows:
            _windows.remove(window)
        services.close()

    window.destroyed.connect(gone)
    _windows.append(window)
    window.show()
    return window


def ask_and_open(parent: QWidget) -> None:
    """File ▸ Open team store…"""
    dialog = OpenTeamStoreDialog(parent)
    dialog.opened.connect(open_team_window)
    dialog.open()
