"""Encryption at rest: stores created or encrypted with a passphrase, passphrase changes,
refusals that change nothing, and a marker written into every kind of record that must
appear in no file on disk (store, write-ahead log, shared memory, backups, temp files)."""

import os
import pty
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import (
    PassphraseRequiredError,
    StoreError,
    ValidationError,
    WrongPassphraseError,
)
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    CustodyCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
    StatusCreate,
)
from casedesk.storage import cipher
from casedesk.storage.backup import verify
from tests.conftest import RunCli, cli_env, dump_store, make_services

PASS = "tortuga azul de medianoche"
NEW_PASS = "otra frase bastante larga"


def key_of(path: Path, passphrase: str = PASS) -> cipher.Key:
    return cipher.Key.for_file(path, passphrase)


def test_a_new_store_created_with_a_passphrase_is_encrypted_and_needs_it(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    svc = open_services(path, passphrase=PASS)
    assert svc.security.encrypted
    svc.clients.add(ClientCreate(given="Ana", surname="Quispe"))
    svc.close()
    assert cipher.is_encrypted(path)
    original = path.read_bytes()
    with pytest.raises(PassphraseRequiredError, match="give its passphrase"):
        open_services(path)
    with pytest.raises(WrongPassphraseError, match=r"passphrase does not open new.sqlite"):
        open_services(path, passphrase="not the passphrase")
    assert path.read_bytes() == original
    again = open_services(path, passphrase=PASS)
    assert [r.display_name for r in again.clients.list().rows] == ["Quispe, Ana"]
    assert again.maintenance.check().ok
    again.close()
    # The file is a standard SQLCipher 4 file: the bare passphrase opens it anywhere.
    driver = cipher._driver()
    conn = driver.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 1
    conn.close()


def test_a_too_short_passphrase_for_a_new_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="too short"):
        open_services(tmp_path / "new.sqlite", passphrase="short")
    assert not (tmp_path / "new.sqlite").exists()


@pytest.fixture
def store_kind() -> str:
    """A passphrase encrypts a store file; a team store's data is on the server, which
    refuses encryption by passphrase (tests/integration/test_team_store_refusals)."""
    return "sqlite"


@pytest.fixture
def rich_plain(services: Services, store_path: Path) -> Services:
    services.demo.generate(clients=40, seed=5)
    services.documents.attach_bytes(1, "carta.pdf", b"%PDF-1.4 fictional letter")
    services.backups.backup()
    services.backups.automatic()
    return services


def test_encrypting_in_place_keeps_every_record_and_encrypts_the_backups(
    rich_plain: Services, store_path: Path
) -> None:
    before = dump_store(store_path)
    plain_backups = sorted(rich_plain.backups.folder.glob("*.sqlite"))
    assert len(plain_backups) == 2
    seen: list[tuple[int, int]] = []
    result = rich_plain.security.encrypt(PASS, progress=lambda d, t: seen.append((d, t)))
    # The two backups and the safety copy written first are all re-encrypted.
    assert result.backups_done == 3
    assert result.backups_skipped == []
    assert seen[-1] == (4, 4)
    assert rich_plain.security.encrypted
    assert rich_plain.maintenance.check().ok  # the services carry on under the new key
    rich_plain.close()

    assert cipher.is_encrypted(store_path)
    key = key_of(store_path)
    after = dump_store(store_path, key)
    # Record for record the same, plus the audit entry saying it was encrypted (and the
    # audit chain's key, which moves inside the store once it is encrypted).
    kept = {line for line in before.splitlines() if "audit_key" not in line}
    assert kept <= set(after.splitlines())
    assert "'encrypt'" in after
    for backup in sorted(rich_plain.backups.folder.glob("*.sqlite")):
        assert cipher.is_encrypted(backup), backup.name
        assert verify(backup, key_of(backup)).ok
    assert not list(store_path.parent.glob(".*.rekey"))


def test_changing_the_passphrase_re_encrypts_store_and_backups(
    rich_plain: Services, store_path: Path
) -> None:
    rich_plain.security.encrypt(PASS)
    with pytest.raises(ValidationError, match="current passphrase"):
        rich_plain.security.change_passphrase("a wrong guess", NEW_PASS)
    with pytest.raises(ValidationError, match="too short"):
        rich_plain.security.change_passphrase(PASS, "tiny")
    result = rich_plain.security.change_passphrase(PASS, NEW_PASS)
    assert result.backups_done == 3
    assert rich_plain.security.verify_passphrase(NEW_PASS)
    assert not rich_plain.security.verify_passphrase(PASS)
    rich_plain.close()
    with pytest.raises(WrongPassphraseError):
        open_services(store_path, passphrase=PASS)
    reopened = open_services(store_path, passphrase=NEW_PASS)
    newest = reopened.backups.list_automatic()[-1]
    safety = reopened.backups.restore(newest)  # backups follow the new passphrase
    assert verify(safety.path, reopened.ctx.store.key).ok
    reopened.close()


def test_encrypting_is_refused_while_another_window_has_the_store_open(
    rich_plain: Services, store_path: Path
) -> None:
    other = make_services(store_path)
    try:
        before = store_path.read_bytes()
        with pytest.raises(StoreError, match="another casedesk window or command has"):
            rich_plain.security.encrypt(PASS)
        assert not cipher.is_encrypted(store_path)
        assert store_path.read_bytes() == before
        # Both windows still work on the plain store.
        other.clients.add(ClientCreate(given="Luz", surname="Mamani"))
        assert rich_plain.clients.list().total == 41
    finally:
        other.close()


def test_a_failure_while_encrypting_leaves_the_plain_store_working(
    rich_plain: Services, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise StoreError("the re-encrypted copy of store.sqlite did not verify")

    monkeypatch.setattr(cipher, "_verify_copy", broken)
    with pytest.raises(StoreError, match="did not verify"):
        rich_plain.security.encrypt(PASS)
    assert not cipher.is_encrypted(store_path)
    assert not list(store_path.parent.glob(".*.rekey"))
    assert rich_plain.clients.add(ClientCreate(given="Rosa", surname="Condori")).new_id
    assert rich_plain.maintenance.check().ok
    # The verified safety copy written first is still there.
    assert list(rich_plain.backups.folder.glob("before-encrypt-*.sqlite"))


def test_a_backup_made_under_another_passphrase_is_refused_by_name(
    rich_plain: Services, tmp_path: Path
) -> None:
    other = open_services(tmp_path / "other.sqlite", passphrase=NEW_PASS)
    other.clients.add(ClientCreate(given="Eva", surname="Torres"))
    foreign = other.backups.backup(tmp_path / "foreign.sqlite").path
    other.close()
    rich_plain.security.encrypt(PASS)
    with pytest.raises(StoreError, match=r"foreign.sqlite was made under another passphrase"):
        rich_plain.backups.restore(foreign)


# ------------------------------------------------------------------ the marker test
MARKER = "Qzxwvmarker"


def write_marker_everywhere(svc: Services, tmp_path: Path) -> None:
    m = MARKER
    cid = svc.clients.add(
        ClientCreate(given=m, surname=f"{m}son", description=f"{m} desc", tags=m, languages=m)
    ).new_id
    assert cid is not None
    svc.clients.add_alias(cid, m, f"{m}ez", source=m)
    svc.clients.add_status(
        cid, StatusCreate(status="pending_asylum", date="2024-11", source=m, note=m)
    )
    svc.clients.add_custody(
        cid, CustodyCreate(kind="detained", date="2025-03-01", place=m, source=m, note=m)
    )
    svc.clients.add_note(cid, f"{m} private note", private=True)
    svc.clients.add_contact(cid, f"{m} sister", relationship=m, phone="+1 555 0100")
    svc.documents.attach_bytes(cid, f"{m}.txt", f"document body {m}".encode(), description=m)
    mid = svc.matters.add(
        MatterCreate(
            title=m, kind="habeas", court="D. Md.", docket="8:26-cv-09999", judge=m, description=m
        )
    ).new_id
    assert mid is not None
    svc.matters.link(cid, mid, "petitioner")
    oid = svc.orders.add(
        OrderCreate(matter_id=mid, kind="tro", title=m, issued="2025-03-15", summary=m, judge=m)
    ).new_id
    assert oid is not None
    ob = svc.orders.add_obligation(
        ObligationCreate(order_id=oid, text=m, due="2025-04-01", client_ids=(cid,))
    ).new_id
    assert ob is not None
    svc.orders.set_compliance(
        ComplianceSet(obligation_id=ob, client_id=cid, status="complied", evidence=m)
    )
    svc.deadlines.add(m, "2025-06-01", client_id=cid, note=m)
    svc.settings.set("organisation", m)
    assert svc.search.clients(m)  # the index holds it too


def files_holding_the_marker(*folders: Path) -> list[str]:
    needles = [
        v.encode(enc)
        for v in (MARKER, MARKER.lower(), MARKER.upper())
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    found.append(str(path))
    return found


def test_a_marker_in_every_kind_of_record_is_in_no_file_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    temp = tmp_path / "temp"
    temp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path = data / "store.sqlite"
    svc = open_services(path, passphrase=PASS)
    write_marker_everywhere(svc, tmp_path)
    # The marker really was stored: found by search, and in a plain control copy.
    assert svc.search.clients(MARKER)
    assert Path(f"{path}-wal").stat().st_size > 0
    # While the store is open: the store, its write-ahead log and shared memory.
    assert files_holding_the_marker(data, temp) == []
    svc.backups.backup()
    svc.backups.automatic()
    svc.maintenance.check()
    assert files_holding_the_marker(data, temp) == []
    svc.close()
    assert files_holding_the_marker(data, temp) == []

    # Control: the same records in a plain store do show the marker, so the scan works.
    control = open_services(tmp_path / "plain" / "store.sqlite")
    write_marker_everywhere(control, tmp_path)
    control.close()
    assert files_holding_the_marker(tmp_path / "plain")


def test_encrypting_a_plain_store_leaves_no_plain_copy_in_its_folder(
    rich_plain: Services, store_path: Path
) -> None:
    write_marker_everywhere(rich_plain, store_path.parent)
    rich_plain.backups.backup()
    assert files_holding_the_marker(store_path.parent)
    rich_plain.security.encrypt(PASS)
    rich_plain.close()
    assert files_holding_the_marker(store_path.parent) == []


# ---------------------------------------------------------------------- command line
def one_line_error(result: "subprocess.CompletedProcess[str]", code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("casedesk: ")
    return lines[0]


def test_cli_encrypt_then_every_command_needs_the_passphrase(
    run_cli: RunCli, store_path: Path, tmp_path: Path
) -> None:
    assert run_cli("demo", "--clients", "30").returncode == 0
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    done = run_cli("--passphrase-file", str(pw), "encrypt")
    assert done.returncode == 0, done.stderr
    assert "Encrypted" in done.stdout
    assert "Keep the passphrase safe" in done.stdout
    assert cipher.is_encrypted(store_path)
    encrypted = store_path.read_bytes()

    missing = run_cli("clients", "list")
    assert "give its passphrase" in one_line_error(missing, 5)
    wrong = run_cli("clients", "list", env={"CASEDESK_PASSPHRASE": "wrong wrong wrong"})
    assert "passphrase does not open store.sqlite" in one_line_error(wrong, 5)
    no_file = run_cli("--passphrase-file", str(tmp_path / "nope.txt"), "clients", "list")
    assert "cannot read the passphrase file" in one_line_error(no_file, 5)
    again = run_cli("--passphrase-file", str(pw), "encrypt")
    assert "already encrypted" in one_line_error(again, 3)
    assert store_path.read_bytes() == encrypted

    listed = run_cli("clients", "list", "--json", env={"CASEDESK_PASSPHRASE": PASS})
    assert listed.returncode == 0
    assert listed.stdout.count('"id"') == 30
    check = run_cli("--passphrase-file", str(pw), "check")
    assert check.returncode == 0
    assert "SQLCipher 4" in check.stdout

    changed = run_cli(
        "passphrase", env={"CASEDESK_PASSPHRASE": PASS, "CASEDESK_NEW_PASSPHRASE": NEW_PASS}
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("check", env={"CASEDESK_PASSPHRASE": NEW_PASS}).returncode == 0
    old = run_cli("check", env={"CASEDESK_PASSPHRASE": PASS})
    one_line_error(old, 5)


def read_until(fd: int, needle: bytes | None, timeout_s: float = 60.0) -> bytes:
    """What the terminal shows until ``needle`` (None: until the program closes it)."""
    seen = b""
    deadline = time.monotonic() + timeout_s
    while needle is None or needle not in seen:
        if time.monotonic() > deadline:
            if needle is None:
                break
            raise AssertionError(f"no {needle!r} on the terminal; saw {seen!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the program closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_cli_asks_at_a_terminal_without_echo(store_path: Path, tmp_path: Path) -> None:
    services = open_services(store_path, passphrase=PASS)
    services.clients.add(ClientCreate(given="Inés", surname="Huamán"))
    services.close()
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "casedesk", "--db", str(store_path), "clients", "list", "--json"],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=secondary,  # the prompt and messages appear on the terminal
        env=cli_env(),
        cwd=tmp_path,
        start_new_session=True,
    )
    os.close(secondary)
    try:
        terminal = read_until(primary, b"Passphrase for store.sqlite")
        os.write(primary, b"not it at all\n")
        terminal += read_until(primary, b"Passphrase for store.sqlite")
        os.write(primary, PASS.encode() + b"\n")
        out, _ = proc.communicate(timeout=60)
        terminal += read_until(primary, None, timeout_s=5)
    finally:
        proc.kill()
        os.close(primary)
    assert proc.returncode == 0, terminal
    assert "Huamán" in out.decode()
    assert b"does not open it; try again" in terminal
    assert PASS.encode() not in terminal + out
    assert b"not it at all" not in terminal  # typed without echo
