"""Restore trusts nothing it has not verified, and loses nothing acknowledged.

- A backup is refused, by name, when its audit trail is broken, when it has lost its
  last entry and a client was renamed, or when it no longer matches its manifest; the
  store is left as it was.
- The store is held exclusively for the whole restore, safety copy included: a writer
  that arrives meanwhile is refused with "being encrypted or restored", so every
  acknowledged write is either in the safety copy or was never acknowledged.
"""

import sqlite3
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import StoreError
from casedesk.services import backup as backup_service
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from tests.conftest import dump_store


@pytest.fixture
def store_kind() -> str:
    """Restore swaps a store file; a team store refuses it (pg_restore is the server's way:
    tests/integration/test_team_store_refusals.py)."""
    return "sqlite"


@pytest.fixture
def backed_up(services: Services, tmp_path: Path) -> Path:
    for given in ("Ana", "Luis", "Eva"):
        services.clients.add(ClientCreate(given=given, surname="Quispe"))
    return services.backups.backup(tmp_path / "copy.sqlite").path


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _refused(services: Services, source: Path, match: str) -> None:
    before = dump_store(services.ctx.store.path)
    with pytest.raises(StoreError, match=match):
        services.backups.restore(source)
    assert dump_store(services.ctx.store.path) == before


def test_a_backup_with_a_broken_chain_is_refused(services: Services, backed_up: Path) -> None:
    _edit(backed_up, "UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    backed_up.with_suffix(".sqlite.json").unlink()  # no manifest to catch it first
    _refused(services, backed_up, r"copy.sqlite's audit trail was altered at or before entry 2")


def test_a_backup_missing_its_last_entry_with_a_client_renamed_is_refused(
    services: Services, backed_up: Path
) -> None:
    _edit(
        backed_up,
        "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)",
        "UPDATE client SET given = 'Otra' WHERE id = 1",
    )
    _refused(services, backed_up, r"copy.sqlite was changed after it was made .*sha256")
    backed_up.with_suffix(".sqlite.json").unlink()
    _refused(
        services,
        backed_up,
        r"copy.sqlite does not match its own audit trail \(client 1 was changed without an "
        r"audit entry \(field given\)\)",
    )


def test_a_backup_whose_manifest_head_differs_is_refused(
    services: Services, backed_up: Path
) -> None:
    manifest = backed_up.with_suffix(".sqlite.json")
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('"audit_head": "', '"audit_head": "0'),
        encoding="utf-8",
    )
    _refused(services, backed_up, r"audit trail does not end where copy.sqlite.json says")


def test_a_good_backup_restores_and_the_trail_still_checks(
    services: Services, backed_up: Path
) -> None:
    services.clients.add(ClientCreate(given="Nuevo", surname="Después"))
    safety = services.backups.restore(backed_up)
    report = services.maintenance.check()
    assert report.ok, report.problems
    assert [r.display_name for r in services.clients.list().rows] == [
        "Quispe, Ana",
        "Quispe, Eva",
        "Quispe, Luis",
    ]
    # The write made before the restore is in the safety copy.
    with sqlite3.connect(safety.path) as conn:
        assert ("Nuevo",) in conn.execute("SELECT given FROM client").fetchall()


def test_restore_is_refused_while_another_window_has_the_store_open(
    services: Services, backed_up: Path, store_path: Path
) -> None:
    other = open_services(store_path)
    try:
        _refused(services, backed_up, "another casedesk window or command has store.sqlite open")
    finally:
        other.close()


def test_a_writer_arriving_during_a_restore_is_told_and_writes_nothing(
    services: Services, backed_up: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arrived: list[str] = []
    real_copy = backup_service.copy_database

    def copy_while_someone_arrives(*args: object, **kwargs: object) -> Path:
        # Inside the restore's exclusive claim (after the safety copy, before the swap).
        with pytest.raises(StoreError) as refused:
            open_services(store_path)
        arrived.append(str(refused.value))
        return real_copy(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_service, "copy_database", copy_while_someone_arrives)
    services.backups.restore(backed_up)
    # Both copies (the safety copy of the store, then the backup into place) are made
    # inside the claim: a writer was refused during each.
    refusal = (
        "store.sqlite is being encrypted or restored by another casedesk window; try again "
        "when it has finished"
    )
    assert arrived == [refusal, refusal]
