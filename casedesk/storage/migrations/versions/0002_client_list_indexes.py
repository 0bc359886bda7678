"""Client list indexes: nationality, whereabouts and last-contact filters and sorts.

At 100,000 clients, filtering by nationality or sorting by last contact scanned the
table (~180 ms a page). Composite indexes led by ``archived`` (the list's standing
filter) answer them from the index; the single-column indexes they replace go.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_nationality")
        batch_op.drop_index("ix_client_whereabouts")
        batch_op.drop_index("ix_client_last_contact_key")
        batch_op.create_index("ix_client_nationality_sort", ["archived", "nationality", "sort_key"])
        batch_op.create_index("ix_client_whereabouts_sort", ["archived", "whereabouts", "sort_key"])
        batch_op.create_index(
            "ix_client_contact_sort", ["archived", "last_contact_key", "sort_key"]
        )


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_contact_sort")
        batch_op.drop_index("ix_client_whereabouts_sort")
        batch_op.drop_index("ix_client_nationality_sort")
        batch_op.create_index("ix_client_last_contact_key", ["last_contact_key"])
        batch_op.create_index("ix_client_whereabouts", ["whereabouts"])
        batch_op.create_index("ix_client_nationality", ["nationality"])
