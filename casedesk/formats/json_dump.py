"""The whole-store export: one JSON document with a format envelope.

The export is casedesk's lossless way out (a backup a person can read, and the way to move
a store to a new laptop), so reading it back is strict: a file that is not a casedesk
export, one from a newer casedesk, duplicated keys or non-standard numbers are refused with
a message, never half-read. Writing is atomic (see :mod:`casedesk.formats.files`).

The document looks like ``{"format": "casedesk-export", "version": 1, ...}``; everything
besides the envelope belongs to the services that build and apply it.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from typing import Any

from casedesk.formats.errors import FormatError
from casedesk.formats.files import DEFAULT_MAX_BYTES, PathOrBytes, atomic_write, read_limited
from casedesk.formats.files import source_name as _source_name

EXPORT_FORMAT = "casedesk-export"
EXPORT_VERSION = 1

_ENVELOPE = ("format", "version")


def _encode_default(value: object) -> str:
    # Dates are the one non-JSON type every service has; anything else reaching here is a
    # programming mistake and should fail loudly rather than be written as its repr.
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to a casedesk export: {value!r}")


def dumps(document: dict[str, Any]) -> str:
    """The export's text: the envelope added, keys sorted, non-ASCII kept, 2-space indent.

    Sorted keys and a fixed layout make two exports of the same store identical, so a
    diff between backups shows only what changed.
    """
    for key in _ENVELOPE:
        expected = EXPORT_FORMAT if key == "format" else EXPORT_VERSION
        if key in document and document[key] != expected:
            raise ValueError(f"document[{key!r}] is {document[key]!r}, expected {expected!r}")
    enveloped = {**document, "format": EXPORT_FORMAT, "version": EXPORT_VERSION}
    return (
        json.dumps(
            enveloped,
            ensure_ascii=False,
            sort_keys=True,
            indent=2,
            allow_nan=False,
            default=_encode_default,
        )
        + "\n"
    )


def write_json(path: str | os.PathLike[str], document: dict[str, Any]) -> None:
    """Write ``document`` as a casedesk export (UTF-8, atomic), adding the envelope."""
    atomic_write(path, dumps(document).encode("utf-8"))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # json.loads keeps the last value silently; in an export that would drop a
            # record's field, so it is treated as damage.
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _ConstantError(name)


class _DuplicateKeyError(ValueError):
    pass


class _ConstantError(ValueError):
    pass


def loads(text: str, *, source: str = "the export") -> dict[str, Any]:
    """Parse and check an export's text; see :func:`read_json`."""
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}). "
            "It may be truncated or edited by hand; use another copy of the export.",
            source=source,
            line=exc.lineno,
        ) from None
    except _DuplicateKeyError as exc:
        raise FormatError(
            f"{source} is damaged: the key {exc.args[0]!r} appears twice in one object.",
            source=source,
        ) from None
    except _ConstantError as exc:
        raise FormatError(
            f"{source} contains {exc.args[0]}, which is not a number JSON allows.",
            source=source,
        ) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise FormatError(
            f"{source} is JSON but not a casedesk export (it has no "
            f'"format": "{EXPORT_FORMAT}" at the top). Choose a file made by '
            "casedesk's Export.",
            source=source,
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(f"{source} has no valid export version number.", source=source)
    if version > EXPORT_VERSION:
        raise FormatError(
            f"{source} was made by a newer casedesk (export version {version}; this one "
            f"reads version {EXPORT_VERSION}). Update casedesk, then open it again.",
            source=source,
        )
    return document


def read_json(
    path_or_bytes: PathOrBytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> dict[str, Any]:
    """Read a casedesk export, envelope included, refusing anything else (FormatError).

    Accepts a UTF-8 byte-order mark (some editors add one on save).
    """
    source = _source_name(path_or_bytes, name)
    data = read_limited(path_or_bytes, source=source, max_bytes=max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{source} is not UTF-8 text (byte {exc.start + 1:,}); it is not a casedesk export.",
            source=source,
        ) from None
    return loads(text, source=source)
