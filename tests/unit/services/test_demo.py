"""The demo generator: deterministic by seed, consistent stores, one audit entry."""

from pathlib import Path

import pytest

from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery
from tests.conftest import copy_store, make_services


def everything(svc: Services) -> list[object]:
    rows = svc.clients.list(ClientQuery(sort="id", limit=5000)).rows
    return [rows, [svc.clients.get(r.id) for r in rows[:10]], svc.matters.list()]


def test_same_seed_gives_the_same_store(
    services: Services, tmp_path: Path, empty_store_template: Path
) -> None:
    services.demo.generate(clients=40, seed=11)
    other = make_services(copy_store(empty_store_template, tmp_path / "other.sqlite"))
    try:
        other.demo.generate(clients=40, seed=11)
        assert everything(other) == everything(services)
        third = make_services(copy_store(empty_store_template, tmp_path / "third.sqlite"))
        try:
            third.demo.generate(clients=40, seed=12)
            assert everything(third)[0] != everything(services)[0]
        finally:
            third.close()
    finally:
        other.close()


def test_demo_store_is_consistent_and_matters_are_added_once(services: Services) -> None:
    services.demo.generate(clients=30, seed=1)
    matters = services.matters.list()
    assert matters, "the demo places people in the public matters"
    services.demo.generate(clients=20, seed=2)
    assert services.matters.list() == matters
    page = services.clients.list(ClientQuery(include_archived=True, limit=5000))
    assert page.total == 50
    assert len({r.id for r in page.rows}) == 50
    report = services.maintenance.check()
    assert report.ok, report.problems
    assert report.clients == 50
    assert report.audit_entries == 2  # one per batch
    # every demo client can be found by name
    sample = next(r for r in page.rows if "," in r.display_name)
    surname = sample.display_name.split(",")[0].split()[0]
    assert sample.id in [h.id for h in services.search.clients(surname, limit=200)]


@pytest.mark.parametrize("count", [-1, 1_000_001])
def test_out_of_range_count_is_refused(services: Services, count: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.demo.generate(clients=count)
    assert caught.value.field == "clients"
    assert services.maintenance.check().audit_entries == 0
