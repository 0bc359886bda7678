"""A store too damaged to open (cut short, say, to its first megabyte) is still
recoverable from casedesk: every refusal names the newest backup that verifies, and
``restore`` swaps that backup in at the file level, without opening the damaged store
(the damaged file is kept beside the backups for whoever investigates).
"""

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import StoreError
from casedesk.services import audit
from casedesk.services.backup import verify_trail
from casedesk.services.context import ServiceContext
from casedesk.storage import cipher, schema, usage
from casedesk.storage.backup import copy_database, open_copy, private_folder, verify


def _candidates(store: Path) -> list[Path]:
    folder = store.parent / "backups"
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite") if f"{store.stem}-" in p.name]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_verified_backup(store: Path, key: cipher.Key | None) -> Path | None:
    """The newest backup of ``store`` that passes the integrity check, has this
    casedesk's schema and whose audit trail verifies (each is read whole)."""
    for path in _candidates(store):
        try:
            facts = verify(path, key)
            if facts.ok and facts.schema == schema.HEAD:
                verify_trail(path, facts, key)
                return path
        except StoreError:
            continue
    return None


def hint(store: Path, key: cipher.Key | None) -> str:
    """ "; the newest backup that verifies is …" for a refusal about a damaged store."""
    good = newest_verified_backup(store, key)
    if good is None:
        return "; no backup of it that verifies was found"
    return f"; the newest backup that verifies is {good} (casedesk --db {store} restore {good})"


def restore_unopenable(store: Path, source: Path, key: cipher.Key | None) -> Path:
    """Swap the damaged file at ``store`` for a verified copy of ``source``; return
    where the damaged file was kept. Refused while anything else has the store open."""
    facts = verify(source, key)
    if not facts.ok:
        raise StoreError(f"{source.name} is damaged ({facts.integrity}); choose another backup")
    if facts.schema != schema.HEAD:
        raise StoreError(f"{source.name} was made by another casedesk version; open it with --db")
    verify_trail(source, facts, key)
    folder = store.parent / "backups"
    private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = folder / f"damaged-{store.stem}-{stamp}.sqlite"
    partial = store.with_name(f".{store.name}.restore")
    try:
        with usage.exclusive(store):
            src = open_copy(source, key)
            try:
                copy_database(src, partial, key)
            finally:
                src.close()
            for suffix in ("", "-wal"):
                if Path(f"{store}{suffix}").exists():
                    shutil.copy2(f"{store}{suffix}", f"{kept}{suffix}")
            os.replace(partial, store)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"could not restore {store.name}: {exc.strerror}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return kept


def note_restore(ctx: ServiceContext, source: Path, kept: Path) -> None:
    """The audit entry for a restore made without opening the damaged store."""
    with ctx.store.write() as session:
        audit.record(
            session,
            ctx,
            AuditAction.RESTORE,
            "store",
            None,
            after={"from": source.name, "damaged_copy": kept.name},
        )
    ctx.store.write_anchor()
