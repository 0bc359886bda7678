"""The one store interface the services see, with two implementations.

- :class:`casedesk.storage.engine.SqliteStore`: one advocate's file, SQLite or SQLCipher.
- :class:`casedesk.storage.pg.PgStore`: a team's database on a PostgreSQL server.

Services own the transactions (``read()`` / ``write()``) and the rules; what differs by
database (search index, inserting-unless-present, ids, backups, locks, which errors
mean "busy" or "try again") lives behind this class or in :mod:`casedesk.storage.dialect`.
The GUI learns about the store through :meth:`Store.store_info`, never through a path.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from casedesk.domain.errors import ConflictError, StoreError
from casedesk.storage import cipher

StoreKind = Literal["sqlite", "postgresql"]
SQLITE: StoreKind = "sqlite"
POSTGRESQL: StoreKind = "postgresql"


@dataclass(frozen=True)
class StoreInfo:
    """What the window shows about the open store (title, status bar, menus)."""

    kind: StoreKind
    #: The file's path, or the server URL without any password.
    location: str
    #: A short name for titles: the file name, or "database on host".
    name: str
    encrypted: bool
    #: The server login the audit trail records (team stores only).
    team_user: str | None = None

    @property
    def is_team(self) -> bool:
        return self.kind == POSTGRESQL


class Store(ABC):
    """An open store: an engine plus read and write sessions, and its dialect's pieces."""

    kind: ClassVar[StoreKind]

    def __init__(self, path: Path, engine: Engine, key: cipher.Key | None = None) -> None:
        #: The store file; for a team store, a local file name under which its backups
        #: are kept (the data itself is on the server).
        self.path = path
        self.key = key
        self.engine = engine
        self.damage: str | None = None
        #: Set by close(): work still running on a worker after its window closed the
        #: store gets a clear error instead of opening a connection nobody will close.
        self.closed = False

    # ------------------------------------------------------------------ description
    @abstractmethod
    def store_info(self) -> StoreInfo:
        """Kind, location, encryption and team user, for the GUI and the CLI."""

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def audit_key_inside(self) -> bool:
        """Whether the audit chain's key is kept in the store itself: an encrypted file
        (out of reach without the passphrase), or a team store (every colleague's laptop
        must extend the same chain; the server's access rules protect the key). A plain
        file's key lives in a file of the user's instead."""
        return self.encrypted

    @property
    def read_only(self) -> bool:
        """True once the store was found damaged: reads go on, writes are refused."""
        return self.damage is not None

    def mark_damaged(self, problem: str) -> None:
        self.damage = problem

    # ------------------------------------------------------------------ sessions
    @abstractmethod
    def _write_bind(self) -> Engine:
        """The engine (with options) write sessions run on."""

    @abstractmethod
    def translate_error(self, exc: Exception) -> StoreError:
        """A driver error as a message a paralegal can act on."""

    def _handles(self, exc: BaseException) -> bool:
        """Whether ``exc`` is a database error to translate (not a bug to show as one)."""
        return isinstance(exc, DBAPIError) and not is_retryable(exc)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read session. Closing it ends the transaction without expiring what was
        loaded, so rows read here stay readable afterwards."""
        self._still_open()
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as exc:
            if not self._handles(exc):
                raise
            raise self.translate_error(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write session, committed once at the end, rolled back on any error."""
        self._still_open()
        if self.damage is not None:
            raise StoreError(
                f"{self.path.name} is damaged, so it is open read-only and nothing can be "
                "saved; restore a good backup (casedesk restore FILE, or File ▸ Restore)"
            )
        try:
            with Session(self._write_bind(), expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except StaleDataError as exc:
            # An UPDATE or DELETE matched no row: on a team store, a colleague removed or
            # changed it meanwhile, or row-level security hides it from this login (which
            # PostgreSQL reports as 0 rows, not as an error). Never a silent success.
            raise ConflictError(
                "the record was changed or removed by a colleague, or your access does not "
                "allow changing it; nothing was changed"
            ) from exc
        except DBAPIError as exc:
            if not self._handles(exc):
                raise
            raise self.translate_error(exc) from exc

    # ------------------------------------------------------------------ health, files
    @abstractmethod
    def quick_check(self) -> str:
        """A fast integrity check: "ok", or the first problems found."""

    @abstractmethod
    def integrity_problems(self, session: Session) -> tuple[str, int]:
        """The full integrity check's verdict ("ok" or problems) and the number of rows
        pointing at missing records, for ``casedesk check``."""

    def raw_connect(self, *, read_only: bool = False) -> Any:
        """A DB-API connection of our own, outside the pool (file stores only)."""
        raise StoreError(self._file_only("copying the store file"))

    def tidy(self) -> None:  # noqa: B027 - a no-op unless the store is a file
        """Clear what interrupted file operations left beside a store file (none here)."""

    def write_anchor(self) -> None:  # noqa: B027 - a no-op unless the store is a file
        """Note the audit chain's head beside a store file (a team store has no file)."""

    def suspend(self) -> None:
        """Close every connection (before a file swap)."""
        self.engine.dispose()

    def resume(self, key: cipher.Key | None) -> None:
        raise StoreError(self._file_only("reopening the store file"))

    def dump(self, dest: Path) -> Path:
        """A server-side dump of a team store (``pg_dump``); file stores copy instead."""
        raise StoreError(f"{self.store_info().name} is a file: back it up with a copy")

    def pragma(self, name: str) -> object:
        raise StoreError(self._file_only(f"PRAGMA {name}"))

    def _file_only(self, what: str) -> str:
        return (
            f"{what} applies to a store file on this computer; "
            f"{self.store_info().name} is a team store on a server"
        )

    def _still_open(self) -> None:
        if self.closed:
            raise StoreError(f"{self.store_info().name} was closed; open it again to go on")

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a driver error (PostgreSQL); None when there is none (SQLite)."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    return state if isinstance(state, str) else None


#: Serialisation failure and deadlock: the transaction may simply be run again.
RETRYABLE_STATES = frozenset({"40001", "40P01"})


def is_retryable(exc: BaseException) -> bool:
    return sqlstate(exc) in RETRYABLE_STATES
