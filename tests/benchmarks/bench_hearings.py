"""Hearings benchmarks: a month of them for the calendar, the ones coming within the
reminders' lead, and the whole ICS export, over a store holding 20,000 hearings on
100 matters (years of a busy clinic's settings).

Floors, measured in the same run: the same rows read by raw SQL (stdlib sqlite3) from
the ``starts_utc`` index, so the ratio shows what zones, displays and the matter join
add; for the ICS export, the same events written by ``icalendar`` from prepared data.
"""

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from casedesk.app import open_services
from casedesk.formats.ics import IcsEvent, write_ics
from casedesk.services.entry_schemas import HearingCreate
from casedesk.services.schemas import MatterCreate
from casedesk.storage.tables import Hearing
from tests.benchmarks.common import Result, median_time

HEARINGS = 20_000
MATTERS = 100
MONTH_SQL = (
    "SELECT h.*, m.title, m.court, m.docket FROM hearing h JOIN matter m ON m.id = h.matter_id"
    " WHERE h.starts_utc >= ? AND h.starts_utc < ? ORDER BY h.starts_utc, h.id"
)


def _fill(path: Path) -> None:
    services = open_services(path)
    try:
        for n in range(MATTERS):
            services.matters.add(
                MatterCreate(
                    title=f"Matter {n}", kind="habeas", court="D. Md.", docket=f"8:25-cv-{n + 1}"
                )
            )
        services.hearings.add(HearingCreate(matter_id=1, kind="motion", when="2025-05-02 10:00"))
        row = services.hearings.list()[0]
        zone = ZoneInfo(row.zone)
        # Two years back to one year ahead of now: what a clinic's store holds.
        start = services.ctx.now().astimezone(UTC) - timedelta(days=730)
        step = timedelta(days=1095) / HEARINGS
        with services.ctx.store.write() as session:  # bulk: one add per hearing is slow
            for i in range(HEARINGS - 1):
                when = (start + step * i).replace(second=0, microsecond=0)
                session.add(
                    Hearing(
                        matter_id=i % MATTERS + 1,
                        kind="status_conference",
                        starts_at=when.astimezone(zone).isoformat(timespec="minutes"),
                        starts_utc=when.isoformat(timespec="seconds"),
                        zone=row.zone,
                        place="Courtroom 4C",
                        created_at=services.ctx.now(),
                    )
                )
    finally:
        services.close()


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hearings.sqlite"
        _fill(path)
        services = open_services(path)
        raw = sqlite3.connect(path)
        today = services.ctx.today()
        first = today.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        zone = services.ctx.zone
        lo = datetime.combine(first, datetime.min.time(), zone).astimezone(UTC).isoformat()
        hi = (
            datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
            .astimezone(UTC)
            .isoformat()
        )
        floor = median_time(lambda: raw.execute(MONTH_SQL, (lo, hi)).fetchall())
        month = median_time(lambda: services.hearings.calendar(first, last))
        results.append(
            Result(
                f"hearings: one month of {HEARINGS:,}",
                month,
                floor,
                "< 100 ms",
                "raw SQL of the month's rows",
            )
        )
        now = services.ctx.now()
        lead_hi = (now + timedelta(days=3)).astimezone(UTC).isoformat()
        coming_floor = median_time(
            lambda: raw.execute(MONTH_SQL, (now.astimezone(UTC).isoformat(), lead_hi)).fetchall()
        )
        coming = median_time(services.hearings.coming)
        results.append(
            Result(
                "hearings: coming within 3 days (each minute)",
                coming,
                coming_floor,
                "< 50 ms",
                "raw SQL of the same rows",
            )
        )
        rows = raw.execute(MONTH_SQL, ("", "9999")).fetchall()
        events = [
            IcsEvent(
                uid=f"hearing-{r[0]}@bench",
                start=datetime.fromisoformat(r[3]),
                end=datetime.fromisoformat(r[3]) + timedelta(hours=1),
                summary=f"Hearing: {r[-3]}",
                location=r[7],
            )
            for r in rows
            if r[4] >= now.astimezone(UTC).isoformat(timespec="seconds")
        ]
        out = Path(tmp) / "floor.ics"
        ics_floor = median_time(lambda: write_ics(out, events, calendar_name="x"), repeat=3)
        ics = median_time(
            lambda: services.exports.calendar_ics(Path(tmp) / "cal.ics", profile="court"),
            repeat=3,
        )
        results.append(
            Result(
                f"ICS export with {len(events):,} hearings to come",
                ics,
                ics_floor,
                "< 2× floor",
                "icalendar writing the same events",
            )
        )
        raw.close()
        services.close()
    return results
