"""Make the bundled CJK fallback font: Droid Sans Fallback cut down to the characters of
the national standard character sets, which names are written in.

The full font (4 MB, about 27,000 glyphs) held every rare ideograph; names are written
with the characters of GB 2312 (simplified Chinese), Big5 level 1 (traditional Chinese,
the frequent characters), JIS X 0208 (Japanese kanji and kana) and KS X 1001 (Korean
hanja). Droid Sans Fallback has no Hangul syllables at all: Korean names written in
Hangul print with a NanumGothic subset instead (``packaging/subset_hangul_font.py``). Each
set is read from Python's own codec tables, not typed here. The result, the 11,100 of them the font draws in 1.6 MB, is committed as
``resources/fonts/DroidSansFallback-Subset.ttf``. A character outside these sets prints
as an empty box, as one the full font lacked did: widen ``SETS`` and run this again.

Run once when the font changes (needs fontTools, ``pip install fonttools``, and the full
font, e.g. Debian's ``fonts-droid-fallback``)::

    python packaging/subset_cjk_font.py [/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
TARGET = (
    Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DroidSansFallback-Subset.ttf"
)

# (codec, lead bytes, trail bytes) of each double-byte set's character rows.
_TRAIL = range(0xA1, 0xFF)
SETS = (
    ("gb2312", range(0xB0, 0xF8), _TRAIL),  # GB 2312 hanzi, levels 1 and 2
    ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *_TRAIL]),  # Big5 level 1
    ("euc_jp", range(0xA4, 0xA6), _TRAIL),  # JIS X 0208 hiragana and katakana
    ("euc_jp", range(0xB0, 0xF5), _TRAIL),  # JIS X 0208 kanji
    ("euc_kr", range(0xCA, 0xFE), _TRAIL),  # KS X 1001 hanja
)
# Punctuation and marks names may carry: CJK symbols, the middle dot of Japanese names.
EXTRA = (range(0x3000, 0x3040), range(0x30A0, 0x3100), range(0xFF01, 0xFF5F))


def characters() -> set[int]:
    found: set[int] = set()
    for codec, leads, trails in SETS:
        for lead in leads:
            for trail in trails:
                try:
                    found.update(map(ord, bytes([lead, trail]).decode(codec)))
                except UnicodeDecodeError:
                    continue
    for block in EXTRA:
        found.update(block)
    return found


def cut(source: Path, target: Path, unicodes: set[int], *, hinting: bool = True) -> Any:
    """Save ``source`` cut down to ``unicodes`` as ``target``; return the cut font so a
    caller can still edit it (and save again). Shared with subset_hangul_font.py."""
    from fontTools import subset  # noqa: PLC0415 - a build-time tool only
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    options = subset.Options()
    options.name_IDs = ["*"]  # keep the copyright and licence names
    options.notdef_outline = True
    options.hinting = hinting
    font = TTFont(source)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=sorted(unicodes))
    cutter.subset(font)
    font.save(target)
    return font


def report(font: Any, target: Path) -> None:
    print(f"{target.name}: {len(font.getBestCmap()):,} characters, {target.stat().st_size:,} bytes")


def main(source: Path = DEFAULT_SOURCE) -> int:
    report(cut(source, TARGET, characters()), TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE))
