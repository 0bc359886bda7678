"""A damaged store: found by the quick integrity check on open, opened read-only so
nothing is written over the damage, and put right by restoring the newest good backup
(the damaged file kept aside), from the services and the command line."""

from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import StoreError
from casedesk.services.schemas import ClientCreate
from casedesk.storage import cipher
from tests.conftest import RunCli, dump_store

PASS = "linterna de papel amarillo"


def make_store(path: Path, passphrase: str | None) -> Path:
    """A store with demo data and one verified backup, closed; returns the backup."""
    svc = open_services(path, passphrase=passphrase)
    svc.demo.generate(clients=80, seed=4)
    backup = svc.backups.backup().path
    svc.close()
    return backup


def damage(path: Path, key: cipher.Key | None, table: str = "deadline") -> None:
    """Overwrite the middle of ``table``'s root page, as a failing disk would."""
    conn = cipher.connect(path, key)
    root = int(
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    )
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * 200)


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_a_damaged_store_opens_read_only_and_the_newest_good_backup_restores_it(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "store.sqlite"
    backup = make_store(path, passphrase)
    expected = dump_store(backup, cipher.Key.for_file(backup, PASS) if passphrase else None)
    key = cipher.Key.for_file(path, PASS) if passphrase else None
    damage(path, key)
    damaged_bytes = path.read_bytes()

    svc = open_services(path, passphrase=passphrase, check=True)
    health = svc.maintenance.health()
    assert health.read_only
    assert health.problem
    assert health.problem != "ok"
    assert svc.clients.list().total == 80  # what can still be read, is
    with pytest.raises(StoreError, match="damaged, so it is open read-only"):
        svc.clients.add(ClientCreate(given="Ana", surname="Quispe"))
    assert path.read_bytes() == damaged_bytes

    good = svc.backups.latest_good()
    assert good is not None
    assert good.path == backup
    assert good.facts.clients == 80
    kept = svc.backups.restore(good.path)
    assert not svc.maintenance.health().read_only
    assert svc.maintenance.quick_check().problem is None
    assert svc.maintenance.check().ok
    # Record for record the backup, plus the audit entry saying it was restored.
    restored = dump_store(path, svc.ctx.store.key).splitlines()
    assert set(expected.splitlines()) <= set(restored)
    assert svc.clients.add(ClientCreate(given="Ana", surname="Quispe")).new_id
    svc.close()
    # The damaged file is kept aside, byte for byte, for whoever investigates.
    assert kept.path.name.startswith("damaged-")
    assert kept.path.read_bytes() == damaged_bytes


def test_a_healthy_store_is_not_read_only_after_the_check(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    make_store(path, None)
    svc = open_services(path, check=True)
    assert svc.maintenance.health().read_only is False
    assert svc.maintenance.quick_check().problem is None
    svc.close()


def test_the_cli_refuses_writes_to_a_damaged_store_and_names_the_good_backup(
    run_cli: RunCli, store_path: Path
) -> None:
    backup = make_store(store_path, None)
    damage(store_path, None)
    damaged_bytes = store_path.read_bytes()

    add = run_cli("clients", "add", "--given", "Ana", "--surname", "Quispe")
    assert add.returncode == 5, add.stderr
    lines = add.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "damaged, so it is open read-only" in lines[0]
    assert f"the newest good backup is {backup}" in lines[0]
    assert store_path.read_bytes() == damaged_bytes

    listed = run_cli("clients", "list", "--json")  # reading commands still work
    assert listed.returncode == 0
    assert listed.stdout.count('"id"') == 80

    restored = run_cli("restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert run_cli("check").returncode == 0
    assert run_cli("clients", "add", "--given", "Ana", "--surname", "Quispe").returncode == 0
