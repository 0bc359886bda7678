"""Three people on one team store: an admin, an attorney granted one matter, and a
volunteer with read-only access to it. What each may see and change is checked through
casedesk's services as each login AND through plain psql as each role, because the
server, not casedesk, must enforce it."""

import pytest

from casedesk.domain.errors import StoreError
from casedesk.services.audit import verify_chain
from casedesk.services.schemas import ClientCreate, ClientUpdate
from casedesk.services.team import TeamService
from tests.team_setup import ADMIN, ATTORNEY, VOLUNTEER, Team, team

__all__ = ["team"]  # the fixture, imported for this module's tests


def _ids(rc_out_err: tuple[int, str, str]) -> list[int]:
    rc, out, err = rc_out_err
    assert rc == 0, err
    return [int(x) for x in out.split()] if out else []


def test_each_role_sees_only_its_matters_through_psql(team: Team) -> None:
    sql = "SELECT id FROM client ORDER BY id"
    assert _ids(team.psql(ADMIN, sql)) == [team.shared_client, team.hidden_client]
    assert _ids(team.psql(ATTORNEY, sql)) == [team.shared_client]
    assert _ids(team.psql(VOLUNTEER, sql)) == [team.shared_client]
    matters = "SELECT id FROM matter ORDER BY id"
    assert _ids(team.psql(VOLUNTEER, matters)) == [team.mine]
    assert _ids(team.psql(ADMIN, matters)) == [team.mine, team.other]
    # The hidden client's history is hidden too, not only the client row.
    audit = f"SELECT count(*) FROM audit_entry WHERE client_id = {team.hidden_client}"
    assert _ids(team.psql(VOLUNTEER, audit)) == [0]
    assert _ids(team.psql(ADMIN, audit)) != [0]


def test_read_only_grant_cannot_write_through_psql(team: Team) -> None:
    rc, _, err = team.psql(
        VOLUNTEER, f"UPDATE client SET surname = 'Changed' WHERE id = {team.shared_client}"
    )
    assert rc != 0
    assert "row-level security" in err
    rc, _, err = team.psql(VOLUNTEER, f"DELETE FROM client WHERE id = {team.shared_client}")
    assert rc != 0
    assert "no permission" in err
    rc, _, err = team.psql(
        VOLUNTEER,
        "INSERT INTO deadline (title, due_at, due_utc, matter_id, done, note, created_at) "
        f"VALUES ('x', '2025-06-01', '2025-06-01', {team.mine}, false, '', now())",
    )
    assert rc != 0
    # Nothing changed, as the admin sees it.
    assert team.psql(ADMIN, f"SELECT surname FROM client WHERE id = {team.shared_client}")[1] == (
        "Lopez"
    )


def test_attorney_writes_own_matter_and_nothing_else(team: Team) -> None:
    rc, out, err = team.psql(
        ATTORNEY,
        f"UPDATE client SET tags = 'urgent' WHERE id = {team.shared_client} RETURNING id",
    )
    assert (rc, out) == (0, str(team.shared_client)), err
    # A row they cannot see is, for them, not there: 0 rows, no error, nothing changed.
    rc, out, _ = team.psql(
        ATTORNEY, f"UPDATE client SET tags = 'x' WHERE id = {team.hidden_client} RETURNING id"
    )
    assert (rc, out) == (0, "")
    assert team.psql(ADMIN, f"SELECT tags FROM client WHERE id = {team.hidden_client}")[1] == ""


def test_audit_trail_is_append_only_and_names_the_login(team: Team) -> None:
    forged = (
        "INSERT INTO audit_entry (at, actor, action, entity, before, after, prev_hash, hash) "
        f"VALUES ('2025-01-01', '{ADMIN}', 'delete', 'client', '', '', '', '')"
    )
    assert team.psql(VOLUNTEER, forged)[0] != 0
    for login in (ADMIN, ATTORNEY):
        assert team.psql(login, "UPDATE audit_entry SET actor = 'someone'")[0] != 0
        assert team.psql(login, "DELETE FROM audit_entry")[0] != 0
    actors = team.psql(ADMIN, "SELECT DISTINCT actor FROM audit_entry WHERE entity = 'client'")
    assert actors[1] == ADMIN


def test_tables_are_owned_by_a_role_nobody_logs_in_as_with_forced_rls(team: Team) -> None:
    rc, out, err = team.psql(
        "postgres",
        "SELECT c.relname, r.rolname, r.rolcanlogin, c.relrowsecurity, c.relforcerowsecurity "
        "FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' "
        "AND c.relname <> 'alembic_version'",
    )
    assert rc == 0, err
    rows = [line.split("|") for line in out.splitlines()]
    assert {"client", "matter", "audit_entry", "team_grant"} <= {r[0] for r in rows}
    assert all(r[1:] == ["casedesk_owner", "f", "t", "t"] for r in rows), rows


def test_services_as_each_login(team: Team) -> None:
    vol = team.open(VOLUNTEER)
    att = team.open(ATTORNEY)
    try:
        assert [r.id for r in vol.clients.list().rows] == [team.shared_client]
        assert vol.ctx.store_info().team_user == VOLUNTEER
        with pytest.raises(StoreError, match="no permission"):
            vol.clients.update(team.shared_client, ClientUpdate(tags="changed"))
        with pytest.raises(StoreError, match="no permission"):
            vol.deadlines.add("File reply", "2025-06-01", matter_id=team.mine)
        # The attorney's change is recorded under the attorney's own login.
        att.clients.update(team.shared_client, ClientUpdate(tags="detained"))
        new = att.clients.add(ClientCreate(given="Cira", surname="Mora")).new_id
        assert new is not None
        assert {r.id for r in att.clients.list().rows} == {team.shared_client, new}
        # ...which the volunteer does not see until it is put on their matter.
        assert new not in {r.id for r in vol.clients.list().rows}
        att.matters.link(new, team.mine, "class_member")
        assert new in {r.id for r in vol.clients.list().rows}
        last = att.audit.history(client_id=team.shared_client, limit=1)[0]
        assert last.actor == ATTORNEY
    finally:
        vol.close()
        att.close()
    admin = team.open(ADMIN)
    try:
        with admin.ctx.store.read() as session:
            assert verify_chain(session).ok
    finally:
        admin.close()


def test_revoke_takes_access_away(team: Team) -> None:
    sql = "SELECT id FROM client ORDER BY id"
    assert _ids(team.psql(VOLUNTEER, sql)) == [team.shared_client]
    admin = team.open(ADMIN)
    try:
        TeamService(admin.ctx).revoke(VOLUNTEER, team.mine)
        members = {m.login: m for m in TeamService(admin.ctx).members()}
    finally:
        admin.close()
    assert _ids(team.psql(VOLUNTEER, sql)) == []
    assert members[VOLUNTEER].grants == []
    assert [g.matter_id for g in members[ATTORNEY].grants] == [team.mine]
