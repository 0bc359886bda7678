"""The bundled CJK fallback is a subset (1.6 MB, not 4 MB) that still draws the names
clinics meet in Chinese (simplified and traditional) and Japanese, and Korean hanja."""

from importlib import resources

import pytest

from casedesk.briefs import fonts

NAMES = (
    "王小明",  # the names the brief tests print
    "漢",
    "张伟",  # simplified Chinese
    "陳美玲",  # traditional Chinese
    "黃志強",
    "佐藤さくら",  # Japanese: kanji and hiragana
    "タナカ・ケンジ",  # katakana and the middle dot
    "金玟俊",  # Korean hanja (Droid Sans Fallback has no Hangul syllables at all)
)


@pytest.mark.parametrize("name", NAMES)
def test_the_subset_draws_common_names(name: str) -> None:
    assert fonts.needs_fallback(name)
    markup = fonts.with_fallbacks(name)
    assert markup == f'<font name="{fonts.CJK}">{name}</font>', "one run in the CJK face"


def test_the_subset_is_small_and_its_licence_and_notice_are_beside_it() -> None:
    folder = resources.files("casedesk.resources") / "fonts"
    font = folder / "DroidSansFallback-Subset.ttf"
    assert len(font.read_bytes()) < 2_000_000
    assert not (folder / "DroidSansFallbackFull.ttf").is_file()
    assert "Apache License" in (folder / "LICENSE-DroidSansFallback.txt").read_text("utf-8")
    assert "modified version" in (folder / "NOTICE-DroidSansFallback.txt").read_text("utf-8")


def test_a_space_between_chinese_names_is_left_to_the_regular_face() -> None:
    """The subset has no space glyph: kept in the CJK run it printed as an empty box."""
    assert fonts.with_fallbacks("小明 王") == (
        f'<font name="{fonts.CJK}">小明</font> <font name="{fonts.CJK}">王</font>'
    )
