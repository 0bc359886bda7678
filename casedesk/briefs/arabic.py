"""Arabic runs made ready for ReportLab paragraphs: joined, right to left, extractable.

ReportLab shapes a paragraph only when the paragraph's own font is shapable, and the
briefs' font (Liberation Sans) is not: an Arabic name in a ``<font>`` run printed as
isolated letters, left to right. Here a run is given its joining forms by
arabic-reshaper (the Unicode presentation forms, which Noto Sans Arabic draws) and
reversed into visual order, so the paragraph draws it as it
must look, whatever the paragraph's font.

Text extraction reads those glyphs back through the font's ToUnicode map, which
ReportLab writes with the characters drawn: presentation forms. :func:`to_unicode_cmap`
maps each to the letters it stands for (compatibility decomposition), as a word
processor's PDF does, so poppler, reading the run in visual order and turning it back,
gives the name as it was typed.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase import ttfonts

# Presentation forms A and B: the joining forms and ligatures of Arabic letters.
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


# No ligatures, not even lam-alef: poppler reads a glyph that stands for two letters of
# a right-to-left run back in the wrong order ("سالم" for "سلام"), and a name that
# cannot be found by searching its own brief is worse than a lam beside its alef.
@cache
def _reshaper() -> object:
    from arabic_reshaper import ArabicReshaper  # noqa: PLC0415 - only for Arabic names

    return ArabicReshaper(configuration={"support_ligatures": False, "delete_harakat": False})


def visual(run: str) -> str:
    """``run`` (logical order: Arabic letters and spaces) in joining forms and visual
    order; trailing spaces stay at the end."""
    body = run.rstrip(" ")
    reshape = getattr(_reshaper(), "reshape")  # noqa: B009 - an untyped library
    return str(reshape(body))[::-1] + run[len(body) :]


def _letters(code: int) -> str:
    if any(low <= code <= high for low, high in _PRESENTATION):
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with Arabic forms mapped to the letters they draw."""
    pairs = [
        f"<{i:02X}> <{_letters(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def install() -> None:
    """Use :func:`to_unicode_cmap` for every embedded TrueType subset (the same map as
    ReportLab's for every character that is not an Arabic presentation form)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
