"""The whole store as JSON-safe table rows, and the way back into an empty store.

:func:`dump_tables` reads every table of :data:`casedesk.storage.tables.metadata` in
primary-key order and turns each value into JSON: date-times become ISO 8601 text with
their offset (the store keeps them as UTC wall time), bytes become ``{"$b64": "..."}``,
booleans stay booleans. :func:`restore_tables` is the inverse, used by the import service
inside its write transaction: it refuses a store that already holds anything, a file from
another schema revision, a row whose columns or value types do not fit, and an audit trail
that no longer verifies, so a restore is either exact or not done at all.

The search index is not exported: it is derived from the tables and rebuilt on restore.
"""

import base64
import binascii
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.types import TypeEngine
from sqlmodel import Session

from casedesk.domain.errors import ValidationError
from casedesk.services import audit
from casedesk.services.stored_values import row_problems
from casedesk.storage import search as fts
from casedesk.storage.dialect import sync_id_sequence
from casedesk.storage.queries import bulk
from casedesk.storage.queries import whole_tables as whole
from casedesk.storage.schema import HEAD
from casedesk.storage.tables import metadata

#: Key of the wrapper that carries bytes through JSON.
B64 = "$b64"

#: Rows per executemany when restoring (bounded memory for the driver's parameter lists).
INSERT_CHUNK = 5_000


def tables() -> list[Table]:
    """Every stored table, parents before children (the order rows can be inserted in)."""
    return list(metadata.sorted_tables)


# ------------------------------------------------------------------------------- encoding
def encode_value(value: object) -> object:
    """One stored value as JSON: ISO date-times with offset, base64-wrapped bytes."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.isoformat(timespec="microseconds")
    if isinstance(value, bytes | bytearray | memoryview):
        return {B64: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def dump_table(session: Session, table: Table) -> list[dict[str, object]]:
    """All rows of ``table`` as JSON-safe dicts, ordered by primary key."""
    names = [c.name for c in table.columns]
    rows = whole.rows_by_key(session, table)
    dumped = [{n: encode_value(v) for n, v in zip(names, row, strict=True)} for row in rows]
    if table.name == "audit_key":  # the chain's key never leaves the store (plain JSON)
        dumped = [{**row, "secret": ""} for row in dumped]
    return dumped


def dump_tables(session: Session) -> dict[str, list[dict[str, object]]]:
    """Every table of the store, by name, for the JSON export."""
    return {table.name: dump_table(session, table) for table in tables()}


# ------------------------------------------------------------------------------- decoding
def _refuse(table: str, index: int, column: str, reason: str) -> ValidationError:
    return ValidationError("file", f"table {table}, row {index + 1}, column {column}: {reason}")


def _base_type(kind: TypeEngine[Any]) -> TypeEngine[Any]:
    """The storage type under any decorator (SQLModel wraps strings and date-times)."""
    while isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    return kind


def decode_value(table: Table, index: int, column: str, value: object) -> object:
    """One JSON value back to what ``table.c[column]`` stores, refusing what does not fit."""
    col = table.c[column]
    if value is None:
        if not col.nullable:
            raise _refuse(table.name, index, column, "is empty but must have a value")
        return None
    kind = _base_type(col.type)
    if isinstance(kind, LargeBinary):
        if not (isinstance(value, dict) and set(value) == {B64} and isinstance(value[B64], str)):
            raise _refuse(table.name, index, column, f'expected {{"{B64}": "..."}}')
        try:
            return base64.b64decode(value[B64], validate=True)
        except binascii.Error:
            raise _refuse(table.name, index, column, "is not valid base64") from None
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            raise _refuse(table.name, index, column, "expected an ISO 8601 date-time")
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _refuse(table.name, index, column, f"{value!r} is not a date-time") from None
        # A value without an offset is UTC, as the store keeps it (see encode_value).
        return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _refuse(table.name, index, column, "expected true or false")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _refuse(table.name, index, column, "expected a whole number")
        return value
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise _refuse(table.name, index, column, "expected text")
        return value
    expected = kind.python_type  # a column type added later: accept exactly its Python type
    if not isinstance(value, expected):
        raise _refuse(table.name, index, column, f"expected {expected.__name__}")
    return value


def decode_rows(table: Table, rows: object) -> Iterator[dict[str, object]]:
    """The rows of one table from the document, checked column by column."""
    if not isinstance(rows, list):
        raise ValidationError("file", f"table {table.name} is not a list of rows")
    columns = {c.name for c in table.columns}
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise ValidationError("file", f"table {table.name}, row {index + 1} is not an object")
        unknown = sorted(set(row) - columns)
        missing = sorted(columns - set(row))
        if unknown or missing:
            detail = "; ".join(
                part
                for part in (
                    f"unknown columns {', '.join(unknown)}" if unknown else "",
                    f"missing columns {', '.join(missing)}" if missing else "",
                )
                if part
            )
            raise ValidationError("file", f"table {table.name}, row {index + 1}: {detail}")
        decoded = {name: decode_value(table, index, name, value) for name, value in row.items()}
        for column, reason in row_problems(table.name, decoded):  # the domain's own rules
            raise _refuse(table.name, index, column, reason)
        yield decoded


def _chunks(rows: Iterator[dict[str, object]], size: int) -> Iterator[list[dict[str, object]]]:
    chunk: list[dict[str, object]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ------------------------------------------------------------------------------- restore
def check_document(document: Mapping[str, Any]) -> Mapping[str, Any]:
    """The ``tables`` mapping of an export, after checking its schema revision and names."""
    if "salvaged" in document:  # see services.salvage
        raise ValidationError(
            "file",
            "this export holds what could be read of a damaged store, not the whole store; "
            "casedesk restores complete exports only (restore a backup, and use this file "
            "to see or re-enter what the backup lacks)",
        )
    revision = document.get("schema")
    if revision != HEAD:
        raise ValidationError(
            "file",
            f"this export was made from a store at schema revision {revision!r}; this "
            f"casedesk restores revision {HEAD!r} only. Open the export with the casedesk "
            "version that made it and export again, or update casedesk.",
        )
    found = document.get("tables")
    if not isinstance(found, dict):
        raise ValidationError("file", 'the export has no "tables" object; it is damaged')
    known = {t.name for t in tables()}
    unknown = sorted(set(found) - known)
    if unknown:
        raise ValidationError("file", f"the export has unknown tables: {', '.join(unknown)}")
    missing = sorted(known - set(found))
    if missing:
        raise ValidationError(
            "file", f"the export lacks the tables {', '.join(missing)}; it is incomplete"
        )
    return found


def _nonempty(session: Session) -> list[str]:
    return [t.name for t in tables() if whole.row_count(session, t) > 0]


def restore_tables(session: Session, document: Mapping[str, Any]) -> dict[str, int]:
    """Insert every table of an export, ids included, into an empty store.

    Runs inside the caller's write transaction (which rolls back on any refusal). Returns
    the rows restored per table. Raises :class:`ValidationError` (field ``file``) for a
    store that is not empty, another schema revision, a damaged row, or an audit trail
    that does not verify or does not end at the export's ``audit_head``.
    """
    found = check_document(document)
    occupied = _nonempty(session)
    if occupied:
        raise ValidationError(
            "file",
            "a whole-store export can only restore into an empty store; this one already "
            f"holds data ({', '.join(occupied)}). Create a new store and restore into it.",
        )
    counts: dict[str, int] = {}
    for table in tables():
        counts[table.name] = 0
        for chunk in _chunks(decode_rows(table, found[table.name]), INSERT_CHUNK):
            bulk.insert_many(session, table.name, chunk)
            counts[table.name] += len(chunk)
        if "id" in table.c and table.c.id.primary_key:
            # The ids came with the export: on a team store the next insert would
            # otherwise take id 1 from the table's sequence and collide.
            sync_id_sequence(session, table)
    # Links and value digests only: the source's key is not in the export; the import
    # service re-keys the restored trail under this store's key (audit.adopt_restored).
    sealed: dict[audit.Sealed, str] = {}
    chain = audit.verify_chain(
        session, keyed=audit.chain_key(session)[0] is not None, records=sealed
    )
    differ = audit.verify_records(session, sealed) if chain.ok else []
    if differ:
        raise ValidationError(
            "file",
            f"this export was edited after it was made ({differ[0]}); nothing was restored. "
            "Use another copy of the export.",
        )
    head = document.get("audit_head")
    if not chain.ok or (chain.entries and chain.last_hash != head):
        raise ValidationError(
            "file",
            "the audit trail in this export does not verify (it was altered after export); "
            "nothing was restored. Use another copy of the export.",
        )
    fts.rebuild_all(session)
    return counts


def row_counts(dumped: Mapping[str, Sequence[object]]) -> dict[str, int]:
    """Rows per table of a dump, for the export's return value and audit entry."""
    return {name: len(rows) for name, rows in dumped.items()}
