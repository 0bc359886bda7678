"""Client use cases: edits with optimistic locking, the list's filters and sorts,
archiving, and the summary columns derived from the histories."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.domain.errors import ConflictError, NotFoundError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ClientQuery,
    ClientUpdate,
    CustodyCreate,
    MatterCreate,
    StatusCreate,
)
from tests.conftest import copy_store, make_services


def names(svc: Services, **query: object) -> list[str]:
    return [r.display_name for r in svc.clients.list(ClientQuery(**query)).rows]  # type: ignore[arg-type]


def add(svc: Services, given: str, surname: str, **kw: str) -> int:
    new_id = svc.clients.add(ClientCreate(given=given, surname=surname, **kw)).new_id
    assert new_id is not None
    return new_id


# ----------------------------------------------------------------------------- update
def test_update_with_current_version_applies_and_bumps_version(services: Services) -> None:
    cid = add(services, "Ana", "Pérez")
    version = services.clients.get(cid).version
    services.clients.update(
        cid, ClientUpdate(given="Ana María", dob="1990-05-17"), expected_version=version
    )
    detail = services.clients.get(cid)
    assert (detail.given, detail.dob, detail.version) == ("Ana María", "1990-05-17", version + 1)


def test_update_with_stale_version_raises_conflict_and_changes_nothing(
    services: Services,
) -> None:
    cid = add(services, "Ana", "Pérez", a_number="A123456789")
    opened = services.clients.get(cid).version
    services.clients.update(cid, ClientUpdate(surname="Pérez López"))  # someone else's edit
    current = services.clients.get(cid)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        services.clients.update(
            cid, ClientUpdate(given="Eva", a_number=""), expected_version=opened
        )
    assert services.clients.get(cid) == current
    assert current.a_number == "123456789"


def test_update_refuses_an_a_number_held_by_another_client(services: Services) -> None:
    add(services, "Ana", "Pérez", a_number="A123456789")
    other = add(services, "Luis", "Soto")
    before = services.clients.get(other)
    with pytest.raises(ValidationError) as caught:
        services.clients.update(other, ClientUpdate(given="Luis Miguel", a_number="123-456-789"))
    assert caught.value.field == "a_number"
    assert "already belongs to client 1" in caught.value.reason
    assert services.clients.get(other) == before


def test_update_with_empty_string_clears_optional_fields(services: Services) -> None:
    cid = add(services, "Ana", "Pérez", a_number="A123456789", nationality="VE", dob="1990")
    services.clients.update(cid, ClientUpdate(a_number="", nationality="", dob=""))
    detail = services.clients.get(cid)
    assert (detail.a_number, detail.nationality, detail.dob) == (None, None, None)
    assert services.search.clients("123456789") == []


def test_update_missing_client_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.clients.update(99, ClientUpdate(given="X"))


# ----------------------------------------------------------------------------- resolve
@pytest.mark.parametrize("key", ["2", " 2 ", "A-123-456-789", "a123456789", "123 456 789"])
def test_resolve_by_id_or_any_a_number_form(services: Services, key: str) -> None:
    add(services, "Ana", "Pérez")
    add(services, "Luis", "Soto", a_number="A123456789")
    assert services.clients.resolve(key) == 2


def test_resolve_refuses_unknown_and_nonsense(services: Services) -> None:
    add(services, "Ana", "Pérez")
    with pytest.raises(NotFoundError):
        services.clients.resolve("99999")
    with pytest.raises(NotFoundError):
        services.clients.resolve("A-999-999-999")
    with pytest.raises(ValidationError) as caught:
        services.clients.resolve("Ana")
    assert caught.value.field == "client"


# ----------------------------------------------------------------------------- list
@pytest.fixture(scope="module")
def roster_template(tmp_path_factory: pytest.TempPathFactory, empty_store_template: Path) -> Path:
    path = copy_store(empty_store_template, tmp_path_factory.mktemp("roster") / "roster.sqlite")
    svc = make_services(path)
    try:
        build_roster(svc)
    finally:
        svc.close()
    return path


@pytest.fixture
def roster(roster_template: Path, store_path: Path) -> Iterator[Services]:
    svc = make_services(copy_store(roster_template, store_path))
    try:
        yield svc
    finally:
        svc.close()


def build_roster(services: Services) -> None:
    """Pérez (VE, final order, detained, tagged), Soto (SV, TPS, on matter 1),
    Álvarez (HN, final order, archived), Ortega (no status), an unidentified man."""
    perez = add(services, "Ana", "Pérez", nationality="VE", a_number="A000000300")
    services.clients.update(perez, ClientUpdate(tags="priority, CECOT"))
    services.clients.add_status(perez, StatusCreate(status="final_order", date="2025-02"))
    services.clients.add_custody(perez, CustodyCreate(kind="detained", date="2025-03-01"))
    soto = add(services, "Luis", "Soto", nationality="El Salvador", a_number="A000000100")
    services.clients.add_status(soto, StatusCreate(status="tps", date="2024"))
    services.clients.add_custody(soto, CustodyCreate(kind="contact", date="2025-04-01"))
    alvarez = add(services, "Zoe", "Álvarez", nationality="HN")
    services.clients.add_status(alvarez, StatusCreate(status="final_order", date="2025-01"))
    services.clients.set_archived(alvarez, True)
    ortega = add(services, "Bruno", "Ortega", a_number="A000000200")
    services.clients.add_custody(ortega, CustodyCreate(kind="released", date="2025-04-20"))
    services.clients.add(ClientCreate(description="Unidentified man on the second flight"))
    services.matters.add(
        MatterCreate(title="Soto v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-00951")
    )
    services.matters.link(soto, 1, "petitioner")


def test_default_list_is_by_name_accents_ignored_unidentified_last_archived_hidden(
    roster: Services,
) -> None:
    assert names(roster) == [
        "Ortega, Bruno",
        "Pérez, Ana",
        "Soto, Luis",
        "Unidentified man on the second flight",
    ]
    assert names(roster, include_archived=True)[0] == "Álvarez, Zoe"
    assert roster.clients.list().total == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "final_order"}, ["Pérez, Ana"]),
        ({"status": "Final Order", "include_archived": True}, ["Álvarez, Zoe", "Pérez, Ana"]),
        ({"status": "unknown"}, ["Ortega, Bruno", "Unidentified man on the second flight"]),
        ({"nationality": "Venezuela"}, ["Pérez, Ana"]),
        ({"nationality": "sv"}, ["Soto, Luis"]),
        ({"nationality": "HN"}, []),
        ({"matter_id": 1}, ["Soto, Luis"]),
        ({"matter_id": 99}, []),
        ({"whereabouts": "detained"}, ["Pérez, Ana"]),
        ({"tag": "cecot"}, ["Pérez, Ana"]),
        ({"archived_only": True}, ["Álvarez, Zoe"]),
        ({"status": "final_order", "whereabouts": "released"}, []),
    ],
)
def test_list_filters(roster: Services, query: dict[str, object], expected: list[str]) -> None:
    assert names(roster, **query) == expected
    assert roster.clients.list(ClientQuery(**query)).total == len(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("name", True, ["Unidentified man on the second flight", "Soto, Luis", "Pérez, Ana",
                        "Ortega, Bruno"]),
        ("a_number", False, ["Unidentified man on the second flight", "Soto, Luis",
                             "Ortega, Bruno", "Pérez, Ana"]),
        ("id", False, ["Pérez, Ana", "Soto, Luis", "Ortega, Bruno",
                       "Unidentified man on the second flight"]),
    ],
)  # fmt: skip
def test_list_sorts(roster: Services, sort: str, descending: bool, expected: list[str]) -> None:
    assert names(roster, sort=sort, descending=descending) == expected


def test_list_sorts_by_last_contact_most_recent_first(roster: Services) -> None:
    assert names(roster, sort="last_contact", descending=True)[:2] == [
        "Ortega, Bruno",
        "Soto, Luis",
    ]


def test_list_pages(roster: Services) -> None:
    first = roster.clients.list(ClientQuery(limit=3))
    second = roster.clients.list(ClientQuery(limit=3, offset=3))
    assert (first.total, second.total) == (4, 4)
    assert [r.display_name for r in first.rows + second.rows] == names(roster)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"sort": "shoe_size"}, "sort"),
        ({"status": "married"}, "status"),
        ({"nationality": "Narnia"}, "nationality"),
        ({"whereabouts": "moon"}, "whereabouts"),
    ],
)
def test_list_refuses_unknown_filter_values(
    roster: Services, query: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        roster.clients.list(ClientQuery(**query))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_row_shows_matters_and_a_number(roster: Services) -> None:
    [soto] = roster.clients.list(ClientQuery(matter_id=1)).rows
    assert soto.matters == ["8:25-cv-00951"]
    assert soto.a_number == "000000100"
    assert soto.a_number_display == "A-000-000-100"


# ----------------------------------------------------------------------------- archive
def test_archive_and_restore(roster: Services) -> None:
    version = roster.clients.get(1).version
    roster.clients.set_archived(1, True)
    assert "Pérez, Ana" not in names(roster)
    assert names(roster, archived_only=True) == ["Álvarez, Zoe", "Pérez, Ana"]
    detail = roster.clients.get(1)
    assert detail.archived is True
    assert detail.version == version + 1
    roster.clients.set_archived(1, False)
    assert "Pérez, Ana" in names(roster)
    assert roster.clients.get(1).archived is False


def test_archive_missing_client_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.clients.set_archived(7, True)


# ----------------------------------------------------------------------------- derived columns
def test_an_older_status_added_later_does_not_become_current(services: Services) -> None:
    cid = add(services, "José", "Hernández")
    services.clients.add_status(cid, StatusCreate(status="final_order", date="2025-02"))
    services.clients.add_status(cid, StatusCreate(status="pending_asylum", date="2024-01"))
    detail = services.clients.get(cid)
    assert (detail.status, detail.status_since) == ("final_order", "2025-02")
    assert [s.status for s in detail.statuses] == ["pending_asylum", "final_order"]
    [row] = services.clients.list(ClientQuery(status="final_order")).rows
    assert row.id == cid
    services.clients.add_status(
        cid, StatusCreate(status="withholding_granted", date="2025-03-10", country="Venezuela")
    )
    detail = services.clients.get(cid)
    assert (detail.status, detail.status_since) == ("withholding_granted", "2025-03-10")
    assert detail.statuses[-1].country == "VE"


def test_same_day_status_entries_the_later_entered_counts(services: Services) -> None:
    cid = add(services, "José", "Hernández")
    services.clients.add_status(cid, StatusCreate(status="pending_asylum", date="2025-02-01"))
    services.clients.add_status(cid, StatusCreate(status="final_order", date="2025-02-01"))
    assert services.clients.get(cid).status == "final_order"


def test_whereabouts_and_last_contact_follow_the_dates_not_the_entry_order(
    services: Services,
) -> None:
    cid = add(services, "José", "Hernández")
    services.clients.add_custody(
        cid, CustodyCreate(kind="removed", date="2025-03-16", place="CECOT", country="SV")
    )
    services.clients.add_custody(cid, CustodyCreate(kind="detained", date="2025-03-01"))
    detail = services.clients.get(cid)
    assert (detail.whereabouts, detail.whereabouts_place, detail.whereabouts_country) == (
        "removed",
        "CECOT",
        "SV",
    )
    assert detail.whereabouts_since == "2025-03-16"
    assert detail.last_contact is None
    assert detail.days_since_contact is None

    services.clients.add_custody(cid, CustodyCreate(kind="contact", date="2025-04-20"))
    services.clients.add_custody(cid, CustodyCreate(kind="contact", date="2025-01-05"))
    detail = services.clients.get(cid)
    assert detail.whereabouts == "removed"  # a call says nothing about where someone is
    assert detail.last_contact == "2025-04-20"
    assert detail.days_since_contact == 11  # the fixed clock says 1 May 2025

    services.clients.add_custody(cid, CustodyCreate(kind="returned_to_us", date="2025-04-25"))
    detail = services.clients.get(cid)
    assert (detail.whereabouts, detail.last_contact) == ("returned_to_us", "2025-04-25")
    assert [e.kind for e in detail.custody] == [
        "contact",
        "detained",
        "removed",
        "contact",
        "returned_to_us",
    ]


def test_history_entry_for_missing_client_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.clients.add_custody(5, CustodyCreate(kind="detained", date="2025"))
    assert services.clients.list().total == 0


def test_unidentified_person_needs_a_description(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.clients.add(ClientCreate())
    assert caught.value.field == "surname"
    cid = services.clients.add(ClientCreate(description="Man in a red jacket")).new_id
    assert cid is not None
    assert services.clients.get(cid).display_name == "Man in a red jacket"
