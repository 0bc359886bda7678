"""Team stores sort the way store files do.

PostgreSQL orders text by the database's collation, which on most servers follows a
language's rules (spaces and punctuation ignored, "~" not last), while SQLite and the
client list's keys rely on plain code-point order. On PostgreSQL the columns lists are
sorted by are given the "C" collation, so a team's list is in the same order as a
file's; SQLite is unchanged (its default order is already by code point).

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, nullable) of the text columns lists are ordered or grouped by.
SORTED = (
    ("client", "sort_key", False),
    ("client", "nationality", True),
    ("client", "whereabouts", True),
    ("client", "current_status", False),
    ("matter", "docket", False),
    ("matter", "title", False),
)


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, _nullable in SORTED:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar COLLATE "{collation}"')


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate("default")
