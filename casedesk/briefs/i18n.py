"""The briefs' one catalogue: English wording in the code, Spanish from a TSV file.

A brief for a client's family or for Salvadoran or Venezuelan counsel prints in Spanish:
every heading, label, status and date. The renderers keep writing English; the shared
building blocks (:mod:`casedesk.briefs.blocks`) and the page furniture pass their
wording through :func:`t` (labels and sentences), :func:`value` (a cell that may be a
status, a compliance or another coded label) and :func:`dates` (dates written out), so
the language is chosen once per brief with :func:`brief_language` and no renderer
changes. The catalogue is ``resources/translations/briefs_es.tsv`` (English, tab,
Spanish; ``{name}`` placeholders kept), read once; like the GUI's, it is English first
and a missing entry prints in English rather than failing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from casedesk.domain.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, SPANISH_MONTH_NAMES

__all__ = ["LANGUAGES", "brief_language", "country", "current", "dates", "t", "tf", "value"]

#: Languages a brief can be printed in: code → name in that language.
LANGUAGES = {"en": "English", "es": "Español"}

_LANG: ContextVar[str] = ContextVar("casedesk_brief_language", default="en")

_SPANISH_MONTHS = SPANISH_MONTH_NAMES
_MONTH = "|".join(MONTH_NAMES)
_ABBR = "|".join(MONTH_ABBREVIATIONS)
# "15 March 2025", "March 2025", "about March 2025"; "7 Apr 2025 23:59" in deadlines.
_LONG_DATE = re.compile(rf"\b(?:(about) )?(?:([0-9]{{1,2}}) )?({_MONTH}) ([0-9]{{4}})\b")
_SHORT_DATE = re.compile(rf"\b([0-9]{{1,2}}) ({_ABBR}) ([0-9]{{4}})\b")


def normalise(lang: str) -> str:
    """ "es", "es-VE", "Español" → "es"; anything unknown is English."""
    code = lang.strip().lower()[:2]
    return code if code in LANGUAGES else "en"


@contextmanager
def brief_language(lang: str) -> Iterator[str]:
    """Print the briefs rendered inside the block in ``lang``."""
    token = _LANG.set(normalise(lang))
    try:
        yield _LANG.get()
    finally:
        _LANG.reset(token)


def current() -> str:
    return _LANG.get()


@cache
def _catalogue() -> dict[str, str]:
    ref = resources.files("casedesk.resources") / "translations" / "briefs_es.tsv"
    entries: dict[str, str] = {}
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, spanish = line.partition("\t")
        if spanish:
            entries[english] = spanish
    return entries


_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Entries with placeholders ("Page {page} of {total}") as patterns over whole text."""
    found = []
    for english, spanish in _catalogue().items():
        if "{" not in english:
            continue
        parts = _FIELD.split(english)
        regex = "".join(
            f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
        )
        found.append((re.compile(rf"\A{regex}\Z", re.S), spanish))
    return found


@cache
def _countries() -> dict[str, str]:
    """English country name (as the data carries it) → its Spanish name, from the Unicode
    CLDR's territory names as Babel ships them: not a list kept by hand."""
    from babel import Locale  # noqa: PLC0415 - only Spanish briefs need the CLDR data

    from casedesk.domain.countries import COUNTRIES  # noqa: PLC0415

    names = Locale("es").territories
    return {english: names[code] for code, english in COUNTRIES.items() if code in names}


def country(name: str) -> str:
    """A country's name (English, as in the brief's data) in the brief's language."""
    if _LANG.get() == "en" or not name:
        return name
    return _countries().get(name, name)


def t(text: str) -> str:
    """``text`` (a label or sentence of the briefs) in the brief's language."""
    if _LANG.get() == "en" or not text:
        return text
    exact = _catalogue().get(text) or _countries().get(text)
    if exact is not None:
        return dates(exact)
    for pattern, spanish in _patterns():
        match = pattern.match(text)
        if match:
            return dates(spanish.format(**{k: t(v) for k, v in match.groupdict().items()}))
    return dates(text)


def tf(template: str, **values: object) -> str:
    """A sentence with placeholders: ``tf("{n} people", n=12)``."""
    return t(template).format(**values) if _LANG.get() != "en" else template.format(**values)


def value(text: str) -> str:
    """A table cell: a coded label ("Asylum pending", "Not complied") is translated, a
    date written out is put in the brief's language, anything else is left as typed
    (no pattern matching: typed text is never reworded)."""
    if _LANG.get() == "en" or not text:
        return text
    return dates(_catalogue().get(text) or _countries().get(text, text))


def dates(text: str) -> str:
    """English dates written out ("15 March 2025", "7 Apr 2025") in the brief's language."""
    if _LANG.get() == "en" or not text:
        return text

    def long(m: re.Match[str]) -> str:
        about, day, month, year = m.groups()
        name = _SPANISH_MONTHS[MONTH_NAMES.index(month)]
        out = f"{day} de {name} de {year}" if day else f"{name} de {year}"
        return f"hacia {out}" if about else out

    def short(m: re.Match[str]) -> str:
        day, month, year = m.groups()
        return f"{day} {_SPANISH_MONTHS[MONTH_ABBREVIATIONS.index(month)][:3]} {year}"

    return _SHORT_DATE.sub(short, _LONG_DATE.sub(long, text))
