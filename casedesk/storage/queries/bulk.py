"""Writing many rows at once (imports, demo data, restoring an export): one Core
executemany per table instead of an ORM object per row."""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session

from casedesk.storage.bulk import insert_many as fast_insert
from casedesk.storage.tables import metadata


def insert_many(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column → value) into ``table``; nothing when there are none.
    On SQLite through the driver's own executemany (:mod:`casedesk.storage.bulk`)."""
    fast_insert(session, metadata.tables[table], rows)
