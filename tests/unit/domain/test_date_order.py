"""Numeric dates read by the file's order; unambiguous ones read the only way they can."""

import pytest

from casedesk.domain.date_order import DateOrder, evidence, parse_in_order, propose_order
from casedesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "order", "iso"),
    [
        ("15/03/1990", None, "1990-03-15"),  # only day first makes sense
        ("31-12-1979", DateOrder.MONTH_FIRST, "1979-12-31"),  # unambiguous beats the order
        ("29.02.1996", DateOrder.DAY_FIRST, "1996-02-29"),
        ("03/04/1990", DateOrder.DAY_FIRST, "1990-04-03"),
        ("03/04/1990", DateOrder.MONTH_FIRST, "1990-03-04"),
        ("04/23/1988", DateOrder.DAY_FIRST, "1988-04-23"),
        ("03/1992", None, "1992-03"),
        ("marzo de 1990", None, "1990-03"),
        ("15 de marzo de 2025", DateOrder.MONTH_FIRST, "2025-03-15"),
        ("1990/03/04", DateOrder.DAY_FIRST, "1990-03-04"),  # year first is never ambiguous
        ("~1/7/1988", DateOrder.DAY_FIRST, "~1988-07-01"),
    ],
)
def test_dates_read_in_order(text: str, order: DateOrder | None, iso: str) -> None:
    assert parse_in_order(text, order, field="dob").iso() == iso


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("03/04/1990", None, "either way round"),
        ("31/02/1985", DateOrder.DAY_FIRST, "February 1985 has 28 days"),
        ("13/25/1994", DateOrder.MONTH_FIRST, "neither part is a month"),
        ("13/1992", None, "the month must be 1 to 12"),
    ],
)
def test_impossible_or_ambiguous_dates_say_why(
    text: str, order: DateOrder | None, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_in_order(text, order, field="dob")
    assert reason in caught.value.reason
    assert caught.value.field == "dob"


def test_proposal_from_evidence_then_language() -> None:
    assert evidence("15/03/1990") is DateOrder.DAY_FIRST
    assert evidence("03/15/1990") is DateOrder.MONTH_FIRST
    assert evidence("03/04/1990") is None
    assert propose_order(["03/04/1990", "04/23/1988"])[0] is DateOrder.MONTH_FIRST
    assert propose_order(["03/04/1990", "23/04/1988"], spanish=False)[0] is DateOrder.DAY_FIRST
    assert propose_order(["03/04/1990"], spanish=True) == (
        DateOrder.DAY_FIRST,
        "the file's headers are in Spanish",
    )
    assert propose_order(["2025"], spanish=False)[0] is DateOrder.MONTH_FIRST
