"""Hearings as a paralegal keeps them: on the court's clock, corrected and removed like
every other entry, shown on the calendar and in the reminders (never overdue),
exported with reminders, and printed with the matters they belong to. The clock is
fixed at 2025-05-01 12:00 UTC (08:00 in New York); every test runs on SQLite and on
PostgreSQL."""

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import text

from casedesk.domain.errors import NotFoundError, StaleEditError, ValidationError
from casedesk.services.entry_schemas import HearingCreate, HearingUpdate
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate
from tests.conftest import snapshot


def _matter(services: Services, court: str = "D. Md.", docket: str = "8:25-cv-3") -> int:
    found = services.matters.add(
        MatterCreate(
            title="Doe v. Noem", kind="habeas", court=court, docket=docket, judge="Judge Roe"
        )
    ).new_id
    assert found is not None
    return found


def _hearing(services: Services, matter: int, when: str = "2025-05-02 10:00", **kw: str) -> int:
    found = services.hearings.add(
        HearingCreate(matter_id=matter, kind=kw.pop("kind", "status_conference"), when=when, **kw)
    ).new_id
    assert found is not None
    return found


def test_a_hearing_is_read_on_its_courts_clock(services: Services) -> None:
    maryland = _matter(services)
    texas = _matter(services, court="N.D. Tex.", docket="1:25-cv-7")
    _hearing(services, maryland, "2025-06-12 09:30", place="Courtroom 4C, Greenbelt")
    _hearing(services, texas, "2025-06-12 09:30", kind="motion")
    # An explicit zone wins over the court's.
    _hearing(services, maryland, "2025-11-03 08:30 America/Los_Angeles", kind="bond")
    found = services.hearings.list()
    assert [(h.starts_utc, h.zone, h.display) for h in found] == [
        ("2025-06-12T13:30:00+00:00", "America/New_York", "12 Jun 2025 09:30 EDT"),
        (
            "2025-06-12T14:30:00+00:00",
            "America/Chicago",
            "12 Jun 2025 09:30 CDT (= 10:30 EDT here)",
        ),
        (
            "2025-11-03T16:30:00+00:00",
            "America/Los_Angeles",
            "3 Nov 2025 08:30 PST (= 11:30 EST here)",
        ),
    ]
    first = found[0]
    assert first.kind_label == "Status conference"
    assert first.judge == "Judge Roe"  # none typed: the matter's judge
    assert first.where == "Courtroom 4C, Greenbelt"
    assert first.state == "hearing"
    assert [h.kind for h in services.hearings.list(matter_id=texas)] == ["motion"]
    assert services.hearings.list(start=date(2025, 11, 1), end=date(2025, 11, 30))[0].kind == "bond"


@pytest.mark.parametrize(
    ("field", "when", "link", "kind", "reason"),
    [
        ("when", "2025-06-12", "", "motion", "needs its time of day"),
        ("when", "next Tuesday", "", "motion", "is not a date and time"),
        ("when", "2025-03-09 02:30", "", "motion", "never happens in America/New_York"),
        ("remote_link", "2025-06-12 09:30", "meet.example.org/x", "motion", "not a web link"),
        ("kind", "2025-06-12 09:30", "", "arraignment", "is not one of"),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_written(
    services: Services, field: str, when: str, link: str, kind: str, reason: str
) -> None:
    matter = _matter(services)
    before = snapshot(services)
    with pytest.raises(ValidationError) as refused:
        services.hearings.add(
            HearingCreate(matter_id=matter, kind=kind, when=when, remote_link=link)
        )
    assert refused.value.field == field
    assert reason in str(refused.value)
    assert snapshot(services) == before


def test_a_hearing_on_a_missing_matter_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.hearings.add(HearingCreate(matter_id=99, kind="motion", when="2025-06-12 09:30"))


def test_corrected_removed_and_restored_like_any_entry(services: Services) -> None:
    matter = _matter(services)
    hearing = _hearing(services, matter, place="Courtroom 4C")
    state = services.records.get("hearing", hearing)
    assert state.values["when"] == "2025-05-02T10:00-04:00"
    # Leaving the time as shown keeps the instant; a new time is read on the court's clock.
    changes = services.records.edit(
        "hearing", hearing, HearingUpdate(place="Courtroom 2A"), expected_version=state.version
    )
    assert changes.matters == {matter}
    services.records.edit("hearing", hearing, HearingUpdate(when="2025-05-05 14:00"))
    (moved,) = services.hearings.list()
    assert (moved.place, moved.display) == ("Courtroom 2A", "5 May 2025 14:00 EDT")
    # An edit from a form opened before the last one is refused, and says who changed it.
    with pytest.raises(StaleEditError):
        services.records.edit(
            "hearing", hearing, HearingUpdate(note="x"), expected_version=state.version
        )
    with pytest.raises(ValidationError):
        services.records.edit("hearing", hearing, HearingUpdate(when="2025-05-05"))
    history = [e.action for e in services.audit.history(limit=10) if e.entity == "hearing"]
    assert history == ["update", "update", "create"]

    item = services.records.remove("hearing", hearing, "adjourned").new_id
    assert services.hearings.list() == []
    assert item is not None
    services.trash.restore(item)
    assert [h.display for h in services.hearings.list()] == ["5 May 2025 14:00 EDT"]


def test_a_removed_matter_takes_its_hearings_to_the_trash(services: Services) -> None:
    matter = _matter(services)
    _hearing(services, matter)
    item = services.records.remove("matter", matter, "opened by mistake").new_id
    assert services.hearings.list() == []
    assert item is not None
    assert services.trash.get(item).contains.get("hearing") == 1
    services.trash.restore(item)
    assert len(services.hearings.list()) == 1


def test_calendar_and_reminders_show_hearings_and_never_call_them_overdue(
    services: Services,
) -> None:
    matter = _matter(services)
    _hearing(services, matter, "2025-04-28 10:00", kind="motion")  # held already
    soon = _hearing(services, matter, "2025-05-02 10:00")  # tomorrow
    _hearing(services, matter, "2025-05-20 10:00", kind="individual")  # weeks away
    services.deadlines.add("Reply brief", "2025-05-03", matter_id=matter)

    month = services.reminders.calendar(date(2025, 4, 28), date(2025, 6, 1))
    assert [(i.kind, i.title, i.state, i.overdue) for i in month] == [
        ("hearing", "Motion hearing — Doe v. Noem", "held", False),
        ("hearing", "Status conference — Doe v. Noem", "hearing", False),
        ("deadline", "Reply brief", "due", False),
        ("hearing", "Individual (merits) hearing — Doe v. Noem", "hearing", False),
    ]
    due = services.reminders.due_soon()
    assert [(r.key, r.overdue) for r in due] == [(f"hearing:{soon}", False), ("deadline:1", False)]
    snoozed = services.reminders.due_soon(
        snoozed={f"hearing:{soon}": services.ctx.now() + timedelta(hours=1)}
    )
    assert [r.key for r in snoozed] == ["deadline:1"]


def test_the_calendar_export_carries_hearings_with_reminders(
    services: Services, tmp_path: Path
) -> None:
    matter = _matter(services)
    _hearing(
        services,
        matter,
        "2025-05-02 10:00",
        place="Courtroom 4C, Greenbelt",
        remote_link="https://meet.example.org/room-4c",
        note="Bring the interpreter",
    )
    _hearing(services, matter, "2025-04-28 10:00", kind="motion")  # past: not exported
    out = tmp_path / "court.ics"
    assert services.exports.calendar_ics(out, profile="court") == 1
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Hearing: Status conference — Doe v. Noem"
    assert event.decoded("dtstart").isoformat() == "2025-05-02T14:00:00+00:00"
    assert event.decoded("dtend").isoformat() == "2025-05-02T15:00:00+00:00"
    assert str(event["location"]) == "Courtroom 4C, Greenbelt"
    assert str(event["url"]) == "https://meet.example.org/room-4c"
    assert "Starts 2 May 2025 10:00 EDT" in str(event["description"])
    assert "interpreter" not in out.read_text(encoding="utf-8")  # the team's note stays home
    triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
    assert triggers == [-timedelta(days=1), -timedelta(hours=2)]

    public = tmp_path / "public.ics"
    services.exports.calendar_ics(public, profile="public")
    assert "meet.example.org" not in public.read_text(encoding="utf-8")


@pytest.mark.parametrize("store_kind", ["sqlite"])
def test_briefs_listing_matters_name_the_next_hearing(services: Services, tmp_path: Path) -> None:
    matter = _matter(services)
    client = services.clients.add(ClientCreate(given="Ana", surname="Ejemplo")).new_id
    assert client is not None
    services.matters.link(client, matter, "petitioner")
    _hearing(services, matter, "2025-04-28 10:00", kind="motion")  # held: not "next"
    _hearing(services, matter, "2025-05-20 09:30", kind="individual", place="Courtroom 4C")
    for document, key in (("client", client), ("matter", matter)):
        out = tmp_path / f"{document}.pdf"
        services.briefs.render(document, key, "court", out)
        text = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        line = " ".join(text.split())
        assert "Next hearing" in line
        assert "Individual (merits) hearing, 20 May 2025 09:30 EDT, Courtroom 4C" in line
        assert "Motion hearing" not in line


@pytest.mark.parametrize("store_kind", ["sqlite"])
def test_the_printed_docket_lists_the_periods_hearings_as_scheduled(
    services: Services, tmp_path: Path
) -> None:
    matter = _matter(services)
    _hearing(services, matter, "2025-05-20 09:30", kind="individual", place="Courtroom 4C")
    _hearing(services, matter, "2025-04-28 10:00", kind="motion")  # held: not on the docket
    _hearing(services, matter, "2025-09-01 10:00", kind="bond")  # outside the period
    out = tmp_path / "docket.pdf"
    services.briefs.render(
        "deadlines", None, "court", out, start=date(2025, 4, 1), end=date(2025, 5, 31)
    )
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Nothing is overdue." in text
    assert "0 overdue, 1 due in the period" in text
    # Cells wrap in the table: each piece of the line is there.
    for piece in ("Individual (merits)", "Courtroom 4C", "20 May 2025", "09:30 EDT", "Scheduled"):
        assert piece in text
    assert "Motion hearing" not in text
    assert "Bond hearing" not in text


def test_a_hearing_changed_behind_casedesks_back_is_named_by_check(services: Services) -> None:
    matter = _matter(services)
    hearing = _hearing(services, matter, place="Courtroom 4C")
    services.records.edit("hearing", hearing, HearingUpdate(place="Courtroom 2A"))
    assert services.maintenance.check().ok  # every change so far went through casedesk
    with services.ctx.store.write() as session:
        session.execute(
            text("UPDATE hearing SET place = 'Courtroom 9' WHERE id = :i"), {"i": hearing}
        )
    problems = services.maintenance.check().problems
    assert any(f"hearing {hearing}" in p for p in problems), problems
