"""Hearings: the dates a court sits on a matter.

A new table ``hearing`` (a child of ``matter``, removed with it): the kind of hearing,
when it starts (``starts_at`` on the court's clock with that day's offset, ``starts_utc``
for ordering, ``zone`` the IANA zone it was given in), the judge, the place or remote
link, and a note. No existing row changes.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hearing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("starts_at", sa.String(), nullable=False),
        sa.Column("starts_utc", sa.String(), nullable=False),
        sa.Column("zone", sa.String(), nullable=False),
        sa.Column("judge", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("remote_link", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_hearing_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing")),
    )
    with op.batch_alter_table("hearing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hearing_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hearing_starts_utc"), ["starts_utc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hearing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hearing_starts_utc"))
        batch_op.drop_index(batch_op.f("ix_hearing_matter_id"))
    op.drop_table("hearing")
