"""What every use case needs: the open store, who is acting, and what time it is.

The clock is injectable so tests and the demo generator get deterministic times.
"""

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from casedesk.storage.store import Store, StoreInfo


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


@dataclass
class ServiceContext:
    """Shared by all services of one open store."""

    store: Store
    actor: str = field(default_factory=os_user)
    clock: Callable[[], datetime] = _utc_now
    zone: tzinfo = field(default_factory=_local_zone)

    def store_info(self) -> StoreInfo:
        """Kind, location, encryption and team user of the open store (for the GUI)."""
        return self.store.store_info()

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self.clock()

    def today(self) -> date:
        """Today's date in the user's zone (for 'days since', 'overdue by')."""
        return self.clock().astimezone(self.zone).date()
