"""Workbooks built to exhaust memory are refused early, with a clear message, by the
same kinds of limits as CSV: total size once unzipped, rows, characters in a cell.

(A real bomb is 1.5 MB unzipping to 1.5 GB; here the limit is lowered so the test
builds a small one. The check reads only the archive's directory, so the real bomb is
refused just as fast.)"""

import io
import tracemalloc
import zipfile

import openpyxl
import pytest

from casedesk.formats import xlsx_rows
from casedesk.formats.errors import FormatError
from casedesk.formats.xlsx_rows import read_xlsx


def workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_that_unzips_past_the_limit_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bomb = workbook([["Apellidos", "Nombres"], ["x" * 30_000, "Ana"]] * 40)
    monkeypatch.setattr(xlsx_rows, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(FormatError, match=r"bomb.xlsx unzips to 1 MB, more than the 1 MB"):
            read_xlsx(bomb, name="bomb.xlsx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # refused from the zip directory, nothing unzipped


def test_the_zip_directory_is_what_is_measured() -> None:
    data = workbook([["Apellidos"], ["Quispe"]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        total = sum(i.file_size for i in archive.infolist())
    assert total < xlsx_rows.MAX_UNCOMPRESSED_BYTES
    assert read_xlsx(data, name="ok.xlsx").rows[0].values["Apellidos"] == "Quispe"


def test_more_rows_than_excel_allows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_rows, "MAX_ROWS", 10)
    data = workbook([["Apellidos"]] + [[f"P{i}"] for i in range(20)])
    with pytest.raises(FormatError, match=r"has more than 10 rows, Excel's own limit"):
        read_xlsx(data, name="rows.xlsx")
    monkeypatch.setattr(xlsx_rows, "MAX_ROWS", 21)
    assert len(read_xlsx(data, name="rows.xlsx").rows) == 20


def test_a_cell_longer_than_excel_allows_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # (openpyxl itself will not write a cell past Excel's limit, so the limit is lowered.)
    monkeypatch.setattr(xlsx_rows, "MAX_CELL_CHARS", 100)
    data = workbook([["Apellidos", "Notas"], ["Quispe", "n" * 101]])
    with pytest.raises(FormatError, match=r"row 2 has a cell of 101 characters, more than the 100"):
        read_xlsx(data, name="cell.xlsx")
