"""Initial schema: clients and their histories, matters, orders, obligations, audit.

Reviewed by hand after autogenerate; the full-text index is created here too
(Alembic cannot autogenerate virtual tables).

Revision ID: 0001
Revises:
Create Date: 2026-11-22 17:14:08.834228
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casedesk.storage import search_pg

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.String(), nullable=False),
        sa.Column("after", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given", sa.String(), nullable=False),
        sa.Column("surname", sa.String(), nullable=False),
        sa.Column("second_surname", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("match_key", sa.String(), nullable=False),
        sa.Column("a_number", sa.String(), nullable=True),
        sa.Column("dob", sa.String(), nullable=True),
        sa.Column("dob_key", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.String(), nullable=True),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("tags", sa.String(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current_status", sa.String(), nullable=False),
        sa.Column("status_since", sa.String(), nullable=True),
        sa.Column("whereabouts", sa.String(), nullable=True),
        sa.Column("whereabouts_place", sa.String(), nullable=False),
        sa.Column("whereabouts_country", sa.String(), nullable=True),
        sa.Column("whereabouts_since", sa.String(), nullable=True),
        sa.Column("last_contact", sa.String(), nullable=True),
        sa.Column("last_contact_key", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("a_number", name=op.f("uq_client_a_number")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_archived_sort", ["archived", "sort_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_client_last_contact_key"), ["last_contact_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_client_match_key"), ["match_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_nationality"), ["nationality"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(
            "ix_client_status_sort", ["archived", "current_status", "sort_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_client_whereabouts"), ["whereabouts"], unique=False)

    op.create_table(
        "matter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("court", sa.String(), nullable=False),
        sa.Column("docket", sa.String(), nullable=False),
        sa.Column("judge", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter")),
        sa.UniqueConstraint("court", "docket", name="uq_matter_court_docket"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("given", sa.String(), nullable=False),
        sa.Column("surname", sa.String(), nullable=False),
        sa.Column("second_surname", sa.String(), nullable=False),
        sa.Column("match_key", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_alias_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alias")),
    )
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alias_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_alias_match_key"), ["match_key"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("relationship", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_contact_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_client_id"), ["client_id"], unique=False)

    op.create_table(
        "court_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("issued_at", sa.String(), nullable=False),
        sa.Column("issued_utc", sa.String(), nullable=False),
        sa.Column("judge", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_court_order_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_order")),
    )
    with op.batch_alter_table("court_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_order_issued_utc"), ["issued_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_court_order_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("date_key", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("confidence", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_custody_event_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_event")),
    )
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custody_event_client_id"), ["client_id"], unique=False)

    op.create_table(
        "deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("due_at", sa.String(), nullable=False),
        sa.Column("due_utc", sa.String(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_deadline_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_deadline_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline")),
    )
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadline_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_due_utc"), ["due_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_document_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_document_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "matter_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_matter_party_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_matter_party_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_party")),
        sa.UniqueConstraint("matter_id", "client_id", name="uq_matter_party_pair"),
    )
    with op.batch_alter_table("matter_party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_party_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matter_party_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_note_client_id_client"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_note_matter_id_matter"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "status_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("date_key", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("confidence", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_status_entry_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_entry")),
    )
    with op.batch_alter_table("status_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_entry_client_id"), ["client_id"], unique=False)

    op.create_table(
        "document_blob",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_blob_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_blob")),
    )
    op.create_table(
        "obligation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("due_at", sa.String(), nullable=False),
        sa.Column("due_utc", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["court_order.id"],
            name=op.f("fk_obligation_order_id_court_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation")),
    )
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_due_utc"), ["due_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_obligation_order_id"), ["order_id"], unique=False)

    op.create_table(
        "order_status_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("date_key", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["court_order.id"],
            name=op.f("fk_order_status_entry_order_id_court_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_status_entry")),
    )
    with op.batch_alter_table("order_status_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_order_status_entry_order_id"), ["order_id"], unique=False
        )

    op.create_table(
        "compliance_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("date_key", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_compliance_record_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_compliance_record_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["obligation_id"],
            ["obligation.id"],
            name=op.f("fk_compliance_record_obligation_id_obligation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_record")),
    )
    with op.batch_alter_table("compliance_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_compliance_obligation_client", ["obligation_id", "client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_compliance_record_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_compliance_record_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_compliance_record_obligation_id"), ["obligation_id"], unique=False
        )

    op.create_table(
        "obligation_client",
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_obligation_client_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["obligation_id"],
            ["obligation.id"],
            name=op.f("fk_obligation_client_obligation_id_obligation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("obligation_id", "client_id", name=op.f("pk_obligation_client")),
    )
    with op.batch_alter_table("obligation_client", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_obligation_client_client_id"), ["client_id"], unique=False
        )

    if op.get_bind().dialect.name == "postgresql":
        # A team store's search index: a tsvector table (see casedesk.storage.search_pg).
        for statement in search_pg.DDL:
            op.execute(statement)
    else:
        op.execute(
            "CREATE VIRTUAL TABLE client_fts USING fts5("
            "names, ids, notes, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_pg.DROP:
            op.execute(statement)
    else:
        op.execute("DROP TABLE IF EXISTS client_fts")
    with op.batch_alter_table("obligation_client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_client_client_id"))

    op.drop_table("obligation_client")
    with op.batch_alter_table("compliance_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_compliance_record_obligation_id"))
        batch_op.drop_index(batch_op.f("ix_compliance_record_document_id"))
        batch_op.drop_index(batch_op.f("ix_compliance_record_client_id"))
        batch_op.drop_index("ix_compliance_obligation_client")

    op.drop_table("compliance_record")
    with op.batch_alter_table("order_status_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_status_entry_order_id"))

    op.drop_table("order_status_entry")
    with op.batch_alter_table("obligation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_order_id"))
        batch_op.drop_index(batch_op.f("ix_obligation_due_utc"))

    op.drop_table("obligation")
    op.drop_table("document_blob")
    with op.batch_alter_table("status_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_entry_client_id"))

    op.drop_table("status_entry")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_matter_id"))
        batch_op.drop_index(batch_op.f("ix_note_client_id"))

    op.drop_table("note")
    with op.batch_alter_table("matter_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_party_matter_id"))
        batch_op.drop_index(batch_op.f("ix_matter_party_client_id"))

    op.drop_table("matter_party")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_matter_id"))
        batch_op.drop_index(batch_op.f("ix_document_client_id"))

    op.drop_table("document")
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_matter_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_due_utc"))
        batch_op.drop_index(batch_op.f("ix_deadline_client_id"))

    op.drop_table("deadline")
    with op.batch_alter_table("custody_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_event_client_id"))

    op.drop_table("custody_event")
    with op.batch_alter_table("court_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_order_matter_id"))
        batch_op.drop_index(batch_op.f("ix_court_order_issued_utc"))

    op.drop_table("court_order")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_client_id"))

    op.drop_table("contact")
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alias_match_key"))
        batch_op.drop_index(batch_op.f("ix_alias_client_id"))

    op.drop_table("alias")
    op.drop_table("setting")
    op.drop_table("matter")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_whereabouts"))
        batch_op.drop_index("ix_client_status_sort")
        batch_op.drop_index(batch_op.f("ix_client_sort_key"))
        batch_op.drop_index(batch_op.f("ix_client_nationality"))
        batch_op.drop_index(batch_op.f("ix_client_match_key"))
        batch_op.drop_index(batch_op.f("ix_client_last_contact_key"))
        batch_op.drop_index("ix_client_archived_sort")

    op.drop_table("client")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_client_id"))

    op.drop_table("audit_entry")
