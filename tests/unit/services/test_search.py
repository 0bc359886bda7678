"""Finding clients by any spelling: accents and case ignored, word prefixes, aliases,
A-Numbers in any written form; names rank above notes; input is never FTS syntax."""

import re

import pytest

from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientUpdate


def ids(svc: Services, query: str, **kw: int) -> list[int]:
    return [hit.id for hit in svc.search.clients(query, **kw)]


@pytest.fixture
def people(services: Services) -> Services:
    """1 José Luis Hernández García (A-123-456-789), 2 María Núñez (A-012-345-678),
    3 Ana Pérez, whose note mentions Hernández."""
    services.clients.add(
        ClientCreate(
            given="José Luis", surname="Hernández", second_surname="García", a_number="A123456789"
        )
    )
    services.clients.add(ClientCreate(given="María", surname="Núñez", a_number="12345678"))
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    services.clients.add_note(3, "Cellmate of Mr Hernandez at CECOT, per his sister.")
    return services


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hernandez", [1, 3]),
        ("HERNÁNDEZ", [1, 3]),
        ("hernán", [1, 3]),
        ("jose garcia", [1]),
        ("García José", [1]),
        ("nunez", [2]),
        ("Núñez María", [2]),
        ("NUÑEZ", [2]),
        ("perez", [3]),
        ("cecot", [3]),
        ("jose perez", []),
        ("zzz", []),
    ],
)
def test_accents_case_and_word_order_do_not_matter(
    people: Services, query: str, expected: list[int]
) -> None:
    assert ids(people, query) == expected


def test_name_matches_rank_before_note_matches(services: Services) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    services.clients.add_note(1, "Visited Rivera at the detention centre; Rivera was well.")
    services.clients.add(ClientCreate(given="Carlos", surname="Rivera"))
    hits = services.search.clients("rivera")
    assert [h.id for h in hits] == [2, 1]
    assert hits[0].display_name == "Rivera, Carlos"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("A-123-456-789", 1),
        ("a123456789", 1),
        ("A# 123.456.789", 1),
        ("123 456 789", 1),
        ("123-456-789", 1),
        ("123456789", 1),
        ("A12345678", 2),
        ("012345678", 2),
        ("A-012-345-678", 2),
    ],
)
def test_a_number_in_any_form_finds_the_client_first(
    people: Services, query: str, expected: int
) -> None:
    assert ids(people, query)[:1] == [expected]


def test_alias_spelling_finds_the_client(people: Services) -> None:
    # Two letters off "Hernández": too far for a close spelling (search_fuzzy).
    assert ids(people, "jose fernandes") == []
    assert ids(people, "nunes romero") == []
    people.clients.add_alias(1, "José", "Fernandes", source="detention roster")
    people.clients.add_alias(2, "Maria", "Nunes Romero")
    assert ids(people, "jose fernandes") == [1]
    assert ids(people, "nunes romero") == [2]
    assert [a.display_name for a in people.clients.get(1).aliases] == ["Fernandes, José"]


def test_a_close_spelling_is_found_when_nothing_else_is(people: Services) -> None:
    assert ids(people, "jose hernandes") == [1]  # one letter off "Hernández"
    assert ids(people, "perex") == [3]
    assert ids(people, "peres quispe") == []  # every word must be close


def test_renaming_updates_the_index(people: Services) -> None:
    people.clients.update(3, ClientUpdate(surname="Quispe"))
    assert ids(people, "perez") == []
    assert ids(people, "quispe") == [3]


def test_limit_is_respected(people: Services) -> None:
    assert len(ids(people, "hernandez", limit=1)) == 1


@pytest.mark.parametrize(
    "query",
    ['"', 'say "hi', '"Hernández', "NEAR(a b)", "*", "-", "a AND", "x:y", "^a", "(", "''"],
)
def test_search_syntax_in_input_is_treated_as_text(people: Services, query: str) -> None:
    """FTS5 operators typed in the search box are plain text: the query finds what its
    words alone find, and never raises."""
    words = re.sub(r"[^\w\s]", " ", query)
    assert ids(people, query) == ids(people, words)


def test_quoted_name_still_finds_the_client(people: Services) -> None:
    assert ids(people, '"Núñez"') == [2]


def test_blank_and_over_long_queries(people: Services) -> None:
    assert people.search.clients("   ") == []
    with pytest.raises(ValidationError) as caught:
        people.search.clients("x" * 201)
    assert caught.value.field == "query"
