"""Redaction profiles as a pure function over brief data.

Every ``render_*`` calls ``redact`` before layout, so a withheld value never reaches a
flowable, the PDF metadata, or a font subset. The caller always passes the full data:
deciding what to withhold lives here, in one place, where a test can check it.

What each profile withholds:

* ``full``: nothing (the banner marks the file privileged).
* ``court``: date of birth reduced to the year, A-Number masked to its last three
  digits, contacts, private notes; every free-text field (sources, places, details,
  evidence, notes, descriptions) goes through the same identifier masking
  (:func:`casedesk.domain.masking.mask_identifiers`): A-Numbers masked, phone numbers
  and e-mail addresses withheld, full dates of birth cut to the year.
* ``public``: names and aliases replaced by initials, A-Numbers, dates of birth,
  contacts, all notes, and every user-typed free text except the public record of
  matters and orders (captions, order titles and summaries, what an order requires),
  which is printed through the same identifier masking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import overload

from casedesk.briefs.data import (
    Alias,
    Binding,
    ClientBriefData,
    ComplianceData,
    CustodyEntry,
    DocketData,
    DocketEntry,
    DocketKind,
    MatterCaption,
    ObligationDetail,
    OrderStatusChange,
    Person,
    PersonCompliance,
    Profile,
    Provenance,
    RosterData,
    RosterMember,
    StatusEntry,
)
from casedesk.briefs.i18n import country, value
from casedesk.briefs.rows import map_rows
from casedesk.domain.masking import birth_date_forms, mask_identifiers
from casedesk.domain.names import initials_of as _initials_of

BriefData = ClientBriefData | RosterData | ComplianceData | DocketData

_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
#: What the public profile prints for a deadline, whose title is typed free text.
PUBLIC_DEADLINE = "Deadline"


def initials_of(name: str) -> str:
    """Initials of a name, skipping particles: "Andry José Hernández Romero" -> "A. J. H. R."

    The same rule as :attr:`PersonName.initials`, which the exports use.
    """
    return _initials_of(name)


class _Masker:
    """Free text as one profile may show it, knowing the birth dates of the people in it."""

    def __init__(self, profile: Profile, people: Iterable[Person]) -> None:
        self.profile = profile
        forms: set[str] = set()
        for p in people:
            forms |= birth_date_forms(p.birth_date_iso)
        self.births = frozenset(forms)

    def free(self, text: str) -> str:
        """User-typed free text: masked in court, not printed at all in public."""
        if self.profile is Profile.PUBLIC:
            return ""
        return self.record(text)

    def record(self, text: str) -> str:
        """The public record of matters and orders: masked for court and public."""
        if self.profile is Profile.FULL or not text:
            return text
        return mask_identifiers(text, self.births)

    def provenance(self, p: Provenance) -> Provenance:
        return replace(p, source=self.free(p.source)) if p.source else p

    def caption(self, m: MatterCaption) -> MatterCaption:
        return replace(
            m,
            title=self.record(m.title),
            court=self.record(m.court),
            docket_number=self.record(m.docket_number),
            judge=self.record(m.judge),
        )

    def status(self, e: StatusEntry) -> StatusEntry:
        return replace(e, detail=self.free(e.detail), provenance=self.provenance(e.provenance))

    def custody(self, e: CustodyEntry) -> CustodyEntry:
        place = ", ".join(p for p in (self.free(e.place), country(e.country)) if p)
        return replace(
            e,
            place=place,
            country="",
            detail=self.free(e.detail),
            provenance=self.provenance(e.provenance),
        )

    def entry(self, e: DocketEntry) -> DocketEntry:
        typed = e.kind is DocketKind.DEADLINE
        title = self.free(e.title) if typed else self.record(e.title)
        return replace(
            e,
            title=title or PUBLIC_DEADLINE,
            matter=self.record(e.matter),
            people=tuple(redact_person(p, self.profile, self) for p in e.people),
        )


def mask_a_number(display: str) -> str:
    """Mask every digit but the last three; used when the caller gave no masked form."""
    digits = [i for i, ch in enumerate(display) if ch.isdigit()]
    keep = set(digits[-3:])
    return "".join("X" if ch.isdigit() and i not in keep else ch for i, ch in enumerate(display))


def _birth_year(person: Person) -> str:
    if person.birth_year_display:
        return person.birth_year_display
    found = _YEAR.search(person.date_of_birth_display)
    return found.group(1) if found else ""


def redact_person(person: Person, profile: Profile, masker: _Masker | None = None) -> Person:
    """The person as ``profile`` may show them."""
    if profile is Profile.FULL:
        return person
    masker = masker or _Masker(profile, (person,))
    if profile is Profile.COURT:
        masked = person.a_number_masked or mask_a_number(person.a_number_display)
        if not person.a_number_display:
            masked = ""
        year = _birth_year(person)
        # The full date is dropped and the year moved into its slot, so a renderer that
        # prints date_of_birth_display cannot leak the day and month.
        return replace(
            person,
            # A description of an unidentified person is free text like any other.
            full_name=masker.record(person.full_name) if person.described else person.full_name,
            a_number_display=masked,
            a_number_masked=masked,
            date_of_birth_display=year,
            birth_year_display=year,
            birth_date_iso="",
            provenance=masker.provenance(person.provenance),
        )
    initials = person.initials or initials_of(person.full_name)
    return replace(
        person,
        full_name=initials,
        initials=initials,
        a_number_display="",
        a_number_masked="",
        date_of_birth_display="",
        birth_year_display="",
        birth_date_iso="",
        described=False,
        provenance=masker.provenance(person.provenance),
    )


def _redact_alias(alias: Alias, profile: Profile, masker: _Masker) -> Alias:
    provenance = masker.provenance(alias.provenance)
    if profile is Profile.PUBLIC:
        return replace(alias, name=initials_of(alias.name), provenance=provenance)
    return replace(alias, provenance=provenance)


def _binding(b: Binding, m: _Masker) -> Binding:
    return replace(
        b,
        order_title=m.record(b.order_title),
        requirement=m.record(b.requirement),
        evidence=m.free(b.evidence),
        provenance=m.provenance(b.provenance),
    )


def _redact_client(data: ClientBriefData, profile: Profile) -> ClientBriefData:
    m = _Masker(profile, (data.person,))
    if profile is Profile.FULL and not any(e.country for e in data.whereabouts):
        return data  # nothing to join, nothing withheld
    whereabouts = tuple(m.custody(e) for e in data.whereabouts)  # joins place and country
    if profile is Profile.FULL:
        return replace(data, whereabouts=whereabouts)
    notes = (
        ()
        if profile is Profile.PUBLIC
        else tuple(replace(n, text=m.free(n.text)) for n in data.notes if not n.private)
    )
    # Aliases that collapse to the same initials would only repeat themselves.
    aliases: list[Alias] = []
    for alias in data.aliases:
        shown = _redact_alias(alias, profile, m)
        if shown.name not in {a.name for a in aliases}:
            aliases.append(shown)
    last = data.last_contact
    return replace(
        data,
        person=redact_person(data.person, profile, m),
        aliases=tuple(aliases),
        current_status=m.status(data.current_status) if data.current_status else None,
        status_history=tuple(m.status(e) for e in data.status_history),
        last_contact=replace(last, detail=m.free(last.detail)) if last else None,
        whereabouts=whereabouts,
        matters=tuple(replace(r, matter=m.caption(r.matter)) for r in data.matters),
        bindings=tuple(_binding(b, m) for b in data.bindings),
        deadlines=tuple(m.entry(e) for e in data.deadlines),
        contacts=(),
        notes=notes,
    )


def _member(member: RosterMember, profile: Profile, m: _Masker) -> RosterMember:
    extra = ", ".join(
        p for p in (m.free(member.whereabouts_place), country(member.whereabouts_country)) if p
    )
    label = value(member.whereabouts)  # the kind's label, in the brief's language
    where = f"{label}: {extra}" if extra and label else label
    return replace(
        member,
        person=redact_person(member.person, profile, m),
        whereabouts=where,
        whereabouts_place="",
        whereabouts_country="",
    )


def _redact_roster(data: RosterData, profile: Profile) -> RosterData:
    # map_rows keeps a streamed roster streamed: each member is redacted (and its place
    # masked against that member's own birth date) as it is laid out.
    members = map_rows(data.members, lambda x: _member(x, profile, _Masker(profile, (x.person,))))
    if profile is Profile.FULL:
        return replace(data, members=members)
    m = _Masker(profile, ())
    orders = tuple(replace(o, title=m.record(o.title)) for o in data.orders)
    return replace(data, matter=m.caption(data.matter), orders=orders, members=members)


def _redact_compliance(data: ComplianceData, profile: Profile) -> ComplianceData:
    if profile is Profile.FULL:
        return data
    m = _Masker(profile, (pc.person for ob in data.obligations for pc in ob.people))

    def one(pc: PersonCompliance) -> PersonCompliance:
        return replace(
            pc,
            person=redact_person(pc.person, profile, m),
            evidence=m.free(pc.evidence),
            provenance=m.provenance(pc.provenance),
        )

    def obligation(ob: ObligationDetail) -> ObligationDetail:
        return replace(
            ob,
            requirement=m.record(ob.requirement),
            evidence=m.free(ob.evidence),
            provenance=m.provenance(ob.provenance),
            people=map_rows(ob.people, one),  # a streamed obligation stays streamed
        )

    def change(c: OrderStatusChange) -> OrderStatusChange:
        return replace(c, detail=m.free(c.detail), provenance=m.provenance(c.provenance))

    return replace(
        data,
        matter=m.caption(data.matter),
        order_title=m.record(data.order_title),
        judge=m.record(data.judge),
        summary=m.record(data.summary),
        status_history=tuple(change(c) for c in data.status_history),
        obligations=tuple(obligation(ob) for ob in data.obligations),
    )


def _redact_docket(data: DocketData, profile: Profile) -> DocketData:
    if profile is Profile.FULL:
        return data
    m = _Masker(profile, (p for e in data.entries for p in e.people))
    return replace(data, entries=tuple(m.entry(e) for e in data.entries))


@overload
def redact(data: ClientBriefData, profile: Profile) -> ClientBriefData: ...
@overload
def redact(data: RosterData, profile: Profile) -> RosterData: ...
@overload
def redact(data: ComplianceData, profile: Profile) -> ComplianceData: ...
@overload
def redact(data: DocketData, profile: Profile) -> DocketData: ...


def redact(data: BriefData, profile: Profile) -> BriefData:
    """Return ``data`` with everything ``profile`` withholds removed; ``data`` is unchanged."""
    if isinstance(data, ClientBriefData):
        return _redact_client(data, profile)
    if isinstance(data, RosterData):
        return _redact_roster(data, profile)
    if isinstance(data, ComplianceData):
        return _redact_compliance(data, profile)
    return _redact_docket(data, profile)
