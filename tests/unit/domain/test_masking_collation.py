"""Identifier masking of free text, one initials rule, and Spanish-aware name order."""

import pytest

from casedesk.domain.collation import collation_key
from casedesk.domain.masking import (
    EMAIL_WITHHELD,
    PHONE_WITHHELD,
    birth_date_forms,
    mask_identifiers,
)
from casedesk.domain.names import PersonName, initials_of


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Mother María, +58 412 555 0199, Calle 5", f"Mother María, {PHONE_WITHHELD}, Calle 5"),
        ("call (212) 555-0100", f"call {PHONE_WITHHELD}"),
        ("A#123-456-789 seen", "A-XXX-XXX-789 seen"),
        ("número A 12345678", "A-XXX-XXX-678"),
        ("write ana.p@example.org", f"write {EMAIL_WITHHELD}"),
        ("born 3 May 1994 in Maracay", "born 1994 in Maracay"),
        ("nacido el 15/03/1990", "nacido el 1990"),
        ("F. Nac.: 1990-03-15", "F. Nac.: 1990"),
        # Public-record numbers, dates and times are not identifiers.
        ("No. 25-10534; 1:25-cv-00766; 24A931", "No. 25-10534; 1:25-cv-00766; 24A931"),
        (
            "hearing 2025-04-07 23:59, removed 15.03.2025",
            "hearing 2025-04-07 23:59, removed 15.03.2025",
        ),
    ],
)
def test_identifiers_in_free_text(text: str, masked: str) -> None:
    assert mask_identifiers(text) == masked


def test_a_known_birth_date_is_cut_even_without_born() -> None:
    forms = birth_date_forms("1994-05-03")
    assert mask_identifiers("seen 3 May 1994 and 03/05/1994", forms) == "seen 1994 and 1994"
    assert mask_identifiers("seen 4 May 1994", forms) == "seen 4 May 1994"
    assert birth_date_forms("1994-05") == frozenset()  # a partial date identifies nobody


def test_one_initials_rule() -> None:
    assert initials_of("Ana Pérez-Soto") == "A. P. S."
    assert PersonName("Ana", "Pérez-Soto").initials == "A. P. S."
    assert initials_of("María de la Cruz Peña") == "M. C. P."
    assert initials_of("") == "—"


def test_spanish_collation() -> None:
    names = ["Aguilar Zúñiga", "Aguilar Álvarez", "Núñez", "Nuñez", "Nunez", "Ocampo", "Nzeogwu"]
    assert sorted(names, key=collation_key) == [
        "Aguilar Álvarez",
        "Aguilar Zúñiga",
        "Nunez",
        "Nuñez",
        "Núñez",
        "Nzeogwu",
        "Ocampo",
    ]
