"""Hearing colleagues' changes: a connection of its own that LISTENs on the team store.

Every table on a team store sends ``NOTIFY casedesk_changes`` after each statement
(:mod:`casedesk.storage.team_sql`); PostgreSQL delivers the notices after the change
commits, and only to connections listening at that moment. So a listener that lost its
connection has missed notices: whoever reconnects must refresh everything.

The connection is separate from the pool (a pooled connection is handed to other work
and would lose its LISTEN) and in autocommit, so notices arrive as soon as they are
sent. Its socket can be watched by an event loop (``fileno``); ``drain`` then reads
what arrived without waiting.
"""

import json
from dataclasses import dataclass
from typing import Any

import psycopg

from casedesk.domain.errors import StoreError
from casedesk.storage.pg import APPLICATION_NAME, CONNECT_TIMEOUT_S, PgStore, translate_pg_error
from casedesk.storage.team_sql import CHANNEL


@dataclass(frozen=True)
class Notice:
    """One statement's change: which table, what kind, by which login, from which
    server process (the pid tells one's own connections from a colleague's)."""

    table: str
    op: str
    by: str
    pid: int


def _notice(payload: str) -> Notice | None:
    try:
        data: Any = json.loads(payload)
        return Notice(str(data["table"]), str(data["op"]), str(data["by"]), int(data["pid"]))
    except (ValueError, KeyError, TypeError):
        return None  # not one of ours: someone else's NOTIFY on the same channel


class ChangeListener:
    """LISTEN on one team store; close it when done (it holds a server connection)."""

    def __init__(self, store: PgStore) -> None:
        self._where = store.store_info().name
        # The password, if the location carried one, goes as a keyword (libpq also
        # reads PGPASSWORD and pgpass by itself).
        options: dict[str, Any] = {
            "autocommit": True,
            "application_name": APPLICATION_NAME,
            "connect_timeout": CONNECT_TIMEOUT_S,
        }
        password = store.libpq_env().get("PGPASSWORD")
        if password:
            options["password"] = password
        try:
            self._conn = psycopg.connect(store.libpq_url(), **options)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise translate_pg_error(exc, self._where) from exc
        self.pid = int(self._conn.info.backend_pid)

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def drain(self) -> list[Notice]:
        """The notices that have arrived, without waiting; StoreError when the connection
        is gone (then every notice since is lost: refresh everything after reconnecting)."""
        try:
            arrived = list(self._conn.notifies(timeout=0))
        except psycopg.Error as exc:
            raise translate_pg_error(exc, self._where) from exc
        if self._conn.closed:
            raise StoreError(f"lost the connection to {self._where}; check the network")
        return [n for n in (_notice(item.payload) for item in arrived) if n is not None]

    @property
    def closed(self) -> bool:
        return bool(self._conn.closed)

    def close(self) -> None:
        self._conn.close()
