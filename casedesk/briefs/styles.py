"""Paragraph and table styles of the briefs: named children of one base style.

Changing ``BASE`` (font, size, colour) changes every brief at once; each child only
states how it differs. All styles use the embedded family from ``fonts.py``: a style left
on ReportLab's default Helvetica would put an unembedded base-14 font in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from casedesk.briefs import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8ecf1")
ZEBRA = colors.HexColor("#f6f7f9")
ALERT = colors.HexColor("#a11d1d")
BANNER = colors.HexColor("#7a0f0f")

#: Sizes the templates draw with directly on the canvas (banner, headers, footer).
SMALL = 7.5
CELL = 8.0
CELL_LEADING = 9.6
CELL_PAD = 2.5  # vertical padding of grid cells
CELL_H_PAD = 2.5  # horizontal: tight, so 8 roster columns fit a portrait page


@dataclass(frozen=True)
class Styles:
    """The named styles; one instance per process (see ``styles()``)."""

    base: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    empty: ParagraphStyle
    provenance: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    label: ParagraphStyle
    count: ParagraphStyle
    count_label: ParagraphStyle
    alert: ParagraphStyle


@cache
def styles() -> Styles:
    """Build the styles once; fonts are registered first because styles name them."""
    fonts.register_fonts()
    base = ParagraphStyle(
        "base",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        # Long names and notes must wrap, never run past the margin: allow breaks inside
        # very long words (URLs, docket strings) as a last resort.
        splitLongWords=True,
    )

    def child(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = child("cell", fontSize=CELL, leading=CELL_LEADING)
    return Styles(
        base=base,
        title=child("title", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=child("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=8),
        heading=child(
            "heading", fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=12, spaceAfter=4
        ),
        subheading=child(
            "subheading", fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
        ),
        body=child("body", spaceAfter=4),
        empty=child("empty", fontName=fonts.ITALIC, textColor=MUTED, spaceAfter=4),
        provenance=child("provenance", fontSize=SMALL, leading=9.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, fontSize=SMALL, textColor=MUTED),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=fonts.BOLD),
        label=child("label", fontName=fonts.BOLD, fontSize=CELL, leading=CELL_LEADING),
        count=child("count", fontName=fonts.BOLD, fontSize=16, leading=19, alignment=TA_CENTER),
        count_label=child(
            "count_label", fontSize=SMALL, leading=9, alignment=TA_CENTER, textColor=MUTED
        ),
        alert=child("alert", fontName=fonts.BOLD, textColor=ALERT),
    )


def grid_style(*, header: bool = True) -> TableStyle:
    """The look of every data table: light rules, shaded header, striped rows."""
    first = 1 if header else 0
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_H_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_H_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, CELL, CELL_LEADING),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, INK),
        ]
    return TableStyle(commands)


def key_value_style() -> TableStyle:
    """Label/value pairs (identity block, order caption): no header, labels muted."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL, CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
