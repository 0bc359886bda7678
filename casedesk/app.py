"""Composition root: paths -> engine (+ migrate) -> services -> GUI or CLI.

The only place that knows how the layers are wired together.
"""

import logging
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from casedesk.domain.errors import StoreError
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.storage import cipher, schema
from casedesk.storage.engine import Store, make_engine, translate_db_error

log = logging.getLogger("casedesk.app")


def store_key(path: Path, passphrase: str | None) -> cipher.Key | None:
    """The key for ``path``: derived from the file's salt when it is encrypted; a new
    key when the store does not exist yet and a passphrase is given (it is created
    encrypted); None for a plain store."""
    if passphrase is None:
        return None
    if cipher.is_encrypted(path):
        return cipher.Key.for_file(path, passphrase)
    if not path.exists() or path.stat().st_size == 0:
        try:
            return cipher.Key.fresh(cipher.check_passphrase(passphrase))
        except ValueError as exc:
            raise StoreError(f"the passphrase for a new store {exc}") from None
    return None  # a plain store: the passphrase is not needed


def open_store(path: Path, *, passphrase: str | None = None, check: bool = False) -> Store:
    """Open (creating or upgrading) the store at ``path``; an encrypted one needs
    ``passphrase`` (:class:`cipher.PassphraseRequiredError` / :class:`cipher.WrongPassphraseError`).

    With ``check``, SQLite's quick integrity check runs first; a damaged store is
    opened read-only (never upgraded) so nothing is written over the damage.
    """
    key = store_key(path, passphrase)
    store = Store(path, make_engine(path, key), key)
    try:
        if check:
            problem = store.quick_check()
            if problem != "ok":
                log.info("store failed the quick integrity check; opened read-only")
                store.mark_damaged(problem)
                return store
        store.tidy()
        if schema.stored_revision(store.engine) == schema.HEAD:
            return store  # the usual case: no need to load Alembic at start-up
        from casedesk.storage import migrate  # noqa: PLC0415 - Alembic only when upgrading

        backup = migrate.upgrade(store)
    except (OperationalError, DatabaseError) as exc:
        store.close()
        raise translate_db_error(exc, path) from exc
    except StoreError:
        store.close()
        raise
    except Exception as exc:  # the drivers' own errors, from raw connections
        store.close()
        if cipher.is_driver_error(exc):
            raise translate_db_error(exc, path) from exc
        raise
    if backup is not None:
        log.info("store upgraded; the previous version was kept at %s", backup)
    return store


def open_services(
    path: Path, *, actor: str | None = None, passphrase: str | None = None, check: bool = False
) -> Services:
    store = open_store(path, passphrase=passphrase, check=check)
    ctx = ServiceContext(store) if actor is None else ServiceContext(store, actor=actor)
    return Services.create(ctx)
