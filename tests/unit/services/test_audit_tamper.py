"""Tampering with the file directly (as someone with the SQLite CLI would) is found by
`check`, which names what changed: entries cut off, renumbered, rehashed end to end
with casedesk's old unkeyed hash, a record edited, added or deleted without an entry.
Each kind runs on a plain store and on an encrypted one. Redacting entries' values
keeps the chain verifying."""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.services import audit
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientUpdate
from casedesk.storage import audit_chain as chain
from casedesk.storage import cipher
from casedesk.storage.anchor import anchor_file
from tests.conftest import ZONE, fixed_clock

PASS = "tortuga azul de medianoche"


@pytest.fixture(autouse=True)
def _own_key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_AUDIT_KEYS", str(tmp_path / "keys"))


@pytest.fixture(params=["plain", "encrypted"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _open(path: Path, kind: str) -> Services:
    opened = open_services(path, passphrase=PASS if kind == "encrypted" else None)
    ctx = ServiceContext(opened.ctx.store, actor="tester", clock=fixed_clock, zone=ZONE)
    return Services.create(ctx)


@pytest.fixture
def store(tmp_path: Path, kind: str) -> Path:
    """Three clients, one of them edited: five entries; the store closed again."""
    path = tmp_path / f"{kind}.sqlite"
    svc = _open(path, kind)
    try:
        for given in ("Ana", "Luis", "Eva"):
            svc.clients.add(ClientCreate(given=given, surname="Pérez"))
        svc.clients.update(1, ClientUpdate(surname="Pérez Soto"))
        svc.deadlines.add("File the brief", "2025-06-01", client_id=2)
        report = svc.maintenance.check()
        assert report.ok, report.problems
    finally:
        svc.close()
    return path


def _tamper(path: Path, kind: str, *statements: str) -> None:
    key = cipher.Key.for_file(path, PASS) if kind == "encrypted" else None
    conn = cipher.connect(path, key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _problems(path: Path, kind: str) -> list[str]:
    svc = _open(path, kind)
    try:
        return svc.maintenance.check().problems
    finally:
        svc.close()


def test_the_untouched_store_passes(store: Path, kind: str) -> None:
    assert _problems(store, kind) == []


def test_a_client_edited_in_the_file_is_named_with_its_field(store: Path, kind: str) -> None:
    _tamper(store, kind, "UPDATE client SET surname = 'Otro' WHERE id = 2")
    assert _problems(store, kind) == ["client 2 was changed without an audit entry (field surname)"]


def test_a_client_deleted_in_the_file_is_named(store: Path, kind: str) -> None:
    _tamper(store, kind, "DELETE FROM client WHERE id = 3")
    assert _problems(store, kind) == ["client 3 was deleted without an audit entry"]


def test_a_client_added_in_the_file_is_named(store: Path, kind: str) -> None:
    _tamper(
        store,
        kind,
        "CREATE TEMP TABLE copied AS SELECT * FROM client WHERE id = 1",
        "UPDATE copied SET id = 9, given = 'Intrusa', a_number = NULL",
        "INSERT INTO client SELECT * FROM copied",
    )
    assert "client 9 was added without an audit entry" in _problems(store, kind)


def test_a_deadline_changed_in_the_file_is_named(store: Path, kind: str) -> None:
    _tamper(store, kind, "UPDATE deadline SET title = 'Nothing due' WHERE id = 1")
    assert _problems(store, kind) == ["deadline 1 was changed without an audit entry (field title)"]


def test_renumbered_entries_are_found(store: Path, kind: str) -> None:
    _tamper(store, kind, "UPDATE audit_entry SET id = id + 100")
    problems = _problems(store, kind)
    assert problems[0].startswith("audit trail altered at or before entry 101")
    # ...and the anchor written when the store was closed no longer matches.
    assert problems[1:] == [
        "the audit trail was rewritten: entry 5 is not the one the store held when it was "
        "last closed"
    ]


@pytest.mark.parametrize("cut", [1, 3, 5])
def test_newest_entries_cut_off_are_found_by_the_anchor(store: Path, kind: str, cut: int) -> None:
    _tamper(store, kind, f"DELETE FROM audit_entry WHERE id > 5 - {cut}")
    problems = _problems(store, kind)
    assert any(
        p.startswith(
            f"the audit trail is truncated: it ends at entry {5 - cut:,}, but it "
            "reached entry 5 when the store was last closed"
        )
        for p in problems
    ), problems


def test_a_hash_kept_elsewhere_must_still_be_in_the_trail(store: Path, kind: str) -> None:
    svc = _open(store, kind)
    try:
        kept = svc.audit.history(limit=1)[0].hash[:16]
        assert svc.maintenance.check(anchor=kept).ok
    finally:
        svc.close()
    # The last change (a deadline added) undone with its entry: records and trail agree.
    _tamper(store, kind, "DELETE FROM audit_entry WHERE id = 5", "DELETE FROM deadline")
    anchor_file(store).unlink()  # a thorough intruder removes the anchor beside the store too
    svc = _open(store, kind)
    try:
        assert svc.maintenance.check().ok  # nothing else shows it...
        assert svc.maintenance.check(anchor=kept).problems == [
            f"the audit trail does not contain the hash {kept}: entries were cut off or "
            "rewritten since that hash was noted"
        ]
    finally:
        svc.close()


def _legacy(prev: str, row: dict[str, object]) -> str:
    names = ("at", "actor", "action", "entity", "entity_id", "client_id", "before", "after")
    body = chain.canonical({n: row[n] for n in names})
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def test_a_chain_recomputed_end_to_end_without_the_key_is_found(store: Path, kind: str) -> None:
    key = cipher.Key.for_file(store, PASS) if kind == "encrypted" else None
    conn = cipher.connect(store, key)
    try:
        conn.execute("UPDATE audit_entry SET actor = 'mallory'")
        cols = ("id", "at", "actor", "action", "entity", "entity_id", "client_id")
        rows = conn.execute(
            f"SELECT {', '.join(cols)}, before, after, payload_digest, records "
            "FROM audit_entry ORDER BY id"
        ).fetchall()
        prev = chain.GENESIS
        for values in rows:
            row = dict(
                zip((*cols, "before", "after", "payload_digest", "records"), values, strict=True)
            )
            # Both what casedesk used to compute and its new format under a guessed key.
            new = chain.entry_mac(b"guess", prev, row) if row["id"] % 2 else _legacy(prev, row)
            conn.execute(
                "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, new, row["id"]),
            )
            prev = new
        conn.commit()
    finally:
        conn.close()
    problems = _problems(store, kind)
    assert problems == [
        "audit trail altered at or before entry 1: it was changed or renumbered after it was "
        "written",
        "the audit trail was rewritten: entry 5 is not the one the store held when it was "
        "last closed",
    ]


def test_entry_values_changed_are_found(store: Path, kind: str) -> None:
    _tamper(store, kind, "UPDATE audit_entry SET after = replace(after, 'Luis', 'Lucas')")
    assert _problems(store, kind) == [
        "audit trail altered at or before entry 2: its before/after values were changed"
    ]


@pytest.mark.parametrize("kind", ["plain"])
def test_the_plain_store_key_is_owner_only_and_outside_the_store(store: Path, kind: str) -> None:
    keys = list(chain.key_folder().glob("*.key"))
    assert len(keys) == 1
    assert keys[0].stat().st_mode & 0o777 == 0o600
    secret = keys[0].read_text(encoding="ascii").strip()
    assert secret.encode() not in store.read_bytes()
    assert chain.key_folder().stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("kind", ["encrypted"])
def test_an_encrypted_store_keeps_its_key_inside(store: Path, kind: str) -> None:
    assert not chain.key_folder().exists() or not any(chain.key_folder().iterdir())
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store).execute("SELECT secret FROM audit_key").fetchall()


@pytest.mark.parametrize("kind", ["plain"])
def test_a_missing_key_file_is_reported_with_its_path(store: Path, kind: str) -> None:
    (key_file,) = chain.key_folder().glob("*.key")
    key_file.rename(key_file.with_suffix(".moved"))
    problems = _problems(store, kind)
    assert len(problems) == 1
    assert str(key_file) in problems[0]


def test_redacted_payloads_keep_the_chain_verifying(store: Path, kind: str) -> None:
    svc = _open(store, kind)
    try:
        with svc.ctx.store.write() as session:
            assert audit.redact_payloads(session, [1, 4]) == 2
            assert audit.redact_payloads(session, [1]) == 0  # already redacted
        rows = {row.id: row for row in svc.audit.history()}
        assert (rows[1].after, rows[4].before, rows[4].after) == ({}, {}, {})
        assert rows[2].after["given"] == "Luis"
        report = svc.maintenance.check()
        assert report.ok, report.problems
    finally:
        svc.close()
    # Redacting is not a way to change values: putting other values back is found.
    fake = json.dumps({"given": "Someone else"})
    _tamper(store, kind, f"UPDATE audit_entry SET after = '{fake}' WHERE id = 1")
    assert _problems(store, kind)[0].startswith("audit trail altered at or before entry 1")
