"""What every use case needs: the open store, who is acting, and what time it is.

The clock is injectable so tests and the demo generator get deterministic times.
"""

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

import tzlocal

from casedesk.storage.engine import Store


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


@dataclass
class ServiceContext:
    """Shared by all services of one open store."""

    store: Store
    actor: str = field(default_factory=os_user)
    clock: Callable[[], datetime] = _utc_now
    zone: tzinfo = field(default_factory=_local_zone)

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self.clock()

    def today(self) -> date:
        """Today's date in the user's zone (for 'days since', 'overdue by')."""
        return self.clock().astimezone(self.zone).date()
