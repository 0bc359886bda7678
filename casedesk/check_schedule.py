"""When the command line runs SQLite's quick integrity check before a write.

The check reads the whole store (about 2.7 s at a million clients), so running it before
every writing command made each one pay for the whole store. Instead a store is checked
when a writing command finds its last good check older than ``CHECK_EVERY`` (or never
made, or made on another file at that path: a restored or replaced store is a new file);
in between, SQLite still refuses to write over any damaged page it meets, and the GUI
checks in the background when it opens and on a schedule while it stays open.

The record is a small JSON file in the user's data folder: store path -> (file id, time).
"""

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casedesk import paths

CHECK_EVERY = timedelta(hours=24)
_FILE = "integrity-checks.json"


def _record_path() -> Path:
    return paths.data_dir() / _FILE


def _file_id(store: Path) -> str:
    try:
        facts = store.stat()
    except OSError:
        return ""
    return f"{facts.st_dev}:{facts.st_ino}"


def _load() -> dict[str, list[str]]:
    try:
        found = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def due(store: Path, now: datetime | None = None) -> bool:
    """Whether a writing command should check ``store`` before opening it for writing."""
    entry = _load().get(str(store.resolve()))
    if not entry or len(entry) != 2 or entry[0] != _file_id(store) or not entry[0]:
        return True
    try:
        last = datetime.fromisoformat(entry[1])
    except ValueError:
        return True
    return (now or datetime.now(UTC)) - last >= CHECK_EVERY


def passed(store: Path, now: datetime | None = None) -> None:
    """Record that ``store`` passed the check; a failure to record only means checking again."""
    records = _load()
    records[str(store.resolve())] = [_file_id(store), (now or datetime.now(UTC)).isoformat()]
    target = _record_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + f".{os.getpid()}.part")
        partial.write_text(json.dumps(records), encoding="utf-8")
        partial.replace(target)
    except OSError:
        pass
