"""Figures for the dashboard: clients by status and whereabouts, obligations overdue vs
met, time since last contact. Aggregates run in SQL over the summary columns."""

from dataclasses import dataclass, field

from casedesk.services.context import ServiceContext
from casedesk.services.due_status import duty_counts
from casedesk.storage.queries import clients as client_q

#: Buckets of days since last contact, (label, low, high) inclusive; None = open.
CONTACT_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("≤ 30 days", 0, 30),
    ("31–90 days", 31, 90),
    ("91–180 days", 91, 180),
    ("> 180 days", 181, None),
)


@dataclass(frozen=True)
class DashboardFigures:
    clients: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_whereabouts: dict[str, int] = field(default_factory=dict)
    by_contact: dict[str, int] = field(default_factory=dict)
    obligations: dict[str, int] = field(default_factory=dict)


def _bar_order(bar: tuple[str, int]) -> tuple[int, bool, str]:
    key, count = bar
    return (-count, key == "", key)


class DashboardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self) -> DashboardFigures:
        today = self.ctx.today()
        today_key = today.year * 10000 + today.month * 100 + today.day
        with self.ctx.store.read() as session:

            def grouped(column: str) -> dict[str, int]:
                rows = client_q.active_by(session, column)
                # Bars in one order on every kind of store: most clients first, then by
                # key, "not recorded" ('') last. Sorted here, not by ORDER BY, because
                # SQLite and PostgreSQL break ties (and collate text) differently.
                ordered = sorted(((str(k), int(n)) for k, n in rows), key=_bar_order)
                return dict(ordered)

            total = client_q.active_count(session)
            by_status = grouped("current_status")
            by_where = grouped("whereabouts")
            # Day counts from yyyymmdd keys: approximate (30-day months) but monotone,
            # which is all a bucket needs; exact days are shown per client.
            contact_keys = client_q.active_contact_keys(session)
            by_contact = {label: 0 for label, _, _ in CONTACT_BUCKETS}
            by_contact["never"] = 0
            for key in contact_keys:
                if key is None:
                    by_contact["never"] += 1
                    continue
                y, m, d = key // 10000, key // 100 % 100 or 6, key % 100 or 15
                days = (
                    (today_key // 10000 - y) * 365
                    + (today_key // 100 % 100 - m) * 30
                    + (today_key % 100 - d)
                )
                # A contact dated after today (a typo, or a store moved between zones)
                # still counts, as recent, so every client is in exactly one bucket.
                days = max(days, 0)
                for label, low, high in CONTACT_BUCKETS:
                    if days >= low and (high is None or days <= high):
                        by_contact[label] += 1
                        break
            # Person-duties by the one definition of overdue (stayed and vacated orders'
            # duties are suspended or moot, never overdue).
            obligations = duty_counts(session, self.ctx)
        return DashboardFigures(
            clients=total,
            by_status=by_status,
            by_whereabouts=by_where,
            by_contact=by_contact,
            obligations=obligations,
        )
