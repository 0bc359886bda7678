"""What a killed encrypt, passphrase change or backup leaves is named by `check` and
cleared on the next open: partial files removed, a plain copy beside an encrypted store
re-encrypted, a backup without its manifest reported."""

import shutil
from pathlib import Path

from casedesk.app import open_services
from casedesk.services.schemas import ClientCreate
from casedesk.storage import cipher, leftovers

PASS = "cuaderno de bitácora"


def test_plain_leftovers_beside_an_encrypted_store_are_named_then_encrypted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite"
    svc = open_services(path)
    svc.clients.add(ClientCreate(given="Ana", surname="Quispe"))
    plain = svc.backups.backup(prefix="before-encrypt-").path
    kept = tmp_path / "plain-copy.sqlite"
    shutil.copyfile(plain, kept)
    svc.security.encrypt(PASS)
    # What a kill at the wrong moment leaves: the plain safety copy, partial files.
    shutil.copyfile(kept, plain)
    (tmp_path / "backups" / "store-x.sqlite.part").write_bytes(kept.read_bytes())
    (tmp_path / ".store.sqlite.rekey").write_bytes(kept.read_bytes())
    kept.unlink()
    problems = svc.maintenance.check().problems
    svc.close()
    assert any(str(plain) in p and "plain SQLite file" in p for p in problems), problems
    assert any("store-x.sqlite.part" in p for p in problems)
    assert any(".store.sqlite.rekey" in p for p in problems)

    again = open_services(path, passphrase=PASS)
    try:
        assert leftovers.partials(path) == []
        assert leftovers.plain_files(path) == []
        assert cipher.is_encrypted(plain)
        assert again.backups.latest_good() is not None
        report = again.maintenance.check()
        assert report.ok, report.problems
    finally:
        again.close()


def test_a_backup_without_its_manifest_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    svc = open_services(path)
    try:
        made = svc.backups.backup()
        made.manifest.unlink()  # a kill between the copy and its manifest
        assert svc.maintenance.check().problems == [
            f"the backup {made.path} has no manifest, so it was never verified "
            "(an interrupted backup?)"
        ]
    finally:
        svc.close()
