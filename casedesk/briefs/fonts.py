"""The one font family of every brief, registered with ReportLab once, and its fallbacks.

Liberation Sans (SIL Open Font License 1.1, licence text beside the files in
``casedesk.resources/fonts``) covers Latin, Greek and Cyrillic, so Spanish names such as
"Muñoz" and "Peña" print and extract correctly. TrueType fonts are always embedded as
subsets by ReportLab; the base-14 fonts never are, which is why nothing here falls back
to Helvetica and why the canvas is created with ``initialFontName=REGULAR``.

Names in scripts Liberation Sans lacks print with a bundled fallback instead of empty
boxes: Noto Sans Arabic (OFL 1.1; runs in joining forms and right to left, see
:mod:`casedesk.briefs.arabic`), a subset of Droid Sans Fallback for Chinese, Japanese and
Korean hanja (Apache 2.0) and "Casedesk Hangul", a subset of NanumGothic (OFL 1.1), for
Korean written in Hangul, which Droid Sans Fallback lacks; licences beside the files.
:func:`with_fallbacks` wraps each run of such characters in a ``<font>`` tag; the
fallbacks are loaded only when a brief first needs one.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casedesk.briefs import arabic

FAMILY = "CasedeskSans"
REGULAR = "CasedeskSans"
BOLD = "CasedeskSans-Bold"
ITALIC = "CasedeskSans-Italic"
BOLD_ITALIC = "CasedeskSans-BoldItalic"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

# Rendering may run on a worker thread; two first renders must not both register.
_lock = threading.Lock()
_registered = False


def _load(name: str, filename: str) -> TTFont:
    ref = resources.files("casedesk.resources") / "fonts" / filename
    # Read through the Traversable so a zipped or frozen install works too; ReportLab
    # accepts a file-like object in place of a path.
    with ref.open("rb") as handle:
        return TTFont(name, handle)


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return the regular font's name."""
    global _registered  # noqa: PLW0603 - a process-wide, one-time registration
    if _registered:
        return REGULAR
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(_load(name, filename))
            # Lets <b> and <i> in Paragraph markup pick the right face.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return REGULAR


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points; used to decide whether a table cell needs wrapping."""
    return float(pdfmetrics.stringWidth(text, font, size))


ARABIC = "CasedeskFallbackArabic"
CJK = "CasedeskFallbackCJK"
HANGUL = "CasedeskFallbackHangul"
# The CJK face is Droid Sans Fallback cut to the national character sets names are
# written in (packaging/subset_cjk_font.py): 1.6 MB instead of 4 MB. It has no Hangul
# syllables, so Korean names in Hangul need their own face, tried after it: NanumGothic
# cut to the modern syllables and letters (packaging/subset_hangul_font.py, 1.3 MB).
_FALLBACK_FILES = {
    ARABIC: "NotoSansArabic.ttf",
    CJK: "DroidSansFallback-Subset.ttf",
    HANGUL: "CasedeskHangul-Subset.ttf",
}
_fallbacks: dict[str, TTFont] = {}


@cache
def _covered() -> frozenset[int]:
    """Code points the regular face draws (the check before any fallback is needed)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def needs_fallback(text: str) -> bool:
    """True when ``text`` has a letter the regular face cannot draw."""
    covered = _covered()
    return any(ord(ch) not in covered and not ch.isspace() for ch in text)


def _fallback(name: str) -> TTFont:
    with _lock:
        if name not in _fallbacks:
            font = _load(name, _FALLBACK_FILES[name])
            if name == ARABIC:
                # Runs arrive in joining forms, in visual order (arabic.visual); their
                # glyphs extract as the letters they draw.
                arabic.install()
            pdfmetrics.registerFont(font)
            # <b> and <i> inside a fallback run keep its face (it has no bold).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _fallbacks[name] = font
    return _fallbacks[name]


def _face_for(ch: str) -> str | None:
    for name in (ARABIC, CJK, HANGUL):
        if ord(ch) in _fallback(name).face.charToGlyph:
            return name
    return None


def _has_space(name: str) -> bool:
    """Whether a fallback face draws the space: Droid Sans Fallback's subset has none, and
    a space kept in its run printed as an empty box between a Chinese given name and
    surname."""
    return ord(" ") in _fallback(name).face.charToGlyph


def with_fallbacks(markup: str) -> str:
    """Paragraph markup with every run the regular face lacks set in a fallback font.

    Only characters outside markup tags are looked at; spaces inside a run stay in it,
    so a two-word Arabic name is shaped as one phrase, its words in right-to-left order.
    """
    if not needs_fallback(markup):
        return markup
    covered = _covered()
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    in_tag = False

    def close() -> None:
        if current is not None:
            text = "".join(run)
            out.append(f'<font name="{current}">')
            out.append(arabic.visual(text) if current == ARABIC else text)
            out.append("</font>")
        run.clear()

    for ch in markup:
        if ch == "<":
            in_tag = True
        face = None
        if not in_tag and ord(ch) not in covered and not ch.isspace():
            face = _face_for(ch)
        elif not in_tag and ch == " " and current is not None and _has_space(current):
            face = current  # keep a phrase together
        if face != current:
            close()
            current = face
        (run if current is not None else out).append(ch)
        if ch == ">":
            in_tag = False
    close()
    return "".join(out)
