"""CSV files to plain rows and back, for lists that arrive in whatever shape exists.

Reading accepts what spreadsheets and other tools actually write: UTF-8 with or without a
byte-order mark, UTF-16 (Excel's "Unicode text"), Windows-1252 from older Windows tools,
comma, semicolon (Spanish-locale Excel) or tab delimiters, quoted cells with line breaks,
old Mac ``\\r`` line ends, blank lines, ragged rows. It refuses, with a message naming the
place, what would otherwise be taken in silently damaged: binary files, NUL bytes, a cell
so long that a quote was surely left open, a file too large to be a roster.

Values are kept exactly as written (no trimming, no type guessing): validating them is the
services' job, through the domain types, and they need the original text for their reports.

Writing produces UTF-8 with a byte-order mark and CRLF line ends, which Excel on Windows
and macOS opens with accents intact, and neutralises cells that a spreadsheet would run as
formulas (see :func:`neutralise_formula`).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from casedesk.formats.errors import FormatError
from casedesk.formats.export_marks import csv_trailer_head
from casedesk.formats.files import (
    DEFAULT_MAX_BYTES,
    PathOrBytes,
    atomic_stream,
    read_limited,
    source_name,
)
from casedesk.formats.text import decode_text

#: Key under which a row's values beyond the last header are kept, joined by the delimiter.
EXTRA_KEY = "_extra"

#: Delimiters tried, in order of preference when two read a file equally well.
DELIMITERS = (",", ";", "\t")

_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

# How much of the file the delimiter guess looks at: enough rows to see a pattern, small
# enough to stay instant on a 200 MB file.
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 20


@dataclass(frozen=True, slots=True)  # slots: a 100,000-row file holds 100,000 of these
class RawRow:
    """One data row: where it starts in the file and its text by (cleaned) header."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    """A file read into rows of text. ``source`` is the file name used in messages."""

    headers: list[str]
    rows: list[RawRow]
    encoding: str
    delimiter: str
    source: str
    header_line: int = field(default=1)
    #: The worksheet read, for workbooks; empty for CSV files.
    sheet: str = ""


_DATA_LIKE = re.compile(r"[\d\s.,:/+-]*")


def header_looks_like_data(headers: Sequence[str]) -> bool:
    """True when every header is a number or date, as in a file without a header row.

    Such a file's first row would be read as column names and no column would map; the
    services can then ask the user instead of importing one row fewer.
    """
    return bool(headers) and all(
        _DATA_LIKE.fullmatch(h) and not h.startswith("column ") for h in headers
    )


def clean_headers(raw: Sequence[str]) -> list[str]:
    """Header names as users mean them: trimmed, one line, never empty, never repeated.

    An empty name becomes "column 3" and a repeated one "Notas (column 5)", so every value
    keeps a distinct key and the message about it can say where the column is.
    """
    cleaned: list[str] = []
    seen: set[str] = set()
    for index, name in enumerate(raw, start=1):
        # split() without arguments also breaks on \v, \f and Unicode spaces, which Excel
        # puts in header cells typed with Alt+Enter or pasted from Word.
        text = " ".join(name.replace("\ufeff", "").split())
        if not text:
            text = f"column {index}"
        elif text in seen or text == EXTRA_KEY:
            text = f"{text} (column {index})"
        while text in seen:
            text = f"{text} (column {index})"
        seen.add(text)
        cleaned.append(text)
    return cleaned


def _records(text: str, delimiter: str, *, strict: bool) -> Iterator[tuple[int, list[str]]]:
    """Yield (first physical line, values) for every record, blank ones included."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=strict
    )
    line = 0
    for values in reader:
        yield line + 1, values
        line = reader.line_num


def guess_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon and tab that reads ``text`` most consistently.

    Each candidate parses the first records; one that leaves the header a single column is
    out, and among the rest the one giving most rows as wide as the header wins. This is a
    quote-aware count: csv.Sniffer was tried first and dropped, because its regular
    expressions pick delimiters out of quoted text ("Pérez, Ana" in a semicolon file).
    """
    sample = text[:_SNIFF_CHARS]
    best, best_score = ",", (False, -1)
    for delimiter in DELIMITERS:
        records: list[list[str]] = []
        try:
            for _, values in _records(sample, delimiter, strict=False):
                if any(v.strip() for v in values):
                    records.append(values)
                if len(records) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not records:
            continue
        width = len(records[0])
        score = (width > 1, sum(1 for r in records[1:] if len(r) == width))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse(text: str, delimiter: str, source: str) -> list[tuple[int, list[str]]]:
    # Strict mode first, only to notice a quote left open at the end of the file, which the
    # lenient parser would silently turn into one cell holding every later row. Other strict
    # complaints ('"a"b', a stray quote after a closing one) are common in hand-made files
    # and harmless, so the file is then read leniently instead of refused.
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    records: list[tuple[int, list[str]]] = []
    line = 0
    try:
        for values in reader:
            records.append((line + 1, values))
            line = reader.line_num
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc):
            return list(_records(text, delimiter, strict=False))
        raise FormatError(
            f'{source}: a quote (") opened in the row starting at line {line + 1} is never '
            "closed, so every later line would become part of one cell. Add the missing "
            "quote or remove the stray one, then import again.",
            source=source,
            line=line + 1,
        ) from None
    return records


def _check_length(value: str, limit: int, line: int, column: int, header: str, source: str) -> None:
    if len(value) > limit:
        raise FormatError(
            f"{source}: line {line}, column {column} ({header!r}) holds {len(value):,} "
            f'characters; the limit is {limit:,}. A quote (") left open earlier usually '
            "causes this; otherwise the cell is not roster data.",
            source=source,
            line=line,
        )


def read_csv(
    path_or_bytes: PathOrBytes,
    *,
    name: str | None = None,
    delimiter: str | None = None,
    max_field_chars: int = 100_000,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Table:
    """Read a CSV (or TSV) file or its bytes into a :class:`Table`.

    ``name`` is used in messages instead of the file name (required for clear messages
    when passing bytes); ``delimiter`` forces one instead of guessing. The first non-blank
    record is the header. Raises :class:`FormatError` for anything that cannot be read
    without losing or inventing data.
    """
    source = source_name(path_or_bytes, name)
    data = read_limited(path_or_bytes, source=source, max_bytes=max_bytes)
    text, encoding = decode_text(data, source=source)
    if delimiter is None:
        delimiter = guess_delimiter(text)
    elif delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS!r}, not {delimiter!r}")

    previous_limit = csv.field_size_limit()
    # The csv module's own limit is process-wide; raise it only as far as this call needs
    # and put it back, so the check below (which can name the column) is the one that fires.
    csv.field_size_limit(max(previous_limit, max_field_chars + 1))
    try:
        records = _parse(text, delimiter, source)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            message = (
                f"{source}: a cell holds more than {max_field_chars:,} characters. A quote "
                '(") left open usually causes this; otherwise the cell is not roster data.'
            )
        else:
            message = f"{source} cannot be read as CSV: {exc}"
        raise FormatError(message, source=source) from exc
    finally:
        csv.field_size_limit(previous_limit)

    # A casedesk export ends with its audit chain head (formats.export_marks): not data.
    filled = [i for i, (_, values) in enumerate(records) if any(v.strip() for v in values)]
    if len(filled) > 1 and csv_trailer_head(records[filled[-1]][1]) is not None:
        del records[filled[-1]]
    headers: list[str] | None = None
    header_line = 1
    rows: list[RawRow] = []
    for line, values in records:
        if not any(value.strip() for value in values):
            continue  # blank lines and rows of empty cells carry nothing to import
        if headers is None:
            for column, value in enumerate(values, start=1):
                _check_length(value, max_field_chars, line, column, "header", source)
            headers, header_line = clean_headers(values), line
            continue
        for column, value in enumerate(values, start=1):
            header = headers[column - 1] if column <= len(headers) else "beyond the header"
            _check_length(value, max_field_chars, line, column, header, source)
        row = dict(zip(headers, values, strict=False))
        for header in headers[len(values) :]:
            row[header] = ""  # a short row: the missing cells are empty, not shifted
        extra = values[len(headers) :]
        if any(value.strip() for value in extra):
            # Kept rather than dropped so the service can show and reject the row: these
            # values have no column, and guessing one would put data in the wrong field.
            row[EXTRA_KEY] = delimiter.join(extra).strip(delimiter)
        rows.append(RawRow(line=line, values=row))
    if headers is None:
        raise FormatError(f"{source} is empty: it has no header row and no data.", source=source)
    return Table(
        headers=headers,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        source=source,
        header_line=header_line,
    )


def describe_delimiter(delimiter: str) -> str:
    """The delimiter's name for messages ("semicolon")."""
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


# A cell a spreadsheet would read as a plain number (optionally signed, with thousands
# separators or an exponent) is safe: it cannot call a function or reach another cell.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# OWASP's list (= + - @ tab CR) plus the full-width forms, which some Excel locales
# convert to their ASCII equivalents before deciding whether a cell is a formula.
_FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralise_formula(text: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula (CSV injection).

    Follows OWASP's guidance: a cell starting with = + - @ tab or carriage return gets a
    leading apostrophe, which spreadsheets show as text and hide. Plain numbers ("-5",
    "+3.5", "-1,200") are left alone since they are harmless and common. A phone number
    such as "+1 555 0100" is neutralised on purpose: Excel would otherwise read it as the
    formula "=+1 555 0100" and show #NULL!, so the apostrophe also keeps it legible.
    """
    if text and text[0] in _FORMULA_STARTS and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    neutralise: bool = True,
    trailer: str | None = None,
) -> int:
    """Write a UTF-8 (with BOM), CRLF CSV atomically; return the number of data rows.

    Cells are neutralised against formula injection unless ``neutralise`` is False (for
    files meant only for other programs). Rows shorter than the header are padded; a
    longer row is a programming error (ValueError), since its extra values have no column.
    ``trailer`` is written in the first cell of a last row (the audit chain head, see
    :mod:`casedesk.formats.export_marks`); it is not counted.
    """
    fix = neutralise_formula if neutralise else str
    count = 0
    # Streamed to a temporary file beside the target: memory stays flat however many
    # rows, and the target is replaced only once the last row is written.
    with atomic_stream(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([fix(h) for h in headers])
        for count, row in enumerate(rows, start=1):
            if len(row) > len(headers):
                raise ValueError(f"row {count} has {len(row)} values for {len(headers)} headers")
            cells = [fix(value) for value in row]
            cells.extend("" for _ in range(len(headers) - len(row)))
            writer.writerow(cells)
        if trailer is not None:
            # As wide as the header: readers that expect every row to be (RFC 4180) get
            # empty cells rather than missing ones.
            writer.writerow([fix(trailer)] + [""] * (len(headers) - 1))
        text.flush()
        text.detach()  # leave the file to atomic_stream, which syncs and renames it
    return count
