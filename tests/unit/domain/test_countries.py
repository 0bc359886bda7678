"""Countries: ISO codes, English and Spanish names, refusals."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.countries import COUNTRIES, country_name, parse_country
from casedesk.domain.errors import ValidationError


def test_all_iso_codes_are_present() -> None:
    assert len(COUNTRIES) == 249
    assert all(len(code) == 2 and code.isupper() for code in COUNTRIES)
    assert COUNTRIES["VE"] == "Venezuela"
    assert COUNTRIES["SV"] == "El Salvador"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VE", "VE"),
        ("sv", "SV"),
        ("Venezuela", "VE"),
        ("el salvador", "SV"),
        ("EL SALVADOR", "SV"),
        ("Estados Unidos", "US"),
        ("EE. UU.", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("México", "MX"),
        ("Mexico", "MX"),
        ("Perú", "PE"),
        ("Haití", "HT"),
        ("República Dominicana", "DO"),
        ("España", "ES"),
        ("Brasil", "BR"),
        ("Cote d'Ivoire", "CI"),
        ("Guinea Bissau", "GW"),
        ("Turkey", "TR"),
    ],
)
def test_parse_country(text: str, expected: str) -> None:
    assert parse_country(text) == expected


def test_every_english_name_parses_to_its_code() -> None:
    for code, name in COUNTRIES.items():
        assert parse_country(name) == code
        assert parse_country(code.lower()) == code


@pytest.mark.parametrize("text", ["Narnia", "XX", "", "Venezuela!"])
def test_refusals(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_country(text, field="nationality")
    assert caught.value.field == "nationality"
    assert "country" in caught.value.reason


def test_country_name() -> None:
    assert country_name("ve") == "Venezuela"
    assert country_name("SV") == "El Salvador"
    with pytest.raises(ValidationError, match="not an ISO country code"):
        country_name("ZZ")


@given(st.text())
def test_parse_only_raises_validation_error(text: str) -> None:
    try:
        code = parse_country(text)
    except ValidationError:
        return
    assert code in COUNTRIES
