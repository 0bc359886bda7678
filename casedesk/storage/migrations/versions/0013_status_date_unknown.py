"""A legal-status entry may have an unknown date.

Intake sheets often give a status ("asilo pendiente") with no date; refusing the row for a
column the clinic never had lost the whole sheet. Such an entry is stored with a NULL
date and date key 0, so it sorts before every dated entry and is shown as "date unknown".

Revision ID: 0013
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("status_entry", schema=None) as batch_op:
        batch_op.alter_column("date", existing_type=sa.String(), nullable=True)


def downgrade() -> None:
    # An unknown date cannot be put back into a column that requires one: such entries
    # get the date the store first had them, at year precision, so nothing is dropped.
    op.execute(
        sa.text(
            "UPDATE status_entry SET date = substr(CAST(created_at AS VARCHAR), 1, 4), "
            "date_key = CAST(substr(CAST(created_at AS VARCHAR), 1, 4) AS INTEGER) * 10000 "
            "WHERE date IS NULL"
        )
    )
    with op.batch_alter_table("status_entry", schema=None) as batch_op:
        batch_op.alter_column("date", existing_type=sa.String(), nullable=False)
