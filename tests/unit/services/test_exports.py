"""Exports: the client table and its redaction profiles, formula neutralising, the
whole-store JSON and its exact restore, and the deadline calendar with stable UIDs."""

import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from casedesk.domain.errors import ValidationError
from casedesk.formats.csv_rows import read_csv
from casedesk.formats.json_dump import read_json
from casedesk.services import audit, exports
from casedesk.services.exports import CLIENT_COLUMNS, ExportService, restore_tables
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    CustodyCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
    StatusCreate,
)
from casedesk.storage.schema import HEAD
from casedesk.storage.tables import metadata
from tests.conftest import make_services, rows, snapshot

# Distinctive values that must never leak past a profile that withholds them.
SURNAME = "Zubizarreta"
GIVEN = "Eustaquio"
A_NUMBER = "A123-456-789"
DOB = "1990-05-17"
PHONE = "+1 555 0199 4242"
NOTE = "Hermana en Maracaibo dice que sigue en CECOT"
HYPERLINK = '=HYPERLINK("http://evil.example";"click")'


@pytest.fixture
def marked(services: Services) -> int:
    """One fully described client with a contact and a private note; returns its id."""
    cid = services.clients.add(
        ClientCreate(
            given=GIVEN,
            surname=SURNAME,
            second_surname="Ibarra",
            a_number=A_NUMBER,
            dob=DOB,
            nationality="VE",
            tags="priority",
        )
    ).new_id
    assert cid is not None
    services.clients.add_status(cid, StatusCreate(status="pending_asylum", date="2024-11"))
    services.clients.add_custody(
        cid, CustodyCreate(kind="detained", date="2025-03-01", place="CECOT", country="SV")
    )
    services.clients.add_custody(cid, CustodyCreate(kind="contact", date="2025-04-21"))
    services.matters.add(
        MatterCreate(
            title="J.G.G. v. Trump", kind="class_action", court="D.D.C.", docket="1:25-cv-00766"
        )
    )
    services.matters.link(cid, 1, "class_member")
    services.clients.add_contact(cid, "Marisol Ibarra", relationship="sister", phone=PHONE)
    services.clients.add_note(cid, NOTE, private=True)
    return cid


def export_rows(services: Services, tmp_path: Path, **kw: object) -> list[dict[str, str]]:
    out = tmp_path / "clients.csv"
    ExportService(services.ctx).clients_table(out, fmt="csv", **kw)  # type: ignore[arg-type]
    return [r.values for r in read_csv(out).rows]


def xlsx_text(path: Path) -> str:
    """Every XML member of a workbook, concatenated (what a leak search must look at),
    and every cell as a reader shows it (a date cell holds a serial number in the XML)."""
    with zipfile.ZipFile(path) as archive:
        raw = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    workbook = load_workbook(path, read_only=True)
    try:
        shown = [
            v.date().isoformat() if isinstance(v, datetime) else str(v)
            for row in workbook.active.iter_rows(values_only=True)
            for v in row
            if v is not None
        ]
    finally:
        workbook.close()
    return raw + "\n" + " ".join(shown)


def last_audit(services: Services) -> dict[str, object]:
    (row,) = rows(
        services, "SELECT action, entity, after FROM audit_entry ORDER BY id DESC LIMIT 1"
    )
    return {"action": row[0], "entity": row[1], "after": json.loads(row[2])}


# ----------------------------------------------------------------------- client table
def test_full_profile_writes_every_column_in_words(
    services: Services, marked: int, tmp_path: Path
) -> None:
    out = tmp_path / "clients.csv"
    assert ExportService(services.ctx).clients_table(out, fmt="csv") == 1
    table = read_csv(out)
    assert table.headers == list(CLIENT_COLUMNS)
    assert table.rows[0].values == {
        "id": str(marked),
        "name": f"{SURNAME} Ibarra, {GIVEN}",
        "given": GIVEN,
        "surname": SURNAME,
        "second_surname": "Ibarra",
        "description": "",
        "a_number": "A-123-456-789",
        "date_of_birth": DOB,
        "nationality": "Venezuela",
        "status": "Asylum pending",
        "status_since": "2024-11",
        "status_country": "",
        "whereabouts": "Detained",
        "place": "CECOT",
        "country": "El Salvador",
        "whereabouts_since": "2025-03-01",
        "last_contact": "2025-04-21",
        "days_since_contact": "10",
        "matters": "1:25-cv-00766",
        "tags": "priority",
    }


def test_court_profile_masks_the_a_number_and_keeps_the_birth_year(
    services: Services, marked: int, tmp_path: Path
) -> None:
    (row,) = export_rows(services, tmp_path, profile="court")
    assert (row["a_number"], row["date_of_birth"]) == ("A-XXX-XXX-789", "1990")
    assert row["name"] == f"{SURNAME} Ibarra, {GIVEN}"


def test_public_profile_prints_initials_and_drops_identifying_columns(
    services: Services, marked: int, tmp_path: Path
) -> None:
    services.clients.add(ClientCreate(description="Man on the second flight, tattoo of a rose"))
    rows = export_rows(services, tmp_path, profile="public")
    assert set(rows[0]) == set(CLIENT_COLUMNS) - {
        "given",
        "surname",
        "second_surname",
        "description",
        "a_number",
        "date_of_birth",
    }
    names = {r["name"] for r in rows}
    assert names == {"E. Z. I.", "Unidentified person #2"}  # a description may identify


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_markers_appear_only_where_the_profile_allows(
    services: Services, marked: int, tmp_path: Path, fmt: str, profile: str
) -> None:
    out = tmp_path / f"clients.{fmt}"
    ExportService(services.ctx).clients_table(out, fmt=fmt, profile=profile)
    text = out.read_bytes().decode("utf-8-sig") if fmt == "csv" else xlsx_text(out)
    # The audit chain's head (64 hex digits) is in every export; it names no one, and
    # a search for "789" must not find it inside the hash by chance.
    text = re.sub(r"[0-9a-f]{64}", "<audit head>", text)
    # Notes and contacts are never part of the client table, whatever the profile.
    for never in (NOTE, "Maracaibo", PHONE, "0199", "Marisol"):
        assert never not in text
    full_a_number = ("A-123-456-789", "123456789", "123-456")
    full_dob = (DOB, "05-17")
    if profile == "full":
        for marker in (SURNAME, GIVEN, "A-123-456-789", DOB):
            assert marker in text
    elif profile == "court":
        assert SURNAME in text
        assert "A-XXX-XXX-789" in text
        for marker in (*full_a_number, *full_dob):
            assert marker not in text
    else:
        for marker in (SURNAME, GIVEN, "Ibarra", "789", *full_a_number, *full_dob, "1990"):
            assert marker not in text
    audit = last_audit(services)
    assert audit["action"] == "export"
    assert audit["after"] == {
        "file": out.name,
        "format": fmt,
        "include_archived": False,
        "profile": profile,
        "rows": 1,
    }


def test_formula_cells_are_neutralised_in_csv_and_kept_as_text_in_xlsx(
    services: Services, tmp_path: Path
) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez", tags=HYPERLINK))
    service = ExportService(services.ctx)
    service.clients_table(tmp_path / "c.csv", fmt="csv")
    raw = (tmp_path / "c.csv").read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK(" in raw
    assert ",=HYPERLINK(" not in raw
    assert '"=HYPERLINK(' not in raw
    service.clients_table(tmp_path / "c.xlsx", fmt="xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None
    cell = sheet.cell(row=2, column=CLIENT_COLUMNS.index("tags") + 1)
    assert (cell.value, cell.data_type) == (HYPERLINK, "s")
    assert "<f>" not in xlsx_text(tmp_path / "c.xlsx")


def test_archived_clients_only_on_request(services: Services, tmp_path: Path) -> None:
    keep = services.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id
    gone = services.clients.add(ClientCreate(given="Luis", surname="Soto")).new_id
    assert keep is not None
    assert gone is not None
    services.clients.set_archived(gone, True)
    assert [r["id"] for r in export_rows(services, tmp_path)] == [str(keep)]
    both = export_rows(services, tmp_path, include_archived=True)
    assert [r["id"] for r in both] == [str(keep), str(gone)]


def test_pages_stream_the_whole_list_in_name_order(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.demo.generate(clients=60, seed=3)
    service = ExportService(services.ctx)
    service.clients_table(tmp_path / "one.csv", fmt="csv", include_archived=True)
    monkeypatch.setattr(exports, "PAGE_SIZE", 7)
    calls: list[tuple[int, int]] = []
    written = service.clients_table(
        tmp_path / "paged.csv",
        fmt="csv",
        include_archived=True,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert written == 60
    # The same rows; only the chain head differs (the first export's own entry came between).
    paged, one = ((tmp_path / n).read_bytes().splitlines() for n in ("paged.csv", "one.csv"))
    assert paged[:-1] == one[:-1]
    assert paged[-1] != one[-1]
    assert calls[-1] == (60, 60)
    assert len(calls) == 9
    ids = [int(r.values["id"]) for r in read_csv(tmp_path / "paged.csv").rows]
    by_name = [r[0] for r in rows(services, "SELECT id FROM client ORDER BY sort_key, id")]
    assert ids == by_name


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"fmt": "ods"}, "format"),
        ({"profile": "press"}, "profile"),
        ({"fmt": "xlsx"}, "out"),  # a .csv file name for an Excel export
    ],
)
def test_bad_requests_are_refused_by_field(
    services: Services, tmp_path: Path, kwargs: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        ExportService(services.ctx).clients_table(tmp_path / "c.csv", **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert not (tmp_path / "c.csv").exists()


def test_a_missing_folder_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        ExportService(services.ctx).clients_table(tmp_path / "nowhere" / "c.csv")


# ----------------------------------------------------------------------- whole store
@pytest.fixture
def rich(services: Services) -> Services:
    """The demo store plus a document (binary bytes), a note, a contact and a deadline."""
    services.demo.generate(clients=60, seed=3)
    services.documents.attach_bytes(1, "scan.pdf", b"%PDF-1.4\x00\xff\xfe binary")
    services.clients.add_note(2, NOTE, private=True)
    services.clients.add_contact(2, "Marisol Ibarra", phone=PHONE)
    services.deadlines.add("File the traverse", "2025-05-09", client_id=2)
    ExportService(services.ctx).store_uid()
    return services


def fts_rows(svc: Services) -> list[tuple[object, ...]]:
    return rows(svc, "SELECT rowid, names, ids, notes FROM client_fts ORDER BY rowid")


# What each audit entry says (its hashes aside: a re-keyed trail has new ones).
AUDIT_CONTENT = (
    "SELECT id, at, actor, action, entity, entity_id, client_id, before, after, records, "
    "payload_digest FROM audit_entry ORDER BY id"
)


def _records(snap: str) -> list[str]:
    """A snapshot's lines but the search index and the audit trail and its key."""
    return [
        line
        for line in snap.splitlines()
        if not any(t in line for t in ("client_fts", "audit_entry", "audit_key"))
    ]


def test_store_json_restores_into_an_identical_store(
    rich: Services, tmp_path: Path, other_store_location: Path | str
) -> None:
    before = snapshot(rich)  # the export's snapshot (its own audit entry comes after)
    entries = rows(rich, AUDIT_CONTENT)
    # A store that keeps its chain key inside (a team store) never lets it out, so the
    # restored trail is re-keyed here, as the import service does; a plain file's key
    # file is on this computer, and its trail comes back hash for hash.
    rekeyed = rich.ctx.store.audit_key_inside
    counts = ExportService(rich.ctx).store_json(tmp_path / "store.json")
    assert counts["client"] == 60
    assert counts["document_blob"] == 1
    assert counts["setting"] == 1
    document = read_json(tmp_path / "store.json")

    target = make_services(other_store_location)
    try:
        with target.ctx.store.write() as session:
            restored = restore_tables(session, document)
            if rekeyed:
                audit.adopt_restored(session, target.ctx, "store.json")
        assert restored == counts
        report = target.maintenance.check()
        assert report.ok, report.problems
        assert target.documents.verify(1)
        if rekeyed:
            assert _records(snapshot(target)) == _records(before)
            restored_entries = rows(target, AUDIT_CONTENT)
            assert restored_entries[:-1] == entries  # plus one: the seal of the restore
            assert restored_entries[-1][3:5] == ("seal", "store")
        else:
            # The FTS5 shadow tables depend on insertion history; the index is compared apart.
            same = [line for line in before.splitlines() if "client_fts" not in line]
            after = [line for line in snapshot(target).splitlines() if "client_fts" not in line]
            assert after == same
        if rich.ctx.store_info().kind == "sqlite":
            assert fts_rows(target) == fts_rows(rich)
    finally:
        target.close()


def test_the_import_service_restores_a_store_json_that_colleagues_can_extend(
    rich: Services, tmp_path: Path, other_store_location: Path | str
) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    target = make_services(other_store_location)
    try:
        report = target.imports.run(tmp_path / "store.json")
        assert report.imported == 60
        target.clients.add_note(1, "restored here")  # the trail can be extended
        checked = target.maintenance.check()
        assert checked.ok, checked.problems
        ((secret,),) = rows(target, "SELECT secret FROM audit_key")
        # A team store keeps the (new) chain key inside, for every colleague's laptop.
        assert bool(secret) == target.ctx.store.audit_key_inside
    finally:
        target.close()


def test_store_json_document_shape(rich: Services, tmp_path: Path) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    document = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    assert document["format"] == "casedesk-export"
    assert document["version"] == 1
    assert document["schema"] == HEAD
    assert document["exported_at"] == "2025-05-01T12:00:00+00:00"
    assert set(document["tables"]) == {t.name for t in metadata.sorted_tables}
    clients = document["tables"]["client"]
    assert [c["id"] for c in clients] == sorted(c["id"] for c in clients)
    assert clients[0]["created_at"] == "2025-05-01T12:00:00.000000+00:00"
    assert clients[0]["archived"] is False
    (blob,) = document["tables"]["document_blob"]
    assert blob == {"document_id": 1, "content": {"$b64": "JVBERi0xLjQA//4gYmluYXJ5"}}
    audit = document["tables"]["audit_entry"]
    assert document["audit_head"] == audit[-1]["hash"]
    assert last_audit(rich)["after"] == {
        "file": "store.json",
        "format": "json",
        "profile": "full",
        "rows": {t: len(rows) for t, rows in document["tables"].items()},
    }


def test_restore_refuses_a_store_that_holds_data(rich: Services, tmp_path: Path) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    document = read_json(tmp_path / "store.json")
    before = snapshot(rich)
    with (
        pytest.raises(ValidationError, match="restore into an empty store"),
        rich.ctx.store.write() as session,
    ):
        restore_tables(session, document)
    assert snapshot(rich) == before


def _restore_error(document: dict[str, object], tmp_path: Path) -> str:
    target = make_services(tmp_path / "b.sqlite")
    try:
        with pytest.raises(ValidationError) as caught, target.ctx.store.write() as session:
            restore_tables(session, document)
        assert target.maintenance.check().clients == 0  # rolled back: nothing half-restored
        return caught.value.reason
    finally:
        target.close()


def test_restore_refuses_another_schema_revision(rich: Services, tmp_path: Path) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    document = read_json(tmp_path / "store.json")
    document["schema"] = "0001"
    assert "schema revision '0001'" in _restore_error(document, tmp_path)


def test_restore_refuses_an_altered_audit_trail(rich: Services, tmp_path: Path) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    # An edited value breaks its entry's value digest, whatever the store. Any other
    # edit (who, when) is caught by the keyed hash, with the source's key: a plain
    # file's key file is on this computer, but a store that keeps its key inside (a
    # team store) never lets it out, so its export is checked without it.
    edits = {"after": '{"given": "Someone else"}'}
    if not rich.ctx.store.audit_key_inside:
        edits["actor"] = "someone else"
    for column, value in edits.items():
        document = read_json(tmp_path / "store.json")
        document["tables"]["audit_entry"][0][column] = value
        assert "audit trail" in _restore_error(document, tmp_path), column


@pytest.mark.parametrize(
    ("table", "column", "value", "expected"),
    [
        ("client", "archived", 1, "expected true or false"),
        ("client", "id", "7", "expected a whole number"),
        ("client", "created_at", "yesterday", "is not a date-time"),
        ("document_blob", "content", {"$b64": "***"}, "not valid base64"),
        ("document_blob", "content", "JVBE", "expected {"),
        ("client", "given", None, "must have a value"),
    ],
)
def test_restore_names_the_damaged_value(
    rich: Services, tmp_path: Path, table: str, column: str, value: object, expected: str
) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    document = read_json(tmp_path / "store.json")
    document["tables"][table][0][column] = value
    reason = _restore_error(document, tmp_path)
    assert reason.startswith(f"table {table}, row 1, column {column}: ")
    assert expected in reason


def test_restore_refuses_unknown_and_missing_tables(rich: Services, tmp_path: Path) -> None:
    ExportService(rich.ctx).store_json(tmp_path / "store.json")
    document = read_json(tmp_path / "store.json")
    document["tables"]["client_secrets"] = []
    assert "unknown tables: client_secrets" in _restore_error(document, tmp_path)
    del document["tables"]["client_secrets"]
    del document["tables"]["note"]
    assert "lacks the tables note" in _restore_error(document, tmp_path)


# ----------------------------------------------------------------------- calendar
@pytest.fixture
def agenda(marked: int, services: Services) -> Services:
    """Deadlines 1 (client, open), 2 (matter, open), 3 (done) and obligation 1."""
    services.deadlines.add("File the traverse", "2025-05-09 17:00", client_id=marked)
    services.deadlines.add("Status report", "2025-05-12", matter_id=1)
    services.deadlines.add("Old task", "2025-04-01")
    services.deadlines.set_done(3)
    services.orders.add(
        OrderCreate(matter_id=1, kind="tro", title="TRO barring removals", issued="2025-03-15")
    )
    services.orders.add_obligation(
        ObligationCreate(order_id=1, text="Turn the planes around", due="2025-03-15T19:30-04:00")
    )
    return services


def read_events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["UID"]): {
            "start": e.decoded("DTSTART"),
            "summary": str(e["SUMMARY"]),
            "description": str(e.get("DESCRIPTION", "")),
        }
        for e in calendar.walk("VEVENT")
    }


def test_calendar_has_open_deadlines_and_obligations_at_their_instants(
    agenda: Services, tmp_path: Path
) -> None:
    service = ExportService(agenda.ctx)
    assert service.calendar_ics(tmp_path / "a.ics") == 3
    uid = service.store_uid()
    events = read_events(tmp_path / "a.ics")
    assert set(events) == {f"deadline-1@{uid}", f"deadline-2@{uid}", f"obligation-1@{uid}"}
    first = events[f"deadline-1@{uid}"]
    assert first["start"] == datetime(2025, 5, 9, 21, tzinfo=UTC)  # 17:00 in New York
    assert first["summary"] == "Due: File the traverse (E. Z. I.)"  # initials by default
    assert events[f"deadline-2@{uid}"]["summary"] == "Due: Status report (J.G.G. v. Trump)"
    ob = events[f"obligation-1@{uid}"]
    assert ob["start"] == datetime(2025, 3, 15, 23, 30, tzinfo=UTC)
    assert ob["summary"] == "Due: Turn the planes around (J.G.G. v. Trump)"
    assert ob["description"] == (
        "Due 15 Mar 2025 19:30 EDT\n"  # on the court's clock, with its zone
        "Matter: J.G.G. v. Trump, D.D.C. 1:25-cv-00766\nOrder: TRO barring removals"
    )
    assert SURNAME not in (tmp_path / "a.ics").read_text(encoding="utf-8")
    assert last_audit(agenda)["after"] == {
        "file": "a.ics",
        "format": "ics",
        "profile": "court",
        "rows": 3,
    }


def test_calendar_uids_are_stable_and_full_profile_names_clients(
    agenda: Services, tmp_path: Path
) -> None:
    service = ExportService(agenda.ctx)
    service.calendar_ics(tmp_path / "a.ics")
    service.calendar_ics(tmp_path / "b.ics", profile="full")
    first, second = read_events(tmp_path / "a.ics"), read_events(tmp_path / "b.ics")
    assert set(first) == set(second)
    uid = service.store_uid()
    assert second[f"deadline-1@{uid}"]["summary"] == (
        f"Due: File the traverse ({SURNAME} Ibarra, {GIVEN})"
    )
    ((created,),) = rows(
        agenda,
        "SELECT count(*) FROM audit_entry WHERE entity = 'setting' AND after LIKE '%store_uid%'",
    )
    assert created == 1  # made once, on first use, and audited


def test_calendar_uids_survive_a_move_to_a_new_store(rich: Services, tmp_path: Path) -> None:
    service = ExportService(rich.ctx)
    service.calendar_ics(tmp_path / "a.ics")
    service.store_json(tmp_path / "store.json")
    target = make_services(tmp_path / "b.sqlite")
    try:
        with target.ctx.store.write() as session:  # as the import service restores
            restore_tables(session, read_json(tmp_path / "store.json"))
            audit.adopt_restored(session, target.ctx, "store.json")
        ExportService(target.ctx).calendar_ics(tmp_path / "b.ics")
    finally:
        target.close()
    assert set(read_events(tmp_path / "b.ics")) == set(read_events(tmp_path / "a.ics"))
