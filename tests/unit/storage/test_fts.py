"""The full-text index: accents folded on both sides, rebuilt from the tables."""

from sqlalchemy import text

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.storage import search as fts
from casedesk.storage.tables import FTS_TABLE


def search(svc: Services, query: str) -> list[int]:
    with svc.ctx.store.read() as session:
        return fts.search_ids(session, query, limit=50)


def populate(svc: Services) -> None:
    svc.clients.add(ClientCreate(given="José", surname="Hernández", a_number="A123456789"))
    svc.clients.add(ClientCreate(given="Zoë", surname="Ñúñez"))
    svc.clients.add_alias(1, "Joseph", "Fernandes")
    svc.clients.add_note(2, "Transferred to Krome.")


def test_index_is_accent_and_case_insensitive(services: Services) -> None:
    populate(services)
    assert search(services, "hernandez") == [1]
    assert search(services, "HERNÁNDEZ") == [1]
    assert search(services, "zoe nunez") == [2]
    assert search(services, "Zoë Ñúñez") == [2]
    assert search(services, "fernandes") == [1]
    assert search(services, "krome") == [2]
    assert search(services, "A123456789") == [1]


def test_match_expression_quotes_every_word_as_a_prefix() -> None:
    assert fts.match_expression("José  Hernández") == '"jose"* AND "hernandez"*'
    assert fts.match_expression("   ") is None


def test_rebuild_all_restores_a_lost_index(services: Services) -> None:
    populate(services)
    with services.ctx.store.write() as session:
        fts.clear(session)
    report = services.maintenance.check()
    assert report.search_index_missing == 2
    assert any("missing from the search index" in p for p in report.problems)
    assert search(services, "hernandez") == []

    with services.ctx.store.write() as session:
        assert fts.rebuild_all(session) == 2
    assert services.maintenance.check().ok
    assert search(services, "hernandez") == [1]
    assert search(services, "fernandes") == [1]  # aliases come back too
    assert search(services, "krome") == [2]  # and notes


def test_rebuild_all_drops_rows_of_deleted_clients(sqlite_services: Services) -> None:
    # Only FTS5 can hold a row for a client that does not exist (PostgreSQL's index
    # table has a foreign key that removes it with the client).
    services = sqlite_services
    populate(services)
    with services.ctx.store.write() as session:
        session.execute(
            text(f"INSERT INTO {FTS_TABLE}(rowid, names, ids, notes) VALUES (99, 'Ghost', '', '')")
        )
    assert search(services, "ghost") == [99]
    with services.ctx.store.write() as session:
        fts.rebuild_all(session)
    assert search(services, "ghost") == []
