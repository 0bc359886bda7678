"""The audit trail: every change, who made it, before and after, chained under a key.

Each entry is chained over a digest of its before/after values (not the values
themselves) with an HMAC whose key is kept outside the audit table
(:mod:`casedesk.storage.audit_chain` says where). So:

- changing, deleting, reordering or renumbering an entry breaks the chain at that point,
  and someone holding only the file cannot recompute it (they do not have the key);
- :func:`redact_payloads` can drop the values of entries (a purge of a person's data)
  and the chain still verifies, because the digests stay;
- each entry also seals the digest of the records it touched as they stood at commit
  (the record named by ``entity``/``entity_id`` when its table is sealed, the client of
  ``client_id``, and any ``also``), so ``check`` finds a record changed, added or
  deleted without an entry.

Entries are queued by :func:`record` / :func:`record_many` and written when the
caller's transaction commits (one executemany, ids and hashes computed under the
write lock), so the record digests are those of the committed state.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlmodel import Session

from casedesk.domain.enums import AuditAction
from casedesk.services.context import ServiceContext
from casedesk.storage import audit_chain as chain
from casedesk.storage import dialect
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.tables import AuditEntry

GENESIS = chain.GENESIS
_PENDING = "casedesk_audit_pending"
_HOOKED = "casedesk_audit_hooked"
_CTX = "casedesk_audit_ctx"
# A bulk writer's seal: (table, highest id before it wrote) -> every row after that id.
Seal = tuple[str, int]
#: A sealed record: (table, id), or ("setting", name).
Sealed = tuple[str, chain.RecordKey]


def _canonical(value: Any) -> str:
    return chain.canonical(value)


@dataclass
class _Queued:
    row: dict[str, Any]
    records: set[Sealed] = field(default_factory=set)
    since: list[Seal] = field(default_factory=list)


def _text(value: Mapping[str, Any] | None) -> str:
    return _canonical(value) if value else ""


def _queue(session: Session, ctx: ServiceContext, item: _Queued) -> None:
    if not session.info.get(_HOOKED):
        event.listen(session, "before_commit", _write_queued)
        event.listen(session, "after_rollback", _drop_queued)
        session.info[_HOOKED] = True
    session.info[_CTX] = ctx
    session.info.setdefault(_PENDING, []).append(item)


def _drop_queued(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _sealed(entity: str, entity_id: int | None, client_id: int | None) -> set[Sealed]:
    found: set[Sealed] = set()
    table = chain.SEALED_TABLES.get(entity)
    if table is not None and entity_id is not None:
        found.add((table, int(entity_id)))
    if client_id is not None:
        found.add(("client", int(client_id)))
    return found


def _chain_head(session: Session) -> tuple[int, str]:
    """(id, hash) of the newest entry. SQLite's write transaction already holds the
    store's lock; on a team store two writers at READ COMMITTED could both append after
    the same head (forking the chain, colliding on the id), so the head is read under
    the chain's transaction-scoped advisory lock, past row-level security."""
    return dialect.audit_head_locked(session) or chain.head(session)


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
    also: Iterable[Sealed] = (),
    seal_since: Iterable[Seal] = (),
) -> AuditEntry:
    """Append one audit entry inside the caller's (write) transaction.

    The entry is written when the transaction commits. ``also`` names more records the
    change touched (``("client", 7)`` for a client merged away, ``("setting", name)``
    for a setting, which has no id); ``seal_since`` is for
    bulk writers that do not write an entry per row (demo data, a whole-store restore):
    ``("client", n)`` seals every client row with an id above ``n``. Returns the entry
    as it will be written (its id and hash are set at commit)."""
    row: dict[str, Any] = {
        "at": ctx.now().isoformat(timespec="microseconds"),
        "actor": ctx.actor,
        "action": action.value,
        "entity": entity,
        "entity_id": entity_id,
        "client_id": client_id,
        "before": _text(before),
        "after": _text(after),
    }
    records = _sealed(entity, entity_id, client_id)
    records.update((t, chain.record_key(t, i)) for t, i in also if t in chain.SEALED_TABLES)
    _queue(session, ctx, _Queued(row, records, list(seal_since)))
    ctx.journal.add(session, row)  # what this window's Undo can take back (id set at commit)
    return AuditEntry(**row, prev_hash="", hash="")


def record_many(
    session: Session,
    ctx: ServiceContext,
    entries: list[dict[str, Any]],
    *,
    seal: bool = True,
    seal_since: Iterable[Seal] = (),
) -> None:
    """Append many entries at once (imports). Each dict has action, entity, entity_id,
    client_id, after (and optionally before). A bulk writer may instead seal the rows
    it added as a batch: ``seal=False`` and ``seal_since`` (as for :func:`record`) on
    the last entry, so each row is digested once and no entry holds the whole file."""
    at = ctx.now().isoformat(timespec="microseconds")
    for item in entries:
        row = {
            "at": at,
            "actor": ctx.actor,
            "action": item["action"].value,
            "entity": item["entity"],
            "entity_id": item.get("entity_id"),
            "client_id": item.get("client_id"),
            "before": _text(item.get("before")),
            "after": _text(item.get("after")),
        }
        records = _sealed(row["entity"], row["entity_id"], row["client_id"]) if seal else set()
        last = item is entries[-1]
        _queue(session, ctx, _Queued(row, records, list(seal_since) if last else []))


def write_queued(session: Session) -> None:
    """Write the entries queued so far now, inside the caller's transaction, instead of
    holding them all until commit: a bulk writer (an import of 100,000 rows) calls this
    after each batch so its memory stays bounded. The records are sealed as they stand
    now; a later change in the same transaction writes its own entry, and ``check``
    compares each record with the last digest sealed for it."""
    _write_queued(session)


def _write_queued(session: Session) -> None:
    """Before commit: digest the touched records, chain the queued entries, insert them."""
    items: list[_Queued] = session.info.pop(_PENDING, [])
    if not items:
        return
    ctx: ServiceContext = session.info[_CTX]
    session.flush()
    key = chain.load_key(session, encrypted=ctx.store.audit_key_inside, create=True)
    assert key is not None
    wanted: dict[str, set[chain.RecordKey]] = {}
    for item in items:
        for table, since in item.since:
            ids = chain.ids_after(session, table, since)
            item.records.update((table, i) for i in ids)
        for table, rid in item.records:
            wanted.setdefault(table, set()).add(rid)
    digests = {table: chain.row_digests(session, table, ids) for table, ids in wanted.items()}
    last_id, prev = _chain_head(session)
    rows = []
    for item in items:
        row = item.row
        last_id += 1
        sealed: dict[str, dict[str, str]] = {}
        for table, rid in sorted(item.records, key=lambda r: (r[0], str(r[1]))):
            sealed.setdefault(table, {})[str(rid)] = digests[table][rid]
        row["id"] = last_id
        row["records"] = _canonical(sealed) if sealed else ""
        row["payload_digest"] = chain.payload_digest(row["before"], row["after"])
        row["prev_hash"] = prev
        row["hash"] = prev = chain.entry_mac(key, prev, row)
        rows.append(row)
    chain.insert_entries(session, rows)


def max_ids(session: Session) -> dict[str, int]:
    """The highest id of each sealed table: pass its items as ``seal_since`` after a bulk
    write so that the rows added are sealed by one entry."""
    return chain.max_ids(session, sorted(set(chain.SEALED_TABLES.values())))


def rows_of_client(session: Session, client_id: int) -> list[Sealed]:
    """A client's own sealed records (history, notes, contacts, deadlines, documents),
    for ``also`` after a merge."""
    return chain.rows_of_client(session, client_id)


def adopt_restored(session: Session, ctx: ServiceContext, source: str) -> None:
    """After a whole-store export was restored and verified, in the caller's
    transaction: when the source's chain key is not here (an encrypted store's key
    never leaves it), chain the trail under a new key for this store; then seal every
    restored record."""
    if chain_key(session)[0] is None:
        chain.rechain(session, chain.new_key(session, encrypted=ctx.store.audit_key_inside))
    record(
        session,
        ctx,
        AuditAction.SEAL,
        "store",
        None,
        after={"restored_from": source},
        seal_since=[(table, 0) for table in sorted(set(chain.SEALED_TABLES.values()))],
    )


def redact_payloads(session: Session, entry_ids: Iterable[int]) -> int:
    """Drop the before/after values of the given audit entries, keeping their digests.

    For purging a person's data: the entries stay (who did what, when, to which
    record id) and the chain still verifies, because each entry is chained over the
    digest of its values, not the values. Runs inside the caller's write transaction;
    the caller records its own entry saying what was purged and why. Returns how many
    entries had values to drop."""
    return chain.redact(session, entry_ids)


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
    reason: str = ""
    key_missing: bool = False
    key_path: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None and not self.key_missing


def chain_key(session: Session) -> tuple[bytes | None, str]:
    """The store's chain key (None when a plain store's key file is not on this
    computer) and, for a plain store, where that file is expected."""
    key = chain.load_key(session, encrypted=False, create=False)
    sid = chain.store_id(session)
    return key, str(chain.key_file(sid)) if sid else ""


def verify_chain(
    session: Session,
    *,
    keyed: bool = True,
    records: dict[Sealed, str] | None = None,
) -> ChainReport:
    """Walk the whole chain in id order, a page at a time; report the first entry that
    does not fit. With ``keyed`` false only the links and value digests are checked
    (a whole-store export restored elsewhere, before it is re-keyed). ``records``, when
    given, collects the last digest sealed for each record (for :func:`verify_records`)."""
    key, key_path = chain_key(session) if keyed else (None, "")
    prev = GENESIS
    count = 0
    for e in chain.iter_entries(session):
        count += 1
        reason = ""
        if e["prev_hash"] != prev:
            reason = "does not follow the entry before it (entries removed or reordered)"
        elif (e["before"] or e["after"]) and chain.payload_digest(e["before"], e["after"]) != e[
            "payload_digest"
        ]:
            reason = "its before/after values were changed"
        elif key is not None and chain.entry_mac(key, prev, e) != e["hash"]:
            reason = "it was changed or renumbered after it was written"
        if reason:
            return ChainReport(count, prev, int(e["id"]), reason)
        if records is not None and e["records"]:
            for table, sealed in _json(e["records"]).items():
                for rid, digest in sealed.items():
                    records[(table, chain.record_key(table, rid))] = digest
        prev = e["hash"]
    missing = keyed and key is None and count > 0
    return ChainReport(count, prev, None, key_missing=missing, key_path=key_path)


def head_hash(session: Session) -> str:
    """The newest entry's hash ("" for an empty trail): an anchor to keep elsewhere."""
    entry_id, digest = chain.head(session)
    return digest if entry_id else ""


def last_entry_id(session: Session) -> int:
    return chain.head(session)[0]


def anchor_problems(
    session: Session, store_anchor: tuple[int, str] | None, kept: str | None, last_id: int
) -> list[str]:
    """Whether the chain still reaches its anchors: the one beside the store (id, hash
    at the last close) and a hash the user kept elsewhere (``check --anchor``)."""
    problems = []
    if store_anchor is not None:
        entry_id, digest = store_anchor
        found = chain.hash_of(session, entry_id)
        if found is None and entry_id > last_id:
            problems.append(
                f"the audit trail is truncated: it ends at entry {last_id:,}, but it reached "
                f"entry {entry_id:,} when the store was last closed (its newest entries were cut off)"
            )
        elif found != digest:
            problems.append(
                f"the audit trail was rewritten: entry {entry_id:,} is not the one the store "
                "held when it was last closed"
            )
    if kept is not None and chain.find_hash(session, kept) is None:
        problems.append(
            f"the audit trail does not contain the hash {kept}: entries were cut off or "
            "rewritten since that hash was noted"
        )
    return problems


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


_ENTITY_OF = {table: entity for entity, table in chain.SEALED_TABLES.items()}
#: How ``check`` names a kind of record (the table's name with spaces otherwise).
_NOUNS = {"status_entry": "legal status entry", "custody_event": "whereabouts event"}


def _noun(table: str) -> str:
    return _NOUNS.get(table) or _ENTITY_OF[table].replace("_", " ")


_NAMED = 20  # records named one by one; past that, a count


def verify_records(session: Session, sealed: dict[Sealed, str]) -> list[str]:
    """Compare every live record of the sealed tables with the digest its last audited
    change recorded; one line per record changed, added or deleted without an entry.
    ``sealed`` is consumed."""
    problems: list[str] = []
    extra = 0

    def say(line: str) -> None:
        nonlocal extra
        if len(problems) < _NAMED:
            problems.append(line)
        else:
            extra += 1

    for table in sorted(set(chain.SEALED_TABLES.values())):
        kind = _noun(table)
        for rid, digest in chain.iter_row_digests(session, table):
            expected = sealed.pop((table, rid), None)
            if expected is None or expected == chain.ABSENT:
                say(f"{kind} {rid} was added without an audit entry")
            elif expected != digest:
                fields = changed_fields_of(session, table, rid)
                what = f" (field {', '.join(fields)})" if fields else ""
                say(f"{kind} {rid} was changed without an audit entry{what}")
    for (table, rid), expected in sorted(sealed.items()):
        if expected != chain.ABSENT:
            say(f"{_noun(table)} {rid} was deleted without an audit entry")
    if extra:
        problems.append(f"... and {extra:,} more records differ from the audit trail")
    return problems


def changed_fields_of(session: Session, table: str, rid: chain.RecordKey) -> list[str]:
    """Which fields of a record differ from the values its audit entries recorded
    (replayed oldest first); empty when the values were redacted or never recorded."""
    entity = _ENTITY_OF[table]
    known: dict[str, Any] = {}
    if isinstance(rid, str):  # a setting: its entries record {name: value}, no id
        for after in audit_q.recorded_values_of_kind(session, entity):
            values = _json(after) if after else {}
            if rid in values:
                known["value"] = values[rid]
    else:
        for after in audit_q.recorded_values(session, entity, rid):
            known.update(_json(after) if after else {})
    live = chain.row_values(session, table, rid)
    if live is None:
        return []
    return sorted(
        name for name, value in known.items() if name in live and _same(live[name]) != _same(value)
    )


def _same(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


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
    entries = audit_q.newest(session, client_id=client_id, limit=max(1, min(limit, 100_000)))
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
        for e in entries
    ]


class AuditService:
    """Reading the trail (the GUI's History tab, ``casedesk audit``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def history(self, *, client_id: int | None = None, limit: int = 500) -> list[AuditRow]:
        with self.ctx.store.read() as session:
            return history(session, client_id=client_id, limit=limit)
