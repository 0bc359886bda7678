"""Client brief: one person on a few pages, for a hearing or a handover.

Sections in the order advocates ask: who is this (identity, aliases), what is their
legal position, where are they and when did anyone last hear from them, which matters
and orders concern them and are they being obeyed, what is due next, whom to call, and
the notes selected for the brief. Every fact prints its source and confidence; an empty
section prints a sentence saying so, and a section the profile withholds says that.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from casedesk.briefs.blocks import (
    body,
    data_table,
    days_text,
    empty,
    key_values,
    overdue_text,
    provenance_line,
    provenance_text,
    section,
    title_block,
)
from casedesk.briefs.data import BriefOptions, ClientBriefData, Profile, StatusEntry
from casedesk.briefs.i18n import dates, t, value
from casedesk.briefs.progress import Progress
from casedesk.briefs.redact import redact
from casedesk.briefs.styles import styles
from casedesk.briefs.tables import markup
from casedesk.briefs.templates import build, content_width

_WITHHELD = {
    Profile.COURT: "the court version",
    Profile.PUBLIC: "the public version",
}


def _status_text(entry: StatusEntry) -> str:
    text = value(entry.status.label)
    if entry.country:
        text += t(f" (as to {entry.country})")
    return text


def _identity(data: ClientBriefData, profile: Profile, width: float) -> list[Flowable]:
    person = data.person
    aliases = "; ".join(f"{a.name} ({provenance_text(a.provenance)})" for a in data.aliases)
    pairs = [("Name", person.full_name), ("Also known as", aliases or "None recorded")]
    if profile is not Profile.PUBLIC:
        pairs.append(("A-Number", person.a_number_display or "Not known"))
        label = "Date of birth" if profile is Profile.FULL else "Year of birth"
        pairs.append((label, person.date_of_birth_display or "Not known"))
    pairs.append(("Nationality", person.nationality or "Not known"))
    return [
        *section("Identity"),
        key_values(pairs, width),
        provenance_line(person.provenance),
    ]


def _status(data: ClientBriefData, width: float) -> list[Flowable]:
    out: list[Flowable] = [*section("Legal status")]
    current = data.current_status
    if current is None:
        out.append(empty("No current legal status recorded."))
    else:
        since = t("since")
        line = f"<b>{markup(_status_text(current))}</b> {since} {markup(dates(current.effective_display))}"
        if current.detail:
            line += f". {markup(current.detail)}"
        out += [Paragraph(line, styles().body), provenance_line(current.provenance)]
    if not data.status_history:
        out.append(empty("No status history recorded."))
        return out
    rows = [
        [e.effective_display, _status_text(e), e.detail, provenance_text(e.provenance)]
        for e in data.status_history
    ]
    out.append(
        data_table(["Since", "Status", "Detail", "Source"], rows, [0.17, 0.29, 0.3, 0.24], width)
    )
    return out


def _whereabouts(data: ClientBriefData, width: float) -> list[Flowable]:
    out: list[Flowable] = [*section("Whereabouts")]
    last = data.last_contact
    if last is None:
        out.append(Paragraph(t("<b>Last contact:</b> none recorded."), styles().alert))
    else:
        label = t("<b>Last contact:</b>")
        text = f"{label} {markup(dates(last.date_display))} ({days_text(last.days_ago)})"
        if last.detail:
            text += f". {markup(last.detail)}"
        # A month of silence is the point at which advocates escalate; make it stand out.
        style = styles().alert if last.days_ago > 30 else styles().body
        out.append(Paragraph(text, style))
    if not data.whereabouts:
        out.append(empty("No custody events recorded."))
        return out
    rows = [
        [e.date_display, e.kind.label, e.place, e.detail, provenance_text(e.provenance)]
        for e in data.whereabouts
    ]
    out.append(
        data_table(
            ["Date", "Event", "Place", "Detail", "Source"],
            rows,
            [0.16, 0.14, 0.2, 0.28, 0.22],
            width,
        )
    )
    return out


def _matters(data: ClientBriefData, width: float) -> list[Flowable]:
    if not data.matters:
        return [*section("Matters"), empty("No matters recorded.")]
    rows = [
        [m.matter.title, m.matter.court, m.matter.docket_number, m.matter.judge, m.role.label]
        for m in data.matters
    ]
    table = data_table(
        ["Matter", "Court", "Docket", "Judge", "Role"], rows, [0.3, 0.14, 0.2, 0.2, 0.16], width
    )
    # The next hearing of each matter, under the table (a column would crowd it).
    hearings = [
        body(f"{t('Next hearing')} ({m.matter.title}): {dates(m.matter.next_hearing)}")
        for m in data.matters
        if m.matter.next_hearing
    ]
    return [*section("Matters"), table, *hearings]


def _bindings(data: ClientBriefData, width: float) -> list[Flowable]:
    title = section("Orders and obligations")
    if not data.bindings:
        return [*title, empty("No orders or obligations bind this person.")]
    rows = []
    for b in data.bindings:
        state = b.compliance.label
        if overdue := overdue_text(b.days_overdue):
            state = value(state) + t(f", {overdue} overdue")
        rows.append(
            [b.order_title, b.requirement, b.due_display, state, b.evidence,
             provenance_text(b.provenance)]
        )  # fmt: skip
    header = ["Order", "Requirement", "Due", "Compliance", "Evidence", "Source"]
    return [*title, data_table(header, rows, [0.17, 0.23, 0.13, 0.14, 0.18, 0.15], width)]


def _deadlines(data: ClientBriefData, width: float) -> list[Flowable]:
    title = section("Upcoming deadlines")
    if not data.deadlines:
        return [*title, empty("No upcoming deadlines.")]
    ordered = sorted(data.deadlines, key=lambda e: (not e.overdue, e.due))
    rows = []
    for e in ordered:
        state = t("Overdue") if e.overdue else t("Due")
        if e.overdue and (days := overdue_text(e.days_overdue)):
            state += t(f" by {days}")
        rows.append([e.due_display, e.title, e.matter, state])
    header = ["Due", "What", "Matter", "State"]
    return [*title, data_table(header, rows, [0.22, 0.38, 0.27, 0.13], width)]


def _contacts(data: ClientBriefData, profile: Profile, width: float) -> list[Flowable]:
    title = section("Contacts")
    if profile is not Profile.FULL:
        return [*title, empty(f"Contacts are withheld in {_WITHHELD[profile]}.")]
    if not data.contacts:
        return [*title, empty("No contacts recorded.")]
    rows = [
        [c.name, c.relationship or c.kind.label, c.phone, c.email, c.detail] for c in data.contacts
    ]
    header = ["Name", "Relationship", "Phone", "Email", "Detail"]
    return [*title, data_table(header, rows, [0.22, 0.16, 0.16, 0.22, 0.24], width)]


def _notes(data: ClientBriefData, profile: Profile) -> list[Flowable]:
    out: list[Flowable] = [*section("Notes")]
    if profile is Profile.PUBLIC:
        return [*out, empty("Notes are withheld in the public version.")]
    if not data.notes:
        return [*out, empty("No notes selected.")]
    for note in data.notes:
        meta = f"{dates(note.date_display)} · {note.author}" + (
            t(" · private") if note.private else ""
        )
        # Notes are free text of any length: plain paragraphs split across pages, where
        # a table row could not.
        out.append(KeepTogether([Paragraph(markup(meta), styles().provenance), body(note.text)]))
    if profile is Profile.COURT:
        out.append(empty("Private notes are withheld in the court version."))
    return out


def render_client_brief(
    data: ClientBriefData,
    options: BriefOptions,
    out: BinaryIO | Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the client brief as PDF to ``out``; return the number of pages."""
    profile = options.profile
    shown = redact(data, profile)
    width = content_width(options)
    story: list[Flowable] = [*title_block(shown.person.full_name, "Client brief")]
    story += _identity(shown, profile, width)
    story += _status(shown, width)
    story += _whereabouts(shown, width)
    story += _matters(shown, width)
    story += _bindings(shown, width)
    story += _deadlines(shown, width)
    story += _contacts(shown, profile, width)
    story += _notes(shown, profile)
    return build(
        story,
        options,
        title=f"Client brief: {shown.person.full_name}",
        subject=f"Client brief ({profile.value} profile)",
        out=out,
        progress=progress,
    )
