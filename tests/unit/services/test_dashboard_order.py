"""Dashboard bars come back in one order on every kind of store: most clients first,
ties by key, "not recorded" last (PostgreSQL and SQLite break ties differently)."""

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate, StatusCreate


def _client(services: Services, given: str, whereabouts: str | None = None) -> int:
    new_id = services.clients.add(ClientCreate(given=given, surname="Arévalo")).new_id
    assert new_id is not None
    if whereabouts is not None:
        services.clients.add_custody(
            new_id, CustodyCreate(kind=whereabouts, date="2025-03-16", country="SV")
        )
    return new_id


def test_tied_bars_order_by_key_with_not_recorded_last(services: Services) -> None:
    # One client each: unrecorded, whereabouts unknown, detained — a three-way tie.
    _client(services, "Tomás")
    _client(services, "Lucía", "whereabouts_unknown")
    _client(services, "Marta", "detained")
    figures = services.dashboard.figures()
    assert list(figures.by_whereabouts) == ["detained", "whereabouts_unknown", ""]
    assert list(figures.by_whereabouts.values()) == [1, 1, 1]


def test_more_clients_come_first_whatever_the_key(services: Services) -> None:
    first = _client(services, "Tomás")
    second = _client(services, "Lucía")
    _client(services, "Marta", "whereabouts_unknown")
    for client in (first, second):
        services.clients.add_status(client, StatusCreate(status="final_order", date="2025-03-01"))
    figures = services.dashboard.figures()
    assert next(iter(figures.by_status.items())) == ("final_order", 2)
    assert list(figures.by_whereabouts.items()) == [("", 2), ("whereabouts_unknown", 1)]
