"""CSV, XLSX and ICS exports carry the audit chain head of the moment they were made
(as the JSON export does), where each format's own readers still read the file cleanly
and a person opening it sees it; `check --anchor` accepts the head taken from each, and
refuses it once the trail has been cut back past that moment."""

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar

from casedesk.formats import export_marks
from casedesk.formats.csv_rows import read_csv
from casedesk.formats.xlsx_rows import read_xlsx
from casedesk.services.registry import Services
from tests.conftest import RunCli

CLIENTS = 12


@pytest.fixture
def demo(services: Services) -> Services:
    services.demo.generate(clients=CLIENTS, seed=7)
    return services


def _head(services: Services) -> str:
    return services.audit.history(limit=1)[0].hash


@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_a_csv_export_ends_with_the_head_and_every_reader_still_reads_it(
    demo: Services, tmp_path: Path, profile: str
) -> None:
    head = _head(demo)
    out = tmp_path / "clients.csv"
    written = demo.exports.clients_table(out, fmt="csv", profile=profile, include_archived=True)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        records = list(csv.reader(fh))
    header, *data, trailer = records
    assert len(data) == written == CLIENTS
    # Every row as wide as the header (RFC 4180), the head alone in the last row's first cell.
    assert {len(r) for r in records} == {len(header)}
    assert trailer == [f"# casedesk audit chain head: {head}"] + [""] * (len(header) - 1)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        as_dicts = list(csv.DictReader(fh))
    assert all(isinstance(v, str) for row in as_dicts for v in row.values())
    # casedesk's own reader (import) takes the clients and leaves the trailer out.
    assert len(read_csv(out).rows) == CLIENTS
    assert export_marks.audit_head(out) == head
    assert demo.maintenance.check(anchor=head).ok


def test_an_xlsx_export_names_the_head_on_an_about_sheet_and_in_its_properties(
    demo: Services, tmp_path: Path
) -> None:
    head = _head(demo)
    out = tmp_path / "clients.xlsx"
    demo.exports.clients_table(out, fmt="xlsx", profile="court", include_archived=True)
    workbook = openpyxl.load_workbook(out)
    try:
        assert workbook.sheetnames == ["Clients", "About this export"]
        assert workbook["Clients"].max_row == CLIENTS + 1
        about = {
            row[0]: row[1]
            for row in workbook["About this export"].iter_rows(values_only=True)
            if row[0]
        }
        props = {p.name: p.value for p in workbook.custom_doc_props.props}
    finally:
        workbook.close()
    assert about["Audit chain head"] == head
    assert about["Exported by"] == "casedesk"
    assert f"casedesk check --anchor {head}" in about["To check it"]
    assert props == {"casedesk audit chain head": head}
    # An import reads the client sheet, not the about sheet.
    table = read_xlsx(out)
    assert (table.sheet, len(table.rows)) == ("Clients", CLIENTS)
    assert export_marks.audit_head(out) == head
    assert demo.maintenance.check(anchor=head).ok


def test_an_ics_export_carries_the_head_on_its_calendar(demo: Services, tmp_path: Path) -> None:
    demo.exports.store_uid()  # written (and audited) on first use: before the head is taken
    head = _head(demo)
    out = tmp_path / "deadlines.ics"
    events = demo.exports.calendar_ics(out)
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-CASEDESK-AUDIT-HEAD"]) == head
    assert len(calendar.walk("VEVENT")) == events > 0
    assert export_marks.audit_head(out) == head
    assert demo.maintenance.check(anchor=head).ok


@pytest.mark.parametrize("store_kind", ["sqlite"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ics", ".json"])
def test_check_anchor_takes_an_export_and_fails_once_the_trail_is_cut_before_it(
    demo: Services, run_cli: RunCli, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"export{suffix}"
    if suffix == ".ics":
        demo.exports.calendar_ics(out)
    elif suffix == ".json":
        demo.exports.store_json(out)
    else:
        demo.exports.clients_table(out, fmt=suffix[1:])
    head = export_marks.audit_head(out)
    assert head is not None
    path = demo.ctx.store.path
    demo.close()
    ok = run_cli("check", "--anchor", str(out), db=path)
    assert ok.returncode == 0, ok.stderr
    assert "All checks passed." in ok.stdout
    # The trail is cut back to before the export's moment; the anchor file beside the
    # store is hidden too, so only the export still knows how far the trail reached.
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "DELETE FROM audit_entry WHERE id >= (SELECT id FROM audit_entry WHERE hash = ?)",
            (head,),
        )
        conn.commit()
    finally:
        conn.close()
    path.with_name(f".{path.name}.anchor").unlink()
    cut = run_cli("check", "--anchor", str(out), db=path)
    assert cut.returncode == 5
    assert f"the audit trail does not contain the hash {head}" in cut.stderr


@pytest.mark.parametrize("store_kind", ["sqlite"])
def test_check_anchor_names_an_export_that_carries_no_head(
    demo: Services, run_cli: RunCli, tmp_path: Path
) -> None:
    path = demo.ctx.store.path
    demo.close()
    plain = tmp_path / "someone-elses.csv"
    plain.write_text("id,name\r\n1,Ana\r\n", encoding="utf-8")
    done = run_cli("check", "--anchor", str(plain), db=path)
    assert done.returncode == 3
    assert "someone-elses.csv carries no audit chain head" in done.stderr
    missing = run_cli("check", "--anchor", str(tmp_path / "nowhere.xlsx"), db=path)
    assert missing.returncode == 3
    assert "does not exist" in missing.stderr
