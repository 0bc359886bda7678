"""Correcting the record: a version on every editable row, the Trash, undo links.

A ``version`` column on every row a person can edit lets an edit made from a stale
copy be caught (the form says who changed it, and when) instead of silently winning.
``trash_item`` keeps removed entries (and what hung on them) until they are restored
or purged; ``undo_link`` records which audit entry an undo reversed.

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Editable tables that had no version column before this revision.
VERSIONED = (
    "alias",
    "status_entry",
    "custody_event",
    "matter_party",
    "order_status_entry",
    "obligation",
    "compliance_record",
    "deadline",
    "note",
    "document",
    "contact",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "trash_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("removed_by", sa.String(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("contains", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_item")),
    )
    with op.batch_alter_table("trash_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trash_item_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_trash_item_client_id"), ["client_id"], unique=False)
    op.create_table(
        "undo_link",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("undone_by", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("audit_id", name=op.f("pk_undo_link")),
    )
    with op.batch_alter_table("undo_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_undo_link_undone_by"), ["undone_by"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("undo_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_undo_link_undone_by"))
    op.drop_table("undo_link")
    with op.batch_alter_table("trash_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trash_item_client_id"))
        batch_op.drop_index(batch_op.f("ix_trash_item_kind"))
    op.drop_table("trash_item")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
