"""The audit chain's head, kept outside the store so cutting entries off the end shows.

A chain verifies link by link, so removing its newest entries leaves a shorter chain
that still verifies. An anchor is the (id, hash) of the newest entry written somewhere
the store cannot change: a small file beside the store (rewritten whenever the store is
closed), each backup's manifest, every export, and the footer of briefs. `check` finds
a chain that no longer reaches an anchor.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.errors import ValidationError


@dataclass(frozen=True)
class Anchor:
    entry_id: int
    hash: str


def anchor_file(store: Path) -> Path:
    return store.with_name(f".{store.name}.anchor")


def read_anchor(store: Path) -> Anchor | None:
    """The anchor beside ``store`` (None when there is none or it is unreadable)."""
    try:
        data = json.loads(anchor_file(store).read_text(encoding="utf-8"))
        return Anchor(int(data["entry_id"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_anchor(store: Path, anchor: Anchor) -> None:
    """Replace the anchor atomically, owner-only. A store in a read-only folder keeps
    no anchor (nothing can be written there anyway)."""
    target = anchor_file(store)
    partial = target.with_name(target.name + ".part")
    body = json.dumps({"entry_id": anchor.entry_id, "hash": anchor.hash}) + "\n"
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)


def parse_hash(text: str) -> str:
    """A hash the user kept (full, or the short form printed on briefs), lower-cased."""
    value = text.strip().lower()
    if len(value) < 12 or any(ch not in "0123456789abcdef" for ch in value):
        raise ValidationError(
            "anchor", f"{text[:80]!r} is not an audit hash: give at least 12 of its hex characters"
        )
    return value
