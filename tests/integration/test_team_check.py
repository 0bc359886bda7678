"""``casedesk check`` on a team store: an admin's check walks the whole audit chain; a
colleague who cannot see every entry is told that the full chain check is for
administrators, and still has every entry they can see checked: a visible entry altered
behind casedesk's back is found by them too."""

import json

import pytest

from casedesk import cli
from casedesk.services.schemas import ClientUpdate
from tests.team_setup import ADMIN, ATTORNEY, VOLUNTEER, Team, team

__all__ = ["team"]  # the fixture, imported for this module's tests

ADMINS_NOTE = "Note: The full audit-chain check is for team administrators"


def _check(team: Team, login: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["--db", team.url(login), "check"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _with_colleagues_work(team: Team) -> None:
    """The attorney edits their client; the admin edits the client on the other matter
    (an entry the attorney and volunteer cannot see)."""
    attorney = team.open(ATTORNEY)
    try:
        attorney.clients.update(team.shared_client, ClientUpdate(tags="detained"))
    finally:
        attorney.close()
    admin = team.open(ADMIN)
    try:
        admin.clients.update(team.hidden_client, ClientUpdate(tags="released"))
    finally:
        admin.close()


def _entry_ids(team: Team, login: str) -> list[int]:
    rc, out, err = team.psql(login, "SELECT id FROM audit_entry ORDER BY id")
    assert rc == 0, err
    return [int(x) for x in out.split()]


def test_admin_checks_the_whole_chain_and_others_are_told_why_not(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_colleagues_work(team)
    every = _entry_ids(team, ADMIN)
    code, out, err = _check(team, ADMIN, capsys)
    assert (code, err) == (0, "")
    assert f"Audit trail:   {len(every):,} entries;" in out
    assert "Note:" not in out
    assert "All checks passed." in out
    for login in (ATTORNEY, VOLUNTEER):
        seen = _entry_ids(team, login)
        assert 0 < len(seen) < len(every)  # part of the trail is hidden from them
        code, out, err = _check(team, login, capsys)
        assert (code, err) == (0, ""), login
        assert ADMINS_NOTE in out
        assert f"each of the {len(seen):,} entries you can see is sealed" in out
        assert f"Audit trail:   {len(seen):,} entries you can see;" in out
        assert "All checks passed." in out
    assert cli.main(["--db", team.url(ATTORNEY), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["audit_scope"] == "visible"
    assert report["ok"] is True
    assert report["notes"][0].startswith("the full audit-chain check is for team administrators")


def test_an_altered_entry_is_found_by_whoever_can_see_it(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_colleagues_work(team)
    seen = set(_entry_ids(team, ATTORNEY))
    hidden = [i for i in _entry_ids(team, ADMIN) if i not in seen]
    visible = max(seen)
    # Someone with the server's superuser login rewrites history behind casedesk's back:
    # first an entry only the admin can see.
    team.server.execute(
        f"UPDATE audit_entry SET actor = 'someone_else' WHERE id = {hidden[-1]}", dbname=team.db
    )
    code, out, _ = _check(team, ATTORNEY, capsys)
    assert code == 0  # not theirs to see: they are told the full check is an admin's
    assert ADMINS_NOTE in out
    code, out, err = _check(team, ADMIN, capsys)
    assert code == 5
    assert f"audit trail altered at or before entry {hidden[-1]}" in err
    # Then one the attorney can see: their own check finds it.
    team.server.execute(
        f"UPDATE audit_entry SET actor = 'someone_else' WHERE id = {visible}", dbname=team.db
    )
    code, out, err = _check(team, ATTORNEY, capsys)
    assert code == 5
    assert f"audit trail altered at or before entry {visible}" in err
    assert "changed or renumbered after it was written" in err
