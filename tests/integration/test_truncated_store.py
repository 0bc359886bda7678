"""A store cut short (to its first megabyte, as a failing disk or a bad copy leaves it)
is still recoverable from casedesk: every command's refusal names the newest backup that
verifies, and `restore` swaps it in without opening the damaged file, which is kept."""

from pathlib import Path

from casedesk.app import open_services
from tests.conftest import RunCli


def test_a_truncated_store_names_its_backup_and_restores_from_it(
    run_cli: RunCli, store_path: Path, tmp_path: Path
) -> None:
    svc = open_services(store_path)
    try:
        svc.demo.generate(clients=3000, seed=2)
        good = svc.backups.backup().path
    finally:
        svc.close()
    assert store_path.stat().st_size > 2 * 2**20
    with store_path.open("r+b") as fh:
        fh.truncate(2**20)
    for command, code in (
        (("clients", "list"), 5),
        (("check",), 5),
        # What can be read is exported, in part (tests/integration/test_salvage_export.py).
        (("export", "--format", "json", "--out", "x.json"), 6),
    ):
        result = run_cli(*command)
        assert result.returncode == code, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert f"the newest backup that verifies is {good}" in result.stderr, result.stderr

    result = run_cli("restore", str(good), "--yes")
    assert result.returncode == 0, result.stderr
    assert "The damaged file is kept in" in result.stdout
    kept = list((tmp_path / "backups").glob("damaged-*.sqlite"))
    assert len(kept) == 1
    assert kept[0].stat().st_size == 2**20
    svc = open_services(store_path)
    try:
        assert svc.clients.list().total == 3000
        report = svc.maintenance.check()
        assert report.ok, report.problems
        assert svc.audit.history(limit=1)[0].action == "restore"
    finally:
        svc.close()
