"""Make the bundled Hangul fallback font: NanumGothic cut down to the modern Hangul
syllables and the Hangul compatibility letters, which Korean names are written in.

Droid Sans Fallback (the CJK fallback, ``subset_cjk_font.py``) has no Hangul syllables,
so Korean names written in Hangul printed as empty boxes. NanumGothic (NAVER, SIL Open
Font License 1.1, Debian's ``fonts-nanum``) draws all 11,172 of them. All are kept, not
only the 2,350 of KS X 1001: a name may use a syllable outside that set (the family
registry allows any), and the full range costs 1.3 MB once the TrueType hinting, which
PDF viewers do not use for printing and which was two thirds of the file, is dropped.

The OFL reserves the names "Nanum" and "NanumGothic" for the original: a modified
version (a subset is one) must be renamed, so the cut font is called
"Casedesk Hangul" in its name table and file name. Copyright and licence stay in the
font, in ``LICENSE-CasedeskHangul.txt`` and ``NOTICE-CasedeskHangul.txt``.

Run once when the font changes (needs fontTools, ``pip install fonttools``, and
``apt-get install fonts-nanum``)::

    python packaging/subset_hangul_font.py [/usr/share/fonts/truetype/nanum/NanumGothic.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from subset_cjk_font import cut, report

DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "CasedeskHangul-Subset.ttf"

SYLLABLES = range(0xAC00, 0xD7A4)  # every modern syllable, KS X 1001's 2,350 among them
COMPATIBILITY_JAMO = range(0x3131, 0x318F)  # letters written alone (KS X 1001 row 4)
# The space (a name's words stay one run), and punctuation a Korean name may carry.
EXTRA = (range(0x20, 0x21), range(0xA0, 0xA1), range(0x3000, 0x3004), range(0x3008, 0x3012))

FAMILY = "Casedesk Hangul"
POSTSCRIPT = "CasedeskHangul-Regular"
# Name table entries that carried a reserved name, and what the renamed font says there.
RENAMED = {
    1: FAMILY,
    3: f"{POSTSCRIPT};subset of NanumGothic 3.021",
    4: FAMILY,
    6: POSTSCRIPT,
    16: FAMILY,
    17: "Regular",
}
DESCRIPTION = (
    "Subset of NanumGothic 3.021 (Copyright (c) 2010, NAVER Corporation) made for casedesk "
    "with fontTools: Hangul syllables and compatibility letters only, hinting removed. "
    "Renamed as the SIL Open Font License 1.1 requires for a modified version."
)
LICENCE = "This Font Software is licensed under the SIL Open Font License, Version 1.1."


def characters() -> set[int]:
    found: set[int] = {*SYLLABLES, *COMPATIBILITY_JAMO}
    for block in EXTRA:
        found.update(block)
    return found


def rename(font: Any) -> None:
    """Drop every name that carried a reserved font name, then write the new ones."""
    table = font["name"]
    table.names = [
        record
        for record in table.names
        if record.nameID not in (*RENAMED, 7, 10, 13, 14)  # 7: the original's trademark
    ]
    for name_id, text in {
        **RENAMED,
        10: DESCRIPTION,
        13: LICENCE,
        14: "https://openfontlicense.org",
    }.items():
        table.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode, English
        table.setName(text, name_id, 1, 0, 0)  # Macintosh, Roman, English


def main(source: Path = DEFAULT_SOURCE) -> int:
    # Hinting off: it only steers screen rasterising at small sizes.
    font = cut(source, TARGET, characters(), hinting=False)
    rename(font)
    font.save(TARGET)
    report(font, TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE))
