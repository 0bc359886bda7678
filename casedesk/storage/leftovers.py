"""What an interrupted encrypt, passphrase change, restore or backup can leave behind,
found and cleared on the next open, and reported by `check`.

- Partial files (``.NAME.rekey``, ``.NAME.restore``, ``backups/*.part``) are never
  complete copies anyone relies on: deleted. For an encrypted store they may hold the
  data in plain text.
- A plain SQLite backup beside an encrypted store (the safety copy written before
  encrypting, when the process was killed before it was re-encrypted) is re-encrypted
  under the store's key, or deleted when it cannot be.
- `check` names every readable plain SQLite file in the store's folder and its backups
  folder when the store is encrypted, and every backup without its manifest.

All of this runs only while nobody else has the store open (another window's backup
in progress also writes a ``.part``).
"""

import json
import logging
from pathlib import Path

from casedesk.domain.errors import StoreError
from casedesk.storage import cipher
from casedesk.storage.backup import sha256_of, write_private_text

log = logging.getLogger("casedesk.storage")
BACKUP_SUFFIXES = (".sqlite", ".db", ".casedesk")


def partials(store: Path) -> list[Path]:
    found = [store.with_name(f".{store.name}.{kind}") for kind in ("rekey", "restore")]
    found = [p for p in found if p.exists()]
    backups = store.parent / "backups"
    if backups.is_dir():
        found += sorted(backups.glob("*.part"))
    found += sorted(store.parent.glob(f"{store.stem}*.part"))
    return found


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(cipher.SQLITE_MAGIC)) == cipher.SQLITE_MAGIC
    except OSError:
        return False


def plain_files(store: Path) -> list[Path]:
    """Readable plain SQLite files in the store's folder and its backups folder."""
    folders = [store.parent, store.parent / "backups"]
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in sorted(folder.iterdir()) if p.is_file() and is_plain_sqlite(p)]
    return found


def backups_without_manifest(store: Path) -> list[Path]:
    folder = store.parent / "backups"
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.iterdir())
        if p.suffix in BACKUP_SUFFIXES
        and store.stem in p.name
        # Copies kept before an upgrade or of a damaged file are not verified backups.
        and f"{store.stem}-before-" not in p.name
        and not p.name.startswith("damaged-")
        and not p.with_suffix(p.suffix + ".json").exists()
    ]


def needs_tidying(store: Path, key: cipher.Key | None) -> bool:
    if partials(store):
        return True
    return key is not None and any(p.parent.name == "backups" for p in plain_files(store))


def tidy(store: Path, key: cipher.Key | None) -> list[str]:
    """Clear what an interrupted operation left; the caller holds the store alone.
    Returns one line per file handled (for the log)."""
    done = []
    for path in partials(store):
        path.unlink(missing_ok=True)
        done.append(f"removed the partial file {path.name}")
    if key is None:
        return done
    for path in plain_files(store):
        if path == store or path.parent.name != "backups":
            continue
        try:
            cipher.rekey_file(path, None, key)
        except StoreError:
            path.unlink(missing_ok=True)
            done.append(f"deleted the plain copy {path.name} (it could not be encrypted)")
            continue
        _mark_encrypted(path)
        done.append(f"encrypted the plain copy {path.name}")
    for line in done:
        log.info("%s", line)
    return done


def _mark_encrypted(path: Path) -> None:
    manifest = path.with_suffix(path.suffix + ".json")
    try:
        facts = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    facts["encrypted"] = True
    facts["sha256"] = sha256_of(path)
    write_private_text(manifest, json.dumps(facts, indent=2))
