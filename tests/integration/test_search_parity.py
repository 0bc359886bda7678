"""Search finds the same clients on a store file (FTS5) and on a team store
(PostgreSQL full-text): the same demo people, the same queries, the same answers."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from tests.conftest import copy_store, make_services

QUERIES = (
    "hernandez", "HERNÁNDEZ", "hernán", "her", "muñoz", "munoz", "peña", "pena",
    "de la cruz", "cruz", "quiñones", "villa", "ur", "jose luis", "maría", "a", "zz",
    "krome", "O'Brien", "obrien", "garcía-lópez", "lopez", "123456789", "A123456789",
    "adelanto", "ñ",
)  # fmt: skip


@pytest.fixture
def both(
    tmp_path: Path, empty_store_template: Path, pg_url: str
) -> Iterator[tuple[Services, Services]]:
    lite = make_services(copy_store(empty_store_template, tmp_path / "s.sqlite"))
    team = make_services(pg_url)
    try:
        for svc in (lite, team):
            svc.demo.generate(clients=300, seed=5)
            svc.clients.add(ClientCreate(given="Seán", surname="O'Brien", a_number="A123456789"))
            svc.clients.add(ClientCreate(given="Inés", surname="García-López"))
            svc.clients.add_note(301, "Transferred to Krome, then Adelanto.")
        yield lite, team
    finally:
        lite.close()
        team.close()


def test_every_query_finds_the_same_clients_on_both_kinds(
    both: tuple[Services, Services],
) -> None:
    lite, team = both
    for query in QUERIES:
        on_file = {h.id for h in lite.search.clients(query, limit=1000)}
        on_server = {h.id for h in team.search.clients(query, limit=1000)}
        assert on_server == on_file, query
        # The queries do find people, except "zz". ("obrien" finds "O'Brien", two words
        # to the index, only as a close spelling of "brien": search_fuzzy.)
        assert bool(on_file) == (query != "zz"), query


def test_the_best_match_comes_first_on_both(both: tuple[Services, Services]) -> None:
    lite, team = both
    for query in ("o'brien", "garcia lopez", "A-123-456-789"):
        assert lite.search.clients(query)[0].id == team.search.clients(query)[0].id, query
