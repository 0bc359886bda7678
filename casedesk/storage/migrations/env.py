"""Alembic environment: always run programmatically by casedesk.storage.migrate.

The caller hands over an open connection (``config.attributes["connection"]``) with
foreign keys already switched off, so batch-mode table copies cannot cascade deletes.
"""

from alembic import context

from casedesk.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise SystemExit("run migrations through casedesk (casedesk check), not the alembic CLI")


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The search index (FTS5 virtual table and its shadow tables, or PostgreSQL's
    # client_search) is created by hand in 0001.
    return not (
        type_ == "table" and name is not None and name.startswith(("client_fts", "client_search"))
    )


context.configure(
    connection=connection,
    include_name=_include_name,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
