"""Record digests cover a client's history (legal-status entries, whereabouts events,
notes, contacts) and the store's settings too: each one edited, added or deleted in
the file behind casedesk's back (raw SQL) is named by `check`, on a plain store and on an
encrypted one, while every way casedesk itself writes them (add, edit, remove to the
Trash and restore, import, merge, settings, letterhead, the store's calendar id) keeps
`check` passing."""

import sqlite3
from pathlib import Path

import pytest

from casedesk.services.entry_schemas import ContactUpdate, NoteUpdate
from casedesk.services.schemas import ClientCreate, CustodyCreate, StatusCreate
from casedesk.services.settings import set_letterhead
from casedesk.storage import cipher
from tests.unit.services.test_audit_tamper import PASS, _open, _problems, _tamper

IMPORT = (
    "Apellidos;Nombres;Estatus;Fecha del estatus;Paradero;Fecha de paradero;Notas\r\n"
    "Quispe;Rosa;asilo pendiente;2024-02;detenido;2024-03-01;Llamó su hermana\r\n"
)


@pytest.fixture(autouse=True)
def _own_key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_AUDIT_KEYS", str(tmp_path / "keys"))


@pytest.fixture(params=["plain", "encrypted"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(tmp_path: Path, kind: str) -> Path:
    """Two clients with a history of every kind, written every way casedesk writes it:
    status 1, custody 1, note 1 and contacts 1 and 2 belong to client 1 (note 1 and
    contact 1 edited, contact 2 removed to the Trash and brought back); client 2
    came in by import with status 2, custody 2 and note 2; settings set one by one, as
    a letterhead, and the store's calendar id."""
    path = tmp_path / f"{kind}.sqlite"
    svc = _open(path, kind)
    try:
        cid = svc.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id
        assert cid == 1
        svc.clients.add_status(cid, StatusCreate(status="pending_asylum", date="2024-01"))
        svc.clients.add_custody(cid, CustodyCreate(kind="detained", date="2024-02-03"))
        svc.clients.add_note(cid, "Asked for the interview notes")
        svc.clients.add_contact(cid, "Marta Pérez", relationship="sister", phone="555 0100")
        svc.clients.add_contact(cid, "Old number", phone="555 0199")
        svc.records.edit("note", 1, NoteUpdate(body="Asked for the interview notes again"))
        svc.records.edit("contact", 1, ContactUpdate(phone="555 0101"))
        trash_id = svc.records.remove("contact", 2, "entered twice").new_id
        assert trash_id is not None
        svc.trash.restore(trash_id)
        csv = tmp_path / "intake.csv"
        csv.write_text(IMPORT, encoding="utf-8")
        report = svc.imports.run(csv)
        assert report.imported == 1
        svc.settings.set("backups_keep", "5")
        set_letterhead(
            svc.settings,
            organisation="Clínica Ejemplo",
            address_lines=["1 Main St"],
            logo="",
            page_size="letter",
        )
        svc.exports.store_uid()
        problems = svc.maintenance.check().problems
        assert problems == [], problems
    finally:
        svc.close()
    return path


def _ids(path: Path, kind: str, table: str) -> list[int]:
    key = cipher.Key.for_file(path, PASS) if kind == "encrypted" else None
    conn = cipher.connect(path, key)
    try:
        return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
    finally:
        conn.close()


def test_every_way_casedesk_writes_history_and_settings_passes(store: Path, kind: str) -> None:
    assert _problems(store, kind) == []
    assert _ids(store, kind, "contact") == [1, 2]  # contact 2 came back from the Trash
    assert _ids(store, kind, "note") == [1, 2]  # the second from the import


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        (
            "UPDATE status_entry SET status = 'tps' WHERE id = 1",
            "legal status entry 1 was changed without an audit entry (field status)",
        ),
        (
            "UPDATE status_entry SET date = '2020-01' WHERE id = 2",
            "legal status entry 2 was changed without an audit entry",  # imported: no values
        ),
        (
            "UPDATE custody_event SET place = 'Elsewhere' WHERE id = 1",
            "whereabouts event 1 was changed without an audit entry (field place)",
        ),
        (
            "UPDATE note SET body = 'Nothing was asked' WHERE id = 1",
            "note 1 was changed without an audit entry (field body)",
        ),
        (
            "UPDATE contact SET phone = '555 0666' WHERE id = 1",
            "contact 1 was changed without an audit entry (field phone)",
        ),
        (
            "UPDATE setting SET value = '365' WHERE key = 'backups_keep'",
            "setting backups_keep was changed without an audit entry (field value)",
        ),
        (
            "UPDATE setting SET value = 'Otra' WHERE key = 'organisation'",
            "setting organisation was changed without an audit entry (field value)",
        ),
    ],
    ids=["status", "imported-status", "custody", "note", "contact", "setting", "letterhead"],
)
def test_a_history_record_or_setting_edited_in_the_file_is_named(
    store: Path, kind: str, statement: str, named: str
) -> None:
    _tamper(store, kind, statement)
    assert _problems(store, kind) == [named]


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("DELETE FROM status_entry WHERE id = 1", "legal status entry 1"),
        ("DELETE FROM custody_event WHERE id = 2", "whereabouts event 2"),
        ("DELETE FROM note WHERE id = 2", "note 2"),
        ("DELETE FROM contact WHERE id = 2", "contact 2"),
        ("DELETE FROM setting WHERE key = 'store_uid'", "setting store_uid"),
    ],
    ids=["status", "custody", "note", "contact", "setting"],
)
def test_a_history_record_or_setting_deleted_in_the_file_is_named(
    store: Path, kind: str, statement: str, named: str
) -> None:
    _tamper(store, kind, statement)
    assert f"{named} was deleted without an audit entry" in _problems(store, kind)


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            (
                "INSERT INTO status_entry (client_id, status, date, date_key, source, "
                "confidence, note, version, created_at) SELECT client_id, 'tps', "
                "'2025-01', 1, '', 'reported', '', 1, created_at FROM status_entry WHERE id = 1",
            ),
            "legal status entry 3",
        ),
        (
            (
                "INSERT INTO custody_event (client_id, kind, date, date_key, place, source, "
                "confidence, note, version, created_at) SELECT client_id, 'released', "
                "'2025-01-01', 1, '', '', 'reported', '', 1, created_at FROM custody_event "
                "WHERE id = 1",
            ),
            "whereabouts event 3",
        ),
        (
            (
                "INSERT INTO note (client_id, body, private, author, version, created_at) "
                "SELECT client_id, 'planted', 1, 'nobody', 1, created_at FROM note WHERE id = 1",
            ),
            "note 3",
        ),
        (
            (
                "INSERT INTO contact (client_id, name, kind, relationship, phone, email, "
                "address, note, version, created_at) SELECT client_id, 'Planted', kind, '', "
                "'', '', '', '', 1, created_at FROM contact WHERE id = 1",
            ),
            "contact 3",
        ),
        (("INSERT INTO setting (key, value) VALUES ('logo', '/tmp/x.png')",), "setting logo"),
    ],
    ids=["status", "custody", "note", "contact", "setting"],
)
def test_a_history_record_or_setting_added_in_the_file_is_named(
    store: Path, kind: str, statements: tuple[str, ...], named: str
) -> None:
    _tamper(store, kind, *statements)
    assert f"{named} was added without an audit entry" in _problems(store, kind)


def test_a_merge_keeps_the_moved_history_sealed(store: Path, kind: str) -> None:
    svc = _open(store, kind)
    try:
        svc.duplicates.merge(1, 2)  # client 2's imported history moves to client 1
        assert svc.maintenance.check().problems == []
    finally:
        svc.close()
    _tamper(store, kind, "UPDATE note SET body = 'rewritten' WHERE id = 2")
    assert _problems(store, kind) == ["note 2 was changed without an audit entry"]


def test_a_demo_store_seals_its_generated_history(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    svc = _open(path, "plain")
    try:
        svc.demo.generate(clients=30, seed=5)
        assert svc.maintenance.check().problems == []
    finally:
        svc.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE custody_event SET place = 'Nowhere' WHERE id = 1")
        conn.commit()
    finally:
        conn.close()
    assert _problems(path, "plain") == [
        "whereabouts event 1 was changed without an audit entry"  # demo seals digests only
    ]
