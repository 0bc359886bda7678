"""Starting the GUI: the QApplication, the main window, and a clean exit code."""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from casedesk import __version__
from casedesk.services.registry import Services
from casedesk.ui.errors import install_excepthook
from casedesk.ui.main_window import MainWindow


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("casedesk")
    QCoreApplication.setApplicationName("casedesk")
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(argv if argv is not None else sys.argv[:1])


def run_gui(services: Services, *, smoke: bool = False) -> int:
    """Open the main window on ``services``.

    ``smoke`` quits as soon as the event loop runs with the window shown: the window
    was built, painted and could take input. Install checks and benchmarks use it.
    """
    app = make_app()
    install_excepthook()
    window = MainWindow(services)
    window.show()
    if smoke:
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    return app.exec()
