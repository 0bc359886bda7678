"""The Trash: what was removed, why and by whom; restore it, or purge it for good.

Restoring puts back the entry and everything that hung on it, as it was (an id taken
meanwhile is replaced by a new one). Purging deletes the kept rows, drops the
before/after values of every audit entry about them (the chain still verifies: each
entry is chained over a digest of its values), merges the search index so no word of
them stays behind, and overwrites the freed space of the file. The purge itself is
audited: who, when, why, which entries, never the purged values.
"""

import builtins
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.backup import BackupService
from casedesk.services.context import ServiceContext
from casedesk.services.records import (
    BY_TABLE,
    KINDS,
    RecordService,
    kind_of,
    refresh_clients,
    sealed_rows,
)
from casedesk.storage import trash as rows
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.queries import entries as entry_q
from casedesk.storage.tables import TrashItem

log = logging.getLogger("casedesk.trash")
CHUNK = 500
BACKUP_SUFFIXES = (".sqlite", ".pgdump")


@dataclass(frozen=True)
class TrashRow:
    id: int
    kind: str
    entry_id: int
    client_id: int | None
    label: str
    reason: str
    removed_by: str
    removed_at: str
    #: How many entries of each kind came along (e.g. {"note": 3, "status": 2}).
    contains: dict[str, int]


def _row(item: TrashItem) -> TrashRow:
    return TrashRow(
        id=item.id or 0,
        kind=item.kind,
        entry_id=item.entry_id,
        client_id=item.client_id,
        label=item.label,
        reason=item.reason,
        removed_by=item.removed_by,
        removed_at=item.removed_at.isoformat(timespec="seconds"),
        contains=json.loads(item.contains) if item.contains else {},
    )


def _load(session: Session, item_id: int) -> TrashItem:
    item = session.get(TrashItem, v.existing_id(item_id, "item in the Trash"))
    if item is None:
        raise NotFoundError("item in the Trash", item_id)
    return item


def _touched(snap: rows.Snapshot) -> set[int]:
    found: set[int] = set()
    for table, kept in snap.rows.items():
        for r in kept:
            if table == "client":
                found.add(r["id"])
            elif r.get("client_id"):
                found.add(r["client_id"])
    return found


def audit_entries_about(session: Session, snap: rows.Snapshot) -> builtins.list[int]:
    """Ids of the audit entries whose values may hold the kept rows' contents."""
    ids: set[int] = set()
    for table, kept in snap.rows.items():
        kind = BY_TABLE.get(table)
        if kind is None:
            continue
        keys = sorted({r["id"] for r in kept})
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            ids.update(audit_q.ids_about(session, kind.entity, chunk))
            if table == "client":  # everything recorded about a deleted client
                ids.update(audit_q.ids_about_clients(session, chunk))
    return sorted(i for i in ids if i is not None)


class TrashService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, kind: str | None = None) -> builtins.list[TrashRow]:
        """What is in the Trash, most recently removed first (optionally one kind)."""
        name = kind_of(kind).name if kind else None
        with self.ctx.store.read() as session:
            return [_row(item) for item in entry_q.trash_items(session, name)]

    def get(self, item_id: int) -> TrashRow:
        with self.ctx.store.read() as session:
            return _row(_load(session, item_id))

    def find(self, kind: str, entry_id: int) -> TrashRow | None:
        """The newest trash item holding entry ``entry_id`` of ``kind``, if any."""
        with self.ctx.store.read() as session:
            item = entry_q.last_removal(session, kind_of(kind).name, entry_id)
            return _row(item) if item else None

    def restore(self, item_id: int) -> Changes:
        """Put the entry back with everything that hung on it; ``new_id`` is its id
        (a new one if its old id was taken meanwhile)."""
        with self.ctx.store.write() as session:
            item = _load(session, item_id)
            kind = KINDS[item.kind]
            snap = rows.Snapshot.from_json(item.payload)
            try:
                moved = rows.put_back(session, snap)
                session.flush()
            except rows.MissingParentError as exc:
                parent = BY_TABLE.get(exc.table)
                noun = parent.noun if parent else exc.table
                raise ValidationError(
                    "item",
                    f"this {kind.noun} belongs to {noun} {exc.key}, which is no longer in "
                    f"the store; restore that {noun} from the Trash first",
                ) from None
            except IntegrityError:
                raise ValidationError(
                    "item",
                    f"this {kind.noun} cannot come back: another record now has the same "
                    "A-Number, docket or link; change that one first",
                ) from None
            entry_id = moved.get((str(kind.table.__tablename__), item.entry_id), item.entry_id)
            session.delete(item)
            session.flush()
            touched = _touched(snap)
            refresh_clients(session, touched)
            client_id = item.client_id if kind.name != "client" else entry_id
            audit.record(
                session,
                self.ctx,
                AuditAction.RESTORE,
                kind.entity,
                entry_id,
                after={"trash_id": item_id, "reason": item.reason},
                client_id=client_id,
                also=sealed_rows(snap, moved),
            )
            return Changes(clients=frozenset(touched), everything=True, new_id=entry_id)

    def backups_holding(self, item_id: int) -> builtins.list[Path]:
        """Backups made since the entry was created: they still hold its data after a
        purge (name them in the confirmation)."""
        with self.ctx.store.read() as session:
            snap = rows.Snapshot.from_json(_load(session, item_id).payload)
        made = [
            r["created_at"]
            for kept in snap.rows.values()
            for r in kept
            if isinstance(r.get("created_at"), datetime)
        ]
        oldest = min(made).timestamp() if made else 0.0
        folder = BackupService(self.ctx).folder
        stem = self.ctx.store.path.stem
        # Plain and encrypted stores back up to .sqlite files, team stores to .pgdump.
        found = (
            [p for p in folder.iterdir() if p.suffix in BACKUP_SUFFIXES and f"{stem}-" in p.name]
            if folder.is_dir()
            else []
        )
        return sorted(p for p in found if p.stat().st_mtime >= oldest)

    def purge(self, item_id: int, reason: str) -> Changes:
        """Delete the item for good, everywhere in the store; audited without its values."""
        why = v.text(reason, "reason", max_len=500, required=True)
        with self.ctx.store.write() as session:
            rows.secure_delete(session)
            item = _load(session, item_id)
            kind = KINDS[item.kind]
            snap = rows.Snapshot.from_json(item.payload)
            entries = audit_entries_about(session, snap)
            redacted = _redact(session, entries)
            counts: dict[str, Any] = json.loads(item.contains) if item.contains else {}
            session.delete(item)
            session.flush()
            rows.compact_search_index(session)
            audit.record(
                session,
                self.ctx,
                AuditAction.PURGE,
                kind.entity,
                item.entry_id,
                after={
                    "reason": why,
                    "trash_id": item_id,
                    "contains": counts,
                    "audit_entries_redacted": redacted,
                },
                client_id=item.client_id if kind.name != "client" else None,
            )
        self._scrub_file()
        return Changes(everything=True)

    def _scrub_file(self) -> None:
        """Rewrite the file without free pages and empty the write-ahead log (SQLite)."""
        store = self.ctx.store
        if store.engine.dialect.name != "sqlite":
            return
        conn = store.raw_connect()
        try:
            rows.vacuum(conn)
        except Exception as exc:
            log.warning("after a purge, compacting the store failed: %s", type(exc).__name__)
        finally:
            conn.close()


def _redact(session: Session, entry_ids: builtins.list[int]) -> builtins.list[int]:
    """Drop the before/after values of ``entry_ids`` (the chain keeps their digests)."""
    if entry_ids:
        audit.redact_payloads(session, entry_ids)
    return entry_ids


__all__ = ["RecordService", "TrashRow", "TrashService"]
