"""The audit trail: every change, who made it, before and after, hash-chained.

Each entry's hash covers the previous entry's hash and the entry's own canonical JSON,
so changing or deleting any single row outside the application breaks the chain at
that point. Entries are written by the services in the same transaction as the change.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import desc, insert
from sqlmodel import Session, col, select

from casedesk.domain.enums import AuditAction
from casedesk.services.context import ServiceContext
from casedesk.storage import dialect, team_roles
from casedesk.storage.tables import AuditEntry, metadata

GENESIS = "0" * 64
_LAST_HASH = "casedesk_audit_last_hash"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, entry: AuditEntry | dict[str, Any]) -> str:
    """The chain hash of ``entry`` (a row or a dict of its fields) after ``prev_hash``."""
    get = entry.get if isinstance(entry, dict) else lambda name: getattr(entry, name)
    payload = _canonical({name: get(name) for name in _HASHED})
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


_HASHED = ("at", "actor", "action", "entity", "entity_id", "client_id", "before", "after")


def _chain_head(session: Session) -> str | None:
    """The newest entry's hash. SQLite's write transaction already holds the lock; on a
    team store the head is read under a lock and past row-level security."""
    if dialect.is_postgres(session):
        return team_roles.locked_audit_head(session.connection())
    return session.exec(select(AuditEntry.hash).order_by(desc(col(AuditEntry.id))).limit(1)).first()


def record(
    session: Session,
    ctx: ServiceContext,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    client_id: int | None = None,
) -> AuditEntry:
    """Append one audit entry inside the caller's (write) transaction."""
    # The write transaction holds the lock, so the last hash cannot change under us: read
    # it once per session and carry it forward (imports write thousands of entries).
    prev = session.info.get(_LAST_HASH)
    if prev is None:
        prev = _chain_head(session)
    entry = AuditEntry(
        at=ctx.now().isoformat(timespec="microseconds"),
        actor=ctx.actor,
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        client_id=client_id,
        before=_canonical(before) if before else "",
        after=_canonical(after) if after else "",
        prev_hash=prev or GENESIS,
        hash="",
    )
    entry.hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.info[_LAST_HASH] = entry.hash
    return entry


def record_many(session: Session, ctx: ServiceContext, entries: list[dict[str, Any]]) -> None:
    """Append many entries at once (imports): the chain is computed here and the rows go
    in with one executemany. Each dict has action, entity, entity_id, client_id, after."""
    if not entries:
        return
    prev = session.info.get(_LAST_HASH)
    if prev is None:
        prev = _chain_head(session) or GENESIS
    at = ctx.now().isoformat(timespec="microseconds")
    rows = []
    for item in entries:
        row: dict[str, Any] = {
            "at": at,
            "actor": ctx.actor,
            "action": item["action"].value,
            "entity": item["entity"],
            "entity_id": item.get("entity_id"),
            "client_id": item.get("client_id"),
            "before": _canonical(item["before"]) if item.get("before") else "",
            "after": _canonical(item["after"]) if item.get("after") else "",
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    session.execute(insert(metadata.tables["audit_entry"]), rows)  # Core executemany
    session.info[_LAST_HASH] = prev


def changed_fields(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, for a compact update entry."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


@dataclass(frozen=True)
class ChainReport:
    entries: int
    last_hash: str
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain in id order; report the first entry that does not fit."""
    prev = GENESIS
    count = 0
    for entry in session.exec(select(AuditEntry).order_by(col(AuditEntry.id))):
        count += 1
        if entry.prev_hash != prev or entry_hash(prev, entry) != entry.hash:
            return ChainReport(count, prev, entry.id)
        prev = entry.hash
    return ChainReport(count, prev, None)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    client_id: int | None
    before: dict[str, Any]
    after: dict[str, Any]
    hash: str


def describe(row: AuditRow) -> str:
    """'surname: Hernandez → Hernández' for updates, the values set for creations."""
    if row.before:
        return "; ".join(
            f"{key}: {row.before.get(key)!s} → {value!s}"
            for key, value in row.after.items()
            if key in row.before
        )
    shown = {k: v for k, v in row.after.items() if v not in (None, "", [], {}) and k != "id"}
    return "; ".join(f"{k}: {v}" for k, v in list(shown.items())[:8])


def history(session: Session, *, client_id: int | None = None, limit: int = 500) -> list[AuditRow]:
    """The newest entries first, optionally those about one client."""
    stmt = select(AuditEntry).order_by(desc(col(AuditEntry.id))).limit(max(1, min(limit, 100_000)))
    if client_id is not None:
        stmt = stmt.where(AuditEntry.client_id == client_id)
    return [
        AuditRow(
            id=e.id or 0,
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            client_id=e.client_id,
            before=json.loads(e.before) if e.before else {},
            after=json.loads(e.after) if e.after else {},
            hash=e.hash,
        )
        for e in session.exec(stmt)
    ]


class AuditService:
    """Reading the trail (the GUI's History tab, ``casedesk audit``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def history(self, *, client_id: int | None = None, limit: int = 500) -> list[AuditRow]:
        with self.ctx.store.read() as session:
            return history(session, client_id=client_id, limit=limit)
