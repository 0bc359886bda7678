"""The Excel export has typed cells a spreadsheet can sort and sum, and comes back in."""

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate
from tests.conftest import copy_store, make_services


def test_ids_counts_numbers_full_dates_dates_partial_dates_text(
    services: Services, tmp_path: Path, empty_store_template: Path
) -> None:
    full = services.clients.add(ClientCreate(given="Ana", surname="Rojas", dob="1994-05-03")).new_id
    partial = services.clients.add(ClientCreate(given="Luis", surname="Mata", dob="1990-03")).new_id
    assert full is not None
    assert partial is not None
    services.clients.add_custody(full, CustodyCreate(kind="contact", date="2025-04-20"))
    out = tmp_path / "clients.xlsx"
    services.exports.clients_table(out, fmt="xlsx", profile="full")
    workbook = load_workbook(out)
    try:
        assert workbook.properties.creator == "casedesk"
        sheet = workbook.active
        headers = [c.value for c in sheet[1]]
        rows = {
            r[1]: dict(zip(headers, r, strict=False))
            for r in sheet.iter_rows(min_row=2, values_only=True)
        }
        cells = {c.value: c for c in sheet[1]}
        dob_col = headers.index("date_of_birth")
        ana = rows["Rojas, Ana"]
        assert ana["id"] == full
        assert isinstance(ana["id"], int)
        assert ana["date_of_birth"] == datetime(1994, 5, 3)
        assert isinstance(ana["days_since_contact"], int)
        assert ana["last_contact"] == datetime(2025, 4, 20)
        assert rows["Mata, Luis"]["date_of_birth"] == "1990-03"  # partial: text
        dob_cell = next(
            row[dob_col] for row in sheet.iter_rows(min_row=2) if row[1].value == "Rojas, Ana"
        )
        assert dob_cell.is_date
        assert dob_cell.number_format == "yyyy-mm-dd"
        assert cells["id"].font.b  # the header stays bold
    finally:
        workbook.close()
    # Court profile: the birth year alone is text, not a date.
    court = tmp_path / "court.xlsx"
    services.exports.clients_table(court, fmt="xlsx", profile="court")
    workbook = load_workbook(court, read_only=True)
    try:
        values = list(workbook.active.iter_rows(values_only=True))
        years = {row[values[0].index("date_of_birth")] for row in values[1:]}
        assert years == {"1994", "1990"}
    finally:
        workbook.close()
    # The typed workbook imports back whole into an empty store.
    other = make_services(copy_store(empty_store_template, tmp_path / "other.sqlite"))
    try:
        report = other.imports.run(out)
        assert (report.rows, report.imported, report.rejected_rows) == (2, 2, 0)
    finally:
        other.close()
