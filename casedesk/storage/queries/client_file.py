"""A client's file: the histories and lists kept under one client, each in display order."""

from sqlmodel import Session, col, select

from casedesk.domain.enums import CONTACT_KINDS, CustodyKind
from casedesk.storage.tables import (
    Alias,
    Contact,
    CustodyEvent,
    Deadline,
    Document,
    Note,
    StatusEntry,
)


def aliases(session: Session, client_id: int) -> list[Alias]:
    """Other names the client is known by, in the order entered."""
    return list(
        session.exec(select(Alias).where(Alias.client_id == client_id).order_by(col(Alias.id)))
    )


def statuses(session: Session, client_id: int) -> list[StatusEntry]:
    """The legal-status history, oldest first."""
    return list(
        session.exec(
            select(StatusEntry)
            .where(StatusEntry.client_id == client_id)
            .order_by(col(StatusEntry.date_key), col(StatusEntry.id))
        )
    )


def custody(session: Session, client_id: int) -> list[CustodyEvent]:
    """The custody and contact history, oldest first."""
    return list(
        session.exec(
            select(CustodyEvent)
            .where(CustodyEvent.client_id == client_id)
            .order_by(col(CustodyEvent.date_key), col(CustodyEvent.id))
        )
    )


def deadlines(session: Session, client_id: int) -> list[Deadline]:
    """The client's own deadlines, soonest first."""
    return list(
        session.exec(
            select(Deadline).where(Deadline.client_id == client_id).order_by(col(Deadline.due_utc))
        )
    )


def notes(session: Session, client_id: int) -> list[Note]:
    """Notes on the client, in the order written."""
    return list(
        session.exec(select(Note).where(Note.client_id == client_id).order_by(col(Note.id)))
    )


def contacts(session: Session, client_id: int) -> list[Contact]:
    """Family, counsel and other contacts, in the order entered."""
    return list(
        session.exec(
            select(Contact).where(Contact.client_id == client_id).order_by(col(Contact.id))
        )
    )


def documents(session: Session, client_id: int) -> list[Document]:
    """Documents filed under the client, in the order added."""
    return list(
        session.exec(
            select(Document).where(Document.client_id == client_id).order_by(col(Document.id))
        )
    )


def latest_status(session: Session, client_id: int) -> StatusEntry | None:
    """The status entry that counts now: latest date, then latest entered."""
    return session.exec(
        select(StatusEntry)
        .where(StatusEntry.client_id == client_id)
        .order_by(col(StatusEntry.date_key).desc(), col(StatusEntry.id).desc())
        .limit(1)
    ).first()


def latest_location(session: Session, client_id: int) -> CustodyEvent | None:
    """The latest custody event that says where the person is (a call is not a place)."""
    return session.exec(
        select(CustodyEvent)
        .where(CustodyEvent.client_id == client_id)
        .where(CustodyEvent.kind != CustodyKind.CONTACT.value)
        .order_by(col(CustodyEvent.date_key).desc(), col(CustodyEvent.id).desc())
        .limit(1)
    ).first()


def latest_contact(session: Session, client_id: int) -> CustodyEvent | None:
    """The latest event that counts as contact with the person."""
    return session.exec(
        select(CustodyEvent)
        .where(CustodyEvent.client_id == client_id)
        .where(col(CustodyEvent.kind).in_([k.value for k in CONTACT_KINDS]))
        .order_by(col(CustodyEvent.date_key).desc(), col(CustodyEvent.id).desc())
        .limit(1)
    ).first()


def alias_with_key(session: Session, client_id: int, match_key: str) -> int | None:
    """The id of the client's alias with this match key (the same name), if any."""
    return session.exec(
        select(Alias.id).where(Alias.client_id == client_id, Alias.match_key == match_key)
    ).first()
