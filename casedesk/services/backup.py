"""Backups and restore: manual and automatic, each verified before it counts.

A backup is a consistent copy of the store (SQLite's online backup API; the copy of an
encrypted store is encrypted under the same key), read back with the integrity
check, with a manifest beside it holding the audit chain's latest hash, so the chain
can later be checked against something held outside the store. Automatic backups
(when the window closes, and at most daily) rotate, keeping the newest ``keep``.

Restore replaces the store with a verified backup, after first backing up what is
being replaced, and records the restore in the audit trail.
"""

import json
import os
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import StoreError, ValidationError
from casedesk.services import audit
from casedesk.services.context import ServiceContext
from casedesk.storage import cipher, schema, team_scope, usage
from casedesk.storage.backup import (
    CopyFacts,
    copy_database,
    open_copy,
    private_folder,
    sha256_of,
    verify,
    write_private_text,
)
from casedesk.storage.backup import copy_session as open_session
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.queries import clients as client_q
from casedesk.storage.tables import Setting

AUTO_PREFIX = "auto-"
_AUTOMATIC = threading.Lock()
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class GoodBackup:
    """A backup that verified and that this casedesk can restore."""

    path: Path
    created_at: datetime
    facts: CopyFacts


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Path
    size: int
    facts: CopyFacts


TEAM_BACKUP_ADMINS_ONLY = (
    "Only a team administrator can back up the team store: a backup must hold every "
    "matter, and your login sees only the matters granted to you. Ask an admin "
    "(casedesk team users lists them) to run casedesk backup."
)
#: What a team store's backup file may be called: a pg_dump custom-format archive.
TEAM_BACKUP_SUFFIXES = (".pgdump", ".dump")


def team_backup_target(dest: Path, *, replace: bool) -> Path:
    """``dest`` if a team store's backup may be written there; else ValidationError
    saying why, before anything is written. An existing file is never replaced unless
    ``replace`` says so."""
    name = dest.name
    if not name or any(not ch.isprintable() for ch in name) or name.startswith("-"):
        raise ValidationError("out", f"{name!r} is not a usable file name for a backup")
    if dest.is_dir():
        raise ValidationError("out", f"{dest} is a folder; give a file name ending in .pgdump")
    if dest.suffix.lower() not in TEAM_BACKUP_SUFFIXES or not dest.stem:
        raise ValidationError(
            "out",
            f"{name} should end in .pgdump: a team store's backup is a pg_dump archive "
            "(restored with pg_restore)",
        )
    if not dest.parent.is_dir():
        raise ValidationError("out", f"the folder {dest.parent} does not exist")
    if not os.access(dest.parent, os.W_OK | os.X_OK):
        raise ValidationError("out", f"the folder {dest.parent} cannot be written to")
    manifest = dest.with_suffix(dest.suffix + ".json")
    if not replace and (dest.exists() or manifest.exists()):
        existing = dest if dest.exists() else manifest
        raise ValidationError(
            "out",
            f"{existing.name} already exists and casedesk does not replace a file silently; "
            "choose another name, or add --force to replace it",
        )
    return dest


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def folder(self) -> Path:
        return self.ctx.store.path.parent / "backups"

    def _name(self, prefix: str = "") -> Path:
        stamp = self.ctx.now().strftime("%Y%m%dT%H%M%S")
        return self.folder / f"{prefix}{self.ctx.store.path.stem}-{stamp}.sqlite"

    def backup(
        self, dest: Path | None = None, *, prefix: str = "", replace: bool = False
    ) -> BackupResult:
        """Copy the store to ``dest`` (default: backups/ beside it), verify, write a manifest.

        ``replace``: a team store's backup may replace an existing file at ``dest``
        (asked for explicitly, e.g. ``--force``); otherwise it is refused."""
        if self.ctx.store.store_info().is_team:
            return self._team_backup(dest, prefix, replace=replace)
        target = dest or self._name(prefix)
        if target.suffix.lower() not in (".sqlite", ".db", ".casedesk"):
            raise ValidationError("out", f"{target.name} should end in .sqlite")
        if not target.parent.exists() and dest is not None:
            raise ValidationError("out", f"the folder {target.parent} does not exist")
        if target.resolve() == self.ctx.store.path.resolve():
            raise ValidationError("out", "a backup cannot overwrite the store itself")
        raw = self.ctx.store.engine.raw_connection()
        try:
            try:
                copy_database(raw.driver_connection, target, self.ctx.store.key)
            except OSError as exc:
                raise StoreError(f"cannot write {target}: {exc.strerror}") from exc
        finally:
            raw.close()
        facts = verify(target, self.ctx.store.key)
        if not facts.ok:
            target.unlink(missing_ok=True)
            raise StoreError(
                f"the backup did not verify ({facts.integrity}); the store may be damaged"
            )
        manifest = target.with_suffix(target.suffix + ".json")
        write_private_text(
            manifest,
            json.dumps(
                {
                    "format": "casedesk-backup",
                    "store": str(self.ctx.store.path),
                    "file": target.name,
                    "created_at": self.ctx.now().isoformat(timespec="seconds"),
                    "encrypted": self.ctx.store.encrypted,
                    "schema": facts.schema,
                    "clients": facts.clients,
                    "audit_entries": facts.audit_entries,
                    "audit_head": facts.audit_head,
                    "sha256": sha256_of(target),
                },
                indent=2,
            ),
        )
        return BackupResult(target, manifest, target.stat().st_size, facts)

    def _team_backup(self, dest: Path | None, prefix: str, *, replace: bool) -> BackupResult:
        """A team store's backup: ``pg_dump`` of the whole database (custom format, for
        ``pg_restore``), with the same manifest as a file backup. Only a login that sees
        every row may make one: under row-level security anyone else's dump would
        silently leave out the matters they were not granted."""
        self._require_whole_view()
        target = dest or self._name(prefix).with_suffix(".pgdump")
        if dest is not None:
            team_backup_target(dest, replace=replace)
        with self.ctx.store.read() as session:
            clients = client_q.total(session)
            entries, head = audit_q.size_and_head(session)
        self.ctx.store.dump(target)
        facts = CopyFacts("ok", schema.HEAD, clients, int(entries), head)
        manifest = target.with_suffix(target.suffix + ".json")
        manifest.write_text(
            json.dumps(
                {
                    "format": "casedesk-backup",
                    "store": self.ctx.store.store_info().location,
                    "file": target.name,
                    "created_at": self.ctx.now().isoformat(timespec="seconds"),
                    "kind": "pg_dump",
                    "schema": facts.schema,
                    "clients": clients,
                    "audit_entries": facts.audit_entries,
                    "audit_head": head,
                    "sha256": sha256_of(target),
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        return BackupResult(target, manifest, target.stat().st_size, facts)

    def _require_whole_view(self) -> None:
        with self.ctx.store.read() as session:
            if not team_scope.sees_everything(session):
                raise StoreError(TEAM_BACKUP_ADMINS_ONLY)

    def may_back_up(self) -> bool:
        """Whether this login may back up the store (on a team store: an admin)."""
        if not self.ctx.store.store_info().is_team:
            return True
        with self.ctx.store.read() as session:
            return team_scope.sees_everything(session)

    def automatic(
        self, *, keep: int | None = None, min_age: timedelta | None = None
    ) -> BackupResult | None:
        """A rotating backup; with ``min_age``, only when the newest is older than that.
        ``keep`` defaults to the store's ``backups_keep`` setting. On a team store only
        an admin's casedesk makes them (None for anyone else: nothing to do)."""
        if not self.may_back_up():
            return None
        if keep is None:
            keep = self._keep_setting()
        existing = self.list_automatic()
        if min_age is not None and existing:
            newest = existing[-1].stat().st_mtime
            if self.ctx.now().timestamp() - newest < min_age.total_seconds():
                return None
        private_folder(self.folder)
        result = self.backup(prefix=AUTO_PREFIX)
        for old in self.list_automatic()[:-keep]:
            old.unlink(missing_ok=True)
            old.with_suffix(old.suffix + ".json").unlink(missing_ok=True)
        return result

    def _keep_setting(self) -> int:
        with self.ctx.store.read() as session:
            row = session.get(Setting, "backups_keep")
        return int(row.value) if row is not None else DEFAULT_KEEP

    def list_automatic(self) -> list[Path]:
        """This store's automatic backups, oldest first. A team store's are ``pg_dump``
        files (see :meth:`_team_backup`): rotation and the daily check must see them too,
        or they pile up and one is made every time a window opens."""
        if not self.folder.is_dir():
            return []
        suffix = ".pgdump" if self.ctx.store.store_info().is_team else ".sqlite"
        return sorted(self.folder.glob(f"{AUTO_PREFIX}{self.ctx.store.path.stem}-*{suffix}"))

    def candidates(self) -> list[Path]:
        """This store's backups in its backups folder, newest first."""
        if not self.folder.is_dir():
            return []
        stem = self.ctx.store.path.stem
        found = [p for p in self.folder.glob("*.sqlite") if f"{stem}-" in p.name]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def latest_good(self) -> GoodBackup | None:
        """The newest backup that passes the integrity check and has this casedesk's
        schema (each one is read whole: run it off the GUI thread)."""
        for path in self.candidates():
            try:
                facts = verify(path, self.ctx.store.key)
            except StoreError:
                continue
            if facts.ok and facts.schema == schema.HEAD:
                made = datetime.fromtimestamp(path.stat().st_mtime, tz=self.ctx.zone)
                return GoodBackup(path, made, facts)
        return None

    def restore(self, source: Path) -> BackupResult:
        """Replace the store with ``source`` (verified first: integrity, schema, its
        manifest's sha256 and audit head, its audit chain and records); returns the
        safety backup of the store as it was.

        The store is held exclusively for the whole restore, safety copy included: a
        write that arrives meanwhile waits, then is refused ("being ... restored"), and
        a restore is refused while another window or command has the store open."""
        info = self.ctx.store_info()
        if info.is_team:
            raise StoreError(
                f"{info.name} is a team store: restore a pg_dump with pg_restore into a new "
                "database (see README, For teams), or copy a store file in with team push"
            )
        facts = verify(source, self.ctx.store.key)
        if not facts.ok:
            raise StoreError(f"{source.name} is damaged ({facts.integrity}); choose another backup")
        if facts.schema != schema.HEAD:
            raise StoreError(
                f"{source.name} was made by another casedesk version (schema "
                f"{facts.schema}, this one uses {schema.HEAD}); open it with --db instead"
            )
        self.verify_trail(source, facts)
        store = self.ctx.store
        safety = self._replace_damaged(source) if store.read_only else self._replace(source)
        with store.write() as session:
            audit.record(
                session,
                self.ctx,
                AuditAction.RESTORE,
                "store",
                None,
                after={
                    "from": source.name,
                    "clients": facts.clients,
                    "audit_head": facts.audit_head,
                    "safety_copy": safety.path.name,
                },
            )
        store.write_anchor()  # the chain now continues the backup's, not the old one
        return safety

    def verify_trail(self, source: Path, facts: CopyFacts) -> None:
        """Refuse, by name, a backup whose manifest or audit trail does not verify."""
        verify_trail(source, facts, self.ctx.store.key)

    def _replace(self, source: Path) -> BackupResult:
        """Swap the store for a copy of ``source`` while holding it exclusively; the
        safety copy is taken inside that claim, so no acknowledged write is lost."""
        store = self.ctx.store
        key = store.key
        partial = store.path.with_name(f".{store.path.name}.restore")
        store.suspend()
        try:
            with usage.exclusive(store.path):
                safety = self.backup(prefix="before-restore-")
                store.engine.dispose()  # no pooled connection may hold the old pages
                src = open_copy(source, key)
                try:
                    copy_database(src, partial, key)
                finally:
                    src.close()
                os.replace(partial, store.path)
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{store.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(
                f"could not restore {store.path.name}: {exc.strerror}; it is unchanged"
            ) from exc
        finally:
            partial.unlink(missing_ok=True)
            store.resume(key)
        return safety

    def _replace_damaged(self, source: Path) -> BackupResult:
        """Swap a damaged store's file for a copy of ``source``; the damaged file is
        kept (renamed) for whoever investigates. Refused while another window has it."""
        store = self.ctx.store
        private_folder(self.folder)
        kept = self._name("damaged-")
        problem = store.damage or "damaged"
        partial = store.path.with_name(f".{store.path.name}.restore")
        store.suspend()
        key = store.key
        swapped = False
        try:
            with usage.exclusive(store.path):
                src = open_copy(source, key)
                try:
                    copy_database(src, partial, key)
                finally:
                    src.close()
                for suffix in ("", "-wal"):  # the damaged file, for whoever investigates
                    if Path(f"{store.path}{suffix}").exists():
                        shutil.copy2(f"{store.path}{suffix}", f"{kept}{suffix}")
                os.replace(partial, store.path)
                swapped = True
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{store.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(f"could not restore {store.path.name}: {exc.strerror}") from exc
        finally:
            partial.unlink(missing_ok=True)
            store.resume(key)
            if not swapped:
                store.mark_damaged(problem)
        return BackupResult(kept, kept, kept.stat().st_size, CopyFacts("damaged", None, 0, 0, None))


def verify_trail(source: Path, facts: CopyFacts, key: cipher.Key | None) -> None:
    """Refuse, by name, a backup whose manifest (sha256, audit head), audit chain or
    records do not verify."""
    manifest = source.with_suffix(source.suffix + ".json")
    if manifest.is_file():
        try:
            meta = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read {manifest.name}: {exc}; choose another backup") from exc
        if meta.get("sha256") != sha256_of(source):
            raise StoreError(
                f"{source.name} was changed after it was made (it does not match the "
                f"sha256 in {manifest.name}); choose another backup"
            )
        if meta.get("audit_head") != facts.audit_head:
            raise StoreError(
                f"{source.name}'s audit trail does not end where {manifest.name} says; "
                "choose another backup"
            )
    with open_session(source, key) as session:
        sealed: dict[audit.Sealed, str] = {}
        chain = audit.verify_chain(session, records=sealed)
        if chain.key_missing:
            raise StoreError(
                f"{source.name}'s audit trail cannot be verified: its key file "
                f"{chain.key_path} is not on this computer"
            )
        if not chain.ok:
            raise StoreError(
                f"{source.name}'s audit trail was altered at or before entry "
                f"{chain.first_broken_id} ({chain.reason}); choose another backup"
            )
        differ = audit.verify_records(session, sealed)
    if differ:
        raise StoreError(
            f"{source.name} does not match its own audit trail ({differ[0]}); choose another backup"
        )
