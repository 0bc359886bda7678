"""The automatic backup made when the window closes, on a worker with a progress window.

At a million clients the copy takes half a minute; made on the GUI thread it froze the
window (the system offered to kill it). Now the window stays responsive, says what it
is doing, and closes itself when the copy is done; a failed backup is logged and never
keeps the window open.
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from casedesk.ui.ops import run_quietly

if TYPE_CHECKING:
    from casedesk.services.registry import Services

log = logging.getLogger("casedesk.ui")


class ClosingBackup(QProgressDialog):
    """An indeterminate progress window over the closing window while the backup runs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setLabelText(self.tr("Backing up the store before closing…"))
        self.setWindowTitle("casedesk")
        self.setCancelButton(None)  # a half-made backup helps nobody; it is quick to finish
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)


def back_up_then(parent: QWidget, services: "Services", then: Callable[[], None]) -> ClosingBackup:
    """Start the rotating automatic backup on the pool; ``then()`` runs on the GUI thread
    when it has finished, whether it worked or not."""
    dialog = ClosingBackup(parent)
    dialog.show()

    def finished() -> None:
        # The window (and this dialog with it) may have been destroyed meanwhile, by an
        # application quitting or a test tearing down: then nothing is left to close.
        if not (isValid(dialog) and isValid(parent)):
            return
        dialog.hide()
        dialog.deleteLater()
        then()

    def failed(exc: BaseException) -> None:
        log.error("automatic backup on close failed: %s", exc)
        finished()

    run_quietly(
        lambda _progress: services.backups.automatic(),
        on_done=lambda _result: finished(),
        on_error=failed,
    )
    return dialog
