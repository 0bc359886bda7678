"""Zone-aware due moments, rules kept with computed deadlines, whole-obligation
compliance, and court closures.

Deadlines and obligations were stored with a fixed UTC offset only. Each gains the IANA
zone it runs in: the court's zone when the stored offset agrees with it at that instant
(almost always), else a fixed-offset zone with the same offset, so no due moment shifts.
``due_at`` is rewritten from the unchanged ``due_utc`` in that zone (same instant, same
text in practice). New tables: ``obligation_finding`` (compliance of an obligation as a
whole) and ``court_closure`` (days a court was closed, legal holidays for FRCP 6(a)).

Revision ID: 0012
Revises: 0003
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from casedesk.domain.courts import court_zone
from casedesk.domain.due import fixed_zone_for

revision: str = "0012"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ZONE_SQL = {
    "deadline": (
        "SELECT d.id, d.due_at, d.due_utc, m.court FROM deadline d "
        "LEFT JOIN matter m ON m.id = d.matter_id"
    ),
    "obligation": (
        "SELECT o.id, o.due_at, o.due_utc, m.court FROM obligation o "
        "JOIN court_order co ON co.id = o.order_id JOIN matter m ON m.id = co.matter_id"
    ),
}


def _zone_for(due_at: str, due_utc: str, court: str | None) -> tuple[str, str]:
    """(zone, due_at) for a stored moment: the court's zone if it agrees, else the offset."""
    given = datetime.fromisoformat(due_at)
    instant = datetime.fromisoformat(due_utc)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    offset = given.utcoffset()
    candidates = [court_zone(court)] if court else []
    candidates.append("America/New_York")
    for name in candidates:
        local = instant.astimezone(ZoneInfo(name))
        if offset is None or local.utcoffset() == offset:
            return name, local.isoformat(timespec="seconds" if local.second else "minutes")
    name = fixed_zone_for(offset) if offset is not None else "UTC"
    local = instant.astimezone(ZoneInfo(name))
    if local.utcoffset() != offset:  # an offset of minutes (e.g. +05:30) keeps its text
        return "UTC", due_at
    return name, local.isoformat(timespec="seconds" if local.second else "minutes")


def upgrade() -> None:
    for table in ("deadline", "obligation"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("due_zone", sa.String(), server_default="UTC", nullable=False)
            )
            batch_op.add_column(
                sa.Column("due_rule", sa.String(), server_default="", nullable=False)
            )
    bind = op.get_bind()
    for table, query in _ZONE_SQL.items():
        rows = bind.execute(sa.text(query)).all()
        for row_id, due_at, due_utc, court in rows:
            zone, local = _zone_for(due_at, due_utc, court)
            bind.execute(
                sa.text(f"UPDATE {table} SET due_zone = :z, due_at = :a WHERE id = :i"),
                {"z": zone, "a": local, "i": row_id},
            )
    op.create_table(
        "obligation_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("date_key", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["obligation_id"],
            ["obligation.id"],
            name=op.f("fk_obligation_finding_obligation_id_obligation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_finding")),
    )
    with op.batch_alter_table("obligation_finding", schema=None) as batch_op:
        batch_op.create_index(
            "ix_obligation_finding_obligation", ["obligation_id", "date_key"], unique=False
        )
    op.create_table(
        "court_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("court", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_closure")),
        sa.UniqueConstraint("court", "day", name="uq_court_closure_court_day"),
    )


def downgrade() -> None:
    op.drop_table("court_closure")
    with op.batch_alter_table("obligation_finding", schema=None) as batch_op:
        batch_op.drop_index("ix_obligation_finding_obligation")
    op.drop_table("obligation_finding")
    for table in ("obligation", "deadline"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("due_rule")
            batch_op.drop_column("due_zone")
