"""Bytes to text for files of unknown origin: encoding detection and binary refusal.

Advocates receive lists from Windows tools (Windows-1252), Excel's "Unicode text" export
(UTF-16), macOS and Linux (UTF-8), with or without a byte-order mark, and never with a
declared encoding. Detection order: a byte-order mark; the NUL-byte pattern of UTF-16
without one; strict UTF-8 (which almost never decodes text in another encoding by
accident); else Windows-1252, a superset of Latin-1 for printable text.

Text that is really binary (a photo, a database, a Word file chosen by mistake) is refused
here, before any parsing, with a message saying what it looks like and where.
"""

from __future__ import annotations

import codecs
import re

from casedesk.formats.errors import FormatError
from casedesk.formats.files import describe_binary

_UTF16_SAMPLE = 4096
# In UTF-16 text that is mostly ASCII, every other byte is NUL. A third of NULs in one
# position with almost none in the other is far beyond what a text file with a stray NUL
# shows, and far below what mostly-ASCII UTF-16 shows (about one half).
_UTF16_NUL_SHARE = 0.3
_UTF16_OTHER_SHARE = 0.05

# Control characters (Unicode category Cc) other than tab, line feed, vertical tab, form
# feed and carriage return: C0, DEL and C1 mark binary data. A regular expression rather
# than a per-character loop keeps a 200 MB file to a second or two.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A handful of stray control characters (a Ctrl-Z at the end of a DOS file, a pasted
# form feed) are tolerated; more than this, and more than 1 in 100 characters, is binary.
_MAX_CONTROLS = 8
_CONTROL_SHARE = 0.01

_NEWLINE = re.compile(r"\r\n|\r|\n")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # Windows-1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined; decode them
    # as their Latin-1 control characters, as browsers do, so they count as controls below
    # instead of making the whole file unreadable.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("casedesk-latin1", _latin1_fallback)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based physical line and character column of ``text[index]`` (any newline style)."""
    line, start = 1, 0
    for match in _NEWLINE.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_share, odd_share = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_share > _UTF16_NUL_SHARE and even_share < _UTF16_OTHER_SHARE:
        return "utf-16-le"
    if even_share > _UTF16_NUL_SHARE and odd_share < _UTF16_OTHER_SHARE:
        return "utf-16-be"
    return None


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        decoded = data[: exc.start].decode(encoding, errors="replace")
        line, _ = line_and_column(decoded, len(decoded))
        raise FormatError(
            f"{source} looks like {encoding.upper().replace('-SIG', '')} text but is damaged "
            f"at line {line} (byte {exc.start + 1:,}). Save it again from the program that "
            "made it, choosing UTF-8 if you can.",
            source=source,
            line=line,
        ) from None


def _refuse_binary(text: str, encoding: str, source: str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        line, column = line_and_column(text, nul)
        raise FormatError(
            f"{source} contains a NUL byte at line {line}, character {column}; it looks like "
            "a binary file, not a CSV. Open it in the program that made it and export or "
            "save it as CSV.",
            source=source,
            line=line,
        )
    controls = [match.start() for match in _CONTROLS.finditer(text)]
    if len(controls) > _MAX_CONTROLS and len(controls) > _CONTROL_SHARE * len(text):
        line, column = line_and_column(text, controls[0])
        raise FormatError(
            f"{source} does not look like text: it has {len(controls):,} control characters, "
            f"the first at line {line}, character {column} (read as {encoding}). It is "
            "probably a binary file; export it as CSV from the program that made it.",
            source=source,
            line=line,
        )


def decode_text(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode a text file's bytes; return (text without BOM, encoding name used).

    Raises :class:`FormatError` for known binary formats, NUL bytes, text with many
    control characters, and damaged UTF-8 (with a BOM) or UTF-16.
    """
    kind = describe_binary(data)
    if kind is not None:
        raise FormatError(
            f"{source} is {kind}, not a CSV or text file. Choose the list itself, or open "
            "this file in its own program and export the list as CSV.",
            source=source,
        )
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        encoding = _utf16_without_bom(data)
    if encoding is not None:
        text = _decode_as(data, encoding, source)
        # UTF-16 decoders keep the BOM as U+FEFF; strip it so the first header is clean.
        text = text.removeprefix("\ufeff")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="casedesk-latin1"), "cp1252"
    # DOS editors ended files with Ctrl-Z; it is not data.
    text = text.removesuffix("\x1a")
    _refuse_binary(text, encoding, source)
    return text, encoding
