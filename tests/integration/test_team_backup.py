"""Backing up a team store: an admin's ``casedesk backup`` is a ``pg_dump`` holding every
row (row-level security is forced on every table, so the dump runs with
``--enable-row-security`` and only a login that sees everything may make one), it
restores with ``pg_restore``, and a destination that is not a sensible backup file name
is refused before anything is written."""

import subprocess
from pathlib import Path

import pytest

from casedesk import cli
from casedesk.services.backup import TEAM_BACKUP_ADMINS_ONLY
from tests.pg import PgServer
from tests.team_setup import ADMIN, ATTORNEY, VOLUNTEER, Team, team

__all__ = ["team"]  # the fixture, imported for this module's tests

#: Row counts of every table, read as the superuser (past row-level security).
COUNTS = (
    "SELECT table_name || '=' || (xpath('/row/c/text()', query_to_xml("
    "format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text "
    "FROM information_schema.tables WHERE table_schema = 'public' "
    "AND table_type = 'BASE TABLE' ORDER BY table_name"
)


def _counts(server: PgServer, dbname: str) -> dict[str, int]:
    rows = server.execute(COUNTS, dbname=dbname).split()
    return {name: int(n) for name, n in (row.split("=") for row in rows)}


def _restore(server: PgServer, archive: Path, into: str) -> None:
    done = subprocess.run(
        [str(server.bin_dir / "pg_restore"), "--no-owner", "-h", str(server.socket_dir),
         "-p", str(server.port), "-U", "postgres", "-d", into, str(archive)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_an_admins_backup_holds_every_row_and_restores(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clinic.pgdump"
    assert cli.main(["--db", team.url(ADMIN), "backup", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    # The admin sees both clients, the hidden one included, and so does the backup.
    assert "Backed up 2 clients" in said
    assert out.with_suffix(".pgdump.json").exists()
    copy = team.server.new_database(template="template0")
    try:
        _restore(team.server, out, copy)
        original = _counts(team.server, team.db)
        restored = _counts(team.server, copy)
        assert restored == original
        assert original["client"] == 2
        assert original["audit_entry"] > 0
        assert original["team_grant"] >= 2  # the two grants, and each creator's own
        hidden = f"SELECT given FROM client WHERE id = {team.hidden_client}"
        assert team.server.execute(hidden, dbname=copy).strip() == "Beto"
    finally:
        team.server.drop_database(copy)


@pytest.mark.parametrize("login", [ATTORNEY, VOLUNTEER])
def test_only_an_admin_may_back_up_a_team_store(
    team: Team, login: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine.pgdump"
    assert cli.main(["--db", team.url(login), "backup", "--out", str(out)]) == 5
    err = capsys.readouterr().err
    assert err == f"casedesk: {TEAM_BACKUP_ADMINS_ONLY}\n"
    assert err.startswith("casedesk: Only a team administrator can back up the team store")
    assert list(tmp_path.iterdir()) == []  # no dump, no partial file, no manifest


def test_automatic_backups_are_an_admins_job(team: Team) -> None:
    attorney = team.open(ATTORNEY)
    try:
        assert attorney.backups.may_back_up() is False
        assert attorney.backups.automatic() is None
        assert attorney.backups.list_automatic() == []
    finally:
        attorney.close()
    admin = team.open(ADMIN)
    try:
        made = admin.backups.automatic()
        assert made is not None
        assert made.path.suffix == ".pgdump"
        assert admin.backups.list_automatic() == [made.path]
    finally:
        admin.close()


def test_a_destination_that_is_no_backup_file_is_refused(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def backup(out: Path, *more: str) -> tuple[int, str]:
        code = cli.main(["--db", team.url(ADMIN), "backup", "--out", str(out), *more])
        return code, capsys.readouterr().err

    code, err = backup(tmp_path / "clinic.txt")
    assert code == 3
    assert "should end in .pgdump" in err
    code, err = backup(tmp_path / "no-such-folder" / "clinic.pgdump")
    assert (code, "does not exist" in err) == (3, True)
    folder = tmp_path / "a-folder.pgdump"
    folder.mkdir()
    code, err = backup(folder)
    assert (code, "is a folder" in err) == (3, True)
    # An existing file is never replaced silently, not even an earlier backup.
    kept = tmp_path / "notes.pgdump"
    kept.write_bytes(b"my own notes")
    code, err = backup(kept)
    assert code == 3
    assert "already exists" in err
    assert err.count("\n") == 1
    assert kept.read_bytes() == b"my own notes"
    earlier = tmp_path / "earlier.pgdump"
    assert backup(earlier)[0] == 0
    made = earlier.stat().st_mtime_ns, earlier.read_bytes()
    code, err = backup(earlier)
    assert (code, "already exists" in err) == (3, True)
    assert (earlier.stat().st_mtime_ns, earlier.read_bytes()) == made
    # Asked for explicitly, it is replaced.
    assert backup(kept, "--force")[0] == 0
    assert kept.read_bytes().startswith(b"PGDMP")  # a pg_dump custom-format archive
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []
