"""Correcting the record at the service level: every kind of entry is edited by the
same rules as adding, a stale edit is caught, removal goes to the Trash with what hung
on the entry, restore brings it all back, and derived data follows at once."""

from typing import Any

import pytest

from casedesk.domain.errors import NotFoundError, StaleEditError, ValidationError
from casedesk.services import entry_schemas as es
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, StatusCreate
from tests.unit.services.correction_case import build_case


@pytest.fixture
def case(services: Services) -> tuple[Services, dict[str, int]]:
    return services, build_case(services)


#: kind -> (an update, the field it changes, the raw value read back)
EDITS: dict[str, tuple[Any, str, Any]] = {
    "alias": (es.AliasUpdate(surname="Perez"), "surname", "Perez"),
    "status": (es.StatusUpdate(date="2025-03-16"), "date", "2025-03-16"),
    "custody": (es.CustodyUpdate(place="Otay Mesa"), "place", "Otay Mesa"),
    "note": (es.NoteUpdate(body="Brother called"), "body", "Brother called"),
    "contact": (es.ContactUpdate(phone="+58 212 555 0199"), "phone", "+58 212 555 0199"),
    "document": (es.DocumentUpdate(filename="i589.txt"), "filename", "i589.txt"),
    "matter": (es.MatterUpdate(title="J.G.G. v. Trump"), "title", "J.G.G. v. Trump"),
    "party": (es.PartyUpdate(role="named_plaintiff"), "role", "named_plaintiff"),
    "order": (
        es.OrderUpdate(title="Temporary restraining order"),
        "title",
        "Temporary restraining order",
    ),
    "order_status": (es.OrderStatusUpdate(source="docket 12"), "source", "docket 12"),
    "obligation": (es.ObligationUpdate(due="2025-04-08"), "due", "2025-04-08T23:59-04:00"),
    "compliance": (es.ComplianceUpdate(status="complied"), "status", "complied"),
    "deadline": (es.DeadlineUpdate(title="File reply"), "title", "File reply"),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_kind_of_entry_can_be_edited(
    case: tuple[Services, dict[str, int]], kind: str
) -> None:
    svc, ids = case
    update, field, expected = EDITS[kind]
    before = svc.records.get(kind, ids[kind])
    changes = svc.records.edit(kind, ids[kind], update, expected_version=before.version)
    after = svc.records.get(kind, ids[kind])
    assert after.values[field] == expected
    assert after.version == before.version + 1
    assert changes.touches_clients or changes.matters or changes.orders or changes.deadlines
    last = svc.audit.history(limit=1)[0]
    assert (last.action, last.entity_id) == ("update", ids[kind])
    assert field in last.after or any(k.startswith(field) for k in last.after)


def test_an_edit_with_nothing_new_changes_nothing(case: tuple[Services, dict[str, int]]) -> None:
    svc, ids = case
    entries = len(svc.audit.history())
    assert (
        svc.records.edit(
            "note", ids["note"], es.NoteUpdate(body="Sister called from Caracas")
        ).clients
        == frozenset()
    )
    assert len(svc.audit.history()) == entries
    assert svc.records.get("note", ids["note"]).version == 1


def test_a_status_in_the_future_is_refused_when_added_and_when_edited(services: Services) -> None:
    cid = services.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id
    assert cid is not None
    with pytest.raises(ValidationError, match="2052 is in the future") as refused:
        services.clients.add_status(cid, StatusCreate(status="pending_asylum", date="2052-03-15"))
    assert refused.value.field == "date"
    sid = services.clients.add_status(cid, StatusCreate(status="tps", date="2025-03-15")).new_id
    assert sid is not None
    with pytest.raises(ValidationError, match="in the future"):
        services.records.edit("status", sid, es.StatusUpdate(date="2052-03-15"))
    assert services.clients.get(cid).status_since == "2025-03-15"


@pytest.mark.parametrize(
    ("kind", "update"),
    [
        ("custody", es.CustodyUpdate(date="2030")),
        ("order", es.OrderUpdate(issued="2030-01-01")),
        ("order_status", es.OrderStatusUpdate(date="2030-01")),
        ("compliance", es.ComplianceUpdate(date="2030-01-01")),
    ],
)
def test_dates_of_things_that_happened_cannot_be_in_the_future(
    case: tuple[Services, dict[str, int]], kind: str, update: Any
) -> None:
    svc, ids = case
    before = svc.records.get(kind, ids[kind])
    with pytest.raises(ValidationError, match="in the future"):
        svc.records.edit(kind, ids[kind], update)
    assert svc.records.get(kind, ids[kind]) == before


def test_deadlines_and_obligations_may_fall_due_in_the_future(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    svc.records.edit("deadline", ids["deadline"], es.DeadlineUpdate(due="2030-01-01"))
    svc.records.edit("obligation", ids["obligation"], es.ObligationUpdate(due="2030-01-01"))
    assert svc.records.get("deadline", ids["deadline"]).values["due"].startswith("2030-01-01")


def test_an_edit_is_refused_by_the_same_rule_as_adding(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    with pytest.raises(ValidationError) as refused:
        svc.records.edit("status", ids["status"], es.StatusUpdate(status="withholding_granted"))
    assert refused.value.field == "country"
    with pytest.raises(ValidationError) as bad_email:
        svc.records.edit("contact", ids["contact"], es.ContactUpdate(email="not-an-address"))
    assert bad_email.value.field == "email"


def test_a_stale_edit_says_who_changed_the_entry_and_can_overwrite_on_purpose(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    opened = svc.records.get("status", ids["status"])
    svc.records.edit(
        "status", ids["status"], es.StatusUpdate(date="2025-03-14"), expected_version=opened.version
    )
    with pytest.raises(StaleEditError) as stale:
        svc.records.edit(
            "status",
            ids["status"],
            es.StatusUpdate(source="other"),
            expected_version=opened.version,
        )
    err = stale.value
    assert err.changed_by == "tester"
    assert err.current_version == opened.version + 1
    assert "2025-03-15 → 2025-03-14" in err.what
    assert "changed by tester" in str(err)
    assert svc.records.get("status", ids["status"]).values["source"] == "I-589 receipt"
    svc.records.edit(
        "status",
        ids["status"],
        es.StatusUpdate(source="other"),
        expected_version=err.current_version,
    )
    assert svc.records.get("status", ids["status"]).values["source"] == "other"


def test_editing_an_entry_removed_meanwhile_says_so(case: tuple[Services, dict[str, int]]) -> None:
    svc, ids = case
    opened = svc.records.get("note", ids["note"])
    svc.records.remove("note", ids["note"], "wrong client")
    with pytest.raises(StaleEditError) as gone:
        svc.records.edit(
            "note", ids["note"], es.NoteUpdate(body="x"), expected_version=opened.version
        )
    assert gone.value.removed
    assert "removed by tester" in str(gone.value)


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_kind_of_entry_can_be_removed_and_restored(
    case: tuple[Services, dict[str, int]], kind: str
) -> None:
    svc, ids = case
    before = svc.records.get(kind, ids[kind])
    changes = svc.records.remove(kind, ids[kind], "source retracted")
    with pytest.raises(NotFoundError):
        svc.records.get(kind, ids[kind])
    items = svc.trash.list(kind)
    assert [(i.id, i.entry_id, i.reason, i.removed_by) for i in items] == [
        (changes.new_id, ids[kind], "source retracted", "tester")
    ]
    assert changes.new_id is not None
    restored = svc.trash.restore(changes.new_id)
    assert restored.new_id == ids[kind]
    assert svc.records.get(kind, ids[kind]).values == before.values
    assert svc.trash.list() == []
    assert svc.maintenance.check().ok


def test_a_removal_needs_a_reason_and_changes_nothing_without_one(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    with pytest.raises(ValidationError) as refused:
        svc.records.remove("note", ids["note"], "   ")
    assert refused.value.field == "reason"
    assert svc.records.get("note", ids["note"]).id == ids["note"]
    assert svc.trash.list() == []


def test_removing_the_current_status_recomputes_the_summary_at_once(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    cid = ids["client"]
    svc.clients.add_status(cid, StatusCreate(status="tps", date="2025-04-01"))
    assert svc.clients.get(cid).status == "tps"
    latest = svc.clients.get(cid).statuses[-1].id
    svc.records.remove("status", latest, "entered on the wrong client")
    detail = svc.clients.get(cid)
    assert (detail.status, detail.status_since) == ("pending_asylum", "2025-03-15")
    assert svc.dashboard.figures().by_status.get("tps") is None
    svc.records.remove("custody", ids["custody"], "press report retracted")
    assert svc.clients.get(cid).whereabouts is None


def test_a_removed_note_or_alias_leaves_the_search_index(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    assert [h.id for h in svc.search.clients("Caracas")] == [ids["client"]]
    assert [h.id for h in svc.search.clients("Anita")] == [ids["client"]]
    note_item = svc.records.remove("note", ids["note"], "wrong client").new_id
    svc.records.remove("alias", ids["alias"], "not her")
    assert svc.search.clients("Caracas") == []
    assert svc.search.clients("Anita") == []
    assert note_item is not None
    svc.trash.restore(note_item)
    assert [h.id for h in svc.search.clients("Caracas")] == [ids["client"]]


def test_deleting_a_client_takes_everything_and_restore_brings_it_back(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    cid = ids["client"]
    before = svc.clients.get(cid)
    content = svc.documents.content(ids["document"])
    item = svc.records.delete_client(cid, "entered twice").new_id
    assert item is not None
    with pytest.raises(NotFoundError):
        svc.clients.get(cid)
    assert svc.search.clients("Pérez") == []
    assert svc.dashboard.figures().clients == 1
    assert svc.deadlines.agenda()
    assert all(a.client_id != cid for a in svc.deadlines.agenda())
    listed = svc.trash.get(item)
    assert listed.kind == "client"
    assert listed.contains["note"] == 1
    assert listed.contains["document"] == 1
    assert svc.maintenance.check().ok

    svc.trash.restore(item)
    assert svc.clients.get(cid) == before
    assert svc.documents.content(ids["document"]) == content
    assert [h.id for h in svc.search.clients("Pérez")] == [cid]
    assert svc.maintenance.check().ok


def test_a_restore_whose_old_id_was_taken_gets_a_new_one(services: Services) -> None:
    cid = services.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id
    assert cid is not None
    first = services.clients.add_note(cid, "first").new_id
    assert first is not None
    item = services.records.remove("note", first, "wrong client").new_id
    again = services.clients.add_note(cid, "second").new_id
    assert item is not None
    restored = services.trash.restore(item).new_id
    assert restored not in (None, again)
    assert sorted(n.body for n in services.clients.get(cid).notes) == ["first", "second"]


def test_an_entry_of_a_client_in_the_trash_waits_for_its_client(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    note_item = svc.records.remove("note", ids["note"], "wrong client").new_id
    client_item = svc.records.delete_client(ids["client"], "entered twice").new_id
    assert note_item is not None
    assert client_item is not None
    with pytest.raises(ValidationError, match="restore that client from the Trash first"):
        svc.trash.restore(note_item)
    assert {i.id for i in svc.trash.list()} == {note_item, client_item}
    svc.trash.restore(client_item)
    svc.trash.restore(note_item)
    assert [n.body for n in svc.clients.get(ids["client"]).notes] == ["Sister called from Caracas"]


def test_removing_a_matter_takes_its_orders_and_obligations(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    item = svc.records.remove("matter", ids["matter"], "opened by mistake").new_id
    assert item is not None
    assert svc.clients.get(ids["client"]).obligations == []
    assert svc.orders.list() == []
    contains = svc.trash.get(item).contains
    assert contains["order"] == 1
    assert contains["obligation"] == 1
    assert contains["party"] == 1
    svc.trash.restore(item)
    assert [o.obligation_id for o in svc.clients.get(ids["client"]).obligations] == [
        ids["obligation"]
    ]


def test_a_purged_item_is_gone_and_the_trail_still_verifies(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    item = svc.records.remove("note", ids["note"], "wrong client").new_id
    assert item is not None
    svc.trash.purge(item, "asked by the client")
    assert svc.trash.list() == []
    with pytest.raises(NotFoundError):
        svc.trash.restore(item)
    last = svc.audit.history(limit=1)[0]
    assert (last.action, last.after["reason"]) == ("purge", "asked by the client")
    assert "Caracas" not in str(last.after)
    assert svc.maintenance.check().ok


def test_the_purge_confirmation_names_the_backups_that_still_hold_the_data(
    case: tuple[Services, dict[str, int]],
) -> None:
    svc, ids = case
    backup = svc.backups.backup().path
    item = svc.records.remove("note", ids["note"], "wrong client").new_id
    assert item is not None
    assert svc.trash.backups_holding(item) == [backup]
