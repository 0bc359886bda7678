"""Redaction profiles: withheld values never reach the PDF text or metadata."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casedesk.briefs import (
    Person,
    Profile,
    redact,
    render_client_brief,
    render_deadline_docket,
    render_matter_roster,
    render_order_compliance,
)
from casedesk.briefs.redact import initials_of, mask_a_number
from tests.unit.briefs import samples
from tests.unit.briefs.pdfcheck import Rendered, render

NAME_PARTS = ("Andry", "Hernández Romero", samples.NAME)
ROSTER_NAME_PARTS = ("María de la Cruz", samples.CLASS_MEMBER)
A_NUMBER_PARTS = (samples.A_NUMBER, "987-654", "987654321")
CONTACT = (samples.CONTACT_NAME, samples.CONTACT_PHONE, samples.CONTACT_EMAIL)

#: Per profile: (values that must be absent, values that must be present).
CLIENT = {
    Profile.FULL: ((), (samples.NAME, samples.A_NUMBER, samples.DOB, samples.ALIAS, *CONTACT,
                        "ZZPRIVATENOTE", "ZZSHAREDNOTE", "PRIVILEGED & CONFIDENTIAL")),
    Profile.COURT: ((*A_NUMBER_PARTS, samples.DOB, "14 February", *CONTACT, "ZZPRIVATENOTE",
                     "PRIVILEGED & CONFIDENTIAL"),
                    (samples.NAME, samples.A_MASKED, "1993", "ZZSHAREDNOTE", "Court version")),
    Profile.PUBLIC: ((*NAME_PARTS, samples.ALIAS, "Zalvatierra", *A_NUMBER_PARTS, samples.A_MASKED,
                      "A-XXX", samples.DOB, "1993", *CONTACT, "ZZPRIVATENOTE", "ZZSHAREDNOTE",
                      "A-Number", "PRIVILEGED & CONFIDENTIAL"),
                     ("A. J. H. R.", "A. H. Z.", "Public version")),
}  # fmt: skip

OTHERS = {
    Profile.FULL: ((), (samples.NAME,)),
    Profile.COURT: (A_NUMBER_PARTS, (samples.NAME,)),
    Profile.PUBLIC: (
        (*NAME_PARTS, *ROSTER_NAME_PARTS, *A_NUMBER_PARTS, samples.A_MASKED, "A-212", "A-XXX"),
        ("A. J. H. R.",),
    ),
}


def _roster():
    # The client is the first member, so each document carries the same markers.
    data = samples.roster(40)
    first = replace(data.members[1], person=samples.person())
    return replace(data, members=(data.members[0], first, *data.members[2:]))


def _check(doc: Rendered, absent: tuple[str, ...], present: tuple[str, ...]) -> None:
    haystack = doc.flat + " " + doc.metadata_text
    leaked = [value for value in absent if value in haystack]
    assert leaked == []
    missing = [value for value in present if value not in doc.flat]
    assert missing == []


@pytest.mark.parametrize("profile", list(Profile))
def test_client_brief_withholds_what_the_profile_withholds(profile):
    absent, present = CLIENT[profile]
    doc = render(render_client_brief, samples.client_brief(), samples.options(profile))
    _check(doc, absent, present)


@pytest.mark.parametrize("profile", list(Profile))
@pytest.mark.parametrize(
    ("fn", "make"),
    [
        pytest.param(render_matter_roster, _roster, id="roster"),
        pytest.param(render_order_compliance, samples.compliance, id="compliance"),
        pytest.param(render_deadline_docket, samples.docket, id="docket"),
    ],
)
def test_other_documents_withhold_what_the_profile_withholds(fn, make, profile):
    absent, present = OTHERS[profile]
    doc = render(fn, make(), samples.options(profile))
    _check(doc, absent, present)


@pytest.mark.parametrize(
    ("fn", "make"),
    [
        pytest.param(render_matter_roster, _roster, id="roster"),
        pytest.param(render_order_compliance, samples.compliance, id="compliance"),
    ],
)
@pytest.mark.parametrize(
    ("profile", "shown"),
    [(Profile.FULL, samples.A_NUMBER), (Profile.COURT, samples.A_MASKED)],
)
def test_a_number_as_the_profile_shows_it(fn, make, profile, shown):
    assert shown in render(fn, make(), samples.options(profile)).flat


def test_public_roster_drops_the_a_number_column():
    doc = render(render_matter_roster, samples.roster(5), samples.options(Profile.PUBLIC))
    assert "A-Number" not in doc.flat
    assert "M. C. P." in doc.flat  # María de la Cruz Peña


def test_court_profile_masks_even_without_a_masked_form_from_the_caller():
    person = replace(samples.person(), a_number_masked="", birth_year_display="")
    shown = redact(replace(samples.client_brief(), person=person), Profile.COURT).person
    assert shown.a_number_display == "A-XXX-XXX-321"
    assert shown.date_of_birth_display == "1993"


def test_redact_is_pure():
    data = samples.client_brief()
    before = repr(data)
    shown = redact(data, Profile.PUBLIC)
    assert repr(data) == before
    assert shown is not data
    assert shown.contacts == ()
    assert shown.notes == ()
    assert redact(data, Profile.FULL) is data


def test_court_profile_keeps_shared_notes_only():
    shown = redact(samples.client_brief(), Profile.COURT)
    assert [n.text for n in shown.notes] == [samples.SHARED_NOTE]


def test_initials_skip_particles_and_handle_accents():
    assert initials_of("María de la Cruz Peña") == "M. C. P."
    assert initials_of("Ángel Núñez-Ordóñez") == "Á. N. O."
    assert initials_of("") == "—"


def test_caller_supplied_initials_win():
    shown = redact(
        replace(samples.docket(), entries=(replace(samples.docket().entries[0],
                people=(Person("José Luis Peña", initials="J.L.P."),)),)),
        Profile.PUBLIC,
    )  # fmt: skip
    assert shown.entries[0].people[0].full_name == "J.L.P."


def test_mask_keeps_the_last_three_digits():
    assert mask_a_number("A123-456-789") == "AXXX-XXX-789"
    assert mask_a_number("A-0012-345") == "A-XXXX-345"
