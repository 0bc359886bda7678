"""Days a court is recorded closed (snow, a shutdown), beside the federal holidays."""

from sqlmodel import Session, col, select

from casedesk.storage.tables import CourtClosure


def of_court(session: Session, court: str | None = None) -> list[CourtClosure]:
    """Recorded closures (of one court if given), by court then day."""
    query = select(CourtClosure).order_by(col(CourtClosure.court), col(CourtClosure.day))
    if court:
        query = query.where(CourtClosure.court == court)
    return list(session.exec(query).all())


def on_day(session: Session, court: str, day: str) -> CourtClosure | None:
    """The closure of ``court`` recorded on ``day`` (ISO date), if any."""
    return session.exec(
        select(CourtClosure).where(CourtClosure.court == court, CourtClosure.day == day)
    ).first()
