"""One line of text drawn straight on a page (letterhead, running head), in any script.

``Canvas.drawString`` draws with one font: a client's name in Arabic or Chinese in the
running head of later pages came out as empty boxes. A line the regular face cannot
draw is set as a one-line paragraph instead, through the same fallback runs as the body
(:func:`casedesk.briefs.fonts.with_fallbacks`: Noto Sans Arabic shaped right to left,
Droid Sans Fallback for CJK, Casedesk Hangul for Korean), on the same baseline. Lines
the regular face covers are drawn as before.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from casedesk.briefs import fonts


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    font: str,
    size: float,
    color: Color,
    right: bool = False,
    room: float = 0.0,
) -> None:
    """Draw ``text`` with its baseline at ``y``: from ``x`` rightwards, or (``right``)
    ending at ``x``. ``room`` is the width the line may take (needed for a fallback)."""
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    if not fonts.needs_fallback(text):
        if right:
            canvas.drawRightString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return
    style = ParagraphStyle(
        "line",
        fontName=font,
        fontSize=size,
        leading=size * 1.2,
        textColor=color,
        alignment=TA_RIGHT if right else TA_LEFT,
    )
    para = Paragraph(fonts.with_fallbacks(escape(text)), style)
    width = max(room, fonts.text_width(text, font, size))
    _, height = para.wrap(width, size * 4)
    left = x - width if right else x
    # A paragraph's first baseline sits one font size below its top.
    para.drawOn(canvas, left, y - height + size)
