"""Spanish-aware ordering of names: "Aguilar Álvarez" before "Aguilar Zúñiga".

Python's own string order puts every accented capital after "Z", so a list sorted with
``str.casefold`` reads "Aguilar Zúñiga, Aguilar Álvarez". :func:`collation_key` orders
as a Spanish reader expects: case and accents are ignored at first (á = a, ü = u), "ñ"
is its own letter after "n", and only names equal at that level are ordered by their
accents and case, so the order is total and the same on every computer (no locale).
"""

from __future__ import annotations

import unicodedata

__all__ = ["collation_key"]

# "ñ" sorts after every "n…" word and before "o": a character above "z" after the "n".
_ENYE = "n\x7f"


def _primary(text: str) -> str:
    out = []
    for ch in text.casefold():
        if ch == "ñ":
            out.append(_ENYE)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def collation_key(text: str) -> tuple[str, str, str]:
    """Sort key: letters without accents or case, then accents, then case."""
    return (_primary(text), unicodedata.normalize("NFD", text.casefold()), text)
