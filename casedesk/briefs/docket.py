"""Deadline docket: what is overdue, then what falls due in the period, day by day.

Overdue items lead because they are the ones a court may already be asking about; they
are sorted oldest first. The rest are grouped under one heading per calendar day. The
caller chooses which entries belong to the period; this module only orders and lays
them out, so the docket never disagrees with the screen it was printed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from casedesk.briefs.blocks import (
    data_table,
    empty,
    overdue_text,
    section,
    subsection,
    title_block,
)
from casedesk.briefs.data import BriefOptions, DocketData, DocketEntry, DocketKind
from casedesk.briefs.progress import Progress
from casedesk.briefs.redact import redact
from casedesk.briefs.templates import MONTHS, build, content_width

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_heading(day: date) -> str:
    """ "Monday 7 April 2025", spelled here so the OS locale cannot change it."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _people(entry: DocketEntry) -> str:
    return "; ".join(p.full_name for p in entry.people)


_HELD = {"suspended": "Suspended (order stayed)", "moot": "Moot (order no longer in force)"}


def _state(entry: DocketEntry) -> str:
    if entry.kind is DocketKind.HEARING:
        return "Scheduled"
    if entry.state in _HELD:
        return _HELD[entry.state]
    if entry.compliance is not None:
        return entry.compliance.label
    return "Open"


def _overdue(entries: Sequence[DocketEntry], width: float) -> Flowable:
    if not entries:
        return empty("Nothing is overdue.")
    rows = [
        [
            e.due_display,
            overdue_text(e.days_overdue) or "—",
            e.kind.label,
            e.title,
            e.matter,
            _people(e),
            _state(e),
        ]
        for e in entries
    ]
    header = ["Was due", "Overdue", "Kind", "What", "Matter", "People", "State"]
    return data_table(header, rows, [0.14, 0.09, 0.1, 0.21, 0.17, 0.17, 0.12], width)


def _day(entries: Sequence[DocketEntry], width: float) -> Flowable:
    rows = [
        [e.due_display, e.kind.label, e.title, e.matter, _people(e), _state(e)] for e in entries
    ]
    header = ["Due", "Kind", "What", "Matter", "People", "State"]
    return data_table(header, rows, [0.15, 0.11, 0.25, 0.19, 0.18, 0.12], width)


def render_deadline_docket(
    data: DocketData,
    options: BriefOptions,
    out: BinaryIO | Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the deadline docket as PDF to ``out``; return the number of pages."""
    profile = options.profile
    shown = redact(data, profile)
    width = content_width(options)
    overdue = sorted((e for e in shown.entries if e.overdue), key=lambda e: e.due)
    upcoming = sorted((e for e in shown.entries if not e.overdue), key=lambda e: e.due)
    counts = f"{len(overdue)} overdue, {len(upcoming)} due in the period"
    story: list[Flowable] = [
        *title_block(shown.title, f"{shown.period_display} · {counts}"),
        *section("Overdue"),
        _overdue(overdue, width),
        *section("Due in the period"),
    ]
    if not upcoming:
        story.append(empty("No deadlines fall due in this period."))
    for day, group in groupby(upcoming, key=lambda e: e.due.date()):
        story += [*subsection(day_heading(day)), _day(list(group), width)]
    return build(
        story,
        options,
        title=f"{shown.title}: {shown.period_display}",
        subject=f"Deadline docket ({profile.value} profile)",
        out=out,
        units=len(shown.entries),
        progress=progress,
    )
