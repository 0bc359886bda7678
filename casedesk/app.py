"""Composition root: paths -> engine (+ migrate) -> services -> GUI or CLI.

The only place that knows how the layers are wired together.
"""

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from casedesk.domain.errors import StoreError
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.storage import schema
from casedesk.storage.engine import Store, make_engine, translate_db_error

log = logging.getLogger("casedesk.app")


def open_store(path: Path) -> Store:
    """Open (creating or upgrading) the store at ``path``."""
    store = Store(path, make_engine(path))
    try:
        if schema.stored_revision(store.engine) == schema.HEAD:
            return store  # the usual case: no need to load Alembic at start-up
        from casedesk.storage import migrate  # noqa: PLC0415 - Alembic only when upgrading

        backup = migrate.upgrade(store)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        store.close()
        raise translate_db_error(exc, path) from exc
    except StoreError:
        store.close()
        raise
    if backup is not None:
        log.info("store upgraded; the previous version was kept at %s", backup)
    return store


def open_services(path: Path, *, actor: str | None = None) -> Services:
    store = open_store(path)
    ctx = ServiceContext(store) if actor is None else ServiceContext(store, actor=actor)
    return Services.create(ctx)
