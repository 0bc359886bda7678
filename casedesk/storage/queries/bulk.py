"""Writing many rows at once (imports, demo data, restoring an export): one Core
executemany per table instead of an ORM object per row."""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from casedesk.storage.tables import metadata


def insert_many(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column → value) into ``table``; nothing when there are none."""
    if rows:
        session.execute(insert(metadata.tables[table]), rows)
