"""Undo and Redo of this window's changes (and ``casedesk undo``'s last change by this
user): each kind of change is taken back, and redone, as a new audited change."""

from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.domain.errors import ValidationError
from casedesk.services import entry_schemas as es
from casedesk.services.registry import Services
from casedesk.services.schemas import ComplianceSet, CustodyCreate, StatusCreate
from tests.conftest import make_services
from tests.unit.services.correction_case import build_case

Case = tuple[Services, dict[str, int]]


@pytest.fixture
def case(services: Services) -> Case:
    ids = build_case(services)
    services.ctx.journal.done.clear()  # the window starts after the case was built
    return services, ids


def _status(svc: Services, ids: dict[str, int]) -> tuple[str, str | None, int]:
    d = svc.clients.get(ids["client"])
    return d.status, d.status_since, len(d.statuses)


def _bind_other(svc: Services, ids: dict[str, int]) -> object:
    """Bind the other client instead (linking them first: that is a change of its own)."""
    svc.matters.link(ids["other_client"], ids["matter"], "class_member")
    return svc.records.edit(
        "obligation", ids["obligation"], es.ObligationUpdate(client_ids=(ids["other_client"],))
    )


#: name -> (the change, what the store looks like: observed before, after, after undo)
CHANGES: dict[
    str,
    tuple[
        Callable[[Services, dict[str, int]], object], Callable[[Services, dict[str, int]], object]
    ],
] = {
    "add status": (
        lambda s, i: s.clients.add_status(
            i["client"], StatusCreate(status="tps", date="2025-04-01")
        ),
        _status,
    ),
    "add custody": (
        lambda s, i: s.clients.add_custody(
            i["client"], CustodyCreate(kind="released", date="2025-04-02")
        ),
        lambda s, i: (
            s.clients.get(i["client"]).whereabouts,
            s.clients.get(i["client"]).last_contact,
        ),
    ),
    "add note": (
        lambda s, i: s.clients.add_note(i["client"], "Hearing moved"),
        lambda s, i: [n.body for n in s.clients.get(i["client"]).notes],
    ),
    "edit status": (
        lambda s, i: s.records.edit("status", i["status"], es.StatusUpdate(date="2025-03-01")),
        _status,
    ),
    "edit alias": (
        lambda s, i: s.records.edit("alias", i["alias"], es.AliasUpdate(given="Ana María")),
        lambda s, i: (
            [h.id for h in s.search.clients("Maria")],
            s.records.get("alias", i["alias"]).values,
        ),
    ),
    "edit obligation": (
        _bind_other,
        lambda s, i: s.records.get("obligation", i["obligation"]).values["client_ids"],
    ),
    "remove note": (
        lambda s, i: s.records.remove("note", i["note"], "wrong client"),
        lambda s, i: ([n.body for n in s.clients.get(i["client"]).notes], len(s.trash.list())),
    ),
    "remove status": (
        lambda s, i: s.records.remove("status", i["status"], "wrong year"),
        _status,
    ),
    "delete client": (
        lambda s, i: s.records.delete_client(i["client"], "entered twice"),
        lambda s, i: (s.dashboard.figures().clients, [h.id for h in s.search.clients("Perez")]),
    ),
    "link": (
        lambda s, i: s.matters.link(i["other_client"], i["matter"], "witness"),
        lambda s, i: [p.client_id for p in s.matters.roster(i["matter"]).rows],
    ),
    "change role": (
        lambda s, i: s.matters.link(i["client"], i["matter"], "named_plaintiff"),
        lambda s, i: [p.role for p in s.matters.roster(i["matter"]).rows],
    ),
    "compliance": (
        lambda s, i: s.orders.set_compliance(
            ComplianceSet(
                obligation_id=i["obligation"],
                client_id=i["client"],
                status="complied",
                date="2025-04-05",
            )
        ),
        lambda s, i: s.clients.get(i["client"]).obligations[0].compliance,
    ),
    "mark done": (
        lambda s, i: s.deadlines.set_done(i["deadline"]),
        lambda s, i: [d.done for d in s.clients.get(i["client"]).deadlines],
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_each_kind_of_change_is_undone_and_redone_as_new_audited_changes(
    case: Case, name: str
) -> None:
    svc, ids = case
    change, observe = CHANGES[name]
    before = observe(svc, ids)
    change(svc, ids)
    after = observe(svc, ids)
    assert after != before
    label = svc.undo.undo_label()
    assert label is not None
    entries = len(svc.audit.history(limit=10_000))

    undone = svc.undo.undo()
    assert undone.label == label
    assert observe(svc, ids) == before
    assert len(svc.audit.history(limit=10_000)) > entries  # a new change, not a rewind
    assert svc.undo.redo_label() == label

    redone = svc.undo.redo()
    assert redone.label == label
    assert observe(svc, ids) == after
    assert svc.undo.undo_label() == label  # and it can be undone again
    svc.undo.undo()
    assert observe(svc, ids) == before
    assert svc.maintenance.check().ok


def test_labels_name_what_will_be_undone(case: Case) -> None:
    svc, ids = case
    assert svc.undo.undo_label() is None
    svc.deadlines.set_done(ids["deadline"])
    assert svc.undo.undo_label() == "mark done"
    svc.records.edit("status", ids["status"], es.StatusUpdate(date="2025-03-01"))
    assert svc.undo.undo_label() == "edit of legal status entry"
    svc.records.remove("note", ids["note"], "wrong client")
    assert svc.undo.undo_label() == "removal of note"


def test_a_new_change_after_an_undo_forgets_the_redo(case: Case) -> None:
    svc, ids = case
    svc.records.edit("note", ids["note"], es.NoteUpdate(body="first"))
    svc.undo.undo()
    assert svc.undo.redo_label() == "edit of note"
    svc.clients.add_note(ids["client"], "another")
    assert svc.undo.redo_label() is None
    with pytest.raises(ValidationError):
        svc.undo.redo()


def test_a_refused_change_is_not_on_the_undo_stack(case: Case) -> None:
    svc, ids = case
    with pytest.raises(ValidationError):
        svc.clients.add_status(ids["client"], StatusCreate(status="tps", date="2052-03-15"))
    assert svc.undo.undo_label() is None


def test_undo_does_not_overwrite_a_later_change_by_someone_else(
    case: Case, store_location: Path | str
) -> None:
    svc, ids = case
    svc.records.edit("note", ids["note"], es.NoteUpdate(body="mine"))
    other = make_services(store_location)
    try:
        other.records.edit("note", ids["note"], es.NoteUpdate(body="theirs"))
    finally:
        other.close()
    with pytest.raises(ValidationError, match="changed again since"):
        svc.undo.undo()
    assert svc.records.get("note", ids["note"]).values["body"] == "theirs"


def test_undo_of_a_removal_after_a_purge_says_it_cannot(case: Case) -> None:
    svc, ids = case
    item = svc.records.remove("note", ids["note"], "wrong client").new_id
    assert item is not None
    svc.trash.purge(item, "asked by the client")
    # The purge is the newest change, and it cannot be undone; nor can the removal.
    with pytest.raises(ValidationError, match="cannot be undone"):
        svc.undo.undo()


def test_the_command_line_undo_takes_back_the_last_change_by_this_user(case: Case) -> None:
    svc, ids = case
    svc.records.edit("status", ids["status"], es.StatusUpdate(date="2025-03-01"))
    svc.records.remove("note", ids["note"], "wrong client")
    first = svc.undo.undo_last_by_actor()
    assert first.label == "removal of note"
    assert [n.id for n in svc.clients.get(ids["client"]).notes] == [ids["note"]]
    second = svc.undo.undo_last_by_actor()
    assert second.label == "edit of legal status entry"
    assert svc.clients.get(ids["client"]).status_since == "2025-03-15"
