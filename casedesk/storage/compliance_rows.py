"""The queries behind an order's compliance report, read a chunk of people at a time.

A class-wide obligation binds every person in the matter: hundreds of thousands at a
million clients. As for the roster (``roster_rows``), the people's ids are taken once
in roster order (a compact array), then each chunk of people is read by id with the
latest compliance record of just those people.
"""

from array import array
from collections.abc import Sequence

from sqlmodel import Session, col, select

from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    MatterParty,
    Obligation,
    ObligationClient,
    OrderStatusEntry,
)


def obligations(session: Session, order_id: int) -> list[Obligation]:
    """The order's obligations, soonest due first."""
    query = select(Obligation).where(Obligation.order_id == order_id)
    return list(session.exec(query.order_by(col(Obligation.due_utc), col(Obligation.id))).all())


def status_history(session: Session, order_id: int) -> list[OrderStatusEntry]:
    query = select(OrderStatusEntry).where(OrderStatusEntry.order_id == order_id)
    query = query.order_by(col(OrderStatusEntry.date_key), col(OrderStatusEntry.id))
    return list(session.exec(query).all())


def bound_ids(session: Session, obligation: Obligation, order: CourtOrder) -> "array[int]":
    """Who ``obligation`` binds (the people it names, else the matter's whole roster),
    in roster order (sort key, then id), streamed from the cursor into a compact array."""
    named = session.exec(
        select(ObligationClient.client_id).where(ObligationClient.obligation_id == obligation.id)
    ).first()
    if named is not None:
        query = (
            select(ObligationClient.client_id)
            .join(Client, col(Client.id) == col(ObligationClient.client_id))
            .where(ObligationClient.obligation_id == obligation.id)
        )
    else:
        query = (
            select(MatterParty.client_id)
            .join(Client, col(Client.id) == col(MatterParty.client_id))
            .where(MatterParty.matter_id == order.matter_id)
        )
    query = query.order_by(col(Client.sort_key), col(Client.id))
    rows = session.exec(query.execution_options(yield_per=20_000))
    return array("q", (int(cid) for cid in rows))


def people(
    session: Session, obligation_id: int, client_ids: Sequence[int]
) -> list[tuple[Client, ComplianceRecord | None]]:
    """The clients ``client_ids`` in that order, each with their latest compliance
    record for the obligation (None: nothing recorded yet); gone ones are left out."""
    ids = list(client_ids)
    clients = {c.id: c for c in session.exec(select(Client).where(col(Client.id).in_(ids)))}
    latest: dict[int, ComplianceRecord] = {}
    records = session.exec(
        select(ComplianceRecord)
        .where(
            ComplianceRecord.obligation_id == obligation_id,
            col(ComplianceRecord.client_id).in_(ids),
        )
        .order_by(col(ComplianceRecord.date_key), col(ComplianceRecord.id))
    )
    for record in records:
        latest[record.client_id] = record  # later records overwrite earlier ones
    return [(clients[cid], latest.get(cid)) for cid in ids if cid in clients]
