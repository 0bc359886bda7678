"""The client list read page by page from a cursor gives exactly the rows, in exactly
the order, of one long read: for every sort, both directions, empty sort values
included, on both kinds of store."""

import pytest

from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientQuery
from casedesk.storage.client_pages import SORTS


def _walk(services: Services, query: ClientQuery, page: int) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        got = services.clients.list(
            ClientQuery(**{**query.__dict__, "limit": page, "after": after, "with_total": False})
        )
        ids += [r.id for r in got.rows]
        if len(got.rows) < page:
            return ids
        after = got.after


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_pages_from_a_cursor_match_one_long_read(services: Services, sort: str) -> None:
    services.demo.generate(clients=60, seed=11)
    # Namesakes (same sort key) and clients with no A-Number or nationality: the cursor
    # must neither skip nor repeat them.
    for _ in range(3):
        services.clients.add(ClientCreate(given="Ana", surname="Zeta"))
    for descending in (False, True):
        query = ClientQuery(sort=sort, descending=descending, include_archived=True)
        whole = [
            r.id
            for r in services.clients.list(ClientQuery(**{**query.__dict__, "limit": 5000})).rows
        ]
        assert len(whole) == len(set(whole)) == 63
        for page in (1, 7, 200):
            assert _walk(services, query, page) == whole, (sort, descending, page)


def test_the_cursor_keeps_the_filters(services: Services) -> None:
    services.demo.generate(clients=80, seed=12)
    status = services.clients.list().rows[0].status
    query = ClientQuery(status=status, sort="nationality")
    whole = services.clients.list(ClientQuery(status=status, sort="nationality", limit=5000))
    assert whole.total == len(whole.rows) > 0
    assert _walk(services, query, 4) == [r.id for r in whole.rows]


def test_an_unknown_sort_is_refused_in_plain_words(services: Services) -> None:
    with pytest.raises(ValidationError, match="cannot sort by 'shoe size'"):
        services.clients.list(ClientQuery(sort="shoe size"))
