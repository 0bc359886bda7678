"""A team store made by an older casedesk, upgraded by a newer one: the tables a revision
adds (hearings, at 0016) come under the team's ownership, grants and row-level rules in
the same step, so an attorney can use them at once, for their own matters only."""

from pathlib import Path

from sqlalchemy import text

from casedesk import paths
from casedesk.app import open_services
from casedesk.services.entry_schemas import HearingCreate
from casedesk.storage import migrate, team_roles
from casedesk.storage.pg import PgStore, make_pg_engine
from casedesk.storage.schema import HEAD
from tests.pg import PgServer

ATTORNEY = "t_uma_upgrade_attorney"
PASSWORD = "t_uma_upgrade_attorney-pass-16"
MATTER_SQL = (
    "INSERT INTO matter(title, kind, court, docket, judge, description, archived, version,"
    " created_at, updated_at) VALUES (:title, 'habeas', 'D. Md.', :docket, 'Judge Roe', '',"
    " false, 1, '2025-01-01 00:00:00+00', '2025-01-01 00:00:00+00')"
)


def _team_store_at_0015(url: str) -> None:
    """What `team init` and `team add-user`/`grant` left, under revision 0015."""
    engine = make_pg_engine(url)
    store = PgStore(url, engine, paths.data_dir() / "teams")
    try:
        migrate.upgrade(store, revision="0015")
        with engine.begin() as conn:
            team_roles.install(conn)
            team_roles.add_user(conn, ATTORNEY, "attorney", password=PASSWORD)
            conn.execute(text(MATTER_SQL), {"title": "Doe v. Noem", "docket": "8:25-cv-1"})
            conn.execute(text(MATTER_SQL), {"title": "Roe v. Noem", "docket": "8:25-cv-2"})
            team_roles.grant(conn, ATTORNEY, 1, read_only=False)
    finally:
        store.close()


def test_tables_a_revision_adds_follow_the_team_rules(
    pg_server: PgServer, pg_empty_url: str, tmp_path: Path
) -> None:
    _team_store_at_0015(pg_empty_url)
    db = pg_empty_url.split("@/", 1)[1].split("?", 1)[0]

    admin = open_services(pg_empty_url)  # the server's superuser: upgrades to head
    try:
        assert migrate.current_revision(admin.ctx.store) == HEAD
        admin.hearings.add(HearingCreate(matter_id=2, kind="bond", when="2025-06-13 10:00"))
    finally:
        admin.close()

    attorney = open_services(pg_server.url(db, user=ATTORNEY, password=PASSWORD))
    try:
        attorney.hearings.add(
            HearingCreate(matter_id=1, kind="status_conference", when="2025-06-12 09:30")
        )
        seen = attorney.hearings.list()
        assert [(h.matter_title, h.court_display) for h in seen] == [
            ("Doe v. Noem", "12 Jun 2025 09:30 EDT")
        ]  # the bond hearing on the matter they were not granted stays out of sight
    finally:
        attorney.close()

    done = pg_server.psql(
        "SELECT relrowsecurity AND relforcerowsecurity, pg_get_userbyid(relowner) "
        "FROM pg_class WHERE relname = 'hearing'",
        db,
    )
    assert done.stdout.split() == ["t|casedesk_owner"]
