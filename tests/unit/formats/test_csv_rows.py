"""CSV reading and writing on files generated here: encodings, delimiters, refusals."""

import csv
import io
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.formats.csv_rows import (
    EXTRA_KEY,
    clean_headers,
    guess_delimiter,
    neutralise_formula,
    read_csv,
    write_csv,
)
from casedesk.formats.errors import FormatError

SPANISH = "Apellidos;Nombres;Número A;Fecha de nacimiento;Nacionalidad;Estatus\r\nPeña Ruiz;José Luis;A123-456-789;15/03/1990;Venezuela;asilo pendiente\r\n"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SPANISH.encode("utf-16-le"), "utf-16-le"),  # heuristics: no BOM
        (SPANISH.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe" + SPANISH.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SPANISH.encode("utf-16-be"), "utf-16-be"),
        (SPANISH.encode("utf-8"), "utf-8"),
        (SPANISH.encode("utf-8-sig"), "utf-8-sig"),
        (SPANISH.encode("cp1252"), "cp1252"),
    ],
)
def test_spanish_file_in_every_encoding(encoded, encoding):
    table = read_csv(encoded, name="lista.csv")
    assert table.encoding == encoding
    assert table.delimiter == ";"
    assert table.headers == [
        "Apellidos",
        "Nombres",
        "Número A",
        "Fecha de nacimiento",
        "Nacionalidad",
        "Estatus",
    ]
    assert table.rows[0].values["Apellidos"] == "Peña Ruiz"
    assert table.rows[0].values["Nombres"] == "José Luis"
    assert table.rows[0].line == 2


def test_windows_1252_specific_characters_and_undefined_bytes():
    data = "name,note\nPeña,“quoted” – €5\n".encode("cp1252")
    table = read_csv(data, name="x.csv")
    assert table.rows[0].values == {"name": "Peña", "note": "“quoted” – €5"}
    # 0x81 is undefined in Windows-1252; one stray byte is kept, not fatal.
    assert read_csv(b"a,b\n\x81,\xf1\n", name="x.csv").rows[0].values == {"a": "\x81", "b": "ñ"}


def test_tab_and_semicolon_with_commas_inside_values():
    tab = read_csv(b"Name\tNote\nP\xc3\xa9rez, Ana\tx, y; z\n", name="t.tsv")
    assert tab.delimiter == "\t"
    assert tab.rows[0].values == {"Name": "Pérez, Ana", "Note": "x, y; z"}
    semi = read_csv("Apellidos;Monto\nPérez, hijo;1,5\n".encode(), name="s.csv")
    assert semi.delimiter == ";"
    assert semi.rows[0].values == {"Apellidos": "Pérez, hijo", "Monto": "1,5"}


def test_forced_delimiter_and_invalid_one():
    assert read_csv(b"a;b\n1;2\n", delimiter=",").headers == ["a;b"]
    with pytest.raises(ValueError, match="delimiter"):
        read_csv(b"a|b\n", delimiter="|")


def test_quoted_newlines_blank_lines_and_line_numbers():
    data = b'a,b\r\n\r\n"line one\r\nline two",2\r\n\r\n\r\n3,"x\ny"\r\n,\r\n'
    table = read_csv(data, name="q.csv")
    assert [(r.line, r.values) for r in table.rows] == [
        (3, {"a": "line one\r\nline two", "b": "2"}),
        (7, {"a": "3", "b": "x\ny"}),
    ]


def test_ragged_rows():
    table = read_csv(b"a,b,c\n1\n1,2,3,4,5\n1,2,3,,\n", name="r.csv")
    assert [r.values for r in table.rows] == [
        {"a": "1", "b": "", "c": ""},
        {"a": "1", "b": "2", "c": "3", EXTRA_KEY: "4,5"},
        {"a": "1", "b": "2", "c": "3"},  # trailing empty cells are not extra data
    ]


def test_header_cleaning():
    assert clean_headers(["\ufeff Name ", "", "Name", "Notas\nde campo", "_extra", "  "]) == [
        "Name",
        "column 2",
        "Name (column 3)",
        "Notas de campo",
        "_extra (column 5)",
        "column 6",
    ]


def test_nul_byte_refused_with_place():
    with pytest.raises(
        FormatError, match=r"report.csv contains a NUL byte at line 3, character 4"
    ) as info:
        read_csv(b"a,b\n1,2\n3,4\x00\n", name="report.csv")
    assert info.value.line == 3
    assert info.value.source == "report.csv"


def test_png_refused():
    with pytest.raises(FormatError, match=r"photo.csv is a PNG image, not a CSV"):
        read_csv(_png(), name="photo.csv")


def test_binary_without_signature_refused():
    noise = bytes(range(1, 32)) * 20
    with pytest.raises(FormatError, match="does not look like text"):
        read_csv(b"a,b\n" + noise, name="blob.csv")


def test_a_few_control_characters_are_tolerated():
    assert read_csv(b"a\nx\x1by\n\x1a", name="c.csv").rows[0].values == {"a": "x\x1by"}


def test_oversized_field_refused_with_line_and_column():
    data = b"a,b\n1,2\n3," + b"x" * 50 + b"\n"
    with pytest.raises(
        FormatError, match=r"line 3, column 2 \('b'\) holds 50 characters; the limit is 40"
    ):
        read_csv(data, name="big.csv", max_field_chars=40)


def test_field_over_the_csv_module_limit_is_refused():
    data = b'a\n"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(FormatError, match=r"more than 100,000 characters|holds 200,000 characters"):
        read_csv(data, name="big.csv")
    assert csv.field_size_limit() == 131072  # the process-wide limit was put back


def test_unclosed_quote_refused():
    with pytest.raises(FormatError, match="opened in the row starting at line 3 is never closed"):
        read_csv(b'a,b\n1,2\n3,"oops\n4,5\n6,7\n', name="q.csv")


def test_stray_quote_read_leniently():
    assert read_csv(b'a,b\n"x"y,2\n', name="q.csv").rows[0].values == {"a": "xy", "b": "2"}


def test_oversized_file_refused(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"a\n" + b"1\n" * 600_000)
    with pytest.raises(FormatError, match=r"huge.csv is 1.1 MB; casedesk reads files up to 1.0 MB"):
        read_csv(path, max_bytes=1024 * 1024)


def test_missing_file(tmp_path):
    with pytest.raises(FormatError, match=r"nothere.csv was not found"):
        read_csv(tmp_path / "nothere.csv")


def test_damaged_utf16():
    with pytest.raises(FormatError, match="looks like UTF-16-LE text but is damaged"):
        read_csv(b"\xff\xfe" + "a,b\n".encode("utf-16-le") + b"\x00\xd8", name="u.csv")


def test_write_csv_bom_crlf_and_neutralising(tmp_path):
    path = tmp_path / "out.csv"
    count = write_csv(
        path, ["Name", "Note"], [["Peña", '=HYPERLINK("x")'], ["-5", "+1 555 0100"], ["Ana"]]
    )
    assert count == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 4
    table = read_csv(path)
    assert [r.values for r in table.rows] == [
        {"Name": "Peña", "Note": '\'=HYPERLINK("x")'},
        {"Name": "-5", "Note": "'+1 555 0100"},
        {"Name": "Ana", "Note": ""},
    ]
    write_csv(path, ["a"], [["=1+1"]], neutralise=False)
    assert read_csv(path).rows[0].values == {"a": "=1+1"}
    with pytest.raises(ValueError, match="row 1 has 2 values for 1 headers"):
        write_csv(path, ["a"], [["1", "2"]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("＝1+1", "'＝1+1"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-1,200.50", "-1,200.50"),
        ("-1e5", "-1e5"),
        ("Peña", "Peña"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_formula(text, expected):
    assert neutralise_formula(text) == expected


@given(st.text())
def test_neutralised_cells_never_start_a_formula(text):
    result = neutralise_formula(text)
    assert result in (text, "'" + text)
    if result[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        assert result == text
        float(text.replace(",", ""))  # only a plain number is left as it is


# Cell text without NUL or other control characters (those are refused as binary), but with
# every character that matters to CSV: quotes, all three delimiters, line breaks.
CELL = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("\",;\t\r\n '=")),
    max_size=12,
)
HEADER = st.from_regex(r"[A-Za-zÁÉÑáéñ][A-Za-z0-9ÁÉÑáéñ_]{0,8}", fullmatch=True)


def _table(draw: st.DrawFn, width_min: int) -> tuple[list[str], list[list[str]]]:
    headers = draw(st.lists(HEADER, min_size=width_min, max_size=5, unique=True))
    rows = draw(st.lists(st.lists(CELL, min_size=len(headers), max_size=len(headers)), max_size=6))
    return headers, rows


@st.composite
def tables(draw, width_min=1):
    return _table(draw, width_min)


def _expected(headers: list[str], rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(headers, row, strict=True)) for row in rows if any(v.strip() for v in row)]


@settings(max_examples=60, deadline=None)
@given(
    tables(), st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])
)
def test_any_rows_read_back_with_the_delimiter_given(table, delimiter, encoding):
    headers, rows = table
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    read = read_csv(buffer.getvalue().encode(encoding), name="p.csv", delimiter=delimiter)
    assert read.headers == headers
    assert [r.values for r in read.rows] == _expected(headers, rows)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from([",", ";", "\t"]))
def test_any_rows_read_back_with_the_delimiter_guessed(data, delimiter):
    # Cells hold no other candidate delimiter: "a;b,c" is ambiguous to any reader.
    others = {",", ";", "\t"} - {delimiter}
    cell = CELL.filter(lambda v: not others & set(v))
    headers = data.draw(st.lists(HEADER, min_size=2, max_size=5, unique=True))
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), max_size=6)
    )
    buffer = io.StringIO(newline="")
    # "\r\n" so csv.writer quotes cells holding either character; with "\n" alone it
    # writes a bare "\r" unquoted, which every reader takes as a line end.
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    assert guess_delimiter(buffer.getvalue()) == delimiter
    read = read_csv(buffer.getvalue().encode(), name="p.csv")
    assert read.delimiter == delimiter
    assert [r.values for r in read.rows] == _expected(headers, rows)


@settings(max_examples=40, deadline=None)
@given(tables())
def test_write_csv_round_trip_without_neutralising(tmp_path_factory, table):
    headers, rows = table
    path = tmp_path_factory.mktemp("rt") / "rt.csv"
    write_csv(path, headers, rows, neutralise=False)
    read = read_csv(path, delimiter=",")
    assert read.headers == headers
    assert [r.values for r in read.rows] == _expected(headers, rows)


@settings(max_examples=40, deadline=None)
@given(tables())
def test_write_csv_round_trip_changes_only_neutralised_cells(tmp_path_factory, table):
    headers, rows = table
    path = tmp_path_factory.mktemp("rt") / "rt.csv"
    write_csv(path, headers, rows)
    read = [r.values for r in read_csv(path, delimiter=",").rows]
    assert read == _expected(headers, [[neutralise_formula(v) for v in row] for row in rows])
    for row in read:
        for value in row.values():
            assert value == neutralise_formula(value.removeprefix("'")) or value.startswith("'")


def test_a_list_starting_with_mz_is_text_not_a_windows_program() -> None:
    # Found by hypothesis: "MZ" is a Windows program's signature, and also initials.
    table = read_csv(b"MZ,A\r\nAna,1\r\n", name="p.csv")
    assert table.headers == ["MZ", "A"]
    assert [r.values for r in table.rows] == [{"MZ": "Ana", "A": "1"}]
