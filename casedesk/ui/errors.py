"""Showing errors: the ones a person can act on in a plain message, anything else as a
crash report that points at the log file (never at a traceback in a dialog)."""

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from casedesk.domain.errors import (
    CasedeskError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from casedesk.paths import log_dir

log = logging.getLogger("casedesk.ui")


def explain(exc: CasedeskError) -> str:
    """The sentence shown to the user for an expected error."""
    if isinstance(exc, ValidationError):
        return f"{exc.field.replace('_', ' ').capitalize()}: {exc.reason}."
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, ValidationError):
        QMessageBox.warning(
            parent,
            parent.tr("Check the value") if parent else "Check the value",
            explain(exc) + "\n\nNothing was changed.",
        )
    elif isinstance(exc, ConflictError | NotFoundError):
        QMessageBox.warning(parent, "casedesk", explain(exc))
    elif isinstance(exc, CasedeskError):  # StoreError and the rest
        QMessageBox.critical(parent, "casedesk", explain(exc))
    else:
        report_crash(type(exc), exc, exc.__traceback__)


def report_crash(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, exc, tb))
    QMessageBox.critical(
        None,
        "casedesk",
        "Something went wrong inside casedesk. Your saved work is safe.\n\n"
        f"Details were written to {log_dir() / 'casedesk.log'}; please send that file "
        "to your support contact.",
    )


def install_excepthook() -> None:
    """Route uncaught exceptions from slots to the crash dialog instead of stderr."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, CasedeskError):
            show_error(None, exc)
        else:
            report_crash(kind, exc, tb)

    sys.excepthook = hook
