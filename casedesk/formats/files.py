"""File plumbing shared by the readers and writers: size limits, binary sniffing, safe writes.

Every writer in this package goes through :func:`atomic_write`: an export interrupted by a
crash or a full disk must leave the previous file intact rather than half of a new one,
because that previous file may be the only copy of a roster.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casedesk.formats.errors import FormatError

#: Default ceiling for any file read by this package (bytes). Large enough for any roster
#: advocates keep, small enough that a wrong file (a video, a disk image) is refused at once.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024

PathOrBytes = str | os.PathLike[str] | bytes

# Leading bytes of file kinds users pick by mistake in an "import" dialog, with the name
# the message gives them. Checked before any decoding so the message can be specific.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx or Word .docx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)


def source_name(path_or_bytes: PathOrBytes, name: str | None = None) -> str:
    """The name messages use for an input: the caller's name, else the file name."""
    if name:
        return name
    if isinstance(path_or_bytes, bytes):
        return "the pasted data"
    return Path(path_or_bytes).name


def describe_binary(data: bytes) -> str | None:
    """What kind of non-text file ``data`` starts like, or None if no known signature."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            # "MZ" is also how a list of names may begin ("MZ,Ana,..."): a real Windows
            # program has NUL bytes in its 64-byte header, text never does.
            if signature == b"MZ" and b"\x00" not in data[:64]:
                continue
            return kind
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"


def read_limited(path_or_bytes: PathOrBytes, *, source: str, max_bytes: int) -> bytes:
    """Return the whole input as bytes, refusing it (FormatError) when over ``max_bytes``.

    The size is checked from the file system before reading, so a 4 GB file selected by
    mistake is refused without being loaded into memory.
    """
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
        size = len(data)
    else:
        path = Path(path_or_bytes)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise FormatError(f"{source} was not found at {path}", source=source) from None
        except OSError as exc:
            raise FormatError(f"{source} cannot be opened: {exc.strerror}", source=source) from exc
        if size > max_bytes:
            data = b""
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise FormatError(
                    f"{source} cannot be read: {exc.strerror}", source=source
                ) from exc
    if size > max_bytes:
        raise FormatError(
            f"{source} is {_megabytes(size)}; casedesk reads files up to "
            f"{_megabytes(max_bytes)}. Split it into smaller files and import each one.",
            source=source,
        )
    return data


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    The bytes go to a temporary file in the same folder (same file system, so the final
    rename is atomic), are flushed to disk, then replace the target in one step.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise FormatError(
            f"{target.name} cannot be written in {folder}: {exc.strerror}", source=target.name
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FormatError(
            f"{target.name} could not be saved: {exc.strerror}", source=target.name
        ) from exc


@contextlib.contextmanager
def atomic_stream(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Like ``atomic_write``, for output written piece by piece (an export of a million
    rows is never held in memory): the pieces go to a temporary file in the same folder,
    which replaces ``path`` only when the block ends without an error; on an error
    (a cancelled export too) the temporary file is removed and ``path`` is untouched."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise FormatError(
            f"{target.name} cannot be written in {folder}: {exc.strerror}", source=target.name
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FormatError(
            f"{target.name} could not be saved: {exc.strerror}", source=target.name
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
