"""Matters, orders, obligations and compliance: who an obligation binds, when it is
overdue (with the fixed clock: 1 May 2025, 08:00 in New York), and the refusals."""

import pytest

from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
)


@pytest.fixture
def case(services: Services) -> Services:
    """Clients 1 and 2 on matter 1 (J.G.G.), client 3 on no matter, order 1."""
    for given, surname in (("José", "Hernández"), ("Luis", "Soto"), ("Ana", "Pérez")):
        services.clients.add(ClientCreate(given=given, surname=surname))
    services.matters.add(
        MatterCreate(
            title="J.G.G. v. Trump",
            kind="class_action",
            court="D.D.C.",
            docket="1:25-cv-00766",
            judge="Boasberg",
        )
    )
    services.matters.link(1, 1, "named_plaintiff")
    services.matters.link(2, 1, "class_member")
    services.orders.add(
        OrderCreate(matter_id=1, kind="tro", title="TRO", issued="2025-03-15T18:45-04:00")
    )
    return services


def obligation(svc: Services, due: str, *clients: int) -> int:
    new_id = svc.orders.add_obligation(
        ObligationCreate(order_id=1, text="Return the flights", due=due, client_ids=clients)
    ).new_id
    assert new_id is not None
    return new_id


def comply(svc: Services, ob: int, client: int, status: str, date: str | None = None) -> None:
    svc.orders.set_compliance(
        ComplianceSet(obligation_id=ob, client_id=client, status=status, date=date)
    )


def test_order_records_issue_time_zone_and_inherits_the_judge(case: Services) -> None:
    order = case.orders.get(1)
    assert order.issued_at == "2025-03-15T18:45-04:00"
    assert order.judge == "Boasberg"
    assert [h.status for h in order.history] == ["in_force"]
    case.orders.add(OrderCreate(matter_id=1, kind="stay", title="Stay", issued="2025-04-07"))
    assert case.orders.get(2).issued_at == "2025-04-07T00:00-04:00"  # the user's zone


def test_an_older_order_status_added_later_does_not_become_current(case: Services) -> None:
    case.orders.set_status(1, "vacated", "2025-04-07")
    case.orders.set_status(1, "stayed", "2025-03-28")
    order = case.orders.get(1)
    assert order.status == "vacated"
    assert [h.status for h in order.history] == ["in_force", "stayed", "vacated"]


def test_obligation_past_due_is_overdue_until_complied(case: Services) -> None:
    ob = obligation(case, "2025-03-15T19:00-04:00", 1)
    [item] = case.clients.get(1).obligations
    assert (item.overdue, item.days_overdue, item.compliance) == (True, 47, "pending")
    assert case.orders.overdue_count() == 1

    comply(case, ob, 1, "partial", "2025-03-20")
    assert case.clients.get(1).obligations[0].overdue is True
    comply(case, ob, 1, "complied", "2025-04-01")
    [item] = case.clients.get(1).obligations
    assert (item.overdue, item.days_overdue, item.compliance) == (False, 0, "complied")
    assert case.orders.overdue_count() == 0

    # The latest record by date counts: an older one entered later changes nothing...
    comply(case, ob, 1, "not_complied", "2025-03-16")
    assert case.clients.get(1).obligations[0].compliance == "complied"
    # ...a newer one does.
    comply(
        case,
        ob,
        1,
        "not_complied",
        "2025-04-15",
    )
    assert case.clients.get(1).obligations[0].overdue is True


def test_date_only_deadline_runs_to_the_end_of_the_day_in_the_users_zone(
    case: Services,
) -> None:
    today = obligation(case, "2025-05-01", 1)
    yesterday = obligation(case, "2025-04-30", 1)
    by_id = {o.obligation_id: o for o in case.clients.get(1).obligations}
    assert by_id[today].due_at == "2025-05-01T23:59-04:00"
    assert (by_id[today].overdue, by_id[today].days_overdue) == (False, 0)
    assert (by_id[yesterday].overdue, by_id[yesterday].days_overdue) == (True, 1)


def test_deadline_in_another_zone_is_compared_as_an_instant(case: Services) -> None:
    # 12:30 UTC on 1 May is after the fixed clock's 12:00 UTC.
    later = obligation(case, "2025-05-01 08:30 America/New_York", 1)
    earlier = obligation(case, "2025-05-01T13:59+02:00", 1)
    by_id = {o.obligation_id: o for o in case.clients.get(1).obligations}
    assert by_id[later].overdue is False
    assert by_id[earlier].overdue is True


def test_obligation_naming_nobody_binds_the_whole_roster_including_later_parties(
    case: Services,
) -> None:
    ob = obligation(case, "2025-03-15T19:00-04:00")
    view = case.orders.get(1).obligations[0]
    assert view.binds_whole_roster is True
    assert sorted(c.client_id for c in view.compliance) == [1, 2]
    assert case.clients.get(3).obligations == []
    case.matters.link(3, 1, "class_member")
    assert [o.obligation_id for o in case.clients.get(3).obligations] == [ob]
    comply(case, ob, 3, "complied")
    assert case.orders.overdue_count() == 2  # clients 1 and 2 still waiting


def test_named_obligation_binds_only_the_named(case: Services) -> None:
    ob = obligation(case, "2025-03-15T19:00-04:00", 2)
    assert case.clients.get(1).obligations == []
    assert [o.obligation_id for o in case.clients.get(2).obligations] == [ob]
    view = case.orders.get(1).obligations[0]
    assert view.binds_whole_roster is False
    assert [c.client_id for c in view.compliance] == [2]


def test_obligation_cannot_bind_a_client_not_on_the_matter(case: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        obligation(case, "2025-04-01", 1, 3)
    assert caught.value.field == "client"
    assert "not a party to matter 1" in caught.value.reason
    assert case.orders.get(1).obligations == []
    with pytest.raises(NotFoundError):
        obligation(case, "2025-04-01", 99)


def test_compliance_only_for_a_client_the_obligation_binds(case: Services) -> None:
    ob = obligation(case, "2025-04-01", 1)
    for client in (2, 3):
        with pytest.raises(ValidationError) as caught:
            comply(case, ob, client, "complied")
        assert caught.value.field == "client"
    with pytest.raises(NotFoundError):
        comply(case, ob, 99, "complied")
    with pytest.raises(NotFoundError):
        comply(case, 99, 1, "complied")
    assert all(c.status == "pending" for c in case.orders.get(1).obligations[0].compliance)


def test_duplicate_docket_is_refused_only_within_the_same_court(case: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        case.matters.add(
            MatterCreate(title="Again", kind="habeas", court="ddc", docket="1:25-CV-766")
        )
    assert caught.value.field == "docket"
    assert "already matter 1" in caught.value.reason
    other = case.matters.add(
        MatterCreate(title="Elsewhere", kind="habeas", court="D. Mass.", docket="1:25-cv-00766")
    )
    assert other.new_id == 2
    assert [m.court for m in case.matters.list()] == ["D.D.C.", "D. Mass."]


def test_linking_again_changes_the_role_and_unlinking_removes(case: Services) -> None:
    case.matters.link(1, 1, "Class member")
    parties = case.matters.get(1).parties
    assert [(p.client_id, p.role) for p in parties] == [(1, "class_member"), (2, "class_member")]
    case.matters.unlink(2, 1)
    assert [p.client_id for p in case.matters.get(1).parties] == [1]
    assert case.clients.get(2).matter_links == []
    with pytest.raises(NotFoundError):
        case.matters.unlink(2, 1)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda s: s.orders.add(OrderCreate(matter_id=1, kind="tro", title="T",
                                            issued="2025-03-15T18:45 Mars/Base")), "issued"),
        (lambda s: s.orders.add(OrderCreate(matter_id=1, kind="tro", title="",
                                            issued="2025-03-15")), "title"),
        (lambda s: s.orders.add(OrderCreate(matter_id=1, kind="tro", title="T",
                                            issued="2025-03-15", summary="x" * 20_001)), "summary"),
        (lambda s: s.orders.set_status(1, "overturned", "2025-04-01"), "status"),
        (lambda s: s.orders.add_obligation(ObligationCreate(order_id=1, text="t" * 2001,
                                                            due="2025-04-01")), "text"),
        (lambda s: s.matters.add(MatterCreate(title="T", kind="habeas", court="D.D.C.",
                                              docket="1:25-cv-00001", judge="J\x00")), "judge"),
    ],
)  # fmt: skip
def test_order_input_refusals_name_the_field(case: Services, make: object, field: str) -> None:
    before = case.orders.list()
    with pytest.raises(ValidationError) as caught:
        make(case)  # type: ignore[operator]
    assert caught.value.field == field
    assert case.orders.list() == before
    assert len(case.matters.list()) == 1
