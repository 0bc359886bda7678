"""The command line on a team store: ``--db postgresql://...`` and ``CASEDESK_DB`` open
it, and a server that cannot be reached or refuses the login gives one clear line and
exit 5, never a traceback."""

import json

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
