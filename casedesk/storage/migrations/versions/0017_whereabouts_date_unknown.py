"""A whereabouts entry may have an unknown date, as a legal-status entry may (0013).

An intake sheet says "Detenido" with no date for it; refusing every such row (or asking
for one "as of" date the clinic may not know) lost the sheet. Such an entry is stored
with a NULL date and date key 0: it sorts before every dated entry, is shown as "date
unknown", and takes no place on the timeline.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.alter_column("date", existing_type=sa.String(), nullable=True)


def downgrade() -> None:
    # The older schema requires a date: an undated entry gets the year the store first
    # had it (as 0013's downgrade does for statuses), so nothing is dropped.
    op.execute(
        sa.text(
            "UPDATE custody_event SET date = substr(CAST(created_at AS VARCHAR), 1, 4), "
            "date_key = CAST(substr(CAST(created_at AS VARCHAR), 1, 4) AS INTEGER) * 10000 "
            "WHERE date IS NULL"
        )
    )
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.alter_column("date", existing_type=sa.String(), nullable=False)
