"""Reading the audit trail (writing it, and checking its chain, is ``storage.audit_chain``)."""

from sqlmodel import Session, col, desc, select

from casedesk.storage.tables import AuditEntry


def recorded_values(session: Session, entity: str, entity_id: int) -> list[str | None]:
    """The ``after`` JSON of every entry about one record, oldest first."""
    return list(
        session.exec(
            select(AuditEntry.after)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(col(AuditEntry.id))
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
