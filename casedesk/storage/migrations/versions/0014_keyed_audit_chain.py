"""Keyed audit chain: entries chained over a digest of their values, under a key kept
outside the audit table, and sealing the digests of the records they touched.

Adds ``audit_entry.payload_digest`` and ``audit_entry.records`` and the ``audit_key``
table, then re-chains the existing trail under the store's key as far as the old
(unkeyed) chain verifies, and appends one ``seal`` entry with every existing record's
digest. A trail that was already broken keeps its break where it was.

Revision ID: 0014
Revises: 0011 (revision 0011 adds version columns first: this one seals rows with them)
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import context, op

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("payload_digest", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("records", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "audit_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.String(), nullable=False),
        sa.Column("secret", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_key")),
    )
    from casedesk.storage import audit_chain  # noqa: PLC0415 - the key lives in storage

    audit_chain.rechain_legacy(
        op.get_bind(),
        encrypted=bool(context.config.attributes.get("encrypted", False)),
        now=datetime.now(UTC).isoformat(timespec="microseconds"),
    )


def downgrade() -> None:
    # The keyed hashes cannot be turned back into the old unkeyed ones without
    # recomputing them; the old chain check will report the trail as altered.
    op.drop_table("audit_key")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("records")
        batch_op.drop_column("payload_digest")
