"""Misspelt names: when the prefix search finds next to nothing, close spellings are
found, on a store file (FTS5 vocabulary + rapidfuzz) and on a team store (pg_trgm
candidates + the same rapidfuzz rule), in the same order."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.storage import search_fuzzy
from tests.conftest import copy_store, make_services

#: Fictional people, spelt properly.
PEOPLE = (
    ("Rosa", "Hernández"), ("Rosalía", "Hernández Pérez"), ("Mateo", "Fernández"),
    ("Lucía", "Gonzalez"), ("Seán", "O'Brien"), ("Iñaki", "Muñoz"), ("Zoe", "Ruiz"),
    ("Tomás", "Rodríguez"), ("Ana", "López"),
)  # fmt: skip

#: A misspelt query, and the surnames it must find, best first (ties by age on file).
MISSPELT = {
    "Hernandes": ["Hernández", "Hernández Pérez"],
    "hernandes rosa": ["Hernández", "Hernández Pérez"],
    "HERNANDES ROSALIA": ["Hernández Pérez"],
    "Gonzales": ["Gonzalez"],
    "Rodrigez": ["Rodríguez"],
    "lopes": ["López"],
    "mugnoz": ["Muñoz"],
    "obrien": ["O'Brien"],
}
#: Queries with nothing close enough: nothing is made up.
NOTHING = ("Hernanz Ruiz", "xyzzy", "zz", "Ruis", "Fernan Gonzal Lopes")


@pytest.fixture
def both(
    tmp_path: Path, empty_store_template: Path, pg_url: str
) -> Iterator[tuple[Services, Services]]:
    lite = make_services(copy_store(empty_store_template, tmp_path / "s.sqlite"))
    team = make_services(pg_url)
    try:
        for svc in (lite, team):
            for given, surname in PEOPLE:
                svc.clients.add(ClientCreate(given=given, surname=surname))
        yield lite, team
    finally:
        lite.close()
        team.close()


def _surnames(svc: Services, query: str) -> list[str]:
    """The surnames found (a display name is "Surname, Given")."""
    return [h.display_name.split(",")[0] for h in svc.search.clients(query)]


def test_close_spellings_are_found_in_the_same_order_on_both_kinds(
    both: tuple[Services, Services],
) -> None:
    lite, team = both
    for query, expected in MISSPELT.items():
        assert _surnames(lite, query) == expected, query
        assert _surnames(team, query) == expected, query
    for query in NOTHING:
        assert _surnames(lite, query) == [], query
        assert _surnames(team, query) == [], query


def test_exact_finds_come_before_close_spellings(both: tuple[Services, Services]) -> None:
    lite, team = both
    for svc in (lite, team):
        svc.clients.add(ClientCreate(given="Pablo", surname="Fernandes"))
        # One exact find is "few": the close spellings follow it, never before it.
        assert _surnames(svc, "fernandes") == ["Fernandes", "Fernández"]
        # Enough exact finds: no guesses mixed in.
        for given in ("Luz", "Leo"):
            svc.clients.add(ClientCreate(given=given, surname="Fernandes"))
        assert _surnames(svc, "fernandes") == ["Fernandes"] * 3


def test_the_rule_is_one_letter_in_five() -> None:
    assert search_fuzzy.score(["hernandes"], ["rosa", "hernandez"]) == pytest.approx(88.9, 0.01)
    assert search_fuzzy.score(["lopes"], ["ana", "lopez"]) == 80.0
    assert search_fuzzy.score(["hernandes"], ["fernandez"]) is None  # two letters off
    assert search_fuzzy.score(["rui"], ["ruiz"]) == 100.0  # a prefix, as ever
    assert search_fuzzy.score(["ruis"], ["ruiz"]) is None  # 4 letters: one wrong is 75
    assert search_fuzzy.score(["rus"], ["ruiz"]) is None  # short words are never guessed
    assert search_fuzzy.score(["hernandes", "rosa"], ["rosa", "hernandez"]) == pytest.approx(
        (88.9 + 100) / 2, 0.01
    )


def test_a_name_saved_a_moment_ago_is_found_misspelt(both: tuple[Services, Services]) -> None:
    """The store file's word list is kept between searches: a change must refresh it."""
    for svc in both:
        assert _surnames(svc, "Quispes") == []
        svc.clients.add(ClientCreate(given="Rosa", surname="Quispe"))
        assert _surnames(svc, "Quispes") == ["Quispe"]
        svc.clients.add(ClientCreate(given="Elmer", surname="Quispes Mamani"))
        # Found exactly first, then the close spelling (one exact find is "few").
        assert _surnames(svc, "Quispes") == ["Quispes Mamani", "Quispe"]
        assert _surnames(svc, "Mamany") == ["Quispes Mamani"]
