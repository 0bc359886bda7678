"""Reading the audit trail (writing it, and checking its chain, is ``storage.audit_chain``)."""

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlmodel import Session, col, desc, select

from casedesk.storage.tables import AuditEntry, UndoLink


def recorded_values(session: Session, entity: str, entity_id: int) -> list[str | None]:
    """The ``after`` JSON of every entry about one record, oldest first."""
    return list(
        session.exec(
            select(AuditEntry.after)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(col(AuditEntry.id))
        ).all()
    )


def recorded_values_of_kind(session: Session, entity: str) -> list[str | None]:
    """The ``after`` JSON of every entry about ``entity`` (settings, which have no id),
    oldest first."""
    return list(
        session.exec(
            select(AuditEntry.after).where(AuditEntry.entity == entity).order_by(col(AuditEntry.id))
        ).all()
    )


def newest(session: Session, *, client_id: int | None, limit: int) -> list[AuditEntry]:
    """The newest ``limit`` entries, optionally only those about one client."""
    stmt = select(AuditEntry).order_by(desc(col(AuditEntry.id))).limit(limit)
    if client_id is not None:
        stmt = stmt.where(AuditEntry.client_id == client_id)
    return list(session.exec(stmt).all())


def head_hash(session: Session) -> str | None:
    """The hash of the newest entry (the chain's head), None for an empty trail."""
    return session.exec(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()


def size_and_head(session: Session) -> tuple[int, str | None]:
    """How many entries the trail holds, and the newest one's hash."""
    entries, head = session.execute(
        text(
            "SELECT count(*), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) "
            "FROM audit_entry"
        )
    ).one()
    return int(entries), head


def ids_about(session: Session, entity: str, entity_ids: Sequence[int]) -> list[int]:
    """Ids of the entries about any of these records of one entity."""
    return [
        i
        for i in session.exec(
            select(AuditEntry.id).where(
                AuditEntry.entity == entity, col(AuditEntry.entity_id).in_(list(entity_ids))
            )
        ).all()
        if i is not None
    ]


def ids_about_clients(session: Session, client_ids: Sequence[int]) -> list[int]:
    """Ids of every entry recorded about any of these clients."""
    return [
        i
        for i in session.exec(
            select(AuditEntry.id).where(col(AuditEntry.client_id).in_(list(client_ids)))
        ).all()
        if i is not None
    ]


def last_undoable(session: Session, actor: str, actions: Iterable[str]) -> AuditEntry | None:
    """The newest entry by ``actor`` with one of ``actions`` that neither was undone nor
    undid another."""
    reversed_ = select(UndoLink.audit_id)
    reversing = select(UndoLink.undone_by)
    return session.exec(
        select(AuditEntry)
        .where(
            AuditEntry.actor == actor,
            col(AuditEntry.action).in_(list(actions)),
            col(AuditEntry.id).not_in(reversed_),
            col(AuditEntry.id).not_in(reversing),
        )
        .order_by(desc(col(AuditEntry.id)))
        .limit(1)
    ).first()


def any_with_action(session: Session, actions: Iterable[str]) -> bool:
    """Whether any entry records one of ``actions``."""
    found = session.exec(
        select(AuditEntry.id).where(col(AuditEntry.action).in_(list(actions))).limit(1)
    ).first()
    return found is not None
