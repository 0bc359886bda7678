"""Encryption at rest: SQLCipher connections, keys, and re-keying a file safely.

A plain store is an ordinary SQLite file opened with the standard library's driver.
An encrypted store is a SQLCipher 4 file opened with ``sqlcipher3``: every page, the
write-ahead log and SQLite's temporary files are encrypted, and so are the documents,
which live inside the store.

The key is derived once per unlock with SQLCipher 4's own defaults (PBKDF2-HMAC-SHA512,
256,000 iterations, 16-byte salt kept in the file's first bytes) and then handed to each
connection as a raw key. That way a pooled connection, a backup or a verification
does not pay the key derivation again, and the file still opens with the bare
passphrase in any SQLCipher tool: nobody is locked into casedesk to read their data.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casedesk.domain.errors import PassphraseRequiredError, StoreError, WrongPassphraseError

SQLITE_MAGIC = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4 default: the file opens with the passphrase elsewhere
SALT_BYTES = 16
MIN_PASSPHRASE = 8
# SQLite's unit: negative means KiB. SQLCipher's default (8 MB) made the integrity check
# of a 100,000-client backup three times slower, re-decrypting pages it had just read.
CACHE_SIZE = -32_768


__all__ = ["Key", "PassphraseRequiredError", "WrongPassphraseError", "connect", "rekey_file"]


def check_passphrase(passphrase: str) -> str:
    """A new passphrase, or a ValueError saying why it is refused."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValueError(
            f"is too short: use at least {MIN_PASSPHRASE} characters "
            "(a few unrelated words are easy to remember and hard to guess)"
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        raise ValueError("contains a control character")
    return passphrase


@dataclass(frozen=True)
class Key:
    """A derived SQLCipher key and the salt it was derived with."""

    raw: bytes = field(repr=False)
    salt: bytes

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> "Key":
        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
        return cls(raw, salt)

    @classmethod
    def fresh(cls, passphrase: str) -> "Key":
        """A key for a new file, with a new random salt."""
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> "Key":
        """The key that opens the encrypted file at ``path`` if ``passphrase`` is right."""
        return cls.derive(passphrase, read_salt(path))

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` gives this key (constant-time comparison)."""
        return hmac.compare_digest(Key.derive(passphrase, self.salt).raw, self.raw)

    def pragma_value(self) -> str:
        # Raw key plus explicit salt: no key derivation at connect time.
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` holds data that is not a plain SQLite file (an encrypted store)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError):
        return False
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    return len(head) == len(SQLITE_MAGIC) and head != SQLITE_MAGIC


def read_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise StoreError(f"{path} is too short to be a casedesk store")
    return salt


def _driver() -> Any:
    import sqlcipher3.dbapi2  # noqa: PLC0415 - loaded only for encrypted stores

    return sqlcipher3.dbapi2


def dbapi(key: Key | None) -> Any:
    """The DB-API module for a store with or without a key."""
    return sqlite3 if key is None else _driver()


def connect(target: str | Path, key: Key | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to ``target``, keyed before anything else touches the file.

    ``target`` is a path, or a ``file:`` URI when ``uri`` is true (read-only opens).
    A wrong key raises :class:`WrongPassphraseError`.
    """
    if key is None:
        plain = sqlite3.connect(target, uri=uri, **kwargs)
        plain.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        return plain
    driver = _driver()
    conn = driver.connect(str(target), uri=uri, **kwargs)
    try:
        # The key must be the first statement; logging off so no key material or
        # page details ever reach stderr.
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        conn.close()
        name = Path(str(target).split("?")[0].removeprefix("file:")).name
        raise WrongPassphraseError(
            f"the passphrase does not open {name} (or it is damaged, or not a casedesk store)"
        ) from exc
    return conn


def is_driver_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a database error from either driver."""
    if isinstance(exc, sqlite3.Error):
        return True
    try:
        return isinstance(exc, _driver().Error)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return False


def rekey_file(
    source: Path,
    old: Key | None,
    new: Key | None,
    *,
    busy_timeout_s: float = 5.0,
) -> None:
    """Rewrite ``source`` in place under key ``new`` (None: plain), verifying first.

    The new file is written beside the old one with ``sqlcipher_export`` while the old
    one is held exclusively, checked with the integrity check and row counts, and only
    then swapped in with an atomic rename. A failure at any point leaves ``source`` as
    it was. The caller makes sure no other program has the file open
    (:func:`casedesk.storage.usage.exclusive`): after the rename, a connection still
    open on the old file would write where nobody reads.
    """
    partial = source.with_name(f".{source.name}.rekey")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only
    conn = _driver().connect(str(source), timeout=busy_timeout_s, isolation_level=None)
    try:
        if old is not None:
            conn.execute(f"PRAGMA key = {old.pragma_value()}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except _driver().DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongPassphraseError(f"the passphrase does not open {source.name}") from exc
            raise _busy(source) from exc
        if str(mode).lower() != "delete":
            raise _busy(source)
        new_value = "''" if new is None else new.pragma_value()
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {new_value}", (str(partial),))
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            expected = _row_counts(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        _verify_copy(partial, new, expected, source.name)
        os.replace(partial, source)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{source}{suffix}").unlink(missing_ok=True)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if is_driver_error(exc):
            raise StoreError(f"could not re-encrypt {source.name}: {exc}; it is unchanged") from exc
        if isinstance(exc, OSError):
            raise StoreError(
                f"could not re-encrypt {source.name}: {exc.strerror}; it is unchanged"
            ) from exc
        raise
    finally:
        conn.close()


def _row_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _verify_copy(path: Path, key: Key | None, expected: dict[str, int], name: str) -> None:
    """Read the new file back through its own key: integrity and every table's rows."""
    copy = connect(path, key)
    try:
        integrity = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            raise StoreError(f"the re-encrypted copy of {name} did not verify ({integrity})")
        found = _row_counts(copy)
    finally:
        copy.close()
    if found != expected:
        missing = sorted(t for t in expected if found.get(t) != expected[t])
        raise StoreError(f"the re-encrypted copy of {name} differs in {', '.join(missing)}")


def _busy(path: Path) -> StoreError:
    return StoreError(
        f"another casedesk window or program has {path.name} open; close it and try again"
    )
