"""Reading what can still be read from a damaged store file, row by row.

A store cut short (a failing disk, a copy interrupted) or with bad pages cannot be opened
the usual way: SQLite refuses a file shorter than its header says, and a scan stops at
the first bad page. Here the file is opened read-only with ``writable_schema`` on (which
makes SQLite take the file's real length instead of refusing it; nothing is written),
and each table is read in rowid order, a page of rows at a time. When a read meets a
bad page, the rows before it are taken one by one, then the next readable rowid is
found (doubling steps forward, then halving back) and reading goes on from there; the
rowids in between are recorded as unreadable. So one bad page costs the rows on it, not
the rest of the table.

Nothing here knows what the rows mean: :mod:`casedesk.services.salvage` turns them into
a JSON export.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from casedesk.domain.errors import StoreError
from casedesk.storage import cipher

_PAGE = 500  # rows per read while the table reads cleanly
_END = 2**62  # past any rowid casedesk writes: the probe's ceiling


@dataclass
class TableOutcome:
    """What reading one table gave: rows read and rowid ranges that could not be read
    (``None`` as the end: everything after ``start``)."""

    name: str
    rows: int = 0
    skipped: list[tuple[int, int | None]] = field(default_factory=list)
    unreadable: bool = False  # not even its first row (its root page is gone)

    @property
    def complete(self) -> bool:
        return not self.skipped and not self.unreadable


def _connect(uri: str, key: cipher.Key | None) -> Any:
    conn = cipher.dbapi(key).connect(uri, uri=True)
    if key is not None:  # the key first, as always (see cipher.connect)
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("PRAGMA cipher_log_level = NONE")
    # Before anything reads the schema: take the file's real length instead of
    # refusing a file shorter than its header says. Read-only: nothing is written.
    conn.execute("PRAGMA writable_schema = ON")
    return conn


def _open(path: Path, key: cipher.Key | None) -> Any:
    """A read-only connection that tolerates a file shorter than its header says."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = _connect(uri, key)
        conn.execute("SELECT 1").fetchone()
        return conn
    except Exception as exc:
        if not cipher.is_driver_error(exc):
            raise
    # A read-only folder (no -shm can be made): read the file alone, as it is.
    return _connect(uri + "&immutable=1", key)


class DamagedFile:
    """A damaged store file, read-only, its tables read as far as they can be."""

    def __init__(self, path: Path, key: cipher.Key | None) -> None:
        self.path, self.key = path, key
        # One connection, kept (the key is applied once); replaced after an error.
        self._engine = create_engine(
            "sqlite://",
            module=cipher.dbapi(key),
            creator=lambda: _open(path, key),
            poolclass=StaticPool,
        )

    def _fresh(self) -> None:
        # A SQLCipher connection that met a bad page may stay in an error state: each
        # retry starts on a new one. SQLite's own connection is fine after the error.
        if self.key is not None:
            self._engine.dispose()

    def close(self) -> None:
        self._engine.dispose()

    def _run(self, work: Callable[[Connection], Any]) -> Any:
        with self._engine.connect() as conn:
            return work(conn)

    def tables(self) -> dict[str, set[str]]:
        """The file's tables and their columns; StoreError when even the list of
        tables cannot be read (the file's first pages are gone)."""

        def read(conn: Connection) -> dict[str, set[str]]:
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
            ).scalars()
            return {
                str(name): {str(c[1]) for c in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')}
                for name in list(names)
            }

        try:
            return dict(self._run(read))
        except Exception as exc:
            if not _is_damage(exc):
                raise
            self._fresh()
            raise StoreError(
                f"{self.path.name} is too damaged to read anything from: even its list of "
                "tables is gone"
            ) from exc

    def revision(self) -> str | None:
        """The schema revision the file was at, if that can still be read."""
        try:
            found = self._run(
                lambda c: c.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            )
        except Exception as exc:
            if not _is_damage(exc):
                raise
            self._fresh()
            return None
        return str(found[0]) if found else None

    def rows(self, table: Table, columns: Sequence[str], outcome: TableOutcome) -> Iterator[Any]:
        """Every readable row of ``table`` (only ``columns``), in rowid order; what
        could not be read is recorded in ``outcome``."""
        rowid: Any = literal_column("rowid")
        stmt = select(rowid, *(table.c[name] for name in columns)).order_by(rowid)
        last = -_END
        while True:
            try:
                page = self._read(stmt, last, _PAGE)
            except Exception as exc:
                if not _is_damage(exc):
                    raise
                self._fresh()
                page = self._one_by_one(stmt, last)
                if not page:  # not even the next row: step over the bad page
                    resume = self._next_readable(stmt, last)
                    if resume is None:
                        outcome.skipped.append((last + 1, None))
                        outcome.unreadable = outcome.rows == 0
                        return
                    outcome.skipped.append((last + 1, resume))
                    last = resume
                    continue
            if not page:
                return
            for row in page:
                outcome.rows += 1
                yield row[1:]
            last = int(page[-1][0])

    def _one_by_one(self, stmt: Any, last: int) -> list[Any]:
        """Rows after ``last`` one at a time, up to the first that cannot be read."""
        found: list[Any] = []
        while len(found) < _PAGE:
            after = int(found[-1][0]) if found else last
            try:
                row = self._read(stmt, after, 1)
            except Exception as exc:
                if not _is_damage(exc):
                    raise
                self._fresh()
                break
            if not row:
                break
            found.extend(row)
        return found

    def _read(self, stmt: Any, after: int, limit: int) -> list[Any]:
        """Up to ``limit`` rows with rowid above ``after``; a damaged page can hand back
        rows out of order (or again), which would read forever: that is damage too."""
        rows = list(
            self._run(
                lambda c: c.execute(stmt.where(literal_column("rowid") > after).limit(limit)).all()
            )
        )
        previous = after
        for row in rows:
            if int(row[0]) <= previous:
                raise _OutOfOrderError(f"rowid {row[0]} after {previous}")
            previous = int(row[0])
        return rows

    def _readable_after(self, stmt: Any, x: int) -> bool:
        # The whole row, as it will be read: a row whose overflow pages are gone has a
        # readable rowid but no readable values.
        try:
            self._read(stmt, x, 1)
            return True
        except Exception as exc:
            if not _is_damage(exc):
                raise
            self._fresh()
            return False

    def _next_readable(self, stmt: Any, last: int) -> int | None:
        """The smallest x > ``last`` from which the table reads again (rows with rowid
        in (last, x] are lost), or None when nothing after ``last`` can be read."""
        step = 1
        while not self._readable_after(stmt, last + step):
            if last + step >= _END:
                return None
            step *= 2
        low, high = last + step // 2, last + step  # not readable after low; readable after high
        while high - low > 1:
            middle = (low + high) // 2
            if self._readable_after(stmt, middle):
                high = middle
            else:
                low = middle
        return high


class _OutOfOrderError(Exception):
    """A page handed back rows out of rowid order: it is damaged."""


def _is_damage(exc: BaseException) -> bool:
    """A bad page (the driver's error), or bytes on a damaged page that do not decode
    as the column's type (a date-time of zero bytes, say)."""
    inner = getattr(exc, "orig", exc)
    if isinstance(inner, ValueError | TypeError | OverflowError | _OutOfOrderError):
        return True
    return cipher.is_driver_error(inner) or cipher.is_driver_error(exc)
