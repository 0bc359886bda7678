"""The audit chain's head as every export carries it, and how to read it back.

An export is a copy of the store at one moment; the head it carries (the newest audit
entry's hash when it was read) lets anyone holding the file ask, later, whether the
store's trail still contains that moment: ``casedesk check --anchor HASH``. Each format
carries it where its own readers and a person opening the file both see it, and where
nothing that reads the data trips over it:

- CSV: a last row whose first cell reads ``# casedesk audit chain head: HASH`` (the
  others empty, so every row is as wide as the header). Spreadsheets show it under the
  last client; ``csv`` readers get one more row (pandas skips it with ``comment="#"``);
  casedesk's own import recognises and skips it.
- XLSX: a second sheet, "About this export" (what, when, the head, how to check it),
  and the same head as a custom document property (File > Properties > Custom). The
  data stay alone on the first sheet, which is what importers read.
- ICS: an ``X-CASEDESK-AUDIT-HEAD`` property on the VCALENDAR; calendars ignore
  properties they do not know (RFC 5545, 3.8.8.2).
- JSON: the document's ``audit_head`` member.
"""

import json
import re
from collections.abc import Sequence
from pathlib import Path

CSV_TRAILER = "# casedesk audit chain head: "
XLSX_PROPERTY = "casedesk audit chain head"
XLSX_ABOUT_SHEET = "About this export"
XLSX_HEAD_LABEL = "Audit chain head"
ICS_PROPERTY = "X-CASEDESK-AUDIT-HEAD"

_HEAD = re.compile(r"[0-9a-f]{12,128}")


def csv_trailer(head: str) -> str:
    """The one cell of a CSV export's last row."""
    return f"{CSV_TRAILER}{head}"


def csv_trailer_head(values: Sequence[str]) -> str | None:
    """The head when ``values`` is a CSV export's trailer row, else None."""
    if not values or any(v.strip() for v in values[1:]):
        return None
    first = values[0].strip()
    if not first.startswith(CSV_TRAILER):
        return None
    head = first[len(CSV_TRAILER) :].strip()
    return head if _HEAD.fullmatch(head) else None


def xlsx_about(head: str, exported_at: str, what: str) -> list[tuple[str, str]]:
    """The rows of an XLSX export's "About this export" sheet."""
    return [
        ("Exported by", "casedesk"),
        ("What", what),
        ("Exported at", exported_at),
        (XLSX_HEAD_LABEL, head),
        (
            "To check it",
            f"casedesk check --anchor {head} proves the store's audit trail still holds "
            "the moment of this export (no entry since cut off or rewritten)",
        ),
    ]


def audit_head(path: Path) -> str | None:
    """The audit chain head a casedesk export carries (CSV, XLSX, ICS or JSON), or None
    when the file carries none. Reads only what it needs (a CSV is streamed); raises
    OSError when the file cannot be read and ValueError when it is not its kind."""
    readers = {".csv": _csv_head, ".xlsx": _xlsx_head, ".ics": _ics_head, ".json": _json_head}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise ValueError(f"{path.name} is not a casedesk export (.csv, .xlsx, .ics or .json)")
    try:
        return reader(path)
    except OSError:
        raise
    except Exception as exc:  # each library's own "not this kind of file"
        raise ValueError(f"{path.name} is not a readable {path.suffix[1:].upper()} file") from exc


def _json_head(path: Path) -> str | None:
    document = json.loads(path.read_text(encoding="utf-8"))
    value = document.get("audit_head") if isinstance(document, dict) else None
    return value if isinstance(value, str) and _HEAD.fullmatch(value) else None


def _csv_head(path: Path) -> str | None:
    import csv  # noqa: PLC0415 - each reader only for its own kind

    last: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            if any(v.strip() for v in row):
                last = row
    return csv_trailer_head(last)


def _xlsx_head(path: Path) -> str | None:
    import openpyxl  # noqa: PLC0415

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        # openpyxl 3.1 API that its type stubs do not list yet.
        for prop in workbook.custom_doc_props.props:  # type: ignore[attr-defined]
            if prop.name == XLSX_PROPERTY and isinstance(prop.value, str):
                return prop.value if _HEAD.fullmatch(prop.value) else None
    finally:
        workbook.close()
    return None


def _ics_head(path: Path) -> str | None:
    from icalendar import Calendar  # noqa: PLC0415

    calendar = Calendar.from_ical(path.read_bytes())
    value = calendar.get(ICS_PROPERTY)
    return str(value) if value is not None and _HEAD.fullmatch(str(value)) else None
