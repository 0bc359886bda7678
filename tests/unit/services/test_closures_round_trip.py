"""Court closures (and hearings) survive an export and an import into a fresh store:
the whole-store JSON carries them, the import restores them, and FRCP 6(a) in the new
store counts the same closed days (on SQLite and PostgreSQL)."""

from pathlib import Path

from casedesk.services.entry_schemas import HearingCreate
from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate
from tests.conftest import make_services


def test_closures_and_hearings_survive_export_then_import(
    services: Services, tmp_path: Path, other_store_location: Path | str
) -> None:
    services.court_calendar.add_closure("D. Md.", "2025-07-07", "Flooded courthouse")
    services.court_calendar.add_closure("D.D.C.", "2025-01-09", "National day of mourning")
    matter = services.matters.add(
        MatterCreate(title="Doe v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-3")
    ).new_id
    assert matter is not None
    services.hearings.add(
        HearingCreate(matter_id=matter, kind="motion", when="2025-07-08 09:30", place="4C")
    )
    before = services.court_calendar.closures()
    computed = services.court_calendar.compute("2025-06-20", "14 days", court="D. Md.")
    assert computed.due.local().date().isoformat() == "2025-07-08"  # 4 July, then the closure

    out = tmp_path / "store.json"
    counts = services.exports.store_json(out)
    assert counts["court_closure"] == 2
    assert counts["hearing"] == 1

    fresh = make_services(other_store_location)
    try:
        assert fresh.court_calendar.closures() == []
        fresh.imports.run(out)
        assert fresh.court_calendar.closures() == before
        again = fresh.court_calendar.compute("2025-06-20", "14 days", court="D. Md.")
        assert again.due == computed.due
        assert again.working == computed.working
        assert "Flooded courthouse" in again.working
        (hearing,) = fresh.hearings.list()
        assert (hearing.court_display, hearing.place) == ("8 Jul 2025 09:30 EDT", "4C")
        report = fresh.maintenance.check()
        assert report.ok, report.problems
    finally:
        fresh.close()
