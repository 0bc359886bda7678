"""Three people on one team store, for the tests that need them: an admin, an attorney
granted one matter, and a volunteer with read-only access to the same matter."""

from dataclasses import dataclass

import pytest

from casedesk import cli
from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate
from casedesk.services.team import TeamService
from tests.pg import PgServer

ADMIN, ATTORNEY, VOLUNTEER = "t_ana_admin", "t_alex_attorney", "t_val_volunteer"
#: Fictional passwords of the test logins (the server checks them: scram-sha-256).
PASSWORDS = {login: f"{login}-pass-15" for login in (ADMIN, ATTORNEY, VOLUNTEER)}


@dataclass
class Team:
    server: PgServer
    db: str
    mine: int  # the matter the attorney and volunteer are granted
    other: int  # a matter neither may see
    shared_client: int  # on `mine`
    hidden_client: int  # on `other` only

    def url(self, login: str = "postgres") -> str:
        return self.server.url(self.db, user=login, password=PASSWORDS.get(login))

    def psql(self, login: str, sql: str) -> tuple[int, str, str]:
        done = self.server.psql(sql, self.db, user=login, password=PASSWORDS.get(login, ""))
        return done.returncode, done.stdout.strip(), done.stderr.strip()

    def open(self, login: str) -> Services:
        return open_services(self.url(login))


def make_team(pg_server: PgServer, pg_url: str) -> Team:
    """Run ``team init`` on ``pg_url``, add the three logins, two matters, two clients."""
    db = pg_url.split("@/", 1)[1].split("?", 1)[0]
    assert cli.main(["team", "init", pg_url]) == 0
    svc = open_services(pg_url)
    try:
        t = TeamService(svc.ctx)
        t.add_user(ADMIN, "admin", password=PASSWORDS[ADMIN], full_name="Ana Admin")
        t.add_user(ATTORNEY, "attorney", password=PASSWORDS[ATTORNEY])
        t.add_user(VOLUNTEER, "volunteer", password=PASSWORDS[VOLUNTEER])
    finally:
        svc.close()
    admin = open_services(pg_server.url(db, user=ADMIN, password=PASSWORDS[ADMIN]))
    try:
        mine = admin.matters.add(
            MatterCreate("Doe v. Noem", "habeas", "D.D.C.", "1:25-cv-00101")
        ).new_id
        other = admin.matters.add(
            MatterCreate("Roe v. Noem", "habeas", "D. Mass.", "1:25-cv-00202")
        ).new_id
        shared = admin.clients.add(ClientCreate(given="Ana", surname="Lopez")).new_id
        hidden = admin.clients.add(ClientCreate(given="Beto", surname="Ruiz")).new_id
        assert mine is not None
        assert other is not None
        assert shared is not None
        assert hidden is not None
        admin.matters.link(shared, mine, "petitioner")
        admin.matters.link(hidden, other, "petitioner")
        team_admin = TeamService(admin.ctx)
        team_admin.grant(ATTORNEY, mine)
        team_admin.grant(VOLUNTEER, mine, read_only=True)
    finally:
        admin.close()
    return Team(pg_server, db, mine, other, shared, hidden)


@pytest.fixture
def team(pg_server: PgServer, pg_url: str) -> Team:
    return make_team(pg_server, pg_url)
