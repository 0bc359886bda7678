"""Checks on raw input shared by the services; each failure names the field and why."""

import unicodedata
from datetime import date
from enum import StrEnum
from typing import TypeVar

from casedesk.domain.dates import PartialDate
from casedesk.domain.errors import NotFoundError, ValidationError, clip

E = TypeVar("E", bound=StrEnum)

SHORT = 200  # titles, places, sources
LONG = 20_000  # notes, summaries, evidence
WORDS = 500  # a whole list of languages or tags
MAX_ID = 2**63 - 1  # the largest integer SQLite stores


def text(
    value: str | None,
    field: str,
    *,
    max_len: int = SHORT,
    required: bool = False,
    lines: bool = False,
) -> str:
    """Trimmed text without control characters (newlines and tabs allowed in long text,
    and in short text given with ``lines``, such as a place or an address typed on two
    lines in a spreadsheet cell).

    Also refused: a lone surrogate (half of a character, left by a broken paste or a file
    name in another encoding; the store cannot hold it) and, in one-line text, the
    Unicode line and paragraph separators.
    """
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(field, "is required and cannot be blank")
    if len(cleaned) > max_len:
        raise ValidationError(
            field, f"is too long ({len(cleaned):,} characters; at most {max_len:,})"
        )
    allowed = "\n\t" if max_len > SHORT or lines else ""
    for ch in cleaned:
        if ch.isprintable() or ch == " " or ch in allowed:
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or (category in ("Zl", "Zp") and not allowed):
            raise ValidationError(field, "contains a control character; remove it and try again")
        if category == "Cs":
            raise ValidationError(
                field,
                f"contains a broken character (U+{ord(ch):04X}, half of a pair); "
                "retype that part and try again",
            )
    return cleaned


def choice(value: str | None, enum: type[E], field: str) -> E:
    """One value of ``enum``; the message lists what is accepted."""
    raw = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum(raw)
    except ValueError:
        accepted = ", ".join(m.value for m in enum)
        shown = repr(clip(value)) if value else "(empty)"
        raise ValidationError(field, f"{shown} is not one of: {accepted}") from None


def past_date(value: PartialDate, field: str, today: date) -> PartialDate:
    """A date that has happened (a birth date cannot be in the future)."""
    if value.earliest() > today:
        raise ValidationError(field, f"{value.display()} is in the future")
    return value


def positive_id(value: int, field: str) -> int:
    if value <= 0:
        raise ValidationError(field, f"{value} is not a valid id")
    return value


def existing_id(value: int, entity: str) -> int:
    """An id that could name a stored record; any other (zero, negative, or beyond what
    SQLite can hold) names no record, so it is not found rather than a crash."""
    if not 0 < value <= MAX_ID:
        raise NotFoundError(entity, value)
    return value


def words(value: str | None, field: str) -> str:
    """A comma-separated list (languages, tags), trimmed, de-duplicated, order kept."""
    items: list[str] = []
    for part in (value or "").split(","):
        item = text(part, field, max_len=60)
        if item and item.casefold() not in (i.casefold() for i in items):
            items.append(item)
    joined = ", ".join(items)
    if len(joined) > WORDS:
        raise ValidationError(
            field, f"is too long ({len(joined):,} characters in all; at most {WORDS:,})"
        )
    return joined
