"""Identifiers found in free text, masked as the structured fields are.

A whereabouts source typed as "Mother María, +58 412 555 0199, Calle 5 #12" or a note
"A#123-456-789, born 3 May 1994" carries the same identifiers the court profile withholds
from the structured fields. :func:`mask_identifiers` treats free text the way the court
profile treats those fields: an A-Number keeps its last three digits
("A-XXX-XXX-789"), phone numbers and e-mail addresses are withheld, and a full date of
birth (one introduced as a birth date, or equal to a birth date the caller knows) is cut
to its year. Every brief and export calls this one function, so there is one set of
patterns to test and to improve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from casedesk.domain.dates import MONTH_NAMES, SPANISH_MONTH_NAMES
from casedesk.domain.names import fold

__all__ = ["EMAIL_WITHHELD", "PHONE_WITHHELD", "birth_date_forms", "mask_identifiers"]

PHONE_WITHHELD = "[phone withheld]"
EMAIL_WITHHELD = "[e-mail withheld]"

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]*)*", re.UNICODE)  # even cut short
# "A123-456-789", "A# 123456789", "A-Number: 123 456 789", "número A 12345678", "A 204-118-733".
_A_NUMBER = re.compile(
    r"(?<![\w])(?:A[- ]?(?:number|no\.?|#|n\.?º)?|n(?:ú|u)mero\s+(?:de\s+)?A|alien\s+(?:no\.?|number|#))"
    r"\s*[:#]?\s*([0-9](?:[ .-]?[0-9]){6,8})(?![0-9])",
    re.IGNORECASE,
)
# Eight or more digits with phone punctuation between them ("+58 412-555-0199",
# "(212) 555 0100", "0412.555.01.99"), or a bare run of 9 digits (an A-Number written
# without its A): withheld, since either identifies the person or a relative. Seven
# digits are left alone: docket numbers such as 25-10534 are public record.
_PHONE = re.compile(r"(?<![\w])\+?\(?[0-9](?:[\s().-]{0,2}[0-9]){7,14}(?![0-9])")
_DATE_START = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}")
_BIRTH_WORDS = (
    r"(?:born|birth|d\.?o\.?b\.?|date of birth|nacid[oa]|nacimiento|f\.?\s*(?:de\s+)?nac\.?|"
    r"fecha de nacimiento|naci[oó])"
)
_MONTHS = "|".join(
    [m.lower() for m in MONTH_NAMES]
    + [m[:3].lower() for m in MONTH_NAMES]
    + [*SPANISH_MONTH_NAMES, "setiembre"]
)
_FULL_DATE = (
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?[0-9]{{4}}"
    rf"|(?:{_MONTHS})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}})"
)
_BIRTH_DATE = re.compile(
    rf"({_BIRTH_WORDS}\s*(?:on|el|:|en)?\s*)({_FULL_DATE})", re.IGNORECASE | re.UNICODE
)
_ANY_FULL_DATE = re.compile(rf"(?<![0-9]){_FULL_DATE}(?![0-9])", re.IGNORECASE | re.UNICODE)
_YEAR = re.compile(r"[0-9]{4}")


def _mask_number(match: re.Match[str]) -> str:
    digits = re.sub(r"[^0-9]", "", match.group(1)).zfill(9)
    return f"A-XXX-XXX-{digits[-3:]}"


def _year_of(text: str) -> str:
    found = _YEAR.search(text)
    return found.group(0) if found else ""


def birth_date_forms(iso: str | None) -> frozenset[str]:
    """The ways a full ISO birth date may be typed in free text, folded for comparison."""
    if not iso or len(iso) != 10:
        return frozenset()
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    name = MONTH_NAMES[month - 1]
    forms = {
        iso,
        f"{day}/{month}/{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{month}/{day}/{year}",
        f"{month:02d}/{day:02d}/{year}",
        f"{day}-{month}-{year}",
        f"{day:02d}-{month:02d}-{year}",
        f"{day}.{month}.{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day} {name} {year}",
        f"{name} {day} {year}",
        f"{name} {day}, {year}",
    }
    return frozenset(fold(f) for f in forms)


def mask_identifiers(text: str, birth_dates: Iterable[str] = ()) -> str:
    """``text`` with A-Numbers masked, phones and e-mails withheld, birth dates cut to
    the year. ``birth_dates`` are folded forms (:func:`birth_date_forms`) of the dates
    of birth of the people the text is about: any of them is cut even without "born"."""
    if not text:
        return text
    known = frozenset(birth_dates)
    masked = _EMAIL.sub(EMAIL_WITHHELD, text)
    masked = _A_NUMBER.sub(_mask_number, masked)
    masked = _BIRTH_DATE.sub(lambda m: m.group(1) + _year_of(m.group(2)), masked)
    if known:
        masked = _ANY_FULL_DATE.sub(
            lambda m: _year_of(m.group(0)) if fold(m.group(0)) in known else m.group(0), masked
        )
    return _PHONE.sub(_phone_or_date, masked)


def _phone_or_date(match: re.Match[str]) -> str:
    value = match.group(0)
    # A date (2025-03-15, 15.03.2025), perhaps followed by a time, is not a phone number.
    if _DATE_START.match(value):
        return value
    return PHONE_WITHHELD
