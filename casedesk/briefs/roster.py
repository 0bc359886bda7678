"""Matter roster: the caption, the orders, and one row per person in the matter.

Class rosters run to thousands of rows, so the table is a ``ChunkedTable`` (linear time,
header on every page) and cells are plain strings unless the text needs wrapping. The
public profile drops the A-Number column rather than printing a column of blanks.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from casedesk.briefs.blocks import (
    caption_pairs,
    empty,
    key_values,
    orders_table,
    section,
    title_block,
)
from casedesk.briefs.data import BriefOptions, Profile, RosterData, RosterMember
from casedesk.briefs.i18n import country, dates, t, value
from casedesk.briefs.progress import Progress
from casedesk.briefs.redact import redact
from casedesk.briefs.styles import grid_style, styles
from casedesk.briefs.tables import ChunkedTable, Row, cell
from casedesk.briefs.templates import build, content_width

#: Column header -> share of the text width, sized so typical values fit on one line
#: (8 pt: "A-XXX-XXX-457", "12 Jul 2025", "Not complied"); longer values wrap.
_COLUMNS = {
    "#": 0.05,  # four digits
    "Name": 0.195,
    "A-Number": 0.145,  # wide enough for the masked form "A-XXX-XXX-321"
    "Legal status": 0.15,
    "Whereabouts": 0.17,
    "Last contact": 0.115,
    "Days": 0.055,
    "Compliance": 0.12,
}
HEADER = tuple(_COLUMNS)


def _columns(profile: Profile) -> dict[str, float]:
    if profile is not Profile.PUBLIC:
        return dict(_COLUMNS)
    # Initials are short: give the freed width to the columns that wrap most.
    columns = {k: v for k, v in _COLUMNS.items() if k != "A-Number"}
    columns["Legal status"] += 0.07
    columns["Whereabouts"] += _COLUMNS["A-Number"] - 0.07
    return columns


def _row(number: int, member: RosterMember, columns: dict[str, float], width: float) -> Row:
    status = value(member.status.label)
    if member.status_country:
        status += f" ({country(member.status_country)})"
    values = {
        "#": str(number),
        "Name": member.person.full_name,
        "A-Number": member.person.a_number_display,
        "Legal status": status,
        "Whereabouts": member.whereabouts or t("Unknown"),
        "Last contact": dates(member.last_contact_display) or t("None recorded"),
        "Days": "" if member.last_contact_days is None else str(member.last_contact_days),
        "Compliance": value(member.compliance.label),
    }
    return [cell(values[k], share * width) for k, share in columns.items()]


def _members(data: RosterData, profile: Profile, width: float) -> Flowable:
    if not data.members:
        return empty("No people recorded in this matter.")
    columns = _columns(profile)
    widths = [share * width for share in columns.values()]
    header: Row = [
        cell(t(k), w, styles().header_cell) for k, w in zip(columns, widths, strict=True)
    ]
    # A generator: each row's cells are made when the table reaches it, a page ahead.
    rows = (_row(i, m, columns, width) for i, m in enumerate(data.members, start=1))
    return ChunkedTable(header, rows, widths, grid_style)


def render_matter_roster(
    data: RosterData,
    options: BriefOptions,
    out: BinaryIO | Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the matter roster as PDF to ``out``; return the number of pages.

    ``data.members`` may be streamed (``rows.StreamedRows``): memory stays flat."""
    profile = options.profile
    shown = redact(data, profile)
    width = content_width(options)
    count = len(shown.members)
    people = "1 person" if count == 1 else f"{count:,} people"
    story: list[Flowable] = [
        *title_block(f"Matter roster: {shown.matter.title}", people),
        key_values(caption_pairs(shown.matter), width),
        *section("Orders"),
        orders_table(shown.orders, width),
        *section("People"),
        _members(shown, profile, width),
    ]
    return build(
        story,
        options,
        title=f"Matter roster: {shown.matter.title}",
        subject=f"Matter roster, {shown.matter.docket_number} ({profile.value} profile)",
        out=out,
        units=count,
        progress=progress,
    )
