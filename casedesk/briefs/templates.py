"""Page furniture shared by every brief: first and later page templates, footer, metadata.

The first page carries the letterhead above the title; later pages a one-line running
head. Every page carries the confidentiality banner (``full`` profile) or the profile's
label, the generation time and "Page X of Y".

Briefs of any size lay out in one pass in bounded memory: the total page count is only
known at the end, so each page's footer draws a small form ("Page 7 of …") that is
defined when the document is saved, once the total is known; and each finished page's
content is compressed as soon as the page is done and set aside in a temporary file until
the save, so the canvas holds a page's small dictionary rather than its drawing
operations. The long tables pull their rows as
pages need them (see ``tables.ChunkedTable``), so the story stays small too.
"""

from __future__ import annotations

import tempfile
import threading
import zlib
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from casedesk.briefs import fonts
from casedesk.briefs.canvas_text import draw_line
from casedesk.briefs.data import BriefOptions, Profile
from casedesk.briefs.i18n import t
from casedesk.briefs.progress import Meter, Progress, metering
from casedesk.briefs.styles import BANNER, INK, MUTED, RULE, SMALL
from casedesk.domain.errors import ValidationError

PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN = inch
BANNER_TEXT = "PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT"
PROFILE_LABELS = {
    Profile.FULL: "Privileged file",
    Profile.COURT: "Court version: birth year only, A-Number masked, no contacts or private notes",
    Profile.PUBLIC: "Public version: initials only, no identifiers, contacts or notes",
}

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_BUILD_LOCK = threading.Lock()
_ORG_SIZE = 13.0
_ADDRESS_SIZE = 8.0
_ADDRESS_LEADING = 10.0
_LOGO_MAX = (1.6 * inch, 0.6 * inch)
_FOOTER_Y = 0.6 * inch


@dataclass(frozen=True)
class _Decor:
    """What the page callbacks draw; built once per document from the options."""

    options: BriefOptions
    title: str
    generated: str
    logo: ImageReader | None
    letterhead_height: float
    page_size: tuple[float, float]


def format_moment(moment: datetime) -> str:
    """ "15 March 2025, 09:30": month names spelled here so the OS locale cannot change them."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}"


def _load_logo(path: Path | None) -> ImageReader | None:
    if path is None:
        return None
    try:
        return ImageReader(str(path))
    except Exception as exc:  # ReportLab raises bare IOError/PIL errors of many kinds
        raise ValidationError("logo", f"cannot read the image {path}: {exc}") from exc


def _logo_size(logo: ImageReader) -> tuple[float, float]:
    width, height = logo.getSize()
    scale = min(_LOGO_MAX[0] / width, _LOGO_MAX[1] / height)
    return width * scale, height * scale


def _letterhead_height(options: BriefOptions, logo: ImageReader | None) -> float:
    text = _ORG_SIZE + 4 + _ADDRESS_LEADING * len(options.address_lines)
    art = _logo_size(logo)[1] if logo is not None else 0.0
    return max(text, art) + 14  # room for the rule and a gap before the title


def _draw_letterhead(canvas: Canvas, decor: _Decor) -> None:
    width, height = decor.page_size
    top = height - MARGIN
    y = top - _ORG_SIZE
    room = width - 2 * MARGIN
    draw_line(
        canvas, MARGIN, y, decor.options.organisation, font=fonts.BOLD, size=_ORG_SIZE,
        color=INK, room=room,
    )  # fmt: skip
    canvas.setFont(fonts.REGULAR, _ADDRESS_SIZE)
    canvas.setFillColor(MUTED)
    y -= 4
    for line in decor.options.address_lines:
        y -= _ADDRESS_LEADING
        canvas.drawString(MARGIN, y + 2, line)
    if decor.logo is not None:
        w, h = _logo_size(decor.logo)
        canvas.drawImage(decor.logo, width - MARGIN - w, top - h, w, h, mask="auto")
    rule_y = top - decor.letterhead_height + 8
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)


def _draw_running_head(canvas: Canvas, decor: _Decor) -> None:
    width, height = decor.page_size
    y = height - MARGIN + 14
    half = (width - 2 * MARGIN) / 2
    # The title holds the client's name, in whatever script it is written.
    draw_line(
        canvas, MARGIN, y, decor.options.organisation, font=fonts.REGULAR, size=SMALL,
        color=MUTED, room=half,
    )  # fmt: skip
    draw_line(
        canvas, width - MARGIN, y, t(decor.title), font=fonts.REGULAR, size=SMALL,
        color=MUTED, right=True, room=half,
    )  # fmt: skip
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)


def _draw_banner(canvas: Canvas, decor: _Decor) -> None:
    width, height = decor.page_size
    y = height - 0.55 * inch
    if decor.options.profile is Profile.FULL:
        canvas.setFont(fonts.BOLD, 8.5)
        canvas.setFillColor(BANNER)
        canvas.drawCentredString(width / 2, y, t(BANNER_TEXT))
    else:
        canvas.setFont(fonts.ITALIC, SMALL)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, y, t(PROFILE_LABELS[decor.options.profile]))


def _draw_footer(canvas: Canvas, decor: _Decor) -> None:
    """The footer's rule and generation time; the page number is a form (see below)."""
    width, _ = decor.page_size
    y = _FOOTER_Y
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 10, width - MARGIN, y + 10)
    canvas.setFont(fonts.REGULAR, SMALL)
    canvas.setFillColor(MUTED)
    anchor = decor.options.audit_anchor
    shown = anchor and decor.options.profile in (Profile.FULL, Profile.COURT)
    canvas.drawString(
        MARGIN,
        y,
        t(f"Generated {decor.generated}") + (f" · {t('audit')} {anchor}" if shown else ""),
    )


def _draw_page_number(canvas: Canvas, decor: _Decor, page: int, total: int) -> None:
    width, _ = decor.page_size
    canvas.setFont(fonts.REGULAR, SMALL)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN, _FOOTER_Y, t(f"Page {page} of {total}"))


def _compress_last_page(canvas: Canvas, spill: BinaryIO) -> None:
    """Replace the page just finished by its compressed content stream.

    ReportLab keeps every page's operations as text until ``save``; a 7,000-page roster
    would hold gigabytes. Flate-compressing at once keeps a few kilobytes a page, and the
    stream carries its Filter already, so ReportLab writes it as it is.
    """
    page = canvas._doc.Pages.pages[-1]  # type: ignore[attr-defined]  # ReportLab internals
    text = page.stream
    if not isinstance(text, str) or not text:
        return
    page.Contents = _SpilledStream(spill, zlib.compress(text.encode("utf8")))
    page.stream = None


class _SpilledStream(PDFStream):
    """A finished page's compressed content, kept in a temporary file until ``save``
    writes it (read back then, one page at a time).

    Even compressed, pages add up: a 30,000-page class roster held ~150 MB of them in
    memory. On disk, what stays per page is its small dictionary."""

    def __init__(self, spill: BinaryIO, data: bytes) -> None:
        super().__init__()
        self.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
        self._spill = spill
        spill.seek(0, 2)
        self._offset, self._length = spill.tell(), len(data)
        spill.write(data)

    def format(self, document: Any) -> bytes:
        self._spill.seek(self._offset)
        self.content = self._spill.read(self._length)
        try:
            return super().format(document)
        finally:
            self.content = None


def _canvas_class(
    decor: _Decor, pages_out: list[int], meter: Meter, spill: BinaryIO
) -> type[Canvas]:
    class _StreamingCanvas(Canvas):
        """Compresses each page when it is done; numbers pages through late-bound forms."""

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            number = len(self._doc.Pages.pages) + 1  # type: ignore[attr-defined]
            _draw_footer(self, decor)
            # A form may be used before it is defined (ReportLab resolves it at save).
            self.doForm(f"pageno{number}")
            super().showPage()
            _compress_last_page(self, spill)
            meter.page()  # may raise: the caller cancelled

        def save(self) -> None:
            total = len(self._doc.Pages.pages)  # type: ignore[attr-defined]
            for number in range(1, total + 1):
                self.beginForm(f"pageno{number}")
                _draw_page_number(self, decor, number, total)
                self.endForm()
            pages_out.append(total)
            super().save()

    return _StreamingCanvas


def build(
    story: Sequence[Flowable],
    options: BriefOptions,
    *,
    title: str,
    subject: str,
    out: BinaryIO | Path,
    units: int = 0,
    progress: Progress | None = None,
) -> int:
    """Lay ``story`` out on the brief's pages, write the PDF to ``out``, return the page count.

    ``units`` is the number of table rows the story holds, for ``progress`` (called once a
    page with rows placed and ``units``; it may raise ``progress.BriefCancelledError``). When
    ``out`` is a path, a cancelled or failed brief leaves no file there.
    """
    if isinstance(out, Path):
        partial = out.with_name(out.name + ".part")
        try:
            with partial.open("wb") as fh:
                count = build(
                    story, options, title=title, subject=subject, out=fh,
                    units=units, progress=progress,
                )  # fmt: skip
            partial.replace(out)
        finally:
            with suppress(FileNotFoundError):
                partial.unlink()
        return count
    fonts.register_fonts()
    logo = _load_logo(options.logo_path)
    decor = _Decor(
        options=options,
        title=title,
        generated=format_moment(options.generated_at),
        logo=logo,
        letterhead_height=_letterhead_height(options, logo),
        page_size=PAGE_SIZES[options.page_size],
    )
    page_w, page_h = decor.page_size
    content_w, content_h = page_w - 2 * MARGIN, page_h - 2 * MARGIN
    doc = BaseDocTemplate(
        out,
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        # The public version names no author: not the organisation, not a person.
        author="" if options.profile is Profile.PUBLIC else options.author or options.organisation,
        subject=subject,
        creator="casedesk",
        lang=options.lang,
        # The canvas writes its initial font into every page; base-14 Helvetica would be
        # an unembedded font in the file.
        initialFontName=fonts.REGULAR,
        initialFontSize=9.5,
    )
    no_pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(
        MARGIN, MARGIN, content_w, content_h - decor.letterhead_height, id="first", **no_pad
    )
    later = Frame(MARGIN, MARGIN, content_w, content_h, id="later", **no_pad)

    def on_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_banner(canvas, decor)
        _draw_letterhead(canvas, decor)

    def on_later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_banner(canvas, decor)
        _draw_running_head(canvas, decor)

    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=on_later),
        ]
    )
    pages: list[int] = []
    meter = Meter(units, progress)
    # ReportLab keeps per-document subset state on the shared TTFont objects ("you cannot
    # use the same TTFont object for different documents at the same time"), so two
    # worker threads must not lay out at once.
    # Finished pages wait in a temporary file (removed on close, cancelled or not).
    with _BUILD_LOCK, metering(meter), tempfile.TemporaryFile() as spill:
        doc.build(list(story), canvasmaker=_canvas_class(decor, pages, meter, spill))
    return pages[0]


def content_width(options: BriefOptions) -> float:
    """Width of the text column, for sizing table columns."""
    return float(PAGE_SIZES[options.page_size][0] - 2 * MARGIN)
