"""Excel workbooks: round trips, text-only cells, cell conversion, refusals."""

import zipfile
from datetime import date, datetime, time, timedelta

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.formats.errors import FormatError
from casedesk.formats.xlsx_rows import cell_text, list_sheets, read_xlsx, write_xlsx

HEADERS = ["Apellidos", "Nombres", "Número A", "Notas"]
ROWS = [
    ["Peña Ruiz", "José Luis", "012345678", '=HYPERLINK("http://x")'],
    ["de la Cruz", "María", "", "#N/A"],
    ["O'Brien", "Ana", "1e5", "línea 1\nlínea 2"],
    ["Short"],
]


def test_round_trip(tmp_path):
    path = tmp_path / "roster.xlsx"
    assert write_xlsx(path, HEADERS, ROWS, sheet_title="Clients: CECOT [2025]") == 4
    table = read_xlsx(path)
    assert table.sheet == "Clients  CECOT  2025"
    assert table.headers == HEADERS
    assert [r.line for r in table.rows] == [2, 3, 4, 5]
    expected = [dict(zip(HEADERS, row + [""] * (4 - len(row)), strict=True)) for row in ROWS]
    assert [r.values for r in table.rows] == expected
    assert list_sheets(path) == ["Clients  CECOT  2025"]


def test_cells_are_text_with_bold_frozen_header(tmp_path):
    path = tmp_path / "roster.xlsx"
    write_xlsx(path, HEADERS, ROWS)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert {sheet.cell(2, c).data_type for c in range(1, 5)} == {"s"}
    assert sheet["D2"].value.startswith("=")  # stored as text, not as a formula
    assert 8 <= sheet.column_dimensions["A"].width <= 60
    workbook.close()
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_export_limits(tmp_path):
    path = tmp_path / "x.xlsx"
    with pytest.raises(
        FormatError, match="holds 40,000 characters and an Excel cell holds at most 32,767"
    ):
        write_xlsx(path, ["Notas"], [["x" * 40_000]])
    assert not path.exists()  # nothing half-written
    write_xlsx(path, ["a"], [["bell\x07here"]])
    assert read_xlsx(path).rows[0].values == {"a": "bell\ufffdhere"}
    with pytest.raises(ValueError, match="row 1 has 2 values"):
        write_xlsx(path, ["a"], [["1", "2"]])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "TRUE"),
        (12345678, "12345678"),
        (12345678.0, "12345678"),
        (1.27, "1.27"),
        (1e20, "1e+20"),
        (datetime(2025, 3, 15), "2025-03-15"),
        (datetime(2025, 3, 15, 9, 30), "2025-03-15 09:30"),
        (datetime(2025, 3, 15, 9, 30, 5), "2025-03-15 09:30:05"),
        (date(2025, 3, 15), "2025-03-15"),
        (time(9, 30), "09:30"),
        (timedelta(hours=72), "3 days, 0:00:00"),
        ("Peña", "Peña"),
    ],
)
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_typed_cells_read_as_users_see_them(tmp_path):
    path = tmp_path / "typed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]
    sheet.append([None, None])  # a leading empty row is skipped
    sheet.append(["A-Number", "Born", None, "Extra?"])
    sheet.append([12345678, datetime(1990, 3, 15)])
    sheet.append([None, None])
    sheet.append([98765432.0, datetime(1985, 1, 2), None, None, "stray"])
    sheet["A7"] = "=1+1"  # never calculated by openpyxl, so its value is empty
    workbook.save(path)
    table = read_xlsx(path)
    assert table.headers == ["A-Number", "Born", "column 3", "Extra?"]
    assert table.header_line == 2
    assert [(r.line, r.values) for r in table.rows] == [
        (3, {"A-Number": "12345678", "Born": "1990-03-15", "column 3": "", "Extra?": ""}),
        (
            5,
            {
                "A-Number": "98765432",
                "Born": "1985-01-02",
                "column 3": "",
                "Extra?": "",
                "_extra": "stray",
            },
        ),
    ]


def test_not_a_workbook(tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(
        FormatError, match=r"old.xls is an old Office file .* save it as .xlsx or CSV"
    ):
        read_xlsx(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(
        FormatError, match=r"broken.xlsx is not an Excel .xlsx workbook, or it is damaged"
    ):
        read_xlsx(broken)


def test_empty_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(FormatError, match=r"empty.xlsx is empty: none of its sheets has any data"):
        read_xlsx(path)


XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("\n\t =+-@'\" ")),
    max_size=15,
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(XML_TEXT, min_size=2, max_size=2), min_size=1, max_size=5))
def test_any_text_round_trips_through_xlsx(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("x") / "p.xlsx"
    write_xlsx(path, ["a", "b"], rows)
    read = read_xlsx(path)
    kept = [r for r in rows if any(v.strip() for v in r)]
    assert [r.values for r in read.rows] == [{"a": a, "b": b} for a, b in kept]
