"""How long until an obligation is due, or how long it has been overdue, in words.

The GUI recomputes this every minute from the services' clock (so tests with a fixed
clock see fixed text); "overdue by N days" counts calendar days in the user's zone,
the same rule the services use for ``days_overdue``.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

#: Colour of anything overdue (matches the error red of the forms).
OVERDUE_COLOUR = "#c62828"


@dataclass(frozen=True)
class Countdown:
    text: str
    overdue: bool
    days_overdue: int


def countdown(due_at: str, now: datetime, zone: tzinfo, *, open_people: int = 1) -> Countdown:
    """The countdown for an obligation due at ``due_at`` (ISO with offset).

    ``open_people`` is how many bound people are not yet marked complied: with none
    left, nothing is overdue, whatever the date.
    """
    due = datetime.fromisoformat(due_at)
    if open_people <= 0:
        return Countdown(QCoreApplication.translate("Countdown", "Complied"), False, 0)
    if due > now:
        minutes = int((due - now).total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            text = (
                QCoreApplication.translate("Countdown", "due in %1 d %2 h")
                .replace("%1", str(days))
                .replace("%2", str(hours))
            )
        elif hours:
            text = (
                QCoreApplication.translate("Countdown", "due in %1 h %2 min")
                .replace("%1", str(hours))
                .replace("%2", str(mins))
            )
        else:
            text = QCoreApplication.translate("Countdown", "due in %1 min").replace(
                "%1", str(max(mins, 1))
            )
        return Countdown(text, False, 0)
    days = max(0, (now.astimezone(zone).date() - due.astimezone(zone).date()).days)
    if days == 0:
        hours = int((now - due).total_seconds() // 3600)
        text = QCoreApplication.translate("Countdown", "Overdue by %1 h").replace("%1", str(hours))
    elif days == 1:
        text = QCoreApplication.translate("Countdown", "Overdue by 1 day")
    else:
        text = QCoreApplication.translate("Countdown", "Overdue by %1 days").replace(
            "%1", str(days)
        )
    return Countdown(text, True, days)


def format_due(due_at: str, zone: tzinfo) -> str:
    """A deadline as the user reads it: local date and time, e.g. '2025-04-07 23:59'."""
    return datetime.fromisoformat(due_at).astimezone(zone).strftime("%Y-%m-%d %H:%M")
