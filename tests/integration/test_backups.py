"""Backups that restore: every backup verified before it counts, a restore drill that
proves the restored store equals the original record for record, refusals that change
nothing, and automatic backups that rotate."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.domain.errors import StoreError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, StatusCreate
from tests.conftest import dump_store


def test_restore_drill_gives_back_the_store_record_for_record(
    services: Services, store_path: Path, tmp_path: Path
) -> None:
    services.demo.generate(clients=150, seed=9)
    services.documents.attach_bytes(1, "carta.pdf", b"%PDF-1.4 fictional letter")
    result = services.backups.backup(tmp_path / "drill.sqlite")
    assert result.facts.ok
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["audit_head"] == services.maintenance.check().audit_last_hash
    assert manifest["clients"] == 150
    before = dump_store(store_path)

    cid = services.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id
    assert cid is not None
    services.clients.add_status(1, StatusCreate(status="lpr", date="2025-04"))
    assert dump_store(store_path) != before

    safety = services.backups.restore(tmp_path / "drill.sqlite")
    assert safety.path.exists()
    after = dump_store(store_path)

    def split(dump: str) -> tuple[list[str], list[str]]:
        lines = dump.splitlines()
        audit = [line for line in lines if line.startswith('INSERT INTO "audit_entry"')]
        return [line for line in lines if line not in audit], audit

    rest_before, audit_before = split(before)
    rest_after, audit_after = split(after)
    assert rest_after == rest_before  # every record as it was
    assert audit_after[:-1] == audit_before  # plus one entry: the restore itself
    assert "'restore','store'" in audit_after[-1]
    report = services.maintenance.check()
    assert report.ok
    assert services.search.clients("ana perez") == []
    assert services.documents.verify(services.documents.list(1)[0].id)


def test_damaged_or_foreign_backups_are_refused_and_change_nothing(
    services: Services, store_path: Path, tmp_path: Path
) -> None:
    services.demo.generate(clients=20, seed=1)
    before = dump_store(store_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged or is not a casedesk store"):
        services.backups.restore(junk)
    with pytest.raises(StoreError, match="does not exist"):
        services.backups.restore(tmp_path / "missing.sqlite")
    with pytest.raises(ValidationError, match="out"):
        services.backups.backup(tmp_path / "backup.txt")
    assert dump_store(store_path) == before


def test_automatic_backups_rotate_and_respect_their_age(services: Services) -> None:
    services.demo.generate(clients=10, seed=2)
    clock = services.ctx.clock
    made = []
    for minute in range(4):
        services.ctx.clock = lambda m=minute: clock() + timedelta(minutes=m)
        made.append(services.backups.automatic(keep=2))
    assert all(m is not None for m in made)
    assert len(services.backups.list_automatic()) == 2
    assert services.backups.automatic(keep=2, min_age=timedelta(days=1)) is None


def test_the_number_of_automatic_backups_kept_is_a_setting(services: Services) -> None:
    services.demo.generate(clients=5, seed=2)
    before = dump_store(services.ctx.store.path)
    for bad in ("0", "366", "ten", "3.5", "²"):
        with pytest.raises(ValidationError, match="backups_keep"):
            services.settings.set("backups_keep", bad)
    assert dump_store(services.ctx.store.path) == before
    services.settings.set("backups_keep", "3")
    assert services.settings.backups_keep() == 3
    clock = services.ctx.clock
    for minute in range(5):
        services.ctx.clock = lambda m=minute: clock() + timedelta(minutes=m)
        services.backups.automatic()
    kept = services.backups.list_automatic()
    assert len(kept) == 3
    assert kept[-1].name.endswith("T120400.sqlite")  # the newest are kept


def test_cli_backup_and_restore(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store_path), "demo", "--clients", "5"]) == 0
    out = tmp_path / "b.sqlite"
    assert main(["--db", str(store_path), "backup", "--out", str(out)]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["--db", str(store_path), "restore", str(out)]) == 3  # no --yes, no terminal
    assert main(["--db", str(store_path), "restore", str(out), "--yes"]) == 0
    assert main(["--db", str(store_path), "restore", str(tmp_path / "nope.sqlite"), "--yes"]) == 5
