"""What an import checks against the store: known A-Numbers and ids, and whether a row's
status, whereabouts or note is already on the client's file (so a re-import adds nothing)."""

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk.storage.tables import CustodyEvent, Note, StatusEntry


def ids_by_a_number(session: Session) -> dict[str, int]:
    """Every recorded A-Number with the id of the client holding it."""
    return {
        str(a): int(i)
        for a, i in session.execute(
            text("SELECT a_number, id FROM client WHERE a_number IS NOT NULL")
        ).all()
    }


def client_ids(session: Session) -> set[int]:
    """Every client id in the store."""
    return {int(i) for (i,) in session.execute(text("SELECT id FROM client"))}


def has_status(session: Session, client_id: int, status: str, date: str | None) -> bool:
    """Whether the client already has this status on this date (None: undated)."""
    same_date = StatusEntry.date == date if date else col(StatusEntry.date).is_(None)
    found = session.execute(
        select(StatusEntry.id).where(
            StatusEntry.client_id == client_id, StatusEntry.status == status, same_date
        )
    ).first()
    return found is not None


def has_custody(session: Session, client_id: int, kind: str, date: str | None, place: str) -> bool:
    """Whether the client already has this custody event (kind, date and place; a None
    date: undated)."""
    same_date = CustodyEvent.date == date if date else col(CustodyEvent.date).is_(None)
    found = session.execute(
        select(CustodyEvent.id).where(
            CustodyEvent.client_id == client_id,
            CustodyEvent.kind == kind,
            same_date,
            CustodyEvent.place == place,
        )
    ).first()
    return found is not None


def has_note(session: Session, client_id: int, body: str) -> bool:
    """Whether the client already has a note with exactly this text."""
    found = session.execute(
        select(Note.id).where(Note.client_id == client_id, Note.body == body)
    ).first()
    return found is not None
