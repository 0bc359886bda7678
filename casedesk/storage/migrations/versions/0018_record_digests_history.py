"""Record digests for a client's history and the store's settings.

From this revision every audit entry also seals the digest of the legal-status
entries, whereabouts events, notes, contacts and settings it touched (revision 0014 did
so for clients, matters, orders, deadlines and documents), so `check` names one of
those changed, added or deleted without an entry. The rows already in the store were
never sealed: one ``seal`` entry records each one's digest as it stands now. The schema
itself does not change.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, datetime

from alembic import context, op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from casedesk.storage import audit_chain  # noqa: PLC0415 - the key lives in storage

    audit_chain.seal_existing(
        op.get_bind(),
        audit_chain.SEALED_AT_0018,
        encrypted=bool(context.config.attributes.get("encrypted", False)),
        now=datetime.now(UTC).isoformat(timespec="microseconds"),
    )


def downgrade() -> None:
    # The seal entry stays: removing an entry would break the chain after it. An older
    # casedesk reads it as any other entry.
    pass
