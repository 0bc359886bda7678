"""As much of a damaged store as can be read, exported as JSON.

When a store is damaged (cut short, bad pages) and no backup is good enough, its data
must still come out: every table is read as far as it can be
(:mod:`casedesk.storage.salvage`) and written in the whole-store export's shape, with a
``salvaged`` section naming each table that could not be read whole, how many rows came
out of it and which ids could not be read. The report says the same in words, and
whether the export is complete (a damaged index, say, loses no row).

A salvaged export is for reading (and for rebuilding by hand, or from a backup plus
what it adds); casedesk's import refuses it, since its audit trail no longer matches
what it holds. The search index is not exported (it is derived); the audit chain's key
never is (as in every export).
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from casedesk.domain.errors import StoreError
from casedesk.formats.json_dump import write_json
from casedesk.services.export_tables import encode_value, tables
from casedesk.storage import cipher
from casedesk.storage.salvage import DamagedFile, TableOutcome

#: Tables whose rows hold nothing of the user's (derived, or bookkeeping).
_LEFT_OUT = frozenset({"undo_link"})


@dataclass(frozen=True)
class Unreadable:
    """One table that did not come out whole."""

    table: str
    rows_read: int
    ids: list[tuple[int, int | None]]  # id ranges that could not be read (None: to the end)
    nothing: bool  # not even one row

    def describe(self) -> str:
        if self.nothing:
            return f"{self.table}: nothing could be read"
        spans = ", ".join(_span(a, b) for a, b in self.ids[:5])
        more = f" and {len(self.ids) - 5} more ranges" if len(self.ids) > 5 else ""
        return f"{self.table}: {self.rows_read:,} rows read; ids {spans}{more} could not be read"


@dataclass(frozen=True)
class SalvageReport:
    path: Path
    rows: dict[str, int]
    incomplete: list[Unreadable] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.incomplete and not self.missing_tables

    @property
    def clients(self) -> int:
        return self.rows.get("client", 0)

    def lines(self) -> list[str]:
        """What could not be read, one line per table."""
        found = [u.describe() for u in self.incomplete]
        found += [f"{name}: not in the file any more" for name in self.missing_tables]
        return found


def _span(start: int, end: int | None) -> str:
    first = max(start, 1)
    if end is None:
        return f"{first:,} onwards"
    return f"{first:,}" if end == first else f"{first:,}–{end:,}"


def salvage_json(store: Path, key: cipher.Key | None, out: Path, now: datetime) -> SalvageReport:
    """Read every table of the damaged store file ``store`` as far as it can be read,
    and write what was read to ``out`` as a JSON export. StoreError when nothing at all
    can be read (the file's first pages are gone)."""
    damaged = DamagedFile(store, key)
    try:
        present = damaged.tables()
        revision = damaged.revision() if "alembic_version" in present else None
        dumped: dict[str, list[dict[str, object]]] = {}
        incomplete: list[Unreadable] = []
        missing: list[str] = []
        for table in tables():
            if table.name in _LEFT_OUT:
                continue
            if table.name not in present:
                missing.append(table.name)
                continue
            names = [c.name for c in table.columns if c.name in present[table.name]]
            outcome = TableOutcome(table.name)
            rows = [
                {n: encode_value(v) for n, v in zip(names, row, strict=True)}
                for row in damaged.rows(table, names, outcome)
            ]
            if table.name == "audit_key":  # the chain's key never leaves the store
                rows = [{**row, "secret": ""} for row in rows]
            dumped[table.name] = rows
            if not outcome.complete:
                incomplete.append(
                    Unreadable(table.name, outcome.rows, outcome.skipped, outcome.rows == 0)
                )
    finally:
        damaged.close()
    if not any(dumped.values()):
        raise StoreError(f"nothing could be read from {store.name}")
    report = SalvageReport(out, {t: len(r) for t, r in dumped.items()}, incomplete, missing)
    audit = dumped.get("audit_entry") or [{}]
    write_json(
        out,
        {
            "schema": revision,
            "exported_at": now.isoformat(timespec="seconds"),
            "audit_head": audit[-1].get("hash"),  # the newest entry that could be read
            "tables": dumped,
            "salvaged": {
                "from": store.name,
                "complete": report.complete,
                "incomplete": {
                    u.table: {
                        "rows_read": u.rows_read,
                        "unreadable_ids": [[max(a, 1), b] for a, b in u.ids],
                    }
                    for u in incomplete
                },
                "missing_tables": missing,
            },
        },
    )
    return report
