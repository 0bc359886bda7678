"""Opening a store: the SQLAlchemy engine with the pragmas and transaction rules we rely on.

- WAL journal, ``synchronous=FULL`` (a saved change survives a power cut),
  ``foreign_keys=ON``, and a busy timeout so a second writer waits instead of failing.
- The stdlib driver's own transaction handling is switched off (SQLAlchemy's
  documented pysqlite recipe) so that we emit ``BEGIN`` ourselves: ``BEGIN IMMEDIATE``
  for write sessions, so a write transaction takes the lock at its start and waits
  on the busy timeout, rather than failing with SQLITE_BUSY when it first writes.
- WAL needs shared memory on one host: a store on a network file system is refused.
- An encrypted store is opened through SQLCipher with its key as the first statement
  of every connection (:mod:`casedesk.storage.cipher`).
"""

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from casedesk.domain.errors import StoreError
from casedesk.storage import anchor, audit_chain, cipher, leftovers, usage
from casedesk.storage.store import SQLITE, Store, StoreInfo
from casedesk.storage.usage import SharedUse

__all__ = ["SqliteStore", "Store", "make_engine", "translate_db_error"]

BUSY_TIMEOUT_MS = 10_000
CACHE_SIZE = -32_768  # SQLite's unit: negative means KiB, so 32 MB per connection
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs"}
_WRITE_OPTION = "casedesk_write"


def _filesystem_type(path: Path) -> str | None:
    """The Linux file-system type holding ``path`` (None elsewhere or when unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) >= len(best):
                best, best_type = mount_point, parts[2]
    return best_type


def check_location(path: Path) -> None:
    """Refuse folders where SQLite's WAL cannot work or the store cannot be written."""
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise StoreError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    fs_type = _filesystem_type(folder)
    if fs_type in _NETWORK_FS:
        raise StoreError(
            f"{path} is on a network drive ({fs_type}); casedesk stores must be on this "
            "computer's own disk. Teams share a store through PostgreSQL instead."
        )
    if path.exists() and not os.access(path, os.R_OK):
        raise StoreError(f"cannot read {path}: permission denied")


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def preflight(path: Path, key: cipher.Key | None = None) -> None:
    """Refuse a file that is not a casedesk store, or a key that does not open it,
    before touching it.

    Opening it through the engine would switch it to WAL mode (a change to the file),
    so another program's database is examined read-only first.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the path of a store file")
    if key is None and cipher.is_encrypted(path):
        raise cipher.PassphraseRequiredError(
            f"{path.name} is not a plain SQLite file: if it is an encrypted store, give its "
            "passphrase (prompt, CASEDESK_PASSPHRASE or --passphrase-file); otherwise it is "
            "damaged or not a casedesk store"
        )
    try:
        conn = cipher.connect(read_only_uri(path), key, uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except cipher.WrongPassphraseError:
        raise
    except Exception as exc:
        if cipher.is_driver_error(exc):
            raise translate_db_error(exc, path) from exc
        raise
    if tables and "alembic_version" not in tables:
        raise StoreError(f"{path} is a database, but not a casedesk store")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event emit BEGIN (pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        # The default page cache (2 MB) is a fraction of the search index at 100,000
        # clients, so searches kept re-reading pages (a first search took over a second).
        # 32 MB per connection keeps typing-speed searches warm within the memory budget.
        cursor.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            raise StoreError(f"this store cannot use write-ahead logging (got {mode[0]})")
    finally:
        cursor.close()


def _on_begin(conn: Any) -> None:
    write = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(path: Path, key: cipher.Key | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` (created if missing; encrypted under
    ``key`` when one is given)."""
    check_location(path)
    preflight(path, key)
    if not path.exists():
        try:  # owner-only from the first byte (SQLite gives its -wal/-shm the same mode)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass  # another process created it meanwhile
        except OSError as exc:
            raise StoreError(f"cannot create {path}: {exc.strerror}") from exc

    def connect() -> Any:
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(
        f"sqlite:///{path}",
        module=cipher.dbapi(key),
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def translate_db_error(exc: Exception, path: Path) -> StoreError:
    """Turn a driver error into a message a paralegal can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the store {path} is busy: another casedesk window or program is writing to it. "
            "Try again in a moment."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(f"{path} is damaged or is not a casedesk store")
    if "disk" in text and ("full" in text or "i/o" in text):
        return StoreError(f"cannot write {path}: the disk is full or failing")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"cannot write {path}: the file or its folder is read-only")
    if "unable to open" in text:
        return StoreError(f"cannot open {path}: check the folder exists and is writable")
    return StoreError(f"store problem with {path}: {getattr(exc, 'orig', exc)}")


class SqliteStore(Store):
    """A store file (SQLite, or SQLCipher when keyed): read and write sessions with the
    right BEGIN, and the shared-use lock beside the file."""

    kind = SQLITE

    def __init__(self, path: Path, engine: Engine, key: cipher.Key | None = None) -> None:
        super().__init__(path, engine, key)
        self._write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._use = SharedUse(path)

    def store_info(self) -> StoreInfo:
        return StoreInfo(SQLITE, str(self.path), self.path.name, self.encrypted)

    def _write_bind(self) -> Engine:
        # BEGIN IMMEDIATE: the write lock is taken at the start and waits on the busy timeout.
        return self._write_engine

    def _handles(self, exc: BaseException) -> bool:
        return isinstance(exc, (OperationalError, DatabaseError))

    def translate_error(self, exc: Exception) -> StoreError:
        return translate_db_error(exc, self.path)

    def quick_check(self) -> str:
        """SQLite's quick integrity check: "ok", or the first problems it found."""
        try:
            with self.engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA quick_check(5)").fetchall()
            result = "; ".join(str(r[0]) for r in rows)
        except (OperationalError, DatabaseError) as exc:
            result = str(getattr(exc, "orig", exc))
        if result != "ok":
            # SQLCipher leaves a connection that met a bad page in an error state: start
            # afresh so the undamaged tables can still be read.
            self.engine.dispose()
        return result

    def integrity_problems(self, session: Session) -> tuple[str, int]:
        rows = session.execute(text("PRAGMA integrity_check")).all()
        integrity = "; ".join(str(r[0]) for r in rows)
        return integrity, len(session.execute(text("PRAGMA foreign_key_check")).all())

    def raw_connect(self, *, read_only: bool = False) -> Any:
        """A DB-API connection of our own (keyed), outside the pool: for backups."""
        if read_only:
            return cipher.connect(read_only_uri(self.path), self.key, uri=True)
        return cipher.connect(self.path, self.key, timeout=BUSY_TIMEOUT_MS / 1000)

    def tidy(self) -> None:
        """Clear what an interrupted encrypt, passphrase change, restore or backup left
        (:mod:`casedesk.storage.leftovers`), when nobody else has the store open."""
        if not leftovers.needs_tidying(self.path, self.key):
            return
        self._use.release()
        try:
            with usage.exclusive(self.path):
                leftovers.tidy(self.path, self.key)
        except StoreError:
            pass  # another window has it open: the next open tidies
        finally:
            self._use = SharedUse(self.path)

    def suspend(self) -> None:
        """Close every connection and give up the shared-use lock (before a file swap)."""
        self.engine.dispose()
        self._use.release()

    def resume(self, key: cipher.Key | None) -> None:
        """Reopen after :meth:`suspend`, under ``key`` (the file may have been re-keyed)."""
        self.key = key
        self.damage = None
        self.engine = make_engine(self.path, key)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._use = SharedUse(self.path)

    def pragma(self, name: str) -> object:
        """Read one pragma back (for `check` and the tests)."""
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def close(self) -> None:
        self.write_anchor()
        self.closed = True
        self.engine.dispose()
        self._use.release()

    def write_anchor(self) -> None:
        """Note the audit chain's head beside the store (see :mod:`casedesk.storage.anchor`)."""
        if self.damage is not None:
            return  # never overwrite a good anchor with what a damaged store says
        try:
            with Session(self.engine) as session:
                entry_id, digest = audit_chain.head(session)
        except (OperationalError, DatabaseError):
            return
        if entry_id:
            anchor.write_anchor(self.path, anchor.Anchor(entry_id, digest))
