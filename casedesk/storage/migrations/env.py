"""Alembic environment: always run programmatically by casedesk.storage.migrate.

The caller hands over an open connection (``config.attributes["connection"]``) with
foreign keys already switched off, so batch-mode table copies cannot cascade deletes.
"""

from alembic import context

from casedesk.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise SystemExit("run migrations through casedesk (casedesk check), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
