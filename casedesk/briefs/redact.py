"""Redaction profiles as a pure function over brief data.

Every ``render_*`` calls ``redact`` before layout, so a withheld value never reaches a
flowable, the PDF metadata, or a font subset. The caller always passes the full data:
deciding what to withhold lives here, in one place, where a test can check it.

What each profile withholds:

* ``full``: nothing (the banner marks the file privileged).
* ``court``: date of birth reduced to the year, A-Number masked to its last three
  digits, contacts, private notes.
* ``public``: names and aliases replaced by initials, A-Numbers, dates of birth,
  contacts, all notes.

Free text (requirements, evidence, places) is printed as given: the caller must not put
a client's identifiers there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import overload

from casedesk.briefs.data import (
    Alias,
    ClientBriefData,
    ComplianceData,
    DocketData,
    DocketEntry,
    ObligationDetail,
    Person,
    PersonCompliance,
    Profile,
    RosterData,
)
from casedesk.briefs.rows import map_rows

BriefData = ClientBriefData | RosterData | ComplianceData | DocketData

# Spanish and Portuguese name particles are not initials: "María de la Cruz Peña" is
# "M. C. P.", which is what a reader expects and leaks no extra letters.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "das", "e"})
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def initials_of(name: str) -> str:
    """Initials of a name, skipping particles: "Andry José Hernández Romero" -> "A. J. H. R."."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    letters = [p[0].upper() + "." for p in parts if p.lower() not in _PARTICLES and p[0].isalpha()]
    return " ".join(letters) if letters else "—"


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


def redact_person(person: Person, profile: Profile) -> Person:
    """The person as ``profile`` may show them."""
    if profile is Profile.FULL:
        return person
    if profile is Profile.COURT:
        masked = person.a_number_masked or mask_a_number(person.a_number_display)
        if not person.a_number_display:
            masked = ""
        year = _birth_year(person)
        # The full date is dropped and the year moved into its slot, so a renderer that
        # prints date_of_birth_display cannot leak the day and month.
        return replace(
            person,
            a_number_display=masked,
            a_number_masked=masked,
            date_of_birth_display=year,
            birth_year_display=year,
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
    )


def _redact_alias(alias: Alias, profile: Profile) -> Alias:
    if profile is Profile.PUBLIC:
        return replace(alias, name=initials_of(alias.name))
    return alias


def _redact_entry(entry: DocketEntry, profile: Profile) -> DocketEntry:
    people = tuple(redact_person(p, profile) for p in entry.people)
    return replace(entry, people=people)


def _redact_client(data: ClientBriefData, profile: Profile) -> ClientBriefData:
    if profile is Profile.FULL:
        return data
    notes = () if profile is Profile.PUBLIC else tuple(n for n in data.notes if not n.private)
    # Aliases that collapse to the same initials would only repeat themselves.
    aliases: list[Alias] = []
    for alias in data.aliases:
        shown = _redact_alias(alias, profile)
        if shown.name not in {a.name for a in aliases}:
            aliases.append(shown)
    return replace(
        data,
        person=redact_person(data.person, profile),
        aliases=tuple(aliases),
        deadlines=tuple(_redact_entry(e, profile) for e in data.deadlines),
        contacts=(),
        notes=notes,
    )


def _redact_roster(data: RosterData, profile: Profile) -> RosterData:
    if profile is Profile.FULL:
        return data
    # map_rows keeps a streamed roster streamed: each member is redacted as it is laid out.
    members = map_rows(data.members, lambda m: replace(m, person=redact_person(m.person, profile)))
    return replace(data, members=members)


def _redact_compliance(data: ComplianceData, profile: Profile) -> ComplianceData:
    if profile is Profile.FULL:
        return data

    def one(pc: PersonCompliance) -> PersonCompliance:
        return replace(pc, person=redact_person(pc.person, profile))

    def obligation(ob: ObligationDetail) -> ObligationDetail:
        return replace(ob, people=tuple(one(pc) for pc in ob.people))

    return replace(data, obligations=tuple(obligation(ob) for ob in data.obligations))


def _redact_docket(data: DocketData, profile: Profile) -> DocketData:
    if profile is Profile.FULL:
        return data
    return replace(data, entries=tuple(_redact_entry(e, profile) for e in data.entries))


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
