"""Every file of the shared public corpora, read or refused, as the tests state here.

The corpora live beside the repository (../shared/corpora), read in place; CI has them,
a user's clone may not, and then these tests skip saying so. Under ``CI=true`` a missing
corpus is a failure, never a silent skip.
"""

import json
import os
from pathlib import Path

import pytest

from casedesk.formats.csv_rows import EXTRA_KEY, header_looks_like_data, read_csv
from casedesk.formats.errors import FormatError
from casedesk.formats.xlsx_rows import read_xlsx

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
SPECTRUM = CORPORA / "csv-spectrum"
CSVKIT = CORPORA / "csvkit-examples"

IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")
pytestmark = pytest.mark.skipif(
    not CORPORA.is_dir() and not IN_CI,
    reason=f"public test corpora not found at {CORPORA} (CI has them)",
)


def test_the_corpora_are_there() -> None:
    """Runs wherever the corpora are expected: in CI, their absence fails the run."""
    assert (SPECTRUM / "csvs").is_dir(), f"public test corpora missing at {CORPORA}"
    assert CSVKIT.is_dir(), f"public test corpora missing at {CORPORA}"


SPECTRUM_FILES = (
    sorted(p.name for p in (SPECTRUM / "csvs").glob("*.csv")) if CORPORA.is_dir() else []
)


def _expected_spectrum(name: str) -> list[dict[str, str]]:
    expected = json.loads((SPECTRUM / "json" / name.replace(".csv", ".json")).read_text("utf-8"))
    rows = expected if isinstance(expected, list) else [expected]
    if name == "newlines_crlf.csv":
        # The stored copy has LF line ends (converted on checkout), so the embedded line
        # break is "\n", not the "\r\n" upstream's JSON describes.
        assert b"\r" not in (SPECTRUM / "csvs" / name).read_bytes()
        rows = [{k: v.replace("\r\n", "\n") for k, v in row.items()} for row in rows]
    if name == "location_coordinates.csv":
        # Upstream's JSON has a different phone number from its CSV; the CSV is the truth.
        rows[0]["Contact Phone Number"] = "2095257564"
    return rows


def test_spectrum_folder_is_complete():
    assert len(SPECTRUM_FILES) == 12


@pytest.mark.parametrize("name", SPECTRUM_FILES)
def test_csv_spectrum_reads_as_its_json(name):
    table = read_csv(SPECTRUM / "csvs" / name)
    assert [row.values for row in table.rows] == _expected_spectrum(name)
    assert table.delimiter == ","
    assert table.encoding == "utf-8"


def test_csv_spectrum_line_numbers_point_at_row_starts():
    table = read_csv(SPECTRUM / "csvs" / "quotes_and_newlines.csv")
    assert [row.line for row in table.rows] == [2, 5]


# name → (headers, rows as lists, encoding, delimiter): the file is read.
READ = {
    "bad.csv": (
        ["column_a", "column_b", "column_c"],
        [
            {"column_a": "1", "column_b": "27", "column_c": "", EXTRA_KEY: "I'm too long!"},
            {"column_a": "", "column_b": "I'm too short!", "column_c": ""},
            {"column_a": "0", "column_b": "mixed types.... uh oh", "column_c": "17"},
        ],
        "utf-8",
        ",",
    ),
    "blanks.csv": (
        ["a", "b", "c", "d", "e", "f"],
        [dict(zip("abcdef", ["", "NA", "N/A", "NONE", "NULL", "."], strict=True))],
        "utf-8",
        ",",
    ),
    "date_like_number.csv": (["a"], [{"a": "4.5"}], "utf-8", ","),
    "dummy.csv": (["a", "b", "c"], [{"a": "1", "b": "2", "c": "3"}], "utf-8", ","),
    "dummy.tsv": (["a", "b", "c"], [{"a": "1", "b": "2", "c": "3"}], "utf-8", "\t"),
    "mac_newlines.csv": (
        ["a", "b", "c"],
        [{"a": "1", "b": "2", "c": "3"}, {"a": "Once upon\ra time", "b": "5", "c": "6"}],
        "utf-8",
        ",",
    ),
    # No header row: the data row becomes the header; the flag lets the service ask.
    "no_header_row.csv": (["1", "2", "3"], [], "utf-8", ","),
    "optional_quote_characters.csv": (
        ["a", "b", "c"],
        [{"a": "1", "b": "2", "c": "3"}],
        "utf-8",
        ",",
    ),
    "sniff_limit.csv": (["a", "b", "c"], [{"a": "1", "b": "2", "c": "3"}], "utf-8", ";"),
    "test_empty_columns.csv": (
        ["a", "b", "c", "column 4", "column 5"],
        [
            {"a": "a", "b": "", "c": "", "column 4": "", "column 5": ""},
            {"a": "", "b": "", "c": "c", "column 4": "", "column 5": ""},
        ],
        "utf-8",
        ",",
    ),
    # Only a row of empty cells (one too many): nothing to import, nothing lost.
    "test_empty_columns_long_row.csv": (["a", "b", "c"], [], "utf-8", ","),
    "test_empty_columns_short_row.csv": (["a", "b", "c"], [], "utf-8", ","),
    "test_extra_header.csv": (
        ["a", "b", "c", "d"],
        [{"a": "1", "b": "2", "c": "3", "d": ""}],
        "utf-8",
        ",",
    ),
    "test_header_newline.csv": (
        ["start end", "b", "c"],
        [{"start end": "d", "b": "e", "c": "f"}],
        "utf-8",
        ",",
    ),
    "test_latin1.csv": (
        ["a", "b", "c"],
        [{"a": "1", "b": "2", "c": "3"}, {"a": "4", "b": "5", "c": "©"}],
        "cp1252",
        ",",
    ),
    "test_locale.csv": (["a", "b", "c"], [{"a": "1,7", "b": "200.000.000", "c": ""}], "utf-8", ","),
    "test_no_leading_zeroes.csv": (
        ["a", "b", "c"],
        [{"a": "01", "b": "00.11", "c": "0.1"}],
        "utf-8",
        ",",
    ),
    "test_skip_lines.csv": (["a", "b", "c"], [{"a": "1", "b": "2", "c": "3"}], "utf-8", ","),
    "test_utf16_big.csv": (
        ["a", "b", "c"],
        [{"a": "1", "b": "2", "c": "3"}, {"a": "4", "b": "5", "c": "ʤ"}],
        "utf-16-be",
        ",",
    ),
    "test_utf16_little.csv": (
        ["a", "b", "c"],
        [{"a": "1", "b": "2", "c": "3"}, {"a": "4", "b": "5", "c": "ʤ"}],
        "utf-16-le",
        ",",
    ),
    "test_utf8.csv": (
        ["foo", "bar", "baz"],
        [{"foo": "1", "bar": "2", "baz": "3"}, {"foo": "4", "bar": "5", "baz": "ʤ"}],
        "utf-8",
        ",",
    ),
    "test_utf8_bom.csv": (
        ["foo", "bar", "baz"],
        [{"foo": "1", "bar": "2", "baz": "3"}, {"foo": "4", "bar": "5", "baz": "ʤ"}],
        "utf-8-sig",
        ",",
    ),
}

# name → words the refusal message must contain.
REFUSED = {
    "empty.csv": "empty.csv is empty",
    "null_byte.csv": "null_byte.csv contains a NUL byte at line 2, character 1",
}

SHEET_ROWS = [
    {"text": "Chicago Reader", "date": "1971-01-01", "integer": "40", "boolean": "TRUE",
     "float": "1", "datetime": "1971-01-01 04:14", "empty_column": ""},
    {"text": "Chicago Sun-Times", "date": "1948-01-01", "integer": "63", "boolean": "TRUE",
     "float": "1.27", "datetime": "1948-01-01 14:57:13", "empty_column": "",
     EXTRA_KEY: "Extra data beyond headers will be trimmed"},
    {"text": "Chicago Tribune", "date": "1920-01-01", "integer": "164", "boolean": "FALSE",
     "float": "41800000.01", "datetime": "1920-01-01", "empty_column": ""},
    {"text": "This row has blanks", "date": "", "integer": "", "boolean": "", "float": "",
     "datetime": "", "empty_column": ""},
    {"text": "Unicode! Σ", "date": "", "integer": "", "boolean": "", "float": "",
     "datetime": "", "empty_column": ""},
]  # fmt: skip

# name → (sheet read, header row, first data row number, rows).
WORKBOOKS = {
    "dummy.xlsx": ("Sheet1", 1, [{"a": "1", "b": "2", "c": "3"}]),
    # The first sheet ("not this one") is empty, so the first sheet with data is read.
    "sheets.xlsx": ("data", 1, SHEET_ROWS),
    "test_skip_lines.xlsx": ("Sheet1", 4, SHEET_ROWS),
}


def test_every_csvkit_file_has_a_stated_outcome():
    names = {p.name for p in CSVKIT.iterdir() if p.name != "LICENSE"}
    assert names == READ.keys() | REFUSED.keys() | WORKBOOKS.keys()


@pytest.mark.parametrize("name", sorted(READ))
def test_csvkit_file_is_read(name):
    headers, rows, encoding, delimiter = READ[name]
    table = read_csv(CSVKIT / name)
    assert table.headers == headers
    assert [row.values for row in table.rows] == rows
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.source == name
    assert header_looks_like_data(table.headers) is (name == "no_header_row.csv")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_csvkit_file_is_refused(name):
    with pytest.raises(FormatError, match=REFUSED[name]):
        read_csv(CSVKIT / name)


def test_csvkit_line_numbers():
    assert [r.line for r in read_csv(CSVKIT / "test_skip_lines.csv").rows] == [5]
    assert read_csv(CSVKIT / "test_skip_lines.csv").header_line == 4
    # The header spans lines 1-7 (its quoted cell holds six line breaks).
    assert [r.line for r in read_csv(CSVKIT / "test_header_newline.csv").rows] == [8]
    assert [r.line for r in read_csv(CSVKIT / "mac_newlines.csv").rows] == [2, 3]


@pytest.mark.parametrize("name", sorted(WORKBOOKS))
def test_csvkit_workbook_is_read(name):
    sheet, header_line, rows = WORKBOOKS[name]
    table = read_xlsx(CSVKIT / name)
    assert table.sheet == sheet
    assert table.header_line == header_line
    assert [row.values for row in table.rows] == rows
    assert [row.line for row in table.rows] == list(
        range(header_line + 1, header_line + 1 + len(rows))
    )


def test_named_sheet_and_missing_sheet():
    assert read_xlsx(CSVKIT / "sheets.xlsx", sheet="ʤ").rows[0].values == {
        "a": "1",
        "b": "2",
        "c": "3",
    }
    with pytest.raises(FormatError, match="no sheet named 'nope'; its sheets are 'not this one'"):
        read_xlsx(CSVKIT / "sheets.xlsx", sheet="nope")
    with pytest.raises(FormatError, match="sheet 'not this one' is empty"):
        read_xlsx(CSVKIT / "sheets.xlsx", sheet="not this one")


def test_workbook_given_to_the_csv_reader_is_refused():
    with pytest.raises(FormatError, match=r"dummy.xlsx is a ZIP archive \(an Excel .xlsx"):
        read_csv(CSVKIT / "dummy.xlsx")


def test_csv_given_to_the_workbook_reader_is_refused():
    with pytest.raises(FormatError, match=r"dummy.csv is not an Excel .xlsx workbook"):
        read_xlsx(CSVKIT / "dummy.csv")
