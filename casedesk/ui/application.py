"""Starting the GUI: the window first, the store behind it.

Importing the database libraries and opening the store take most of a second; the
window does not wait for them. It appears at once (menus, navigation and the search
field already work) while a worker thread opens the store, and the pages are built
the moment the services are ready.
"""

import os
import sys
import threading
import time
from collections.abc import Callable
from importlib.resources import as_file, files
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casedesk import __version__
from casedesk.domain.errors import CasedeskError, PassphraseRequiredError, WrongPassphraseError
from casedesk.ui import desktop_prompt, health_banner, i18n
from casedesk.ui.errors import install_excepthook
from casedesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from casedesk.services.registry import Services

EXIT_STORE = 5
#: How long quitting waits for background work (a dead server answers within 10 s).
EXIT_WAIT_MS = 30_000


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("casedesk")
    QCoreApplication.setApplicationName("casedesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    i18n.install(app)
    # On Wayland, the link between the window and its menu entry (casedesk.desktop).
    app.setDesktopFileName("casedesk")
    # The icon loads the SVG plugin; set it once the window is up, not before.
    QTimer.singleShot(0, lambda: _set_icon(app))
    return app


def _set_icon(app: QApplication) -> None:
    icon = files("casedesk.resources") / "icons" / "casedesk.svg"
    with as_file(icon) as path:
        if path.exists():
            app.setWindowIcon(QIcon(str(path)))


def run_gui(services: "Services", *, smoke: bool = False) -> int:
    """Open the main window on services that are already open."""
    app = make_app()
    install_excepthook()
    window = MainWindow(services)
    window.show()
    if smoke:
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    return app.exec()


def _configure_logging(verbose: bool) -> None:
    from casedesk.log import configure  # noqa: PLC0415 - after the window is up
    from casedesk.paths import log_dir  # noqa: PLC0415

    configure(log_dir(), verbose=verbose)


def _report_startup(stage: str) -> None:
    """With CASEDESK_T0 set (by the start-up benchmark), say when ``stage`` was reached,
    once the event loop has run, i.e. the window could take input."""
    t0 = os.environ.get("CASEDESK_T0")
    if t0:
        QTimer.singleShot(
            0,
            lambda: print(
                f"startup {stage} {time.time() - float(t0):.3f}", file=sys.stderr, flush=True
            ),
        )


def _one_line_reason(exc: BaseException, store_name: Callable[[], str] | None) -> str:
    """Why --smoke could not open the store, on one line."""
    if isinstance(exc, PassphraseRequiredError):
        name = store_name() if store_name is not None else "the store"
        return (
            f"casedesk: {name} is encrypted: give its passphrase in CASEDESK_PASSPHRASE "
            "(--smoke asks nobody); if it is not, it is damaged or is not a casedesk store"
        )
    return f"casedesk: {exc}"


class _Opener(QObject):
    opened = Signal(object)
    failed = Signal(object)


class Startup:
    """The window just shown and how opening its store went (see :func:`start_window`)."""

    def __init__(self, window: MainWindow, opener: "_Opener") -> None:
        self.window = window
        #: Kept here: the worker thread reports through it after start_window returns.
        self.opener = opener
        #: The exit code once the store could not be opened (EXIT_STORE), else 0.
        self.code = 0


def _team_unopened(
    window: MainWindow,
    problem: str,
    retry: Callable[[], None],
    on_open: "Callable[[Services], None]",
    location: str,
) -> None:
    from casedesk.ui.team.startup_banner import show_unopened  # noqa: PLC0415 - teams only

    show_unopened(window, problem, retry=retry, on_open=on_open, location=location)


def _startup_banner_done(window: MainWindow) -> None:
    banner = getattr(window, "startup_banner", None)
    if banner is not None:
        banner.opened()


def _close_store(window: MainWindow) -> None:
    """Close the window's store once background work still running (at a million
    clients counting the filter choices takes a while; a team store's presence) has
    finished, so nothing reports to objects being torn down or the interpreter's exit
    crashes under it; queued work is dropped. The ceiling is above a server's connect
    timeout."""
    pool = QThreadPool.globalInstance()
    pool.clear()
    pool.waitForDone(EXIT_WAIT_MS)
    clients = getattr(window, "clients", None)
    if clients is not None:
        clients.model.shutdown()  # a page of the list on its way (its own worker)
    services = getattr(window, "services", None)
    if services is not None:
        services.close()


def launch(
    opener_fn: "Callable[[str | None], Services]",
    *,
    smoke: bool = False,
    verbose: bool = False,
    store_name: Callable[[], str] | None = None,
    team_location: str | None = None,
) -> int:
    """Show the window, open the store with ``opener_fn`` in the background, then attach.

    ``opener_fn(None)`` is tried first; an encrypted store it cannot open then gets the
    unlock dialog, which calls ``opener_fn(passphrase)`` (``store_name()`` names the
    file there). ``smoke`` exits 0 once the pages are built on the open store (install
    checks); a store that cannot be opened exits 5 after saying why. A team store
    (``team_location``) that cannot be opened leaves the window open with a banner:
    Retry, or Open another store… (see :mod:`casedesk.ui.team.startup_banner`).
    """
    app = make_app()
    install_excepthook()
    startup = start_window(
        opener_fn,
        smoke=smoke,
        verbose=verbose,
        store_name=store_name,
        team_location=team_location,
    )
    window = startup.window
    code = app.exec()
    _close_store(window)
    return startup.code or code


def start_window(
    opener_fn: "Callable[[str | None], Services]",
    *,
    smoke: bool = False,
    verbose: bool = False,
    store_name: Callable[[], str] | None = None,
    team_location: str | None = None,
) -> Startup:
    """The start-up of :func:`launch` up to its event loop: the window is shown and the
    store is being opened on a worker thread when this returns."""
    app = make_app()
    window = MainWindow()
    window.auto_backup = not smoke
    window.statusBar().showMessage(window.tr("Opening the store…"))
    window.show()
    _report_startup("window interactive")
    # Logging set-up touches the disk: after the window is up, not before.
    QTimer.singleShot(0, lambda: _configure_logging(verbose))
    opener = _Opener()
    startup = Startup(window, opener)

    def attach(services: "Services") -> None:
        _startup_banner_done(window)  # opened after all (Retry, or another store)
        window.attach(services)
        _report_startup("store open, pages built")
        if smoke:
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)
        else:
            # The quick integrity check runs behind the window; a damaged store gets a
            # banner offering the newest good backup.
            health_banner.watch(window, services)
            # Started from an unpacked folder (double-click)? Offer the menu entry.
            desktop_prompt.offer_soon(window)

    def quit_unopened() -> None:
        window.close()
        app.quit()

    def fail(exc: BaseException) -> None:
        locked = isinstance(exc, PassphraseRequiredError | WrongPassphraseError)
        if locked and not smoke:
            from casedesk.ui.security import unlock  # noqa: PLC0415 - encrypted stores only

            name = store_name() if store_name is not None else ""
            unlock.ask(
                window, name, opener_fn, on_open=attach, on_error=fail, on_quit=quit_unopened
            )
            return
        if team_location is not None and not smoke and isinstance(exc, CasedeskError):
            # The server is down, the password wrong, the grant missing: say so in the
            # window, with Retry and Open another store…, rather than end the program.
            _team_unopened(window, str(exc), start, attach, team_location)
            return
        startup.code = EXIT_STORE
        if not smoke:
            QMessageBox.critical(window, "casedesk", str(exc))
        else:
            print(_one_line_reason(exc, store_name), file=sys.stderr)
        quit_unopened()

    opener.opened.connect(attach)
    opener.failed.connect(fail)

    def work() -> None:
        try:
            opener.opened.emit(opener_fn(None))  # imports the database libraries: the slow part
        except CasedeskError as exc:
            opener.failed.emit(exc)
        except Exception as exc:  # reported in the window, not lost in a thread
            opener.failed.emit(exc)

    def start() -> None:
        threading.Thread(target=work, name="open-store", daemon=True).start()

    # Start opening once the event loop has drawn the window: the import thread would
    # otherwise compete with the first paint for the interpreter lock.
    QTimer.singleShot(0, start)
    return startup
