"""Bringing lists in: CSV, XLSX and casedesk's own JSON export.

Every valid row goes in within one transaction (a dry run rolls it back and reports the
same); every refused row is reported with its row number, column and reason, and can be
written to a rejects file the user fixes and imports again. Rows are matched to existing
clients by the export's stable id or by A-Number, so importing a file twice creates no
duplicate; a row that only *looks like* an existing person (same name, compatible birth
date, no A-Number match) is refused with a pointer to that person instead of silently
creating a second record or merging.

New clients go in with bulk inserts (their summary columns and search rows computed
here), so 100,000 rows take seconds rather than minutes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from casedesk.domain.anumber import ANumber
from casedesk.domain.date_order import DateOrder
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import CasedeskError, ValidationError, clip
from casedesk.domain.names import PersonName
from casedesk.formats.csv_rows import RawRow, Table, read_csv, write_csv
from casedesk.formats.errors import FormatError
from casedesk.formats.json_dump import read_json
from casedesk.formats.mapping import ColumnMapping, apply, guess_mapping
from casedesk.formats.xlsx_rows import read_xlsx
from casedesk.services import audit, client_rows
from casedesk.services.clients import refresh_summary, snapshot
from casedesk.services.context import ServiceContext
from casedesk.services.import_merge import apply_name
from casedesk.services.import_preview import PreviewRow, preview_rows, reading_options
from casedesk.services.import_rows import MAX_ID, ParsedRow, Rejection, column_name, parse_row
from casedesk.storage import search as fts
from casedesk.storage.dialect import IdAllocator, bulk_load, sync_id_sequence
from casedesk.storage.queries import bulk
from casedesk.storage.queries import imports as import_q
from casedesk.storage.tables import Client, metadata

BATCH = 5_000
_NO_VALUES: dict[str, str] = {}  # shared by the rows already imported (never written to)
Progress = Callable[[int, int], None]


class ImportCancelledError(CasedeskError):
    """The person stopped the import; nothing was written."""


class _RollBackError(Exception):
    """Raised inside the transaction to leave the store as it was (dry run)."""


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    dry_run: bool = False
    mapping: ColumnMapping | None = None
    rejects_file: str | None = None
    date_order: str = ""
    date_order_reason: str = ""
    aliases: int = 0

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected})

    @property
    def came_in(self) -> int:
        """Rows now in the store: new, updated, or already there unchanged."""
        return self.imported + self.updated + self.unchanged

    def summary(self) -> str:
        """Exactly what happened: "0 of 7 rows imported; 7 refused" and the breakdown."""
        verb = "would be imported" if self.dry_run else "imported"
        text = f"{self.came_in:,} of {self.rows:,} rows {verb}; {self.rejected_rows:,} refused"
        parts = [f"{self.imported:,} new", f"{self.updated:,} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged:,} unchanged")
        if self.aliases:
            parts.append(f"{self.aliases:,} new spellings kept as aliases")
        return f"{text} ({', '.join(parts)})"

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "came_in": self.came_in,
            "date_order": self.date_order,
            "aliases": self.aliases,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"row": r.row, "column": r.column, "field": r.field, "reason": r.reason}
                for r in self.rejected
            ],
        }


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """A CSV/TSV/TXT or XLSX file as rows of text; unreadable files raise ValidationError."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path, sheet=sheet)
        return read_csv(path)
    except FormatError as exc:
        raise ValidationError("file", str(exc)) from None
    except FileNotFoundError:
        raise ValidationError("file", f"{path} does not exist") from None
    except IsADirectoryError:
        raise ValidationError("file", f"{path} is a folder, not a file") from None
    except PermissionError:
        raise ValidationError("file", f"cannot read {path}: permission denied") from None
    except OSError as exc:  # a name too long for the file system, a device gone, ...
        raise ValidationError("file", f"cannot read {clip(str(path))!r}: {exc.strerror}") from None
    except ValueError:  # a NUL or a broken character in the path: no file has that name
        raise ValidationError("file", f"{clip(str(path))!r} is not a usable file name") from None


def load_mapping(path: Path) -> ColumnMapping:
    try:
        return ColumnMapping.from_json(path.read_text(encoding="utf-8"), source=path.name)
    except FormatError as exc:
        raise ValidationError("mapping", str(exc)) from None
    except OSError as exc:
        raise ValidationError("mapping", f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "mapping",
            f"{path.name} is not UTF-8 text (byte {exc.start + 1:,}); it is not a mapping",
        ) from None
    except ValueError:  # a NUL or a broken character in the path: no file has that name
        raise ValidationError("mapping", f"{clip(str(path))!r} is not a usable file name") from None


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def run(
        self,
        path: Path,
        *,
        mapping: ColumnMapping | None = None,
        dry_run: bool = False,
        rejects: Path | None = None,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
        replace_names: bool = False,
    ) -> ImportReport:
        """Import ``path``; a row matching a client by A-Number or id updates it, and a
        different spelling of the name becomes an alias unless ``replace_names``."""
        if path.suffix.lower() == ".json":
            return self._restore(path, dry_run=dry_run)
        table = read_table(path)
        # A mapping of options only (date order, "as of") still guesses its columns.
        used = (
            mapping if mapping and mapping.columns else guess_mapping(table.headers, saved=mapping)
        )
        order, reason, as_of = reading_options(table, used)
        columns = {target: header for header, target in used.columns.items() if target}
        if not {"id", "a_number", "given", "surname", "full_name", "description"} & columns.keys():
            raise ValidationError(
                "mapping",
                f"no column of {path.name} was recognised as a name, an A-Number or a casedesk "
                "id; correct the mapping (--mapping) and try again",
            )
        report = ImportReport(
            file=path.name,
            rows=len(table.rows),
            dry_run=dry_run,
            mapping=used.with_options(date_order=order),
            date_order=order.value,
            date_order_reason=reason,
        )
        try:
            with self.ctx.store.write() as session:
                # Bulk inserts gain nothing from a large page cache, and the parsed file
                # is already in memory: keep the import inside its memory budget.
                with bulk_load(session):
                    run = _Run(self.ctx, session, report, columns)
                    run.order, run.as_of, run.replace_names = order, as_of, replace_names
                    run.rows(table, used, progress, should_stop)
                if dry_run:
                    raise _RollBackError
        except _RollBackError:
            pass
        if rejects is not None and report.rejected:
            _write_rejects(rejects, table, report.rejected)
            report.rejects_file = str(rejects)
        return report

    def preview(
        self, table: Table, mapping: ColumnMapping, *, limit: int, replace_names: bool = False
    ) -> list[PreviewRow]:
        """The first ``limit`` rows as the import would treat them (see import_preview)."""
        with self.ctx.store.read() as session:
            return preview_rows(
                session, self.ctx.today(), table, mapping, limit=limit, replace_names=replace_names
            )

    def _restore(self, path: Path, *, dry_run: bool) -> ImportReport:
        from casedesk.services.exports import restore_tables  # noqa: PLC0415 - JSON only

        try:
            document = read_json(path)
        except FormatError as exc:
            raise ValidationError("file", str(exc)) from None
        report = ImportReport(file=path.name, dry_run=dry_run)
        try:
            with self.ctx.store.write() as session:
                try:
                    counts = restore_tables(session, document)
                    audit.adopt_restored(session, self.ctx, path.name)
                except UnicodeEncodeError as exc:  # a lone surrogate escaped in the JSON
                    raise ValidationError(
                        "file",
                        f"{path.name} contains a broken character (U+{ord(exc.object[exc.start]):04X}, "
                        "half of a pair), so it was not made by casedesk's Export; nothing was restored",
                    ) from None
                report.rows = report.imported = counts.get("client", 0)
                audit.record(
                    session,
                    self.ctx,
                    AuditAction.IMPORT,
                    "file",
                    None,
                    after={"file": path.name, "restored": counts},
                )
                if dry_run:
                    raise _RollBackError
        except _RollBackError:
            pass
        return report


class _Run:
    """The state of one import inside its transaction."""

    def __init__(
        self, ctx: ServiceContext, session: Session, report: ImportReport, columns: dict[str, str]
    ) -> None:
        self.ctx, self.session, self.report, self.columns = ctx, session, report, columns
        self.order: DateOrder | None = None
        self.as_of: PartialDate | None = None
        self.replace_names = False
        self.now = ctx.now()
        self.today = ctx.today()
        # History rows (status, whereabouts, notes) are written in bulk, one entry per
        # client: the file's own entry seals every row added after these ids.
        self.sealed_from = audit.max_ids(session)
        self.by_number: dict[str, int] = import_q.ids_by_a_number(session)
        self.ids = import_q.client_ids(session)
        self.next_id = max(self.ids, default=0) + 1
        self.new_ids: IdAllocator | None = None
        from casedesk.services.duplicates import build_index  # noqa: PLC0415 - heavy, import only

        self.names = build_index(session)
        self.new_names: dict[str, int] = {}
        # Who each look-alike candidate is by A-Number, and which ids this file itself
        # gave (an export's distinct records stay distinct when imported again).
        self.numbers: dict[int, str] = {cid: a for a, cid in self.by_number.items()}
        self.file_ids: set[int] = set()
        self.pending: dict[str, list[dict[str, Any]]] = {
            "client": [],
            "status_entry": [],
            "custody_event": [],
            "note": [],
            "fts": [],
            "audit": [],
        }

    def rows(
        self,
        table: Table,
        mapping: ColumnMapping,
        progress: Progress | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        total = len(table.rows)
        header = self.columns.get("id")
        if header is not None:
            # Ids from an export are kept for people new to this store, so importing the
            # file again matches them; fresh ids start above every id the file uses.
            wanted = [
                int(v)
                for r in table.rows
                if (v := r.values.get(header, "").strip()).isascii()
                and v.isdigit()
                and int(v) <= MAX_ID  # larger ids are refused with their row
            ]
            self.next_id = max([self.next_id - 1, *wanted]) + 1
        for n, raw in enumerate(table.rows, 1):
            parsed = parse_row(
                raw.line,
                apply(mapping, raw),
                self.columns,
                self.today,
                order=self.order,
                as_of=self.as_of,
            )
            refused = len(self.report.rejected)
            if isinstance(parsed, list):
                self.report.rejected.extend(parsed)
            else:
                self.one(parsed)
            if len(self.report.rejected) == refused:
                # Only refused rows go back out (the rejects file): let the text of a
                # row that came in go, so a large sheet is not held twice in memory.
                table.rows[n - 1] = RawRow(raw.line, _NO_VALUES)
            if n % 500 == 0:
                if should_stop is not None and should_stop():
                    raise ImportCancelledError("the import was stopped; nothing was written")
                if progress is not None:
                    progress(n, total)
        self.flush()
        if not (self.report.imported or self.report.updated):
            # Every row refused or already known: nothing changed, so nothing to audit
            # (a refused import leaves the store exactly as it was).
            if progress is not None:
                progress(total, total)
            return
        audit.record(
            self.session,
            self.ctx,
            AuditAction.IMPORT,
            "file",
            None,
            after={
                "file": self.report.file,
                **self.report.to_json(),
                "rejected": self.report.rejected_rows,
            },
            seal_since=self.sealed_from.items(),
        )
        if progress is not None:
            progress(total, total)

    def one(self, row: ParsedRow) -> None:
        target = row.client_id
        keep_id = None
        if target is not None and target not in self.ids:
            keep_id, target = target, None  # another store's export: new here, id kept
        holder = self.by_number.get(row.a_number) if row.a_number else None
        if target is not None and holder is not None and holder != target:
            self._reject(
                row, "a_number", f"{ANumber(row.a_number or '').display} belongs to client {holder}"
            )
            return
        target = target or holder
        if target is not None:
            self.update(target, row)
            return
        if not row.force_new and row.name is not None:
            alike = self.new_names.get(row.name.match_key)
            matches = (
                [alike]
                if alike
                else self.names.matches(
                    row.name.given,
                    row.name.surname,
                    row.name.second_surname,
                    row.dob.iso() if row.dob else None,
                )
            )
            # People with different A-Numbers are different people, and two records of
            # one export (each with its own id) were already told apart by someone.
            matches = [
                m
                for m in matches
                if not (row.a_number and self.numbers.get(m) not in (None, row.a_number))
                and not (keep_id is not None and m in self.file_ids)
            ]
            if matches:
                self._reject(
                    row,
                    "id" if "id" in self.columns else "surname",
                    f"looks like client {matches[0]} already in the store (same name, no "
                    "A-Number to tell them apart); put that id in the id column to update "
                    "the record, or 'new' to add a different person",
                )
                return
        self.create(row, keep_id)

    def _reject(self, row: ParsedRow, fld: str, reason: str) -> None:
        self.report.rejected.append(
            Rejection(row.line, column_name(self.columns, fld), reason, fld)
        )

    def create(self, row: ParsedRow, keep_id: int | None = None) -> None:
        if keep_id is not None:
            cid = keep_id
        else:
            if self.new_ids is None:  # the first new person: ids from the database
                self.new_ids = IdAllocator(
                    self.session, metadata.tables["client"], self.next_id - 1
                )
            cid = self.new_ids.take()
        name = row.name
        status = row.status
        custody = row.custody
        statuses = (
            [
                {
                    "status": status[0],
                    # An unknown date (issue 13) is stored NULL with key 0: it sorts first.
                    "date": status[1].iso() if status[1] else None,
                    "date_key": status[1].sort_key if status[1] else 0,
                }
            ]
            if status
            else []
        )
        events = (
            [
                {
                    "kind": custody[0],
                    "date": custody[1].iso() if custody[1] else None,
                    "date_key": custody[1].sort_key if custody[1] else 0,
                    "place": custody[2],
                    "country": custody[3],
                }
            ]
            if custody
            else []
        )
        client: dict[str, Any] = {
            "id": cid,
            **client_rows.identity_columns(name, row.description),
            "a_number": row.a_number,
            "dob": row.dob.iso() if row.dob else None,
            "dob_key": row.dob.sort_key if row.dob else None,
            "nationality": row.nationality,
            "languages": row.languages,
            "tags": row.tags,
            "archived": False,
            "version": 1,
            "created_at": self.now,
            "updated_at": self.now,
            **client_rows.summary_columns(statuses, events),
        }
        self.pending["client"].append(client)
        self._history(cid, row)
        names, ids, notes = fts.index_text(
            name or PersonName(), row.description, row.a_number, [], [row.note] if row.note else []
        )
        self.pending["fts"].append({"rowid": cid, "names": names, "ids": ids, "notes": notes})
        after = {
            k: client[k]
            for k in (
                "given",
                "surname",
                "second_surname",
                "a_number",
                "dob",
                "nationality",
                "current_status",
            )
        }
        self.pending["audit"].append(
            {
                "action": AuditAction.IMPORT,
                "entity": "client",
                "entity_id": cid,
                "client_id": cid,
                "after": {"file": self.report.file, **after},
            }
        )
        self.ids.add(cid)
        if keep_id is not None:
            self.file_ids.add(cid)
        if row.a_number:
            self.by_number[row.a_number] = cid
            self.numbers[cid] = row.a_number
        if name is not None:
            self.new_names.setdefault(name.match_key, cid)
        self.report.imported += 1
        if len(self.pending["client"]) >= BATCH:
            self.flush()

    def _history(self, cid: int, row: ParsedRow) -> bool:
        """Queue the row's status, whereabouts and note unless already recorded."""
        added = False
        if row.status:
            status, when, country = row.status
            self.pending["status_entry"].append(
                {
                    "client_id": cid,
                    "status": status,
                    # An unknown date is stored as NULL and sorts first (key 0).
                    "date": when.iso() if when else None,
                    "date_key": when.sort_key if when else 0,
                    "country": country,
                    "source": row.source or f"import of {self.report.file}",
                    "confidence": "reported",
                    "note": "",
                    "created_at": self.now,
                }
            )
            added = True
        if row.custody:
            kind, when, place, country = row.custody
            self.pending["custody_event"].append(
                {
                    "client_id": cid,
                    "kind": kind,
                    "date": when.iso() if when else None,
                    "date_key": when.sort_key if when else 0,
                    "place": place,
                    "country": country,
                    "source": row.source or f"import of {self.report.file}",
                    "confidence": "reported",
                    "note": "",
                    "created_at": self.now,
                }
            )
            added = True
        if row.note:
            self.pending["note"].append(
                {
                    "client_id": cid,
                    "matter_id": None,
                    "body": row.note,
                    "private": True,
                    "author": self.ctx.actor,
                    "created_at": self.now,
                }
            )
            added = True
        return added

    def update(self, cid: int, row: ParsedRow) -> None:
        self.flush()  # the client may have been created earlier in this same file
        session = self.session
        client = session.get(Client, cid)
        assert client is not None
        before = snapshot(client)
        aliased = False
        if row.name is not None:
            renamed = bool(client.given or client.surname) and not self.replace_names
            if apply_name(
                session,
                client,
                row.name,
                replace_names=self.replace_names,
                source=row.source or f"import of {self.report.file}",
                now=self.now,
            ):
                aliased = renamed
        for attr, value in (
            ("description", row.description),
            ("a_number", row.a_number),
            ("nationality", row.nationality),
            ("languages", row.languages),
            ("tags", row.tags),
        ):
            if value:
                setattr(client, attr, value)
        if row.dob is not None:
            client.dob, client.dob_key = row.dob.iso(), row.dob.sort_key
        old, new = audit.changed_fields(before, snapshot(client))
        if aliased:
            new["alias"] = row.name.display if row.name else ""
            self.report.aliases += 1
        history = _drop_known(session, cid, row)
        # History first: a row that changes a field may also bring a new status or note.
        added = self._history(cid, history)
        if not new and not added:
            session.expire(client)
            self.report.unchanged += 1
            return
        if row.a_number:
            self.by_number[row.a_number] = cid
        client.version += 1
        client.updated_at = self.now
        session.add(client)
        self.flush()
        refresh_summary(session, client)
        fts.index_client(session, cid)
        audit.record(
            session,
            self.ctx,
            AuditAction.IMPORT,
            "client",
            cid,
            before=old,
            after={"file": self.report.file, **new},
            client_id=cid,
        )
        self.report.updated += 1

    def flush(self) -> None:
        p = self.pending
        for name in ("client", "status_entry", "custody_event", "note"):
            if p[name]:
                bulk.insert_many(self.session, name, p[name])
                p[name] = []
        if p["fts"]:
            # Ids were chosen here (an export's own ids are kept): move the database's
            # id sequence past them (PostgreSQL), then index the new clients.
            sync_id_sequence(self.session, metadata.tables["client"])
            fts.insert_rows(self.session, p["fts"])
            p["fts"] = []
        batch = p["audit"]
        # The rows of this batch (clients and their history) are sealed once, by its
        # last entry, rather than each client by its own entry and everything again by
        # the file's closing entry (which then seals only what came after).
        audit.record_many(
            self.session, self.ctx, batch, seal=False, seal_since=self.sealed_from.items()
        )
        p["audit"] = []
        # Chain this batch's entries now rather than queue 100,000 of them until commit.
        audit.write_queued(self.session)
        if batch:
            self.sealed_from = audit.max_ids(self.session)


def _drop_known(session: Session, cid: int, row: ParsedRow) -> ParsedRow:
    """The row without the status, whereabouts and note the client already has."""
    result = ParsedRow(line=row.line, source=row.source)
    if row.status:
        status, when, _country = row.status
        known = import_q.has_status(session, cid, status, when.iso() if when else None)
        result.status = None if known else row.status
    if row.custody:
        kind, when, place, _country = row.custody
        known = import_q.has_custody(session, cid, kind, when.iso() if when else None, place)
        result.custody = None if known else row.custody
    if row.note:
        known = import_q.has_note(session, cid, row.note)
        result.note = "" if known else row.note
    return result


def _write_rejects(path: Path, table: Table, rejected: list[Rejection]) -> None:
    by_row: dict[int, list[str]] = {}
    for r in rejected:
        by_row.setdefault(r.row, []).append(f"{r.column}: {r.reason}")
    headers = [*table.headers, "casedesk_row", "casedesk_problems"]
    rows = [
        [raw.values.get(h, "") for h in table.headers]
        + [str(raw.line), "; ".join(by_row[raw.line])]
        for raw in table.rows
        if raw.line in by_row
    ]
    try:
        write_csv(path, headers, rows, neutralise=False)  # values go back in as they came
    except OSError as exc:
        raise ValidationError("rejects", f"cannot write {path}: {exc.strerror}") from None
