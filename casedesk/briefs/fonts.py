"""The one font family of every brief, registered with ReportLab once.

Liberation Sans (SIL Open Font License 1.1, licence text beside the files in
``casedesk.resources/fonts``) covers Latin, Greek and Cyrillic, so Spanish names such as
"Muñoz" and "Peña" print and extract correctly. TrueType fonts are always embedded as
subsets by ReportLab; the base-14 fonts never are, which is why nothing here falls back
to Helvetica and why the canvas is created with ``initialFontName=REGULAR``.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
