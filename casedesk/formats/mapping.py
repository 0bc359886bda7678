"""Which column of a received file holds which casedesk field, in English or Spanish.

A co-counsel's spreadsheet says "Apellidos", another tool's CSV "Last Name", a list typed
from a news report "A#". :func:`guess_mapping` recognises such headers regardless of case,
accents and punctuation, never sends two columns to one field, and leaves anything unsure
unmapped for the user to assign; the corrected mapping can be saved (:meth:`to_json`) and
reused for the next file from the same source.

Values of two coded fields (legal status, whereabouts) are recognised here too, see
:mod:`casedesk.formats.synonyms`; everything else is validated by the services through the
domain types.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field, replace
from typing import Any

from casedesk.domain.date_order import DateOrder
from casedesk.formats.csv_rows import EXTRA_KEY, RawRow
from casedesk.formats.errors import FormatError
from casedesk.formats.synonyms import (
    HEADER_SYNONYMS,
    header_key,
    normalise_custody_kind,
    normalise_status,
    text_key,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "ColumnMapping",
    "Mapping",
    "apply",
    "guess_field",
    "guess_mapping",
    "normalise_custody_kind",
    "normalise_status",
]

#: The import's target fields, in the order an export writes them.
FIELDS: tuple[str, ...] = tuple(HEADER_SYNONYMS)

#: Each field as a paralegal calls it, for messages about a column the file does not
#: have (the GUI shows its own translated labels; see ``ui/imports/models.py``).
FIELD_LABELS: dict[str, str] = {
    "id": "casedesk id",
    "given": "Given names",
    "surname": "Surname",
    "second_surname": "Second surname",
    "full_name": "Full name",
    "description": "Description",
    "a_number": "A-Number",
    "dob": "Date of birth",
    "nationality": "Nationality",
    "languages": "Languages",
    "tags": "Tags",
    "status": "Legal status",
    "status_date": "Status date",
    "status_country": "Status country",
    "whereabouts": "Whereabouts",
    "whereabouts_date": "Whereabouts date",
    "place": "Place",
    "country": "Country",
    "source": "Source",
    "note": "Note",
}

MAPPING_FORMAT = "casedesk-mapping"
MAPPING_VERSION = 1

# Fuzzy matching catches typos ("Nacionalidd", "Apelidos") but not short headers, where one
# letter changes the meaning ("DOB" and "Job").
_FUZZY_CUTOFF = 0.86
_FUZZY_MIN_LENGTH = 6

_EXACT: dict[str, str] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _name in (_field, *_names):
        _key = text_key(_name)
        if _EXACT.setdefault(_key, _field) != _field:
            raise AssertionError(f"header synonym {_name!r} is listed for two fields")

# The looser keys: a key two fields share ("numero" alone) is dropped as ambiguous.
_LOOSE: dict[str, str | None] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _name in (_field.replace("_", " "), *_names):
        _key = header_key(_name)
        if _LOOSE.setdefault(_key, _field) != _field:
            _LOOSE[_key] = None
_LOOSE_KEYS = [k for k, f in _LOOSE.items() if f is not None]

# Headers that mean "given names" in a file with surname columns, but "the whole name" in
# a file without any: a list typed from a press report often has just "Nombre".
_AMBIGUOUS_GIVEN = frozenset({text_key("nombre")})


@dataclass(frozen=True)
class ColumnMapping:
    """File header → casedesk field (or None: the column is not imported).

    ``notes`` explains, per header, why a column was left unmapped or guessed loosely;
    it is for display and not saved. ``date_order`` says how the file's numeric dates
    are written (None: only unambiguous ones are read); ``as_of`` is the date the
    file's statuses and whereabouts hold "as of" when it has no date column for them
    (empty: a status's date is unknown, a whereabouts needs its date).
    Both are saved with the columns, since the next file from the same source is
    written the same way.
    """

    columns: dict[str, str | None]
    notes: dict[str, str] = field(default_factory=dict, compare=False)
    date_order: DateOrder | None = None
    as_of: str = ""

    def __post_init__(self) -> None:
        taken: dict[str, str] = {}
        for header, target in self.columns.items():
            if target is None:
                continue
            if target not in FIELDS:
                raise ValueError(f"{target!r} (for column {header!r}) is not a casedesk field")
            if target in taken:
                raise ValueError(f"columns {taken[target]!r} and {header!r} both map to {target!r}")
            taken[target] = header

    @property
    def unmapped(self) -> list[str]:
        """Headers whose column will not be imported, in file order."""
        return [header for header, target in self.columns.items() if target is None]

    @property
    def fields(self) -> dict[str, str]:
        """Field → the header it comes from, for the mapped fields only."""
        return {target: header for header, target in self.columns.items() if target}

    def with_column(self, header: str, target: str | None) -> ColumnMapping:
        """A copy with ``header`` sent to ``target``, taking that field from any other column."""
        columns = {
            h: (None if t == target and target is not None else t) for h, t in self.columns.items()
        }
        columns[header] = target
        return ColumnMapping(columns, date_order=self.date_order, as_of=self.as_of)

    def with_options(
        self, *, date_order: DateOrder | None = None, as_of: str | None = None
    ) -> ColumnMapping:
        """A copy with the date order and/or the status "as of" date changed."""
        return replace(
            self,
            date_order=date_order or self.date_order,
            as_of=self.as_of if as_of is None else as_of.strip(),
        )

    def to_json(self) -> str:
        """The mapping as a small JSON document a user can keep beside their files."""
        document: dict[str, Any] = {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "columns": self.columns,
        }
        if self.date_order is not None:
            document["date_order"] = self.date_order.value
        if self.as_of:
            document["as_of"] = self.as_of
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str = "the mapping file") -> ColumnMapping:
        """Read a mapping saved by :meth:`to_json`; FormatError if it is not one."""
        try:
            document: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormatError(
                f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).",
                source=source,
                line=exc.lineno,
            ) from None
        if not isinstance(document, dict) or document.get("format") != MAPPING_FORMAT:
            raise FormatError(
                f'{source} is not a casedesk column mapping (no "format": "{MAPPING_FORMAT}").',
                source=source,
            )
        if document.get("version") != MAPPING_VERSION:
            raise FormatError(
                f"{source} has mapping version {document.get('version')!r}; this casedesk "
                f"reads version {MAPPING_VERSION}.",
                source=source,
            )
        columns = document.get("columns")
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in columns.items()
        ):
            raise FormatError(
                f'{source}: "columns" must map each header to a field name or null.',
                source=source,
            )
        order = document.get("date_order")
        as_of = document.get("as_of", "")
        if order is not None and order not in {o.value for o in DateOrder}:
            raise FormatError(
                f'{source}: "date_order" must be one of '
                f"{', '.join(o.value for o in DateOrder)}, not {order!r}.",
                source=source,
            )
        if not isinstance(as_of, str):
            raise FormatError(f'{source}: "as_of" must be a date as text.', source=source)
        try:
            return cls(
                dict(columns),
                date_order=DateOrder(order) if order is not None else None,
                as_of=as_of.strip(),
            )
        except ValueError as exc:
            raise FormatError(
                f"{source}: {exc}. Fields are: {', '.join(FIELDS)}.", source=source
            ) from None


#: The name the brief and services use; ``ColumnMapping`` avoids shadowing typing.Mapping.
Mapping = ColumnMapping


def guess_field(header: str) -> tuple[str | None, bool]:
    """The field a header most likely means and whether the guess was exact."""
    key = text_key(header)
    if key in _EXACT:
        return _EXACT[key], True
    # Filler words, "number" abbreviations and word order do not change what a header
    # means ("N.º de A", "Nacimiento, fecha de"): such a match counts as exact.
    loose = header_key(header)
    if _LOOSE.get(loose):
        return _LOOSE[loose], True
    if len(key) >= _FUZZY_MIN_LENGTH:
        close = difflib.get_close_matches(key, list(_EXACT), n=1, cutoff=_FUZZY_CUTOFF)
        if close:
            return _EXACT[close[0]], False
        close = difflib.get_close_matches(loose, _LOOSE_KEYS, n=1, cutoff=_FUZZY_CUTOFF)
        if close:
            return _LOOSE[close[0]], False
    return None, False


def guess_mapping(headers: Iterable[str], *, saved: ColumnMapping | None = None) -> ColumnMapping:
    """Guess each header's field; a ``saved`` mapping's choices win for headers it knows.

    Exact recognitions are assigned first, in file order, then typo-tolerant ones, so a
    misspelt second "Apellido" column never takes the field from a correctly spelt one.
    """
    header_list = list(headers)
    columns: dict[str, str | None] = dict.fromkeys(header_list)
    notes: dict[str, str] = {}
    taken: dict[str, str] = {}
    if saved is not None:
        for header in header_list:
            target = saved.columns.get(header)
            if header in saved.columns:
                columns[header] = target
                notes[header] = "from the saved mapping"
                if target is not None:
                    taken[target] = header
    guesses = {h: guess_field(h) for h in header_list if not (saved and h in saved.columns)}
    for exact_pass in (True, False):
        for header, (target, exact) in guesses.items():
            if target is None or exact is not exact_pass:
                continue
            if target in taken:
                notes[header] = f"also looks like {target!r}, already taken by {taken[target]!r}"
                continue
            columns[header], taken[target] = target, header
            if not exact:
                notes[header] = f"guessed as {target!r} from a similar spelling; check it"
    for header, (target, _) in guesses.items():
        if target is None:
            notes[header] = "not recognised; choose a field or leave it out"
    given = taken.get("given")
    name_parts = {"surname", "second_surname", "full_name"}
    if given and not name_parts & taken.keys() and text_key(given) in _AMBIGUOUS_GIVEN:
        columns[given] = "full_name"
        notes[given] = "read as the whole name, since the file has no surname column"
    if saved is None:
        return ColumnMapping(columns, notes)
    return ColumnMapping(columns, notes, date_order=saved.date_order, as_of=saved.as_of)


def apply(mapping: ColumnMapping, row: RawRow | AbcMapping[str, str]) -> dict[str, str]:
    """A row's values by field, trimmed; fields whose column is absent are left out.

    Values beyond the header (``_extra``) are passed through under the same key, so the
    service can refuse the row instead of importing it short.
    """
    values = row.values if isinstance(row, RawRow) else row
    result = {
        target: values[header].strip()
        for header, target in mapping.columns.items()
        if target is not None and header in values
    }
    extra = values.get(EXTRA_KEY, "")
    if extra:
        result[EXTRA_KEY] = extra
    return result
