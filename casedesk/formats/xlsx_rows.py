"""Excel workbooks (.xlsx) to plain rows and back.

Reading gives the same :class:`~casedesk.formats.csv_rows.Table` as a CSV, so the import
services do not care which one a co-counsel sent. Cells become the text a user sees in
Excel, so an A-Number typed as a number reads "12345678" rather than "12345678.0" and a
date reads "2025-03-15". Formulas give their last calculated value (openpyxl's data_only),
never the formula itself.

Writing stores every cell as text, including values starting with "=" (which openpyxl
would otherwise save as formulas) and values that look like Excel error codes: an export
must not run anything when opened, and must read back exactly as written.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from casedesk.formats.csv_rows import EXTRA_KEY, RawRow, Table, clean_headers
from casedesk.formats.errors import FormatError
from casedesk.formats.files import (
    DEFAULT_MAX_BYTES,
    PathOrBytes,
    describe_binary,
    read_limited,
    source_name,
)

#: Excel's own limit on the characters in one cell; a longer value cannot be exported.
MAX_CELL_CHARS = 32_767
#: Reading limits, the same as for CSV: what a workbook may hold once unzipped (a
#: workbook is compressed XML: 1.5 MB can unzip to gigabytes), the rows of one sheet
#: (Excel's own maximum), and one cell (Excel's own maximum).
MAX_UNCOMPRESSED_BYTES = DEFAULT_MAX_BYTES
MAX_ROWS = 1_048_576

# Floats that are whole numbers below this print without ".0"; larger ones are past the
# precision where a float still holds an exact integer, so they keep repr's form.
_EXACT_FLOAT_LIMIT = 1e15

# Characters XML 1.0 (and so an .xlsx file) cannot hold at all.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MAX_SHEET_TITLE = 31

# Column widths in Excel's "characters" unit, measured on the first rows only: enough to
# look right, bounded so one long note does not make a column a screen wide.
_WIDTH_SAMPLE_ROWS = 200
_MIN_WIDTH, _MAX_WIDTH = 8, 60


def cell_text(value: Any) -> str:
    """The text a user sees for a cell value read by openpyxl."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        # Excel has only datetimes; a date typed in a cell comes back at midnight.
        if value.time() == time(0):
            return value.date().isoformat()
        spec = "minutes" if value.second == 0 and value.microsecond == 0 else "seconds"
        return value.isoformat(sep=" ", timespec=spec)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _open_workbook(data: bytes, source: str) -> Any:
    kind = describe_binary(data)
    if kind is not None and not data.startswith(b"PK"):
        raise FormatError(
            f"{source} is {kind}, not an Excel .xlsx workbook. "
            + (
                "Open it in Excel or LibreOffice and save it as .xlsx or CSV."
                if "Office" in kind
                else "Choose the spreadsheet itself."
            ),
            source=source,
        )
    _check_unzipped_size(data, source)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise FormatError(
            f"{source} is not an Excel .xlsx workbook, or it is damaged ({exc}). If it is a "
            "CSV, import it as CSV; otherwise open it in Excel and save it again as .xlsx.",
            source=source,
        ) from exc


def _check_unzipped_size(data: bytes, source: str) -> None:
    """Refuse, before anything is unzipped, a workbook that would unzip to more than
    :data:`MAX_UNCOMPRESSED_BYTES` (the sizes are in the archive's directory; the
    unzipping itself stops at the declared size, so a lying directory gains nothing)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(max(0, info.file_size) for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # openpyxl says what is wrong with it
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FormatError(
            f"{source} unzips to {total / 2**20:,.0f} MB, more than the "
            f"{MAX_UNCOMPRESSED_BYTES / 2**20:,.0f} MB casedesk reads from one workbook "
            "(a roster that size is far larger than any real one: it may be built to "
            "exhaust memory). Save the sheet as CSV, or split it.",
            source=source,
        )


def _pick_sheet(workbook: Any, sheet: str | None, source: str) -> Any:
    names = [ws.title for ws in workbook.worksheets]
    if sheet is not None:
        if sheet not in names:
            raise FormatError(
                f"{source} has no sheet named {sheet!r}; its sheets are "
                + ", ".join(repr(n) for n in names)
                + ".",
                source=source,
            )
        return workbook[sheet]
    # The first sheet holding anything: workbooks often open with an empty or cover sheet.
    for worksheet in workbook.worksheets:
        worksheet.reset_dimensions()
        for row in worksheet.iter_rows(values_only=True):
            if any(value not in (None, "") for value in row):
                return worksheet
    raise FormatError(f"{source} is empty: none of its sheets has any data.", source=source)


def list_sheets(path_or_bytes: PathOrBytes, *, name: str | None = None) -> list[str]:
    """The worksheet names of a workbook, in order, for a "which sheet?" choice."""
    source = source_name(path_or_bytes, name)
    workbook = _open_workbook(
        read_limited(path_or_bytes, source=source, max_bytes=DEFAULT_MAX_BYTES), source
    )
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def read_xlsx(
    path_or_bytes: PathOrBytes,
    *,
    sheet: str | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Table:
    """Read one sheet of a workbook into a :class:`Table` (``line`` = spreadsheet row).

    Without ``sheet``, the first sheet holding data is read; ``Table.sheet`` says which.
    The first non-empty row is the header; its width is up to its last non-empty cell,
    and values to the right of it are kept under ``_extra`` as in CSV files.
    """
    source = source_name(path_or_bytes, name)
    workbook = _open_workbook(
        read_limited(path_or_bytes, source=source, max_bytes=max_bytes), source
    )
    try:
        worksheet = _pick_sheet(workbook, sheet, source)
        # The <dimension> a file declares is sometimes wrong (some tools write "A1"), and
        # read-only mode would trust it and cut columns off; recompute it from the cells.
        worksheet.reset_dimensions()
        headers: list[str] | None = None
        header_line = 1
        rows: list[RawRow] = []
        for number, cells in enumerate(worksheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise FormatError(
                    f"{source}: sheet {worksheet.title!r} has more than {MAX_ROWS:,} rows, "
                    "Excel's own limit; it is not a workbook Excel made.",
                    source=source,
                )
            values = [cell_text(value) for value in cells]
            long = next((v for v in values if len(v) > MAX_CELL_CHARS), None)
            if long is not None:
                raise FormatError(
                    f"{source}: row {number} has a cell of {len(long):,} characters, more "
                    f"than the {MAX_CELL_CHARS:,} Excel allows in a cell.",
                    source=source,
                )
            if not any(value.strip() for value in values):
                continue
            if headers is None:
                width = max(i for i, v in enumerate(values, start=1) if v.strip())
                headers, header_line = clean_headers(values[:width]), number
                continue
            row = dict(zip(headers, values, strict=False))
            for header in headers[len(values) :]:
                row[header] = ""
            extra = [value for value in values[len(headers) :] if value.strip()]
            if extra:
                row[EXTRA_KEY] = " | ".join(extra)
            rows.append(RawRow(line=number, values=row))
        title = worksheet.title
    finally:
        # Read-only workbooks keep the archive open until closed (a ResourceWarning, and a
        # locked file on Windows).
        workbook.close()
    if headers is None:
        raise FormatError(f"{source}: sheet {title!r} is empty.", source=source)
    return Table(
        headers=headers,
        rows=rows,
        encoding="xlsx",
        delimiter="",
        source=source,
        header_line=header_line,
        sheet=title,
    )


# Whole numbers a spreadsheet holds exactly (15 significant digits), and full ISO dates.
_INTEGER = re.compile(r"-?[0-9]{1,15}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_FORBIDDEN.sub(" ", title).strip().strip("'")
    return (cleaned or "Sheet1")[:_MAX_SHEET_TITLE]


def _export_text(value: str, row: int, column: int, header: str, target: str) -> str:
    if len(value) > MAX_CELL_CHARS:
        raise FormatError(
            f"Cannot save {target}: row {row}, column {column} ({header!r}) holds "
            f"{len(value):,} characters and an Excel cell holds at most {MAX_CELL_CHARS:,}. "
            "Export to CSV or JSON instead.",
            source=target,
            line=row,
        )
    # XML cannot carry these control characters at all; a visible replacement character
    # tells the reader something was there rather than dropping it silently.
    return _ILLEGAL_XML.sub("\ufffd", value)


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    sheet_title: str = "Sheet1",
    kinds: Sequence[str] = (),
    about: Sequence[tuple[str, str]] = (),
    about_title: str = "About",
    properties: Mapping[str, str] | None = None,
) -> int:
    """Write a one-sheet workbook atomically; return the number of data rows.

    The header is bold and frozen. ``kinds`` types the columns: ``"int"`` (ids, counts)
    become numbers, ``"date"`` a full ISO date becomes a date cell shown as yyyy-mm-dd
    (a partial date such as "2025-03" stays text, since a spreadsheet has no such
    date); other columns, and any value that does not parse, are text cells. The
    workbook's creator is casedesk. Rows shorter than the header
    are padded; a longer one is a programming error (ValueError). The sheet is streamed
    (openpyxl's write-only mode): 100,000 rows take tens of megabytes, not hundreds.
    ``about`` (label, value) rows go on a second sheet, ``about_title``, after the data,
    so importers still read the data sheet first; ``properties`` become custom document
    properties (File > Properties > Custom in Excel and LibreOffice).
    """
    target = os.fspath(path)
    iterator = iter(rows)
    # Column widths come from the first rows, so those are held back until widths are set.
    sample = list(itertools.islice(iterator, _WIDTH_SAMPLE_ROWS))
    widths = [len(h) for h in headers]
    for values in sample:
        for column, value in enumerate(values[: len(headers)]):
            if value:
                longest = max(len(line) for line in value.splitlines() or [""])
                widths[column] = max(widths[column], longest)
    workbook = openpyxl.Workbook(write_only=True)
    workbook.properties.creator = "casedesk"
    for name, value in (properties or {}).items():
        # openpyxl 3.1 API that its type stubs do not list yet.
        workbook.custom_doc_props.append(StringProperty(name=name, value=value))  # type: ignore[attr-defined]
    worksheet = workbook.create_sheet(_sheet_title(sheet_title))
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        worksheet.column_dimensions[letter].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(value: str, row: int, column: int) -> Any:
        cell = WriteOnlyCell(
            worksheet, value=_export_text(value, row, column, headers[column - 1], target)
        )
        # Set after the value: openpyxl turns "=..." into a formula and "#N/A" into an
        # error cell when binding a value; this makes both plain text again.
        cell.data_type = "s"
        return cell

    def typed_cell(value: str, row: int, column: int) -> Any:
        kind = kinds[column - 1] if column <= len(kinds) else "text"
        if kind == "int" and _INTEGER.fullmatch(value):
            return WriteOnlyCell(worksheet, value=int(value))
        if kind == "date" and _ISO_DAY.fullmatch(value):
            day = date.fromisoformat(value)
            cell = WriteOnlyCell(worksheet, value=datetime(day.year, day.month, day.day))
            cell.number_format = "yyyy-mm-dd"
            return cell
        return text_cell(value, row, column)

    header_row = []
    for column in range(1, len(headers) + 1):
        cell = text_cell(headers[column - 1], 1, column)
        cell.font = bold
        header_row.append(cell)
    count = 0
    try:
        worksheet.append(header_row)
        for count, values in enumerate(itertools.chain(sample, iterator), start=1):
            if len(values) > len(headers):
                raise ValueError(f"row {count} has {len(values)} values for {len(headers)} headers")
            worksheet.append(
                [
                    typed_cell(value, count + 1, column) if value else None
                    for column, value in enumerate(values, start=1)
                ]
            )
    except BaseException:
        # A streamed sheet holds an open temporary file; close it before giving up.
        with contextlib.suppress(Exception):
            worksheet.close()
        raise
    if about:
        _about_sheet(workbook, about_title, about, bold)
    _save_atomically(workbook, target)
    return count


def _about_sheet(workbook: Any, title: str, rows: Sequence[tuple[str, str]], bold: Font) -> None:
    """A sheet of (label, value) rows describing the export, labels in bold."""
    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = _MAX_WIDTH
    for label, value in rows:
        first = WriteOnlyCell(sheet, value=label)
        first.font = bold
        first.data_type = "s"
        second = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("\ufffd", value))
        second.data_type = "s"  # text, never a formula
        sheet.append([first, second])


def _save_atomically(workbook: Any, target: str) -> None:
    """Save into a temporary file beside ``target``, then replace it in one step."""
    folder = os.path.dirname(target) or "."
    name = os.path.basename(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    except OSError as exc:
        raise FormatError(
            f"{name} cannot be written in {folder}: {exc.strerror}", source=name
        ) from exc
    os.close(handle)
    try:
        workbook.save(temporary)
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FormatError(f"{name} could not be saved: {exc.strerror}", source=name) from exc
