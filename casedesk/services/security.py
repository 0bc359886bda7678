"""Encrypting a store, changing its passphrase, and checking a passphrase to unlock.

Encrypting keeps a verified backup of the plain store until the encrypted file has been
written, checked and swapped in; then the backups in the store's ``backups`` folder,
that safety copy included, are re-encrypted under the same key, so no plain copy of
the data is left there. Changing the passphrase re-encrypts the store and those
backups under a new key (new salt). Both are refused while another casedesk window or
command has the store open, and both are recorded in the audit trail.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import StoreError, ValidationError
from casedesk.services import audit
from casedesk.services.backup import BackupService
from casedesk.services.context import ServiceContext
from casedesk.storage import cipher, usage
from casedesk.storage.backup import sha256_of, write_private_text

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RekeyResult:
    """What was re-encrypted: the store, and how many backups beside it."""

    backups_done: int
    backups_skipped: list[str]


def new_passphrase(value: str, field: str = "passphrase") -> str:
    try:
        return cipher.check_passphrase(value)
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


class SecurityService:
    def __init__(self, ctx: ServiceContext, backups: BackupService) -> None:
        self.ctx = ctx
        self.backups = backups

    @property
    def encrypted(self) -> bool:
        return self.ctx.store.encrypted

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this store (to unlock after an idle lock)."""
        key = self.ctx.store.key
        return key is not None and key.matches(passphrase)

    def _file_store_only(self) -> None:
        info = self.ctx.store_info()
        if info.is_team:
            raise StoreError(
                f"{info.name} is a team store: the server keeps its data, so its encryption "
                "is the server's (disk encryption, TLS connections), not a passphrase"
            )

    def encrypt(self, passphrase: str, progress: Progress | None = None) -> RekeyResult:
        """Encrypt this plain store in place under ``passphrase``."""
        self._file_store_only()
        if self.encrypted:
            raise StoreError(
                f"{self.ctx.store.path.name} is already encrypted; change its passphrase instead"
            )
        new = cipher.Key.fresh(new_passphrase(passphrase))
        # Kept until the encrypted store is in place; then re-encrypted with the others.
        self.backups.backup(prefix="before-encrypt-")
        return self._rekey(new, AuditAction.ENCRYPT, progress)

    def change_passphrase(
        self, current: str, new: str, progress: Progress | None = None
    ) -> RekeyResult:
        """Re-encrypt this store (and its backups) under a new passphrase."""
        self._file_store_only()
        if not self.encrypted:
            raise StoreError(f"{self.ctx.store.path.name} is not encrypted; encrypt it first")
        if not self.verify_passphrase(current):
            raise ValidationError("current passphrase", "is not this store's passphrase")
        if current == new:
            raise ValidationError("new passphrase", "is the same as the current one")
        return self._rekey(
            cipher.Key.fresh(new_passphrase(new, "new passphrase")),
            AuditAction.PASSPHRASE,
            progress,
        )

    def _backup_files(self) -> list[Path]:
        folder = self.backups.folder
        if not folder.is_dir():
            return []
        stem = self.ctx.store.path.stem
        return sorted(p for p in folder.glob("*.sqlite") if f"{stem}-" in p.name)

    def _rekey(
        self, new: cipher.Key, action: AuditAction, progress: Progress | None
    ) -> RekeyResult:
        store = self.ctx.store
        old = store.key
        files = self._backup_files()
        total = len(files) + 1
        done, skipped = 0, []
        store.suspend()
        key_in_place = old
        try:
            with usage.exclusive(store.path):
                cipher.rekey_file(store.path, old, new)
                key_in_place = new
                if progress:
                    progress(1, total)
                for i, backup in enumerate(files, start=2):
                    if self._rekey_backup(backup, old, new):
                        done += 1
                    else:
                        skipped.append(backup.name)
                    if progress:
                        progress(i, total)
        finally:
            store.resume(key_in_place)
        with store.write() as session:
            audit.record(
                session,
                self.ctx,
                action,
                "store",
                None,
                after={"backups_reencrypted": done, "backups_skipped": len(skipped)},
            )
        return RekeyResult(done, skipped)

    @staticmethod
    def _rekey_backup(path: Path, old: cipher.Key | None, new: cipher.Key) -> bool:
        """Re-encrypt one backup; False when it opens under neither key (left alone)."""
        try:
            current = old if cipher.is_encrypted(path) else None
            cipher.rekey_file(path, current, new)
        except StoreError:
            return False
        manifest = path.with_suffix(path.suffix + ".json")
        try:
            facts = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        facts["encrypted"] = True
        facts["sha256"] = sha256_of(path)
        write_private_text(manifest, json.dumps(facts, indent=2))
        return True
