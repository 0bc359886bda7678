"""Deadlines and obligations by due moment, with the client, order and matter they concern.

The agenda, the calendar export and the docket brief read these; due moments are stored
as UTC ISO text, so a period is a plain string range on the indexed ``due_utc`` column.
"""

from sqlmodel import Session, col, select

from casedesk.storage.tables import Client, CourtOrder, Deadline, Matter, Obligation


def deadlines(
    session: Session,
    *,
    since: str | None = None,
    until: str | None = None,
    include_done: bool = True,
) -> list[tuple[Deadline, Client | None, Matter | None]]:
    """Deadlines due in [since, until] (either end open), soonest first, each with its
    client and matter when it has them."""
    stmt = (
        select(Deadline, Client, Matter)
        .join(Client, col(Client.id) == col(Deadline.client_id), isouter=True)
        .join(Matter, col(Matter.id) == col(Deadline.matter_id), isouter=True)
        .order_by(col(Deadline.due_utc), col(Deadline.id))
    )
    if until is not None:
        stmt = stmt.where(Deadline.due_utc <= until)
    if since is not None:
        stmt = stmt.where(Deadline.due_utc >= since)
    if not include_done:
        stmt = stmt.where(col(Deadline.done) == False)  # noqa: E712
    return list(session.exec(stmt).all())


def obligations(
    session: Session, *, since: str | None = None, until: str | None = None
) -> list[tuple[Obligation, CourtOrder, Matter]]:
    """Obligations due in [since, until] (either end open), soonest first, each with its
    order and matter."""
    stmt = (
        select(Obligation, CourtOrder, Matter)
        .join(CourtOrder, col(CourtOrder.id) == col(Obligation.order_id))
        .join(Matter, col(Matter.id) == col(CourtOrder.matter_id))
        .order_by(col(Obligation.due_utc), col(Obligation.id))
    )
    if until is not None:
        stmt = stmt.where(Obligation.due_utc <= until)
    if since is not None:
        stmt = stmt.where(Obligation.due_utc >= since)
    return list(session.exec(stmt).all())
