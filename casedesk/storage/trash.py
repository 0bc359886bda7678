"""Rows that hang on a record, found through the foreign keys: snapshot, delete, put back.

The Trash keeps a removed entry together with everything that cascades from it (a
client's notes, a document's bytes, an obligation's compliance records...). What hangs
on what is read from the metadata's foreign keys, so a child table added later is
covered without a change here. References that the database would merely clear
(``ON DELETE SET NULL``) are remembered and set again on restore.

Only portable SQLAlchemy Core is used (the store may be PostgreSQL); the two SQLite
extras of a purge (secure delete, truncating the write-ahead log) are skipped elsewhere.
"""

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, text, update
from sqlmodel import Session

from casedesk.storage.tables import FTS_TABLE, metadata

CHUNK = 500


class MissingParentError(Exception):
    """A row cannot go back: the record it belongs to is gone (perhaps in the Trash too)."""

    def __init__(self, table: str, key: object) -> None:
        super().__init__(f"{table} {key}")
        self.table = table
        self.key = key


@dataclass
class Snapshot:
    """The rows of one removal, by table, plus the SET NULL references to re-set."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: (table, primary-key values, column, value) of references the delete will clear.
    cleared: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items() if rows}

    def to_json(self) -> str:
        return json.dumps(
            {
                "rows": {t: [_encode_row(r) for r in rows] for t, rows in self.rows.items()},
                "cleared": [[t, pk, c, _encode(v)] for t, pk, c, v in self.cleared],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, raw: str) -> "Snapshot":
        data = json.loads(raw)
        return cls(
            rows={t: [_decode_row(r) for r in rows] for t, rows in data["rows"].items()},
            cleared=[(t, pk, c, _decode(v)) for t, pk, c, v in data["cleared"]],
        )

    def values(self) -> Iterable[str]:
        """Every text value held (for tests proving a purge leaves nothing behind)."""
        for rows in self.rows.values():
            for row in rows:
                yield from (str(v) for v in row.values() if isinstance(v, str))


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def _encode_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _encode(v) for k, v in row.items()}


def _decode_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _decode(v) for k, v in row.items()}


def _table(name: str) -> Table:
    return metadata.tables[name]


def _pk(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _children(table: Table) -> list[tuple[Table, Any]]:
    """(child table, foreign key) for every foreign key that points at ``table``."""
    found = []
    for child in metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk))
    return found


def collect(session: Session, table_name: str, key: int) -> Snapshot:
    """The row ``table_name`` ``key`` and every row that cascades from it."""
    snap = Snapshot()
    seen: dict[str, set[tuple[Any, ...]]] = {}
    root = _table(table_name)
    first = [dict(r) for r in session.execute(select(root).where(root.c.id == key)).mappings()]
    queue: list[tuple[Table, list[dict[str, Any]]]] = []

    def add(table: Table, rows: list[dict[str, Any]]) -> None:
        keep = seen.setdefault(table.name, set())
        new = [r for r in rows if _pk(table, r) not in keep]
        keep.update(_pk(table, r) for r in new)
        if new:
            snap.rows.setdefault(table.name, []).extend(new)
            queue.append((table, new))

    add(root, first)
    while queue:
        table, rows = queue.pop(0)
        for child, fk in _children(table):
            values = sorted({r[fk.column.name] for r in rows if r[fk.column.name] is not None})
            column = child.c[fk.parent.name]
            for start in range(0, len(values), CHUNK):
                chunk = values[start : start + CHUNK]
                found = [
                    dict(r)
                    for r in session.execute(select(child).where(column.in_(chunk))).mappings()
                ]
                if (fk.ondelete or "").upper() == "SET NULL":
                    for r in found:
                        pk = {c.name: r[c.name] for c in child.primary_key.columns}
                        snap.cleared.append((child.name, pk, column.name, r[column.name]))
                else:
                    add(child, found)
    return snap


def delete_root(session: Session, table_name: str, key: int) -> None:
    """Delete the root row; the database's ON DELETE rules take the rest."""
    table = _table(table_name)
    session.execute(delete(table).where(table.c.id == key))


def _exists(session: Session, table: Table, column: str, value: Any) -> bool:
    return (
        session.execute(select(table.c[column]).where(table.c[column] == value)).first() is not None
    )


def put_back(session: Session, snap: Snapshot) -> dict[tuple[str, int], int]:
    """Insert the snapshot's rows, parents first. A row whose id was taken meanwhile
    gets a new id (its children follow it); returns {(table, old id): new id}."""
    moved: dict[tuple[str, int], int] = {}
    for table in metadata.sorted_tables:
        for original in snap.rows.get(table.name, []):
            row = dict(original)
            for fk in table.foreign_keys:
                name = fk.parent.name
                value = row.get(name)
                if value is None:
                    continue
                parent = fk.column.table
                row[name] = moved.get((parent.name, value), value)
                if not _exists(session, parent, fk.column.name, row[name]):
                    if (fk.ondelete or "").upper() == "SET NULL":
                        row[name] = None
                    else:
                        raise MissingParentError(parent.name, value)
            single_id = [c.name for c in table.primary_key.columns] == ["id"]
            if single_id and _exists(session, table, "id", row["id"]):
                old = row.pop("id")
                result: Any = session.execute(insert(table).values(**row))
                moved[(table.name, old)] = int(result.inserted_primary_key[0])
            else:
                session.execute(insert(table).values(**row))
    for name, pk, column, value in snap.cleared:
        table = _table(name)
        target = moved.get((_parent_of(table, column), value), value)
        keys = [table.c[k] == v for k, v in pk.items()]
        session.execute(
            update(table).where(and_(*keys), table.c[column].is_(None)).values({column: target})
        )
    return moved


def _parent_of(table: Table, column: str) -> str:
    for fk in table.foreign_keys:
        if fk.parent.name == column:
            return str(fk.column.table.name)
    return ""


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def secure_delete(session: Session) -> None:
    """From now on this connection overwrites what it deletes (SQLite), so purged text
    is not left behind in free pages of the file."""
    if is_sqlite(session):
        session.execute(text("PRAGMA secure_delete = ON"))


def compact_search_index(session: Session) -> None:
    """Merge the search index's segments: a deleted row's words otherwise stay in
    older segments until some later merge."""
    if is_sqlite(session):
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


def vacuum(conn: Any) -> None:
    """Rebuild the file without free pages, then copy the write-ahead log in and empty
    it (SQLite; ``conn`` is a DB-API connection outside any transaction): the pages a
    purge freed, and the log's copies of them, hold the purged text until then."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
