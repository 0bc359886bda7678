"""Settings kept in the store (shared by everyone who opens it)."""

from sqlmodel import Session, select

from casedesk.storage.tables import Setting


def all_settings(session: Session) -> dict[str, str]:
    """Every stored setting, by key."""
    return {s.key: s.value for s in session.exec(select(Setting))}
