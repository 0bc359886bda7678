"""Time benchmarks at 100,000 demo clients: what the reminders read every minute, a
month of the calendar, and `casedesk due`.

The floor is the raw SQL the services wrap (stdlib sqlite3): the open deadlines, and per
obligation the people bound and complied (the same indexed query), so the ratio shows
what the one definition of overdue, zones and displays add on top.
"""

import sqlite3
import tempfile
from pathlib import Path

from casedesk.app import open_services
from casedesk.domain.court_days import compute_due, parse_period
from casedesk.domain.due import parse_due
from casedesk.services.court_calendar import federal_holiday
from casedesk.storage.queries.orders import COUNT_SQL
from tests.benchmarks.common import Result, bench_clients, median_time, store_copy

CLIENTS = bench_clients()


def _raw_reads(raw: sqlite3.Connection) -> None:
    raw.execute("SELECT * FROM deadline WHERE done = 0 ORDER BY due_utc").fetchall()
    for oid, matter in raw.execute(
        "SELECT o.id, co.matter_id FROM obligation o JOIN court_order co ON co.id = o.order_id"
    ).fetchall():
        raw.execute(COUNT_SQL, {"oid": oid, "mid": matter}).fetchone()


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = store_copy(Path(tmp), CLIENTS)
        services = open_services(path)
        raw = sqlite3.connect(path)
        floor = median_time(lambda: _raw_reads(raw), repeat=5)
        reminders = median_time(services.reminders.due_soon, repeat=5)
        results.append(
            Result(
                "reminders: what is due soon (every minute)",
                reminders,
                floor,
                "< 1 s",
                "raw deadlines + per-obligation counts",
            )
        )
        today = services.ctx.today()
        month = median_time(
            lambda: services.reminders.calendar(today.replace(day=1), today.replace(day=28)),
            repeat=5,
        )
        results.append(
            Result(
                "calendar: one month",
                month,
                floor,
                "< 1 s",
                "raw deadlines + counts of every obligation",
            )
        )
        due = median_time(
            lambda: services.court_calendar.compute("2025-06-20", "10 court days", court="D. Md.")
        )
        pure = median_time(
            lambda: compute_due(
                parse_due("2025-06-20", zone="America/New_York"),
                parse_period("10 court days"),
                federal_holiday,
            )
        )
        results.append(
            Result(
                "due --within '10 court days'",
                due,
                pure,
                "< 50 ms",
                "the same arithmetic without the store (no closures read)",
            )
        )
        raw.close()
        services.close()
    return results
