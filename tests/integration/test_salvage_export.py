"""A damaged store still gives up what can be read: `export --format json` on a store cut
short (at several sizes) or with a bad page writes every row it could read, exactly as
the store held it, names each table it could not read whole (rows read, ids lost) and
exits 6 ("done in part"); 0 when the damage lost no row; 5, writing nothing, when not
even the list of tables survives. Such an export is refused by import, by name."""

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from casedesk.app import open_services
from casedesk.services.export_tables import dump_tables
from casedesk.services.registry import Services
from casedesk.storage import cipher
from casedesk.storage.schema import HEAD
from tests.conftest import RunCli
from tests.integration.test_damaged_store import PASS, damage

CLIENTS = 1500


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A closed demo store, and its whole-store export made while it was intact."""
    folder = tmp_path_factory.mktemp("intact")
    path = folder / "store.sqlite"
    svc = open_services(path)
    try:
        svc.demo.generate(clients=CLIENTS, seed=9)
        whole = _tables(svc)
    finally:
        svc.close()
    return path, whole


def _tables(svc: Services) -> dict[str, Any]:
    """Every table as the JSON export writes it (read here, so no export entry follows)."""
    with svc.ctx.store.read() as session:
        found: dict[str, Any] = json.loads(json.dumps(dump_tables(session)))
    return found


def _copy(intact: tuple[Path, dict[str, Any]], folder: Path) -> Path:
    path = folder / "store.sqlite"
    shutil.copy2(intact[0], path)
    return path


def _exported(out: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def _by_id(rows: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    return {row.get("id", row.get("key")): row for row in rows}


def _assert_faithful(document: dict[str, Any], whole: dict[str, Any]) -> None:
    """Every row read is the row the intact store held; for each table not read whole,
    the rows read plus the intact rows whose ids fall in the unreadable ranges make up
    the whole table (the count of what was lost is right)."""
    salvaged = document["salvaged"]
    for table, rows in document["tables"].items():
        if table in ("audit_key", "undo_link") or not rows or "id" not in rows[0]:
            continue
        original = _by_id(whole[table])
        for row in rows:
            assert original[row["id"]] == row, (table, row["id"])
        if table in salvaged["incomplete"]:
            lost = [
                i
                for i in original
                if any(
                    a <= i and (b is None or i <= b)
                    for a, b in salvaged["incomplete"][table]["unreadable_ids"]
                )
            ]
            assert len(rows) + len(lost) == len(original), table
            assert salvaged["incomplete"][table]["rows_read"] == len(rows)
        else:
            assert len(rows) == len(original), table


@pytest.mark.parametrize("fraction", [0.35, 0.6, 0.85])
def test_a_store_cut_short_exports_what_can_be_read(
    intact: tuple[Path, dict[str, Any]],
    run_cli: RunCli,
    tmp_path: Path,
    fraction: float,
) -> None:
    path = _copy(intact, tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(int(size * fraction) // 4096 * 4096)
    result = run_cli("export", "--format", "json", "--out", "salvaged.json", db=path)
    assert result.returncode == 6, result.stderr
    assert "Traceback" not in result.stderr
    assert "is damaged" in result.stderr  # the refusal to open, as before
    assert "Wrote what could be read to" in result.stdout
    assert "the export is incomplete; not exported:" in result.stderr
    document = _exported(tmp_path / "salvaged.json")
    salvaged = document["salvaged"]
    assert salvaged["complete"] is False
    for table in salvaged["incomplete"]:
        assert f"  {table}: " in result.stderr  # each one named
    assert document["schema"] == HEAD
    _assert_faithful(document, intact[1])
    clients = len(document["tables"]["client"])
    assert f"{clients:,} clients" in result.stdout


def test_a_store_cut_to_its_first_pages_writes_nothing(
    intact: tuple[Path, dict[str, Any]], run_cli: RunCli, tmp_path: Path
) -> None:
    path = _copy(intact, tmp_path)
    with path.open("r+b") as fh:
        fh.truncate(8192)
    result = run_cli("export", "--format", "json", "--out", "salvaged.json", db=path)
    assert result.returncode == 5
    assert "too damaged to read anything from" in result.stderr
    assert not (tmp_path / "salvaged.json").exists()


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_a_bad_page_loses_its_rows_only(
    run_cli: RunCli, tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "store.sqlite"
    svc = open_services(path, passphrase=passphrase)
    try:
        svc.demo.generate(clients=200, seed=3)
        whole = _tables(svc)
    finally:
        svc.close()
    key = cipher.Key.for_file(path, passphrase) if passphrase else None
    damage(path, key, table="note")
    env = {"CASEDESK_PASSPHRASE": passphrase} if passphrase else None
    result = run_cli("export", "--format", "json", "--out", "out.json", db=path, env=env)
    assert result.returncode == 6, result.stderr
    document = _exported(tmp_path / "out.json")
    assert list(document["salvaged"]["incomplete"]) == ["note"]
    assert "  note: " in result.stderr
    assert len(document["tables"]["client"]) == 200
    _assert_faithful(document, whole)
    # Such an export is for reading: import refuses it, saying what it is.
    refused = run_cli("import", str(tmp_path / "out.json"), db=tmp_path / "new.sqlite")
    assert refused.returncode == 3
    assert "holds what could be read of a damaged store" in refused.stderr


def test_damage_that_loses_no_row_exports_everything_and_exits_0(
    services_on_damaged_index: tuple[Services, dict[str, Any]], tmp_path: Path
) -> None:
    services, whole = services_on_damaged_index
    report = services.exports.salvage_json(tmp_path / "out.json")
    assert report.complete
    assert report.lines() == []
    document = _exported(tmp_path / "out.json")
    assert document["salvaged"]["complete"] is True
    _assert_faithful(document, whole)


@pytest.fixture
def services_on_damaged_index(tmp_path: Path) -> Any:
    """A store whose client-name index page is overwritten: the integrity check fails
    (it opens read-only), but every table's rows are intact."""
    path = tmp_path / "store.sqlite"
    svc = open_services(path)
    try:
        svc.demo.generate(clients=100, seed=3)
        whole = _tables(svc)
    finally:
        svc.close()
    damage(path, None, table="ix_client_sort_key")
    damaged = open_services(path, check=True)
    try:
        assert damaged.maintenance.health().read_only
        yield damaged, whole
    finally:
        damaged.close()
