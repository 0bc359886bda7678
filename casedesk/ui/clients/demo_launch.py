"""Opening a throw-away demo store from the empty-store page.

The demo fills a store with fictional people; it must never land in the store a person
works in. So the page starts a second casedesk (``casedesk demo --throwaway``), which
makes a store in a temporary folder, fills it, opens its own window on it and deletes
the folder when that window closes; this window and its store are left as they were.
"""

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

#: How many fictional clients the throw-away store gets: enough to try filters and
#: search, few enough to be ready in a few seconds.
DEMO_CLIENTS = 300


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that open a throw-away demo store."""
    args = ["demo", "--throwaway", "--clients", str(DEMO_CLIENTS)]
    if getattr(sys, "frozen", False):  # the frozen build is the casedesk program itself
        return sys.executable, args
    return sys.executable, ["-m", "casedesk", *args]


def launch_demo_store(parent: QWidget) -> bool:
    """Start the demo in its own window; say so when it cannot start."""
    program, args = demo_command()
    started, _pid = QProcess.startDetached(program, args)
    if not started:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DemoLaunch", "Demo store"),
            QCoreApplication.translate("DemoLaunch", "The demo store could not be started."),
        )
        return False
    return True
