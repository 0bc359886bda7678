"""Court orders, their status history, obligations, who they bind, and compliance.

An obligation that names nobody binds the whole roster of its order's matter; the
queries here answer "who is bound" and "who complied" in SQL, because a class roster can
hold tens of thousands of people.
"""

from collections.abc import Sequence

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    Matter,
    Obligation,
    ObligationClient,
    ObligationFinding,
    OrderStatusEntry,
)

#: The people an obligation binds: its named clients, else the matter's roster.
BOUND_SQL = """
WITH bound(client_id) AS (
  SELECT client_id FROM obligation_client WHERE obligation_id = :oid
  UNION
  SELECT mp.client_id FROM matter_party mp
   WHERE mp.matter_id = :mid
     AND NOT EXISTS (SELECT 1 FROM obligation_client x WHERE x.obligation_id = :oid)
)
"""
#: How many it binds and how many of them are complied (by their latest record). The
#: latest record is looked up per person through the (obligation, client) index: a
#: join against a windowed subquery has no index and goes quadratic on a class roster.
COUNT_SQL = (
    BOUND_SQL
    + """
SELECT COUNT(*), COALESCE(SUM(CASE WHEN
  (SELECT r.status FROM compliance_record r
    WHERE r.obligation_id = :oid AND r.client_id = b.client_id
    ORDER BY r.date_key DESC, r.id DESC LIMIT 1) = 'complied' THEN 1 ELSE 0 END), 0)
  FROM bound b
"""
)
#: One page of the bound people, in name order.
_PAGE_SQL = (
    BOUND_SQL
    + """
SELECT b.client_id FROM bound b JOIN client c ON c.id = b.client_id
 ORDER BY c.sort_key, c.id LIMIT :limit OFFSET :offset
"""
)
#: The obligations binding one client: named in the obligation, or (when the
#: obligation names nobody) a party to the order's matter.
BINDING_SQL = """
SELECT o.id FROM obligation o JOIN obligation_client oc ON oc.obligation_id = o.id
 WHERE oc.client_id = :cid
UNION
SELECT o.id FROM obligation o
  JOIN court_order co ON co.id = o.order_id
  JOIN matter_party mp ON mp.matter_id = co.matter_id
 WHERE mp.client_id = :cid
   AND NOT EXISTS (SELECT 1 FROM obligation_client x WHERE x.obligation_id = o.id)
"""

# ---------------------------------------------------------------------- orders


def all_orders(session: Session) -> list[CourtOrder]:
    """Every order, oldest issued first."""
    return list(session.exec(select(CourtOrder).order_by(col(CourtOrder.issued_utc))).all())


def orders_with_matters(
    session: Session, matter_id: int | None = None
) -> list[tuple[CourtOrder, Matter]]:
    """Every order (or one matter's) with its matter, oldest issued first."""
    query = select(CourtOrder, Matter).join(Matter, col(Matter.id) == col(CourtOrder.matter_id))
    if matter_id is not None:
        query = query.where(CourtOrder.matter_id == matter_id)
    return list(session.exec(query.order_by(col(CourtOrder.issued_utc), col(CourtOrder.id))).all())


def status_history(session: Session, order_id: int) -> list[OrderStatusEntry]:
    """An order's status changes, oldest first."""
    return list(
        session.exec(
            select(OrderStatusEntry)
            .where(OrderStatusEntry.order_id == order_id)
            .order_by(col(OrderStatusEntry.date_key), col(OrderStatusEntry.id))
        ).all()
    )


def latest_status(session: Session, order_id: int) -> OrderStatusEntry | None:
    """The status change that counts now: latest date, then latest entered."""
    return session.exec(
        select(OrderStatusEntry)
        .where(OrderStatusEntry.order_id == order_id)
        .order_by(col(OrderStatusEntry.date_key).desc(), col(OrderStatusEntry.id).desc())
    ).first()


# ---------------------------------------------------------------------- obligations


def obligations_of(session: Session, order_id: int) -> list[Obligation]:
    """An order's obligations, soonest due first."""
    return list(
        session.exec(
            select(Obligation)
            .where(Obligation.order_id == order_id)
            .order_by(col(Obligation.due_utc), col(Obligation.id))
        ).all()
    )


def obligations_by_ids(session: Session, ids: Sequence[int]) -> list[Obligation]:
    """The obligations ``ids``, soonest due first."""
    return list(
        session.exec(
            select(Obligation)
            .where(col(Obligation.id).in_(list(ids)))
            .order_by(col(Obligation.due_utc))
        ).all()
    )


def obligations_with_orders(session: Session) -> list[tuple[Obligation, CourtOrder]]:
    """Every obligation with its order."""
    return list(
        session.exec(
            select(Obligation, CourtOrder).join(
                CourtOrder, col(CourtOrder.id) == col(Obligation.order_id)
            )
        ).all()
    )


def named_client_ids(session: Session, obligation_id: int) -> list[int]:
    """The clients an obligation names (empty: it binds the whole roster)."""
    return list(
        session.exec(
            select(ObligationClient.client_id).where(
                ObligationClient.obligation_id == obligation_id
            )
        ).all()
    )


def names_anyone(session: Session, obligation_id: int) -> bool:
    """Whether the obligation names clients (False: it binds the whole roster)."""
    return (
        session.exec(
            select(ObligationClient.client_id).where(
                ObligationClient.obligation_id == obligation_id
            )
        ).first()
        is not None
    )


def binding_obligation_ids(session: Session, client_id: int) -> list[int]:
    """Every obligation that binds ``client_id``, named or through a matter's roster."""
    return [int(r[0]) for r in session.execute(text(BINDING_SQL), {"cid": client_id}).all()]


def bound_counts(session: Session, obligation_id: int, matter_id: int) -> tuple[int, int]:
    """How many people the obligation binds, and how many of them have complied."""
    bound, complied = session.execute(
        text(COUNT_SQL), {"oid": obligation_id, "mid": matter_id}
    ).one()
    return int(bound), int(complied)


def bound_page(
    session: Session, obligation_id: int, matter_id: int, *, limit: int, offset: int
) -> list[int]:
    """One page of the ids of the people the obligation binds, in name order."""
    params = {"oid": obligation_id, "mid": matter_id, "limit": limit, "offset": offset}
    return [int(r[0]) for r in session.execute(text(_PAGE_SQL), params).all()]


# ---------------------------------------------------------------------- compliance


def compliance_records(
    session: Session, obligation_id: int, client_ids: Sequence[int] | None = None
) -> list[ComplianceRecord]:
    """Compliance recorded on an obligation (for ``client_ids`` only if given), oldest
    first, so the last record per person is the one that counts."""
    query = select(ComplianceRecord).where(ComplianceRecord.obligation_id == obligation_id)
    if client_ids is not None:
        query = query.where(col(ComplianceRecord.client_id).in_(list(client_ids)))
    return list(
        session.exec(query.order_by(col(ComplianceRecord.date_key), col(ComplianceRecord.id))).all()
    )


def latest_compliance(
    session: Session, obligation_id: int, client_id: int
) -> ComplianceRecord | None:
    """The compliance record that counts for one person on one obligation."""
    return session.exec(
        select(ComplianceRecord)
        .where(
            ComplianceRecord.obligation_id == obligation_id, ComplianceRecord.client_id == client_id
        )
        .order_by(col(ComplianceRecord.date_key).desc(), col(ComplianceRecord.id).desc())
        .limit(1)
    ).first()


def latest_finding(session: Session, obligation_id: int) -> ObligationFinding | None:
    """The finding on the obligation as a whole that counts now."""
    return session.exec(
        select(ObligationFinding)
        .where(ObligationFinding.obligation_id == obligation_id)
        .order_by(col(ObligationFinding.date_key).desc(), col(ObligationFinding.id).desc())
        .limit(1)
    ).first()


def clients_by_ids(session: Session, ids: Sequence[int]) -> list[Client]:
    """The client rows ``ids`` (in no particular order; gone ones left out)."""
    return list(session.exec(select(Client).where(col(Client.id).in_(list(ids)))).all())


def findings_of(session: Session, obligation_id: int) -> list[ObligationFinding]:
    """Every finding on the obligation as a whole, oldest first."""
    return list(
        session.exec(
            select(ObligationFinding)
            .where(ObligationFinding.obligation_id == obligation_id)
            .order_by(col(ObligationFinding.date_key), col(ObligationFinding.id))
        ).all()
    )
