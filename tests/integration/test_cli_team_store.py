"""The command line on a team store: ``--db postgresql://...`` and ``CASEDESK_DB`` open
it, and a server that cannot be reached or refuses the login gives one clear line and
exit 5, never a traceback."""

import json
import subprocess
from pathlib import Path

from tests.conftest import RunCli
from tests.pg import PgServer

EXIT_STORE = 5


def test_db_url_and_environment_open_the_same_team_store(run_cli: RunCli, pg_url: str) -> None:
    added = run_cli("clients", "add", "--given", "Zoë", "--surname", "Ñúñez", db=pg_url)
    assert added.returncode == 0, added.stderr
    by_env = run_cli("search", "zoe nunez", "--json", db="", env={"CASEDESK_DB": pg_url})
    assert by_env.returncode == 0, by_env.stderr
    hits = json.loads(by_env.stdout)
    assert [h["display_name"] for h in hits] == ["Ñúñez, Zoë"]
    listed = run_cli("clients", "list", db=pg_url)
    assert "Ñúñez, Zoë" in listed.stdout


def test_unreachable_server_is_one_line_and_exit_5(run_cli: RunCli, tmp_path: object) -> None:
    done = run_cli("clients", "list", db="postgresql://nobody@/nothing?host=/nonexistent&port=1")
    assert done.returncode == EXIT_STORE
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "cannot reach the team server" in done.stderr


def test_wrong_password_is_one_line_and_exit_5(
    run_cli: RunCli, pg_server: PgServer, pg_url: str
) -> None:
    pg_server.execute("CREATE ROLE clerk LOGIN PASSWORD 'right horse battery'")
    try:
        database = pg_url.split("/")[3].split("?", maxsplit=1)[0]
        wrong = pg_server.url(database, user="clerk", password="wrong")
        done = run_cli("clients", "list", db=wrong)
        assert done.returncode == EXIT_STORE
        assert "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1
        assert "wrong user name or password" in done.stderr
        assert "wrong" not in done.stderr.replace("wrong user name", "")  # no password echoed
    finally:
        pg_server.execute("DROP OWNED BY clerk; DROP ROLE clerk", dbname=database)


def test_backup_of_a_team_store_is_a_pg_dump_that_restores(
    run_cli: RunCli, pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    assert (
        run_cli("clients", "add", "--given", "Ana", "--surname", "Pérez", db=pg_url).returncode == 0
    )
    out = tmp_path / "team.pgdump"
    done = run_cli("backup", "--out", str(out), db=pg_url)
    assert done.returncode == 0, done.stderr
    assert "Backed up 1 clients" in done.stdout
    copy = pg_server.new_database(template="template0")
    try:
        restored = subprocess.run(
            [str(pg_server.bin_dir / "pg_restore"), "--no-owner", "-h", str(pg_server.socket_dir),
             "-p", str(pg_server.port), "-U", "postgres", "-d", copy, str(out)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert restored.returncode == 0, restored.stderr
        assert pg_server.execute("SELECT given FROM client", dbname=copy).strip() == "Ana"
    finally:
        pg_server.drop_database(copy)


def test_file_only_commands_refuse_a_team_store_in_one_line(
    run_cli: RunCli, pg_url: str, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    backup.write_bytes(b"")
    for args in (("encrypt",), ("restore", str(backup), "--yes")):
        done = run_cli(*args, db=pg_url, env={"CASEDESK_PASSPHRASE": "a long enough passphrase"})
        assert done.returncode in (3, 5), (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
