"""Copying a store safely, and checking a copy before trusting it.

SQLite's online backup API copies a consistent snapshot while the store stays open;
``verify`` then opens the copy read-only and runs the integrity check, so a backup only
counts once it has been read back whole.
"""

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.errors import StoreError


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


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database ``source`` to ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        # A copy is a single self-contained file: no write-ahead log beside it.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    partial.replace(dest)
    return dest


def verify(path: Path) -> CopyFacts:
    """Read ``path`` back read-only: integrity, schema revision, counts, audit head."""
    if not path.is_file():
        raise StoreError(f"{path} does not exist")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
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
    except sqlite3.DatabaseError as exc:
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
