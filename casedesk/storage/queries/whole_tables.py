"""Whole tables read and written row by row: the JSON export and restore, and the check
of stored values, which walk every table of the store by primary key."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, RowMapping, Table, func, select
from sqlmodel import Session


def rows_by_key(session: Session, table: Table) -> list[Row[Any]]:
    """Every row of ``table``, in primary-key order."""
    order = list(table.primary_key.columns)
    return list(session.execute(select(table).order_by(*order)).all())


def row_count(session: Session, table: Table) -> int:
    """How many rows ``table`` holds."""
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def page_after(session: Session, table: Table, last_id: int, limit: int) -> Sequence[RowMapping]:
    """Up to ``limit`` rows of ``table`` with ids above ``last_id``, by id, as mappings."""
    return list(
        session.execute(select(table).where(table.c.id > last_id).order_by(table.c.id).limit(limit))
        .mappings()
        .all()
    )
