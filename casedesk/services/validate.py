"""Checks on raw input shared by the services; each failure names the field and why."""

from datetime import date
from enum import StrEnum
from typing import TypeVar

from casedesk.domain.dates import PartialDate
from casedesk.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

SHORT = 200  # titles, places, sources
LONG = 20_000  # notes, summaries, evidence


def text(value: str | None, field: str, *, max_len: int = SHORT, required: bool = False) -> str:
    """Trimmed text without control characters (newlines and tabs allowed in long text)."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(field, "is required and cannot be blank")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"is too long ({len(cleaned)} characters; at most {max_len})")
    allowed = "\n\t" if max_len > SHORT else ""
    for ch in cleaned:
        if (ord(ch) < 32 and ch not in allowed) or ord(ch) == 127:
            raise ValidationError(field, "contains a control character; remove it and try again")
    return cleaned


def choice(value: str | None, enum: type[E], field: str) -> E:
    """One value of ``enum``; the message lists what is accepted."""
    raw = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum(raw)
    except ValueError:
        accepted = ", ".join(m.value for m in enum)
        shown = value if value else "(empty)"
        raise ValidationError(field, f"{shown!r} is not one of: {accepted}") from None


def past_date(value: PartialDate, field: str, today: date) -> PartialDate:
    """A date that has happened (a birth date cannot be in the future)."""
    if value.earliest() > today:
        raise ValidationError(field, f"{value.display()} is in the future")
    return value


def positive_id(value: int, field: str) -> int:
    if value <= 0:
        raise ValidationError(field, f"{value} is not a valid id")
    return value


def words(value: str | None, field: str) -> str:
    """A comma-separated list (languages, tags), trimmed, de-duplicated, order kept."""
    items: list[str] = []
    for part in (value or "").split(","):
        item = text(part, field, max_len=60)
        if item and item.casefold() not in (i.casefold() for i in items):
            items.append(item)
    return ", ".join(items)
