"""Building blocks the four documents share: sections, captions, provenance, summaries.

Keeping them here makes the documents read as a list of sections and keeps the wording
of recurring phrases ("No orders recorded.", "Source: … · reported") identical across
briefs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from casedesk.briefs.data import MatterCaption, OrderSummary, Person, Provenance
from casedesk.briefs.i18n import t, value
from casedesk.briefs.styles import CELL_PAD, grid_style, key_value_style, styles
from casedesk.briefs.tables import ChunkedTable, Row, cell, markup


def heading(text: str) -> Paragraph:
    return Paragraph(markup(t(text)), styles().heading)


def section(text: str) -> list[Flowable]:
    """A section heading that never ends a page alone: it moves on when under an inch is
    left. (keepWithNext would wrap a whole roster in a KeepTogether, measured twice.)"""
    return [CondPageBreak(inch), heading(text)]


def subsection(text: str) -> list[Flowable]:
    """A smaller heading with the same rule as ``section`` against ending a page."""
    return [CondPageBreak(0.8 * inch), Paragraph(markup(t(text)), styles().subheading)]


def empty(text: str) -> Paragraph:
    """The sentence an empty section prints, so absence is visible, not silent."""
    return Paragraph(markup(t(text)), styles().empty)


def body(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().body)


def title_block(title: str, subtitle: str) -> list[Flowable]:
    s = styles()
    return [Paragraph(markup(t(title)), s.title), Paragraph(markup(t(subtitle)), s.subtitle)]


def provenance_text(p: Provenance) -> str:
    """ "family (WhatsApp) · reported": source and confidence in one short phrase."""
    source = p.source or t("source not recorded")
    return f"{source} · {value(p.confidence.label).lower()}"


def provenance_line(p: Provenance) -> Paragraph:
    return Paragraph(markup(t("Source: ") + provenance_text(p)), styles().provenance)


def days_text(days: int) -> str:
    if days == 0:
        return t("today")
    return t("1 day ago") if days == 1 else t(f"{days} days ago")


def overdue_text(days: int | None) -> str:
    if not days or days <= 0:
        return ""
    return t("1 day") if days == 1 else t(f"{days} days")


def person_label(person: Person) -> str:
    """The name as printed, with the A-Number when the profile kept one."""
    if person.a_number_display:
        return f"{person.full_name} ({person.a_number_display})"
    return person.full_name


def key_values(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value rows; values wrap, labels stay in a narrow bold column."""
    s = styles()
    label_w = 1.45 * 72
    rows = [
        [Paragraph(markup(t(k)), s.label), Paragraph(markup(value(v)) or "—", s.cell)]
        for k, v in pairs
    ]
    return Table(rows, colWidths=[label_w, width - label_w], style=key_value_style(), hAlign="LEFT")


def caption_pairs(matter: MatterCaption) -> list[tuple[str, str]]:
    pairs = [
        ("Matter", matter.title),
        ("Court", matter.court),
        ("Docket number", matter.docket_number),
        ("Kind", matter.kind.label),
    ]
    if matter.judge:
        pairs.append(("Judge", matter.judge))
    if matter.next_hearing:
        pairs.append(("Next hearing", matter.next_hearing))
    return pairs


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    fractions: Sequence[float],
    width: float,
) -> ChunkedTable:
    """A grid from plain strings; columns sized as fractions of ``width``. ``rows`` may
    be a generator: cells are made as the table reaches them, a page at a time."""
    widths = [width * f for f in fractions]
    head: Row = [cell(t(h), w, styles().header_cell) for h, w in zip(header, widths, strict=True)]
    body_rows = ([cell(value(v), w) for v, w in zip(r, widths, strict=True)] for r in rows)
    return ChunkedTable(head, body_rows, widths, grid_style)


def orders_table(orders: Sequence[OrderSummary], width: float) -> Flowable:
    if not orders:
        return empty("No orders recorded.")
    rows = [[o.title, o.kind.label, o.issued_display, o.status.label] for o in orders]
    return data_table(["Order", "Kind", "Issued", "Status"], rows, [0.42, 0.26, 0.16, 0.16], width)


def gap(points: float = CELL_PAD * 3) -> Spacer:
    return Spacer(1, points)
