"""Order compliance report: what one order requires, by when, and whether it was done.

A judge or co-counsel reads the counts first, so the report opens with them (complied,
partial, not complied, pending, overdue), then the order's caption and status history,
then each obligation with one row per bound person: compliance, days overdue, evidence,
source. Per-person tables can hold a whole class, so they are ``ChunkedTable``s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from casedesk.briefs import fonts
from casedesk.briefs.blocks import (
    caption_pairs,
    data_table,
    empty,
    gap,
    key_values,
    overdue_text,
    person_label,
    provenance_line,
    provenance_text,
    section,
    subsection,
    title_block,
)
from casedesk.briefs.data import BriefOptions, ComplianceData, ObligationDetail
from casedesk.briefs.i18n import value
from casedesk.briefs.progress import Progress
from casedesk.briefs.redact import redact
from casedesk.briefs.styles import CELL, MUTED, RULE, SHADE, styles
from casedesk.briefs.tables import markup
from casedesk.briefs.templates import build, content_width
from casedesk.domain.enums import Compliance

#: Summary boxes, in reading order; "overdue" cuts across the others.
SUMMARY = ("Complied", "Partial", "Not complied", "Pending", "Overdue")


def _outcomes(data: ComplianceData) -> Iterable[tuple[Compliance, int | None]]:
    """One (compliance, days overdue) per person and obligation; an obligation with no
    named people counts once, as itself."""
    for ob in data.obligations:
        if not ob.people:
            yield ob.compliance, ob.days_overdue
        for pc in ob.people:
            yield pc.compliance, pc.days_overdue


def summary_counts(data: ComplianceData) -> dict[str, int]:
    """The figures of the summary boxes (and of ``Unknown`` when any are unknown)."""
    counts: Counter[str] = Counter()
    for compliance, days in _outcomes(data):
        counts[compliance.label] += 1
        if days and days > 0 and compliance is not Compliance.COMPLIED:
            counts["Overdue"] += 1
    result = {k: counts[k] for k in SUMMARY}
    if counts[Compliance.UNKNOWN.label]:
        result[Compliance.UNKNOWN.label] = counts[Compliance.UNKNOWN.label]
    return result


def _summary(data: ComplianceData, width: float) -> Table:
    s = styles()
    counts = summary_counts(data)
    numbers = [Paragraph(str(n), s.count) for n in counts.values()]
    labels = [Paragraph(markup(value(k)), s.count_label) for k in counts]
    col = width / len(counts)
    style = TableStyle(
        [
            # Without a FONT command the table sets base-14 Helvetica on the canvas, which
            # would land in the file unembedded even though every cell is a Paragraph.
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0, SHADE),
            ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    return Table([numbers, labels], colWidths=[col] * len(counts), style=style)


def _order(data: ComplianceData, width: float) -> list[Flowable]:
    pairs = caption_pairs(data.matter)
    pairs += [
        ("Order", data.order_title),
        ("Order kind", data.kind.label),
        ("Issued", data.issued_display),
        ("Order status", data.status.label),
    ]
    if data.judge and data.judge != data.matter.judge:
        # A duty judge or a higher court may issue an order in the matter.
        pairs.insert(-2, ("Issued by", data.judge))
    out: list[Flowable] = [*section("Order"), key_values(pairs, width)]
    if data.summary:
        out += [gap(), Paragraph(markup(data.summary), styles().body)]
    out += section("Status history")
    if not data.status_history:
        out.append(empty("No status changes recorded."))
        return out
    rows = [
        [c.date_display, c.status.label, c.detail, provenance_text(c.provenance)]
        for c in data.status_history
    ]
    header = ["Date", "Status", "Detail", "Source"]
    out.append(data_table(header, rows, [0.16, 0.14, 0.42, 0.28], width))
    return out


def _obligation(number: int, ob: ObligationDetail, width: float) -> list[Flowable]:
    state = ob.compliance.label
    if overdue := overdue_text(ob.days_overdue):
        state += f", {overdue} overdue"
    pairs = [("Deadline", ob.deadline_display), ("Compliance", state)]
    if ob.evidence:
        pairs.append(("Evidence", ob.evidence))
    page_break, title = subsection(f"{number}. {ob.requirement}")
    block: list[Flowable] = [title, key_values(pairs, width), provenance_line(ob.provenance)]
    if not ob.people:
        # The obligation's facts and the sentence saying nobody is named read as one:
        # never let the sentence start the next page alone.
        block.append(empty("No people named for this obligation."))
        return [page_break, KeepTogether(block)]
    out: list[Flowable] = [page_break, KeepTogether(block), gap(4)]
    rows = (
        [
            str(i),
            person_label(pc.person),
            pc.compliance.label,
            overdue_text(pc.days_overdue) or "—",
            pc.evidence,
            provenance_text(pc.provenance),
        ]
        for i, pc in enumerate(ob.people, start=1)
    )
    header = ["#", "Person", "Compliance", "Overdue", "Evidence", "Source"]
    out.append(data_table(header, rows, [0.05, 0.27, 0.13, 0.1, 0.27, 0.18], width))
    return out


def render_order_compliance(
    data: ComplianceData,
    options: BriefOptions,
    out: BinaryIO | Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the order compliance report as PDF to ``out``; return the number of pages."""
    profile = options.profile
    shown = redact(data, profile)
    width = content_width(options)
    story: list[Flowable] = [
        *title_block(
            f"Order compliance: {shown.order_title}",
            f"{shown.matter.title}, {shown.matter.court}, {shown.matter.docket_number}",
        ),
        _summary(shown, width),
    ]
    story += _order(shown, width)
    story += section("Obligations")
    if not shown.obligations:
        story.append(empty("No obligations recorded for this order."))
    for number, ob in enumerate(shown.obligations, start=1):
        story += _obligation(number, ob, width)
    return build(
        story,
        options,
        title=f"Order compliance: {shown.order_title}",
        subject=f"Order compliance report, {shown.matter.docket_number} ({profile.value} profile)",
        out=out,
        units=sum(len(ob.people) for ob in shown.obligations),
        progress=progress,
    )
