"""Correcting the record from the command line, end to end in a subprocess: every kind
of entry edited, removed, restored and purged; refusals leave the store alone; a purge
leaves no trace of the purged text in the store file or the search index."""

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casedesk.services.schemas import StatusCreate
from tests.conftest import RunCli, copy_store, make_services
from tests.unit.services.correction_case import MARKER, build_case

#: kind -> (CLI group, edit options, the field they change, its new raw value)
CLI: dict[str, tuple[str, list[str], str, object]] = {
    "status": ("status", ["--date", "2025-03-16"], "date", "2025-03-16"),
    "custody": ("custody", ["--place", "Otay Mesa"], "place", "Otay Mesa"),
    "alias": ("aliases", ["--surname", "Perez"], "surname", "Perez"),
    "note": ("notes", ["--body", "Brother called"], "body", "Brother called"),
    "contact": ("contacts", ["--phone", "+58 212 555 0199"], "phone", "+58 212 555 0199"),
    "document": ("documents", ["--description", "I-589"], "description", "I-589"),
    "matter": ("matters", ["--judge", "Boasberg"], "judge", "Boasberg"),
    "party": ("links", ["--role", "named_plaintiff"], "role", "named_plaintiff"),
    "order": ("orders", ["--summary", "Halts removals"], "summary", "Halts removals"),
    "order_status": ("order-status", ["--source", "docket 12"], "source", "docket 12"),
    "obligation": ("obligations", ["--text", "Facilitate return"], "text", "Facilitate return"),
    "compliance": ("compliance", ["--status", "complied"], "status", "complied"),
    "deadline": ("deadlines", ["--title", "File reply"], "title", "File reply"),
}


@pytest.fixture
def case_store(store_path: Path, empty_store_template: Path) -> dict[str, int]:
    svc = make_services(copy_store(empty_store_template, store_path))
    try:
        return build_case(svc)
    finally:
        svc.close()


def _json(result: "subprocess.CompletedProcess[str]") -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _address(kind: str, ids: dict[str, int]) -> list[str]:
    if kind == "compliance":
        return [str(ids["obligation"]), "--client", str(ids["client"])]
    return [str(ids[kind])]


@pytest.mark.parametrize("kind", sorted(CLI))
def test_every_kind_is_edited_removed_restored_and_purged_from_the_command_line(
    run_cli: RunCli, case_store: dict[str, int], kind: str
) -> None:
    ids = case_store
    group, options, field, value = CLI[kind]
    edited = _json(run_cli(group, "edit", *_address(kind, ids), *options, "--json"))
    assert edited["changed"] is True
    assert edited["values"][field] == value

    removed = _json(
        run_cli(group, "remove", *_address(kind, ids), "--reason", "wrong client", "--json")
    )
    item = removed["trash_item"]
    listed = _json(run_cli("trash", "list", "--json"))
    assert [(i["id"], i["kind"], i["reason"]) for i in listed] == [(item, kind, "wrong client")]

    restored = _json(run_cli("trash", "restore", str(item), "--json"))
    assert restored["id"] == ids[kind]

    removed = _json(run_cli(group, "remove", *_address(kind, ids), "--reason", "again", "--json"))
    item = removed["trash_item"]
    purged = _json(run_cli("trash", "purge", str(item), "--reason", "asked", "--json"))
    assert purged["purged"] == item
    assert _json(run_cli("trash", "list", "--json")) == []


def test_clients_show_gives_every_history_entry_its_id(
    run_cli: RunCli, case_store: dict[str, int]
) -> None:
    ids = case_store
    shown = _json(run_cli("clients", "show", str(ids["client"]), "--json"))
    assert isinstance(shown, dict)
    assert [s["id"] for s in shown["statuses"]] == [ids["status"]]
    assert [e["id"] for e in shown["custody"]] == [ids["custody"]]
    assert [a["id"] for a in shown["aliases"]] == [ids["alias"]]
    assert [n["id"] for n in shown["notes"]] == [ids["note"]]
    assert [c["id"] for c in shown["contacts"]] == [ids["contact"]]
    assert [d["id"] for d in shown["documents"]] == [ids["document"]]
    assert [m["party_id"] for m in shown["matter_links"]] == [ids["party"]]
    assert [o["compliance_id"] for o in shown["obligations"]] == [ids["compliance"]]
    assert [d["id"] for d in shown["deadlines"]] == [ids["deadline"]]
    assert all(s["version"] == 1 for s in shown["statuses"])


def test_refused_corrections_exit_3_or_4_and_change_nothing(
    run_cli: RunCli, case_store: dict[str, int], store_path: Path, store_dump: Callable[[Path], str]
) -> None:
    ids = case_store
    before = store_dump(store_path)
    future = run_cli("status", "edit", str(ids["status"]), "--date", "2052-03-15")
    assert future.returncode == 3
    assert "2052 is in the future" in future.stderr
    assert "Traceback" not in future.stderr
    blank = run_cli("notes", "remove", str(ids["note"]), "--reason", "  ")
    assert blank.returncode == 3
    nothing = run_cli("notes", "edit", str(ids["note"]))
    assert nothing.returncode == 3
    assert run_cli("notes", "remove", "999", "--reason", "x").returncode == 4
    assert run_cli("trash", "restore", "999").returncode == 4
    assert run_cli("trash", "purge", "999", "--reason", "x").returncode == 4
    assert store_dump(store_path) == before


def test_deleting_a_client_and_undo_from_the_command_line(
    run_cli: RunCli, case_store: dict[str, int]
) -> None:
    ids = case_store
    deleted = _json(
        run_cli("clients", "delete", str(ids["client"]), "--reason", "entered twice", "--json")
    )
    assert run_cli("clients", "show", str(ids["client"])).returncode == 4
    listed = _json(run_cli("trash", "list", "--kind", "client", "--json"))
    assert [i["id"] for i in listed] == [deleted["trash_item"]]
    undone = _json(run_cli("undo", "--json"))
    assert undone["undone"] == "removal of client"
    shown = _json(run_cli("clients", "show", str(ids["client"]), "--json"))
    assert [n["id"] for n in shown["notes"]] == [ids["note"]]


def test_a_purge_leaves_no_trace_in_the_file_or_the_search_index(
    run_cli: RunCli, store_path: Path, empty_store_template: Path
) -> None:
    svc = make_services(copy_store(empty_store_template, store_path))
    try:
        ids = build_case(svc)
        cid = ids["client"]
        note = svc.clients.add_note(cid, f"Confidential {MARKER} statement").new_id
        status = svc.clients.add_status(
            cid, StatusCreate(status="parole", date="2025-04-01", source=f"Letter {MARKER}")
        ).new_id
        document = svc.documents.attach_bytes(
            cid, "statement.txt", f"Sworn statement {MARKER}".encode(), description=MARKER
        ).new_id
    finally:
        svc.close()
    found = _json(run_cli("search", MARKER, "--json"))
    assert [hit["id"] for hit in found] == [cid]
    for group, entry in (("notes", note), ("status", status), ("documents", document)):
        removed = _json(run_cli(group, "remove", str(entry), "--reason", "asked", "--json"))
        item = removed["trash_item"]
        purged = run_cli("trash", "purge", str(item), "--reason", "client's request", "--json")
        assert purged.returncode == 0, purged.stderr
    assert _json(run_cli("search", MARKER, "--json")) == []
    for part in (store_path, Path(f"{store_path}-wal")):
        if part.exists():
            assert MARKER.encode() not in part.read_bytes(), part.name
    check = run_cli("check", "--json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True


def test_demo_refuses_a_store_holding_real_clients(
    run_cli: RunCli,
    case_store: dict[str, int],
    store_path: Path,
    store_dump: Callable[[Path], str],
    tmp_path: Path,
) -> None:
    before = store_dump(store_path)
    refused = run_cli("demo", "--clients", "5")
    assert refused.returncode == 3
    assert "not demo data" in refused.stderr
    assert store_dump(store_path) == before
    demo_store = tmp_path / "demo.sqlite"
    assert run_cli("demo", "--clients", "5", db=demo_store).returncode == 0
    assert run_cli("demo", "--clients", "5", db=demo_store).returncode == 0  # a demo store grows
