"""Courts and docket numbers: the forms advocates type, canonical Bluebook output."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.courts import COURTS, DISTRICT_COURTS, parse_court, parse_docket
from casedesk.domain.errors import ValidationError


def test_there_are_94_district_courts() -> None:
    assert len(DISTRICT_COURTS) == 94
    assert len(set(DISTRICT_COURTS)) == 94


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("D.D.C.", "D.D.C."),
        ("ddc", "D.D.C."),
        ("D Mass", "D. Mass."),
        ("d. md.", "D. Md."),
        ("SDNY", "S.D.N.Y."),
        ("E.D. Va.", "E.D. Va."),
        ("s.d. tex", "S.D. Tex."),
        ("DNJ", "D.N.J."),
        ("N.D. W. Va.", "N.D. W. Va."),
        ("W.D. Va.", "W.D. Va."),
        ("D.P.R.", "D.P.R."),
        ("District of Columbia", "D.D.C."),
        ("Southern District of New York", "S.D.N.Y."),
        ("U.S. District Court for the District of Maryland", "D. Md."),
        ("1st Cir.", "1st Cir."),
        ("4th cir", "4th Cir."),
        ("Eleventh Circuit", "11th Cir."),
        ("D.C. Cir.", "D.C. Cir."),
        ("dc circuit", "D.C. Cir."),
        ("Fed. Cir.", "Fed. Cir."),
        ("U.S.", "U.S."),
        ("SCOTUS", "U.S."),
        ("Supreme Court", "U.S."),
        ("S. Ct.", "U.S."),
        ("eoir", "EOIR"),
        ("B.I.A.", "BIA"),
        ("Imm. Ct.", "Imm. Ct."),
        ("imm ct krome", "Imm. Ct. Krome"),
        ("Imm. Ct. el paso", "Imm. Ct. El Paso"),
        ("Immigration Court San Antonio", "Imm. Ct. San Antonio"),
    ],
)
def test_parse_court(text: str, expected: str) -> None:
    assert parse_court(text) == expected


def test_bluebook_spacing() -> None:
    # Adjacent single capitals close up; a longer abbreviation is set off by a space.
    assert "D.N.J." in DISTRICT_COURTS
    assert "D. Mass." in DISTRICT_COURTS
    assert "S.D.N.Y." in DISTRICT_COURTS
    assert "D. N. Mar. I." in DISTRICT_COURTS


def test_courts_pick_list_is_canonical() -> None:
    assert COURTS[0] == "U.S."
    assert "D.C. Cir." in COURTS
    assert "11th Cir." in COURTS
    assert len(COURTS) == len(set(COURTS))
    for court in COURTS:
        assert parse_court(court) == court


def test_every_canonical_court_has_a_distinct_compact_form() -> None:
    compact = {court.replace(".", "").replace(" ", "").lower() for court in COURTS}
    assert len(compact) == len(COURTS)


@pytest.mark.parametrize("text", ["Court of Narnia", "", "D. Narnia", "Imm. Ct. 42"])
def test_parse_court_refusals_show_examples(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_court(text, field="order.court")
    assert caught.value.field == "order.court"
    assert "D.D.C." in caught.value.reason or "Krome" in caught.value.reason


def test_parse_court_refusal_names_the_input() -> None:
    with pytest.raises(ValidationError, match="'Court of Narnia' is not a court"):
        parse_court("Court of Narnia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1:25-cv-00766", "1:25-cv-00766"),
        ("1:25-CV-766", "1:25-cv-00766"),
        ("8:25-cv-00951-PX", "8:25-cv-00951-PX"),
        ("8:25-cv-00951-px-abc", "8:25-cv-00951-PX-ABC"),
        ("25-cv-10676", "25-cv-10676"),
        ("1:25-mj-00012", "1:25-mj-00012"),
        ("2:24-AP-1", "2:24-ap-00001"),
        ("No. 1:25-cv-00766", "1:25-cv-00766"),
        ("24A931", "24A931"),
        ("24a931", "24A931"),
        ("24-1234", "24-1234"),
        ("25-5067", "25-5067"),
        ("A123456789", "A-123-456-789"),
        ("A-1234567", "A-001-234-567"),
    ],
)
def test_parse_docket(text: str, expected: str) -> None:
    assert parse_docket(text) == expected


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("abc", "1:25-cv-00766"),
        ("1:25-xx", "24A931"),
        ("12345", "25-5067"),
        ("1:25-xx-00766", "'xx' is not a district-court case type"),
        ("", "enter a docket number"),
        ("A12", "7 to 9 digits; got 2"),
    ],
)
def test_parse_docket_refusals(text: str, reason_part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_docket(text, field="matter.docket")
    assert caught.value.field == "matter.docket"
    assert reason_part in caught.value.reason


@given(st.text())
def test_parse_court_only_raises_validation_error(text: str) -> None:
    try:
        court = parse_court(text)
    except ValidationError:
        return
    assert parse_court(court) == court


@given(st.text())
def test_parse_docket_only_raises_validation_error(text: str) -> None:
    try:
        docket = parse_docket(text)
    except ValidationError:
        return
    assert parse_docket(docket) == docket


@given(
    st.integers(1, 9),
    st.integers(0, 99),
    st.sampled_from(["cv", "cr", "mc", "mj", "md", "ap"]),
    st.integers(1, 99999),
)
def test_district_docket_round_trip(division: int, year: int, kind: str, number: int) -> None:
    canonical = f"{division}:{year:02d}-{kind}-{number:05d}"
    assert parse_docket(canonical.upper()) == canonical
    assert parse_docket(f"{division}:{year:02d}-{kind}-{number}") == canonical
