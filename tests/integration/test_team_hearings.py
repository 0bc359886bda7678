"""Hearings on a team store follow their matter's grants: an attorney sees and adds the
hearings of the matter granted, a read-only volunteer sees them but cannot add one,
and nobody but the admin sees the hearings of a matter they were not granted — through
casedesk's services and through plain psql."""

import pytest

from casedesk.domain.errors import StoreError
from casedesk.services.entry_schemas import HearingCreate
from tests.team_setup import ADMIN, ATTORNEY, VOLUNTEER, Team, team

__all__ = ["team"]  # the fixture, imported for this module's tests


def _hearing(matter: int, when: str = "2030-06-12 09:30") -> HearingCreate:
    return HearingCreate(matter_id=matter, kind="status_conference", when=when)


def test_hearings_follow_the_matters_grants(team: Team) -> None:
    admin = team.open(ADMIN)
    try:
        admin.hearings.add(_hearing(team.mine))
        admin.hearings.add(_hearing(team.other, "2030-06-13 10:00"))
    finally:
        admin.close()

    att = team.open(ATTORNEY)
    vol = team.open(VOLUNTEER)
    try:
        assert [h.matter_id for h in att.hearings.list()] == [team.mine]
        assert [h.matter_id for h in vol.hearings.list()] == [team.mine]
        att.hearings.add(_hearing(team.mine, "2030-07-01 14:00"))
        assert len(vol.hearings.list()) == 2
        with pytest.raises(StoreError, match="no permission"):
            vol.hearings.add(_hearing(team.mine, "2030-07-02 14:00"))
    finally:
        att.close()
        vol.close()

    sql = "SELECT matter_id FROM hearing ORDER BY starts_utc"
    for login, seen in (
        (ADMIN, [team.mine, team.other, team.mine]),
        (ATTORNEY, [team.mine, team.mine]),
        (VOLUNTEER, [team.mine, team.mine]),
    ):
        rc, out, err = team.psql(login, sql)
        assert rc == 0, err
        assert [int(x) for x in out.split()] == seen
    # A read-only delete is refused or removes nothing; either way all three remain.
    team.psql(VOLUNTEER, f"DELETE FROM hearing WHERE matter_id = {team.mine}")
    rc, out, err = team.psql(ADMIN, "SELECT count(*) FROM hearing")
    assert rc == 0, err
    assert out == "3"
