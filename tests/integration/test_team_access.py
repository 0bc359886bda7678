"""Three people on one team store: an admin, an attorney granted one matter, and a
volunteer with read-only access to it. What each may see and change is checked through
casedesk's services as each login AND through plain psql as each role, because the
server, not casedesk, must enforce it."""

import json
import os
from pathlib import Path

import pytest

from casedesk import cli
from casedesk.domain.errors import StoreError
from casedesk.services.audit import verify_chain
from casedesk.services.schemas import ClientCreate, ClientUpdate
from casedesk.services.team import TeamService
from casedesk.storage import team_sql
from tests.pg import PgServer
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


def test_cli_as_each_login(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", team.url(ADMIN), "team", "users", "--json"]) == 0
    members = {m["login"]: m for m in json.loads(capsys.readouterr().out)}
    assert members[VOLUNTEER]["grants"] == [
        {"matter_id": team.mine, "title": "Doe v. Noem", "read_only": True}
    ]
    assert members[ADMIN]["role"] == "admin"
    # The volunteer's write is refused by the server: one line, exit 5, nothing written.
    code = cli.main(
        ["--db", team.url(VOLUNTEER), "orders", "add", "--matter", str(team.mine), "--kind",
         "tro", "--title", "TRO", "--issued", "2025-03-15"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 5
    assert err.startswith("casedesk: no permission")
    assert err.count("\n") == 1
    # A volunteer cannot hand out access, not even to themself.
    for login, matter in ((VOLUNTEER, team.other), (ATTORNEY, team.mine)):
        assert cli.main(["--db", team.url(VOLUNTEER), "team", "grant", login, str(matter)]) == 5
        assert "only an admin" in capsys.readouterr().err
    assert _ids(team.psql(ADMIN, "SELECT count(*) FROM court_order")) == [0]


def test_wrong_password_or_no_server_is_one_line(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = team.server.url(team.db, user=VOLUNTEER, password="not-the-password")
    assert cli.main(["--db", wrong, "clients", "list"]) == 5
    err = capsys.readouterr().err
    assert "password" in err
    assert err.count("\n") == 1
    nowhere = f"postgresql://{VOLUNTEER}@/clinic?host={tmp_path}&port=5432"
    assert cli.main(["--db", nowhere, "clients", "list"]) == 5
    err = capsys.readouterr().err
    assert "cannot reach" in err
    assert err.count("\n") == 1


def test_init_by_a_database_owner_who_is_not_a_superuser(pg_server: PgServer) -> None:
    """The README's set-up: IT creates a login with CREATEROLE owning the database."""
    owner, db = f"t_owner_{os.getpid()}", f"t_owned_{os.getpid()}"
    pg_server.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-pass-15'")
    pg_server.execute(f'CREATE DATABASE "{db}" OWNER {owner}')
    try:
        url = pg_server.url(db, user=owner, password="owner-pass-15")
        assert cli.main(["team", "init", url]) == 0
        assert cli.main(["--db", url, "team", "add-user", "t_nina_admin", "--role", "admin",
                         "--no-password"]) == 0  # fmt: skip
        rows = pg_server.execute(
            "SELECT relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE relkind = 'r' AND relname = 'client' AND rolname = 'casedesk_owner'",
            db,
        )
        assert rows.strip() == "client"
    finally:
        pg_server.drop_database(db)
        pg_server.psql(f"DROP ROLE IF EXISTS {owner}")


def test_the_login_that_ran_init_keeps_full_access(team: Team) -> None:
    """Superusers and the init login are not team members, yet must still edit (the
    delete guards and policies let the owner's members through)."""
    svc = team.open("postgres")
    try:
        svc.clients.update(team.hidden_client, ClientUpdate(tags="checked"))
        assert svc.clients.get(team.hidden_client).tags == "checked"
    finally:
        svc.close()


def test_every_table_has_a_rule_of_its_own(team: Team) -> None:
    """A table added by a later migration must get its access rule here, on purpose:
    until then it is admins-only, which this test reports."""
    rc, out, err = team.psql(
        "postgres",
        "SELECT c.relname, bool_or(a.attname = 'client_id') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' GROUP BY c.relname",
    )
    assert rc == 0, err
    tables = dict(line.split("|") for line in out.splitlines())
    unruled = [
        t for t, has_client in tables.items()
        if t not in team_sql.RULES and t not in team_sql.NO_RLS and has_client != "t"
    ]  # fmt: skip
    assert unruled == []
