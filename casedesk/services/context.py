"""What every use case needs: the open store, who is acting, and what time it is.

The clock is injectable so tests and the demo generator get deterministic times.
"""

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

import tzlocal

from casedesk.storage.store import Store, StoreInfo


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _local_zone() -> tzinfo:
    """The user's IANA zone (honouring ``TZ``), never today's fixed offset: a summer date
    read in winter must get summer's offset."""
    try:
        return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):  # no zone configured (a bare container)
        return UTC


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


#: How many changes one window can undo.
MAX_UNDO = 100


class Journal:
    """The audit entries of the changes made through one set of services (one window),
    grouped by transaction: what Edit ▸ Undo can take back, and what Redo can redo.

    ``capture`` is set while an undo or redo runs, so its own entries are collected
    for the opposite stack instead of starting a new change.
    """

    def __init__(self) -> None:
        self.done: list[list[Any]] = []
        self.undone: list[tuple[str, list[Any]]] = []
        self.capture: list[Any] | None = None

    def add(self, session: Any, entry: Any) -> None:
        if self.capture is not None:
            self.capture.append(entry)
            return
        group = session.info.get("casedesk_journal")
        if group is None:
            group = session.info["casedesk_journal"] = []
            self.done.append(group)
            del self.done[:-MAX_UNDO]
            self.undone.clear()  # a new change: what was undone can no longer be redone
        group.append(entry)


@dataclass
class ServiceContext:
    """Shared by all services of one open store."""

    store: Store
    actor: str = field(default_factory=os_user)
    clock: Callable[[], datetime] = _utc_now
    zone: tzinfo = field(default_factory=_local_zone)
    journal: Journal = field(default_factory=Journal)

    def store_info(self) -> StoreInfo:
        """Kind, location, encryption and team user of the open store (for the GUI)."""
        return self.store.store_info()

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self.clock()

    def today(self) -> date:
        """Today's date in the user's zone (for 'days since', 'overdue by')."""
        return self.clock().astimezone(self.zone).date()
