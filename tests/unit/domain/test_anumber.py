"""A-Numbers: the forms people type, normalisation to nine digits, refusals."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.anumber import ANumber
from casedesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text",
    [
        "A123-456-789",
        "a123456789",
        "A#123456789",
        "A-123-456-789",
        "A 123 456 789",
        "123.456.789",
        " 123456789 ",
    ],
)
def test_accepts_common_forms(text: str) -> None:
    assert ANumber.parse(text).digits == "123456789"


def test_short_numbers_are_padded() -> None:
    assert ANumber.parse("A1234567").digits == "001234567"
    assert ANumber.parse("12345678").display == "A-012-345-678"


def test_display_and_masked() -> None:
    number = ANumber.parse("A123456789")
    assert str(number) == number.display == "A-123-456-789"
    assert number.masked == "A-XXX-XXX-789"


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("", "enter an A-Number"),
        ("A12345", "7 to 9 digits; got 5"),
        ("A1234567890", "7 to 9 digits; got 10"),
        ("A12B456789", "found 'B'"),
        ("A000-000-000", "cannot be all zeros"),
        ("A12345678/9", "found '/'"),
        ("١٢٣٤٥٦٧٨٩", "found"),
    ],
)
def test_refusals_say_why(text: str, reason_part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ANumber.parse(text, field="client.a_number")
    assert caught.value.field == "client.a_number"
    assert reason_part in caught.value.reason


def test_constructor_refuses_anything_but_nine_digits() -> None:
    with pytest.raises(ValidationError):
        ANumber("12345")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A123456789", True),
        ("a-12", True),
        ("A# 1234567", True),
        ("123-456-789", True),
        ("1234567", True),
        ("42", False),
        ("123456", False),
        ("1234567890", False),
        ("Andry", False),
        ("1:25-cv-00766", False),
        ("", False),
    ],
)
def test_is_candidate(text: str, expected: bool) -> None:
    assert ANumber.is_candidate(text) is expected


@given(
    st.lists(st.sampled_from("0123456789"), min_size=7, max_size=9).filter(
        lambda ds: set(ds) != {"0"}
    ),
    st.data(),
)
def test_any_separated_digits_parse_to_padded_digits(
    digits: list[str], data: st.DataObject
) -> None:
    text = ""
    for digit in digits:
        text += digit + data.draw(st.sampled_from(["", "", " ", "-", "."]))
    prefix = data.draw(st.sampled_from(["", "A", "a", "A#", "A-", "A "]))
    number = ANumber.parse(prefix + text)
    assert number.digits == "".join(digits).zfill(9)
    assert ANumber.is_candidate(prefix + text)
    assert ANumber.parse(number.display) == number


@given(st.text())
def test_parse_only_raises_validation_error(text: str) -> None:
    try:
        number = ANumber.parse(text)
    except ValidationError:
        return
    assert len(number.digits) == 9
