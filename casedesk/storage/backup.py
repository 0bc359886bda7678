"""Copying a store safely, and checking a copy before trusting it.

SQLite's online backup API copies a consistent snapshot while the store stays open;
``verify`` then opens the copy read-only and runs the integrity check, so a backup only
counts once it has been read back whole. The copy of an encrypted store is written
under the same key and salt, so it stays encrypted and opens with the same passphrase.
"""

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from casedesk.domain.errors import StoreError
from casedesk.storage import cipher


@dataclass(frozen=True)
class CopyFacts:
    """What a verified copy holds: for the manifest and the restore prompt."""

    integrity: str
    schema: str | None
    clients: int
    audit_entries: int
    audit_head: str | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only (0600), so that SQLite, which keeps a file's
    permissions for its journal and write-ahead log, never makes a readable copy."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def private_folder(path: Path) -> None:
    """Create ``path`` (and its parents) owner-only (0700) if missing."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``, owner-only, atomically (manifests)."""
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def copy_database(source: Any, dest: Path, key: cipher.Key | None = None) -> Path:
    """Write a consistent copy of the open database ``source`` (a DB-API connection
    keyed with ``key``, if any) to ``dest``, under the same key, owner-only."""
    private_folder(dest.parent)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    create_private(partial)
    target = cipher.connect(partial, key)
    try:
        source.backup(target)
        # A copy is a single self-contained file: no write-ahead log beside it.
        target.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    target.close()
    partial.replace(dest)
    return dest


def open_copy(path: Path, key: cipher.Key | None) -> Any:
    """A read-only connection to a backup, with messages for a missing, encrypted or
    differently keyed file."""
    if not path.is_file():
        raise StoreError(f"{path} does not exist")
    encrypted = cipher.is_encrypted(path)
    if encrypted and key is None:
        raise StoreError(
            f"{path.name} is damaged or is not a casedesk store (or it is encrypted and this "
            f"store is not: open it with --db {path.name} and its passphrase instead)"
        )
    if key is not None and not encrypted:
        raise StoreError(
            f"{path.name} is not encrypted and this store is: restoring it would leave "
            "the data unprotected; open it with --db instead"
        )
    try:
        return cipher.connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    except cipher.WrongPassphraseError as exc:
        raise StoreError(f"{path.name} was made under another passphrase, or is damaged") from exc
    except Exception as exc:
        if cipher.is_driver_error(exc):
            raise StoreError(f"cannot open {path}: {exc}") from exc
        raise


def verify(path: Path, key: cipher.Key | None = None) -> CopyFacts:
    """Read ``path`` back read-only: integrity, schema revision, counts, audit head."""
    conn = open_copy(path, key)
    try:
        integrity = "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "client" not in tables or "alembic_version" not in tables:
            raise StoreError(f"{path.name} is not a casedesk store or backup")
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        clients = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        audit = conn.execute(
            "SELECT count(*), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) "
            "FROM audit_entry"
        ).fetchone()
    except Exception as exc:
        if not cipher.is_driver_error(exc):
            raise
        raise StoreError(f"{path.name} is damaged or is not a casedesk store ({exc})") from exc
    finally:
        conn.close()
    return CopyFacts(
        integrity, schema[0] if schema else None, int(clients), int(audit[0]), audit[1]
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def copy_session(path: Path, key: cipher.Key | None) -> Iterator[Session]:
    """A read-only session on a backup (to verify its audit trail before restoring)."""
    engine = create_engine(
        "sqlite://",
        module=cipher.dbapi(key),
        creator=lambda: open_copy(path, key),
        poolclass=NullPool,
    )
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()
