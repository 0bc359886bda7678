"""The audit chain's storage: keyed entry hashes, record digests, and the chain key.

Each entry's ``hash`` is an HMAC-SHA256, under a key kept outside the audit table, of
the previous entry's hash and the entry's own fields. The before/after values are not
hashed directly: the entry holds ``payload_digest`` (SHA-256 of the values as stored),
and the HMAC covers that digest. Redacting an entry (dropping the values, keeping the
digest) therefore leaves the chain verifiable.

``records`` holds, per sealed table, the digest of each record the entry touched as it
stood when the transaction committed; ``check`` compares the live rows against the last
digest recorded for them, so a record changed, added or deleted without an entry shows.

Where the key lives:
- an encrypted store keeps a random key in its own ``audit_key`` table (encrypted at
  rest with everything else, so the file alone does not give it away);
- a plain store keeps only a random ``store_id`` there; the key is a file named after
  that id in the user's config folder (owner-only), never in the store.

A PostgreSQL store (team mode) can provide these functions over its own tables: only
portable SQLAlchemy Core is used here.
"""

import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from casedesk.domain.errors import StoreError
from casedesk.storage.bulk import insert_many
from casedesk.storage.tables import metadata

GENESIS = "0" * 64
DIGEST_CHARS = 24  # 96 bits of SHA-256 per record: a forged edit needs a second preimage
ABSENT = "-"  # the digest of a record that no longer exists
# Entity names written by the services -> tables whose rows are sealed record by record.
# The first five since revision 0014; the history a client carries (legal status,
# whereabouts, notes, contacts), the store's settings and hearings since revision 0018.
SEALED_AT_0014 = ("client", "matter", "court_order", "deadline", "document")
SEALED_AT_0018 = ("status_entry", "custody_event", "note", "contact", "setting", "hearing")
SEALED_TABLES: dict[str, str] = {name: name for name in (*SEALED_AT_0014, *SEALED_AT_0018)}
#: A sealed record's key: its id, or (settings) its name.
RecordKey = int | str
HASHED = (
    "id",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "client_id",
    "payload_digest",
    "records",
)
ENTRY_COLUMNS = (*HASHED, "before", "after", "prev_hash", "hash")
_CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit
_KEY_ENV = "CASEDESK_AUDIT_KEYS"  # another folder for the plain stores' keys (tests, admins)
# Works inside an ORM session (the services) and on a bare connection (the migration).
Session = OrmSession | Connection


# One encoder for every digest: json.dumps with these options builds a new encoder per
# call, which an import of 100,000 rows (several digests each) pays for visibly.
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def canonical(value: Any) -> str:
    return _ENCODER.encode(value)


def payload_digest(before: str, after: str) -> str:
    """SHA-256 of an entry's before/after values exactly as stored."""
    return hashlib.sha256(canonical([before, after]).encode("utf-8")).hexdigest()


def entry_mac(key: bytes, prev_hash: str, fields: Mapping[str, Any]) -> str:
    """The keyed chain hash of an entry (its HASHED fields) after ``prev_hash``."""
    body = canonical({name: fields.get(name) for name in HASHED})
    return hmac.new(key, (prev_hash + body).encode("utf-8"), hashlib.sha256).hexdigest()


def row_digest(row: Mapping[str, Any]) -> str:
    """A record's digest. Empty values (None, "", False, 0) are left out, so a column
    added later with an empty default does not change the digest of every row."""
    kept = {k: v for k, v in row.items() if v not in (None, "", False, 0)}
    return hashlib.sha256(canonical(kept).encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def _table(name: str) -> Table:
    return metadata.tables[name]


def _key(table: Table) -> Any:
    """The column a sealed record is known by: ``id``, or a setting's ``key``."""
    return table.c.id if "id" in table.c else table.c.key


def record_key(table_name: str, value: Any) -> RecordKey:
    """A record's key as the sealed tables hold it (ids are ints, settings' names text)."""
    return int(value) if "id" in _table(table_name).c else str(value)


def row_digests(
    session: Session, table_name: str, ids: Iterable[RecordKey]
) -> dict[RecordKey, str]:
    """Digests of the rows with ``ids`` (those missing get :data:`ABSENT`)."""
    table = _table(table_name)
    key = _key(table)
    wanted = sorted(set(ids), key=str) if key.name == "key" else sorted(set(ids))
    found: dict[RecordKey, str] = dict.fromkeys(wanted, ABSENT)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in session.execute(select(table).where(key.in_(chunk))).mappings():
            found[record_key(table_name, row[key.name])] = row_digest(dict(row))
    return found


def iter_row_digests(
    session: Session, table_name: str, columns: Iterable[str] | None = None
) -> Iterator[tuple[RecordKey, str]]:
    """Every row's (id, digest) in id order, fetched in pages (constant memory).
    ``columns``: only these (a migration sees the columns of its own revision)."""
    table = _table(table_name)
    key = _key(table)
    cols = [table.c[name] for name in columns] if columns is not None else list(table.c)
    last: Any = None
    while True:
        stmt = select(*cols)
        if last is not None:
            stmt = stmt.where(key > last)
        page = session.execute(stmt.order_by(key).limit(2000)).mappings().all()
        if not page:
            return
        for row in page:
            yield record_key(table_name, row[key.name]), row_digest(dict(row))
        last = page[-1][key.name]


def max_ids(session: Session, table_names: Iterable[str]) -> dict[str, int]:
    """The highest id in each table (0 when empty): a bulk writer seals what follows.
    A table keyed by name (settings) gives 0 when empty, else 1: a bulk writer into an
    empty store seals all of them, one into a store that has some seals none."""
    found = {}
    for name in table_names:
        table = _table(name)
        if "id" in table.c:
            stmt = select(func.coalesce(func.max(table.c.id), 0))
            found[name] = int(session.execute(stmt).scalar_one())
        else:
            found[name] = int(session.execute(select(_key(table)).limit(1)).first() is not None)
    return found


def ids_after(session: Session, table_name: str, after_id: int) -> list[RecordKey]:
    table = _table(table_name)
    if "id" not in table.c:  # keyed by name: all of them or none (see max_ids)
        keys = session.execute(select(table.c.key).order_by(table.c.key)).scalars()
        return [str(k) for k in keys] if after_id == 0 else []
    stmt = select(table.c.id).where(table.c.id > after_id).order_by(table.c.id)
    return [int(i) for i in session.execute(stmt).scalars()]


def head(session: Session) -> tuple[int, str]:
    """(id, hash) of the newest entry; (0, GENESIS) for an empty trail."""
    table = _table("audit_entry")
    row = session.execute(
        select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def insert_entries(session: Session, rows: list[dict[str, Any]]) -> None:
    """Append finished entries (ids and hashes already set) with one executemany."""
    insert_many(session, _table("audit_entry"), rows)


def iter_entries(session: Session, *, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every entry in id order, a page at a time: memory stays flat however long the
    trail (2.4 million entries read in pages of 1,000)."""
    table = _table("audit_entry")
    cols = [table.c[name] for name in ENTRY_COLUMNS]
    last = -1
    while True:
        rows = (
            session.execute(select(*cols).where(table.c.id > last).order_by(table.c.id).limit(page))
            .mappings()
            .all()
        )
        if not rows:
            return
        for row in rows:
            yield dict(row)
        last = int(rows[-1]["id"])


def redact(session: Session, entry_ids: Iterable[int]) -> int:
    """Drop the before/after values of the given entries (digests stay); returns how many."""
    table = _table("audit_entry")
    ids = sorted(set(entry_ids))
    done = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        result = session.execute(
            update(table)
            .where(table.c.id.in_(chunk), (table.c.before != "") | (table.c.after != ""))
            .values(before="", after="")
        )
        done += int(getattr(result, "rowcount", 0) or 0)
    return done


# ---------------------------------------------------------------------------- the key
def key_folder() -> Path:
    """Where plain stores' chain keys live: the user's config folder."""
    env = os.environ.get(_KEY_ENV)
    return Path(env) if env else user_config_path("casedesk", appauthor=False) / "audit-keys"


def key_file(store_id: str) -> Path:
    return key_folder() / f"{store_id}.key"


def _meta(session: Session) -> tuple[str, str] | None:
    table = _table("audit_key")
    row = session.execute(select(table.c.store_id, table.c.secret).limit(1)).first()
    return (str(row[0]), str(row[1] or "")) if row else None


def store_id(session: Session) -> str | None:
    meta = _meta(session)
    return meta[0] if meta else None


def _write_key_file(path: Path, secret: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def load_key(session: Session, *, encrypted: bool, create: bool) -> bytes | None:
    """The chain key for the store of ``session``; with ``create``, made when missing
    (inside the caller's write transaction). None when it cannot be found."""
    table = _table("audit_key")
    meta = _meta(session)
    if meta is None:
        if not create:
            return None
        sid, secret = secrets.token_hex(16), secrets.token_hex(32)
        if encrypted:
            session.execute(insert(table).values(id=1, store_id=sid, secret=secret))
        else:
            _safe_write(key_file(sid), secret)
            session.execute(insert(table).values(id=1, store_id=sid, secret=""))
        return bytes.fromhex(secret)
    sid, stored = meta
    if stored:
        return bytes.fromhex(stored)
    path = key_file(sid)
    try:
        secret = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not create:
            return None
        raise StoreError(
            f"the audit key of this store is missing ({path}); copy it from the computer "
            "the store came from, or the audit trail cannot be extended"
        ) from None
    except OSError as exc:
        raise StoreError(f"cannot read the audit key {path}: {exc.strerror}") from exc
    if encrypted and create:
        # The store has just been encrypted: its key moves inside, out of reach of
        # anyone holding the file without the passphrase.
        session.execute(update(table).values(secret=secret))
    return bytes.fromhex(secret)


def _safe_write(path: Path, secret: str) -> None:
    try:
        _write_key_file(path, secret)
    except OSError as exc:
        raise StoreError(f"cannot write the audit key {path}: {exc.strerror}") from exc


def row_values(session: Session, table_name: str, rid: RecordKey) -> dict[str, Any] | None:
    """One row as a dict (None when it is gone): to name the fields that changed."""
    table = _table(table_name)
    row = session.execute(select(table).where(_key(table) == rid)).mappings().first()
    return dict(row) if row else None


# ------------------------------------------------------------------ upgrading (0014)
_LEGACY = ("at", "actor", "action", "entity", "entity_id", "client_id", "before", "after")


def _legacy_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """The unkeyed hash of the chain before revision 0014."""
    body = canonical({name: entry.get(name) for name in _LEGACY})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def rechain_legacy(session: Session, *, encrypted: bool, now: str) -> int | None:
    """Re-chain a trail written in the old (unkeyed) format under the store's key, as
    far as it verifies; entries from the first one that does not verify keep their old
    hashes, so ``check`` still reports the break there. Then one ``seal`` entry records
    the digest of every existing record (nothing before the upgrade did). Returns the
    first entry that did not verify, if any."""
    table = _table("audit_entry")
    count = session.execute(select(func.count()).select_from(table)).scalar_one()
    has_rows = any(max_ids(session, SEALED_AT_0014).values())
    if not count and not has_rows:
        return None  # a new store: the key is made with its first entry
    key = load_key(session, encrypted=encrypted, create=True)
    assert key is not None
    old_prev = new_prev = GENESIS
    broken: int | None = None
    batch: list[dict[str, Any]] = []
    for entry in iter_entries(session):
        if broken is None and (
            entry["prev_hash"] != old_prev or _legacy_hash(old_prev, entry) != entry["hash"]
        ):
            broken = int(entry["id"])
        if broken is not None:
            break
        old_prev = entry["hash"]
        entry["payload_digest"] = payload_digest(entry["before"], entry["after"])
        entry["records"] = ""
        entry["prev_hash"] = new_prev
        entry["hash"] = new_prev = entry_mac(key, new_prev, entry)
        batch.append(
            {"b_id": entry["id"], **{k: entry[k] for k in ("payload_digest", "prev_hash", "hash")}}
        )
        if len(batch) >= 2000:
            _update_hashes(session, batch)
            batch = []
    _update_hashes(session, batch)
    _append_seal(
        session, key, SEALED_AT_0014, now, "audit trail upgraded to keyed hashes (revision 0014)"
    )
    return broken


def _append_seal(
    session: Session, key: bytes, tables: Iterable[str], now: str, reason: str
) -> None:
    """Append one ``seal`` entry recording the digest of every row of ``tables``."""
    last_id, prev = head(session)
    sealed: dict[str, dict[str, str]] = {}
    from sqlalchemy import inspect  # noqa: PLC0415 - only the upgrades need it

    bind = session if isinstance(session, Connection) else session.connection()
    for name in sorted(tables):
        # Only the columns this revision has: later revisions add more (empty values
        # are left out of a digest, so the digests stay the same once they are added).
        present = {c["name"] for c in inspect(bind).get_columns(name)}
        columns = [c.name for c in _table(name).c if c.name in present]
        sealed[name] = {
            str(rid): digest for rid, digest in iter_row_digests(session, name, columns)
        }
    row: dict[str, Any] = {
        "id": last_id + 1,
        "at": now,
        "actor": "casedesk",
        "action": "seal",
        "entity": "store",
        "entity_id": None,
        "client_id": None,
        "before": "",
        "after": canonical({"reason": reason}),
        "records": canonical({k: v for k, v in sealed.items() if v}),
        "prev_hash": prev,
    }
    row["payload_digest"] = payload_digest(row["before"], row["after"])
    row["hash"] = entry_mac(key, prev, row)
    insert_entries(session, [row])


def seal_existing(session: Session, tables: Iterable[str], *, encrypted: bool, now: str) -> bool:
    """Seal every existing row of ``tables`` (newly sealed by an upgrade) with one
    ``seal`` entry. Nothing when they are empty; nothing either when a plain store's key
    file is not on this computer (the trail cannot be extended: `check` says so, and
    names these rows once the key is back). Returns whether an entry was appended."""
    names = sorted(tables)
    if not any(max_ids(session, names).values()):
        return False
    try:
        key = load_key(session, encrypted=encrypted, create=True)
    except StoreError:
        return False
    assert key is not None
    _append_seal(session, key, names, now, "record digests extended to " + ", ".join(names))
    return True


def _update_hashes(session: Session, batch: list[dict[str, Any]]) -> None:
    if not batch:
        return
    from sqlalchemy import bindparam  # noqa: PLC0415 - only the upgrade needs it

    table = _table("audit_entry")
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            payload_digest=bindparam("payload_digest"),
            prev_hash=bindparam("prev_hash"),
            hash=bindparam("hash"),
        )
    )
    session.execute(stmt, batch)


def rechain(session: Session, key: bytes) -> None:
    """Recompute every entry's keyed hash under ``key`` in id order (a whole-store
    export restored into a new store: its links and digests were checked first)."""
    prev = GENESIS
    batch: list[dict[str, Any]] = []
    for entry in iter_entries(session):
        entry["prev_hash"] = prev
        entry["hash"] = prev = entry_mac(key, prev, entry)
        batch.append(
            {"b_id": entry["id"], **{k: entry[k] for k in ("payload_digest", "prev_hash", "hash")}}
        )
        if len(batch) >= 2000:
            _update_hashes(session, batch)
            batch = []
    _update_hashes(session, batch)


def rows_of_client(session: Session, client_id: int) -> list[tuple[str, RecordKey]]:
    """The sealed records that belong to a client (its history, notes, contacts,
    deadlines and documents): a merge moves them, and its entry seals them where they
    now are."""
    found: list[tuple[str, RecordKey]] = []
    for name in sorted(set(SEALED_TABLES.values())):
        table = _table(name)
        if name != "client" and "client_id" in table.c:
            stmt = select(table.c.id).where(table.c.client_id == client_id)
            found.extend((name, int(i)) for i in session.execute(stmt).scalars())
    return found


def new_key(session: Session, *, encrypted: bool) -> bytes:
    """Replace the store's chain key with a new one (a restored trail re-keyed here)."""
    session.execute(_table("audit_key").delete())
    key = load_key(session, encrypted=encrypted, create=True)
    assert key is not None
    return key


def hash_of(session: Session, entry_id: int) -> str | None:
    """The stored hash of entry ``entry_id`` (None when there is no such entry)."""
    table = _table("audit_entry")
    row = session.execute(select(table.c.hash).where(table.c.id == entry_id)).first()
    return str(row[0]) if row else None


def find_hash(session: Session, prefix: str) -> int | None:
    """The id of the entry whose hash starts with ``prefix`` (a hash the user kept)."""
    table = _table("audit_entry")
    stmt = select(table.c.id).where(table.c.hash.startswith(prefix, autoescape=True)).limit(1)
    row = session.execute(stmt).first()
    return int(row[0]) if row else None
