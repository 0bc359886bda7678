"""The reads behind hearings: by matter, and by period for the calendar, reminders and
calendar exports. Each takes the caller's session and never commits."""

from collections.abc import Sequence

from sqlmodel import Session, col, select

from casedesk.storage.tables import Hearing, Matter


def hearings_with_matters(
    session: Session,
    *,
    matter_id: int | None = None,
    from_utc: str = "",
    to_utc: str = "",
) -> Sequence[tuple[Hearing, Matter]]:
    """Hearings (with their matter) starting in [from_utc, to_utc), soonest first; an
    empty bound is open. Bounds are UTC text, as ``starts_utc`` is kept."""
    stmt = (
        select(Hearing, Matter)
        .join(Matter, col(Matter.id) == col(Hearing.matter_id))
        .order_by(col(Hearing.starts_utc), col(Hearing.id))
    )
    if matter_id is not None:
        stmt = stmt.where(Hearing.matter_id == matter_id)
    if from_utc:
        stmt = stmt.where(Hearing.starts_utc >= from_utc)
    if to_utc:
        stmt = stmt.where(Hearing.starts_utc < to_utc)
    return session.exec(stmt).all()


def next_hearings(session: Session, matter_ids: Sequence[int], now_utc: str) -> dict[int, Hearing]:
    """The next hearing still to come of each matter in ``matter_ids``."""
    found: dict[int, Hearing] = {}
    if not matter_ids:
        return found
    stmt = (
        select(Hearing)
        .where(col(Hearing.matter_id).in_(list(matter_ids)), Hearing.starts_utc > now_utc)
        .order_by(col(Hearing.starts_utc), col(Hearing.id))
    )
    for hearing in session.exec(stmt):
        found.setdefault(hearing.matter_id, hearing)
    return found
