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
from casedesk.storage.engine import SqliteStore, make_engine, translate_db_error
from casedesk.storage.pg import PgStore, is_server_url, open_pg_store
from casedesk.storage.store import Store

#: Where a store is: a file path, or a ``postgresql://`` URL of a team store.
Location = Path | str

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


def open_store(location: Location, *, passphrase: str | None = None, check: bool = False) -> Store:
    """Open (creating or upgrading) the store at ``location``; an encrypted one needs
    ``passphrase`` (:class:`cipher.PassphraseRequiredError` / :class:`cipher.WrongPassphraseError`).

    A ``postgresql://`` URL opens a team store on a server (its schema created or
    upgraded by the same migrations).

    With ``check``, SQLite's quick integrity check runs first; a damaged store is
    opened read-only (never upgraded) so nothing is written over the damage.
    """
    if is_server_url(location):
        return _open_team_store(str(location))
    path = Path(location)
    key = store_key(path, passphrase)
    store = SqliteStore(path, make_engine(path, key), key)
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


def _open_team_store(location: str) -> PgStore:
    from casedesk import paths  # noqa: PLC0415 - only team stores keep a local folder

    store = open_pg_store(location, paths.data_dir() / "teams")
    try:
        if schema.stored_revision(store.engine) != schema.HEAD:
            from casedesk.storage import migrate  # noqa: PLC0415

            backup = migrate.upgrade(store)
            if backup is not None:
                log.info("team store upgraded; the previous version was dumped to %s", backup)
    except (OperationalError, DatabaseError) as exc:
        store.close()
        raise store.translate_error(exc) from exc
    except StoreError:
        store.close()
        raise
    return store


def open_services(
    path: Location,
    *,
    actor: str | None = None,
    passphrase: str | None = None,
    check: bool = False,
) -> Services:
    store = open_store(path, passphrase=passphrase, check=check)
    if actor is None and isinstance(store, PgStore):
        actor = store.user  # on a team store the audit trail names the server login
    ctx = ServiceContext(store) if actor is None else ServiceContext(store, actor=actor)
    return Services.create(ctx)
