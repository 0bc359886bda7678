"""Distinct pairs: two clients confirmed to be different people.

Duplicate detection suggests pairs whose names match loosely; once a person has said
"these are different people" the pair must not be suggested again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "distinct_pair",
        sa.Column("low_id", sa.Integer(), nullable=False),
        sa.Column("high_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["low_id"],
            ["client.id"],
            name=op.f("fk_distinct_pair_low_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["high_id"],
            ["client.id"],
            name=op.f("fk_distinct_pair_high_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("low_id", "high_id", name=op.f("pk_distinct_pair")),
    )
    with op.batch_alter_table("distinct_pair", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_distinct_pair_high_id"), ["high_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("distinct_pair", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distinct_pair_high_id"))
    op.drop_table("distinct_pair")
