"""Correcting entries of any kind: the version-checked write, counts, and what a Trash
item or the audit trail says about an entry that changed under an edit."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import Session, SQLModel, col, desc, select

from casedesk.storage.tables import AuditEntry, ObligationClient, TrashItem


def write_if_version(
    session: Session, table: type[SQLModel], entry_id: int, version: int, values: dict[str, Any]
) -> bool:
    """Write ``values`` to row ``entry_id`` and bump its version, only if the stored
    version is still ``version``: one UPDATE, so two writers on a server cannot both win.
    False when the row changed (or is hidden from this user) meanwhile."""
    t = table.__table__  # type: ignore[attr-defined]
    result = session.execute(
        update(t)
        .where(t.c.id == entry_id, t.c.version == version)
        .values(**values, version=version + 1)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def set_obligation_clients(session: Session, obligation_id: int, client_ids: Sequence[int]) -> None:
    """Make ``client_ids`` exactly the clients an obligation names."""
    session.execute(
        delete(ObligationClient).where(col(ObligationClient.obligation_id) == obligation_id)
    )
    for cid in client_ids:
        session.execute(insert(ObligationClient).values(obligation_id=obligation_id, client_id=cid))


def count(session: Session, table: type[SQLModel]) -> int:
    """How many rows ``table`` holds."""
    return int(session.exec(select(func.count()).select_from(table)).one())


def last_audit_about(session: Session, entity: str, entity_id: int) -> AuditEntry | None:
    """The newest audit entry about one record (who changed it last, and what)."""
    return session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(desc(col(AuditEntry.id)))
        .limit(1)
    ).first()


def last_removal(session: Session, kind: str, entry_id: int) -> TrashItem | None:
    """The newest Trash item holding this entry, if it was removed."""
    return session.exec(
        select(TrashItem)
        .where(TrashItem.kind == kind, TrashItem.entry_id == entry_id)
        .order_by(desc(col(TrashItem.id)))
    ).first()


def trash_items(session: Session, kind: str | None = None) -> list[TrashItem]:
    """What is in the Trash (of one kind if given), most recently removed first."""
    stmt = select(TrashItem).order_by(desc(col(TrashItem.id)))
    if kind:
        stmt = stmt.where(TrashItem.kind == kind)
    return list(session.exec(stmt).all())
