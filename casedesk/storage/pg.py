"""A team store on a PostgreSQL server (psycopg 3).

- ``postgresql://user@host:port/dbname`` (also ``postgres://``; libpq's query options
  such as ``sslmode`` and ``host=/socket/folder`` pass through). A password is never
  needed in the URL: libpq reads ``PGPASSWORD`` or the user's pgpass file.
- Errors are told apart by SQLSTATE (and, when the server was never reached, by the
  driver's exception type), never by message text.
- Write sessions run at READ COMMITTED: an edit checks the row's version in its
  UPDATE, and a concurrent editor waits on the row lock, then finds the version moved
  on (a stale edit) rather than overwriting it. Serialisation failures and deadlocks
  surface untranslated so :mod:`casedesk.storage.retry` can run the use case again.
- Backups are ``pg_dump`` custom-format archives.
"""

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session

from casedesk.domain.errors import StoreError
from casedesk.storage.store import POSTGRESQL, Store, StoreInfo, sqlstate

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_S = 10
#: Application name shown in pg_stat_activity (and so in "who else is connected").
APPLICATION_NAME = "casedesk"


def is_server_url(location: object) -> bool:
    """True when ``location`` names a team store on a server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def sqlalchemy_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) for a ``postgresql://`` location."""
    try:
        url = make_url(location)
    except Exception as exc:  # SQLAlchemy's ArgumentError for malformed URLs
        raise StoreError(
            f"{redact(location)} is not a server address casedesk understands"
        ) from exc
    if not url.database:
        raise StoreError(
            f"{redact(location)} names no database; use postgresql://user@host:port/dbname"
        )
    return url.set(drivername="postgresql+psycopg")


def redact(location: str) -> str:
    """The location without its password, for messages, titles and logs."""
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def describe(url: URL) -> str:
    """ "dbname on host" for titles and messages."""
    host = url.host or str(url.query.get("host", "")) or "localhost"
    if host.startswith("/"):
        host = "this computer"
    return f"{url.database} on {host}"


def make_pg_engine(location: str) -> Engine:
    url = sqlalchemy_url(location)
    return create_engine(
        url,
        pool_size=2,
        max_overflow=8,
        pool_pre_ping=True,  # a server restart or a dropped connection is met by a fresh one
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        },
    )


def translate_pg_error(exc: BaseException, where: str) -> StoreError:
    """A driver error as one line a paralegal can act on (by SQLSTATE, then type)."""
    state = sqlstate(exc) or ""
    orig = getattr(exc, "orig", exc)
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    pgconn = getattr(orig, "pgconn", None)
    if not state and pgconn is not None and getattr(pgconn, "needs_password", False):
        # A refused login carries no SQLSTATE at connect time; libpq says why instead.
        user = getattr(pgconn, "user", b"") or b""
        name = user.decode(errors="replace") if isinstance(user, bytes) else str(user)
        return StoreError(
            f"the server asks a password for {name or 'this login'}; give it in "
            "File ▸ Open team store…, PGPASSWORD or ~/.pgpass"
        )
    if state in ("28P01", "28000") or (
        not state and pgconn is not None and getattr(pgconn, "used_password", False)
    ):
        return StoreError(f"the server refused the login to {where}: wrong user name or password")
    if state == "3D000":
        return StoreError(f"{where}: no such database on the server")
    if state == "42501":
        return StoreError(
            "no permission: your access to this matter is read-only, or you have no grant "
            "for it; nothing was changed (an admin can give one: casedesk team grant LOGIN MATTER)"
        )
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return StoreError(f"lost the connection to {where}; check the network and try again")
    if state.startswith("53"):
        return StoreError(f"the server holding {where} is out of disk or memory")
    if state == "55P03":
        return StoreError(f"{where} is busy: a colleague is changing the same record")
    if state.startswith("23"):
        return StoreError(f"{where} refused the change: it conflicts with a stored record")
    if isinstance(exc, (OperationalError, InterfaceError)) or not state:
        # Never reached the server (refused, unknown host, timeout, TLS): libpq's own
        # first line says which.
        return StoreError(f"cannot reach the team server for {where}: {first_line}")
    return StoreError(f"store problem with {where}: {first_line}")


class PgStore(Store):
    """A team store: the data is on the server; ``path`` is a local file name under
    which this computer keeps the store's backups (``path.parent / "backups"``)."""

    kind = POSTGRESQL

    def __init__(self, location: str, engine: Engine, home: Path) -> None:
        url = sqlalchemy_url(location)
        safe_name = "".join(ch if ch.isalnum() else "_" for ch in describe(url))
        super().__init__(home / f"{safe_name}.team", engine, None)
        self.location = location
        self.url = url
        self._user: str | None = None

    @property
    def user(self) -> str:
        """The server login this store is open as (asked of the server once)."""
        if self._user is None:
            with self.engine.connect() as conn:
                self._user = str(conn.execute(text("SELECT session_user")).scalar_one())
        return self._user

    def store_info(self) -> StoreInfo:
        return StoreInfo(POSTGRESQL, redact(self.location), describe(self.url), False, self.user)

    @property
    def audit_key_inside(self) -> bool:
        return True

    def _write_bind(self) -> Engine:
        return self.engine

    def translate_error(self, exc: Exception) -> StoreError:
        return translate_pg_error(exc, describe(self.url))

    def check_connection(self) -> None:
        """Connect once, so an unreachable server or a refused login fails here, clearly."""
        try:
            self.user  # noqa: B018 - the property connects
        except DBAPIError as exc:
            raise self.translate_error(exc) from exc

    def quick_check(self) -> str:
        # The server checks its own pages (checksums, WAL); there is no file to damage here.
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            return str(self.translate_error(exc))
        return "ok"

    def integrity_problems(self, session: Session) -> tuple[str, int]:
        # Foreign keys are enforced by the server at every statement: none can dangle.
        return "ok", 0

    # ------------------------------------------------------------------ backups
    def libpq_env(self) -> dict[str, str]:
        """Environment for libpq tools (pg_dump, psql): password from the URL, if given."""
        env = dict(os.environ)
        password = urlsplit(self.location).password
        if password:
            env["PGPASSWORD"] = unquote(password)
        return env

    def libpq_url(self) -> str:
        """The location without its password (which goes through the environment)."""
        parts = urlsplit(self.location)
        netloc = parts.netloc
        if parts.password is not None:
            netloc = netloc.replace(f":{parts.password}@", "@", 1)
        scheme = "postgresql"
        return parts._replace(scheme=scheme, netloc=netloc).geturl()

    def dump(self, dest: Path) -> Path:
        """``pg_dump`` the whole database to ``dest`` (custom format, restorable with
        ``pg_restore``); written beside first, so a failed dump leaves no half file."""
        tool = find_tool("pg_dump")
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".part")
        # Every table has FORCEd row-level security: without --enable-row-security
        # pg_dump refuses any login that does not bypass it. With it, the dump holds
        # what this login sees, which is why only admins (who see every row) may run it
        # (see services.backup).
        command = [tool, "--format=custom", "--no-owner", "--enable-row-security"]
        done = subprocess.run(
            [*command, f"--file={partial}", self.libpq_url()],
            env=self.libpq_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0:
            # Read the archive's table of contents back: a dump pg_restore cannot list
            # is no backup.
            done = subprocess.run(
                [find_tool("pg_restore"), "--list", str(partial)],
                capture_output=True,
                text=True,
                check=False,
            )
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            message = (done.stderr.strip().splitlines() or ["failed"])[-1]
            raise StoreError(f"pg_dump of {describe(self.url)} failed: {message}")
        partial.replace(dest)
        return dest


def find_tool(name: str) -> str:
    """A PostgreSQL client program on PATH, or in the distribution's versioned folder."""
    found = shutil.which(name)
    if found:
        return found
    for version in ("17", "16", "15"):
        candidate = Path(f"/usr/lib/postgresql/{version}/bin/{name}")
        if candidate.exists():
            return str(candidate)
    raise StoreError(
        f"{name} is not installed (the PostgreSQL client tools, e.g. postgresql-client)"
    )


def open_pg_store(location: str, home: Path) -> PgStore:
    """Open the team store at ``location`` (connecting once to fail early and clearly)."""
    store = PgStore(location, make_pg_engine(location), home)
    try:
        store.check_connection()
    except StoreError:
        store.close()
        raise
    return store


def raw(session: Session) -> Any:
    """The psycopg connection under ``session`` (COPY and LISTEN need it)."""
    return session.connection().connection.driver_connection
