"""Which programs have a store open, so a file is never swapped under another one.

Every open store holds a shared lock on a small hidden file beside it; encrypting,
changing the passphrase and restoring need the exclusive lock, which is refused while
another casedesk window or command has the store open. (SQLite's own locks cannot
tell: an idle connection in WAL mode holds none.) POSIX ``flock`` locks belong to the
open file, so a crashed program's lock goes with it. On Windows, where an open store
file cannot be renamed over anyway, the rename itself refuses.
"""

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from casedesk.domain.errors import StoreError


def _marker(store: Path) -> Path:
    return store.with_name(f".{store.name}.users")


def _open_marker(store: Path) -> IO[bytes]:
    """The marker file, created owner-only like everything else beside the store."""
    fd = os.open(_marker(store), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    return os.fdopen(fd, "ab")


def _flock(handle: IO[bytes], exclusive: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - see the module docstring
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(
            handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        )
    except BlockingIOError:
        return False
    return True


class SharedUse:
    """The shared lock an open store holds until it is closed."""

    def __init__(self, store: Path, wait_s: float = 3.0) -> None:
        self._handle: IO[bytes] | None = None
        try:
            handle = _open_marker(store)
        except OSError:
            return  # a read-only folder: nothing else can swap the file there either
        deadline = time.monotonic() + wait_s
        while not _flock(handle, exclusive=False):
            if time.monotonic() > deadline:
                handle.close()
                raise StoreError(
                    f"{store.name} is being encrypted or restored by another casedesk window; "
                    "try again when it has finished"
                )
            time.sleep(0.1)
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


@contextmanager
def exclusive(store: Path) -> Iterator[None]:
    """Hold the store alone, or raise StoreError naming what to do."""
    try:
        handle = _open_marker(store)
    except OSError as exc:
        raise StoreError(f"cannot lock {store.name}: {exc.strerror}") from exc
    try:
        if not _flock(handle, exclusive=True):
            raise StoreError(
                f"another casedesk window or command has {store.name} open; close it and try again"
            )
        try:
            yield
        except PermissionError as exc:
            if os.name == "nt":  # pragma: no cover - the file is open elsewhere
                raise StoreError(
                    f"another program has {store.name} open; close it and try again"
                ) from exc
            raise
    finally:
        handle.close()
