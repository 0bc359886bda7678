"""Compliance with an obligation as a whole, for obligations that bind no one on a roster.

"Facilitate and effectuate his return by 11:59 pm on 7 April" binds the government; the
person it concerns may not be a client entered in the store, and a class order's members
may not be entered yet. Such an obligation is complied or not as a whole: the finding is
recorded on the obligation itself, the latest by date counting, earlier ones kept.
"""

from dataclasses import dataclass

from casedesk.domain.changes import Changes
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import AuditAction, Compliance
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.storage.queries import orders as q
from casedesk.storage.tables import CourtOrder, Obligation, ObligationFinding


@dataclass(frozen=True)
class FindingView:
    status: str
    evidence: str
    date: str


class FindingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self, obligation_id: int, status: str, *, evidence: str = "", date: str | None = None
    ) -> Changes:
        """Record whether ``obligation_id`` was met as a whole (refused when it binds
        people on the roster: their compliance is recorded person by person)."""
        chosen = v.choice(status, Compliance, "status")
        clean = v.text(evidence, "evidence", max_len=v.LONG)
        when = (
            PartialDate.parse(date, field="date")
            if date
            else PartialDate.from_date(self.ctx.today())
        )
        with self.ctx.store.write() as session:
            ob = session.get(Obligation, v.existing_id(obligation_id, "obligation"))
            if ob is None:
                raise NotFoundError("obligation", obligation_id)
            order = session.get(CourtOrder, ob.order_id)
            assert order is not None
            assert ob.id is not None
            bound, _complied = q.bound_counts(session, ob.id, order.matter_id)
            if bound:
                raise ValidationError(
                    "client",
                    f"obligation {ob.id} binds {bound:,} people on the roster; record "
                    "compliance for each person (compliance set … --client)",
                )
            previous = q.latest_finding(session, ob.id)
            row = ObligationFinding(
                obligation_id=ob.id,
                status=chosen.value,
                evidence=clean,
                date=when.iso(),
                date_key=when.sort_key,
                created_at=self.ctx.now(),
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                "obligation_finding",
                row.id,
                before={"status": previous.status} if previous else None,
                after={"obligation_id": ob.id, "status": chosen.value, "date": when.iso()},
            )
            return Changes(obligations=frozenset({ob.id}), orders=frozenset({ob.order_id}))

    def history(self, obligation_id: int) -> list[FindingView]:
        with self.ctx.store.read() as session:
            return [
                FindingView(f.status, f.evidence, f.date)
                for f in q.findings_of(session, obligation_id)
            ]
