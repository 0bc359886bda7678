"""Korean names written in Hangul print with the bundled Hangul fallback (a NanumGothic
subset), not as the empty boxes Droid Sans Fallback, which has no Hangul, gave them."""

from importlib import resources

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from casedesk.briefs import fonts

FOLDER = resources.files("casedesk.resources") / "fonts"
FONT = FOLDER / "CasedeskHangul-Subset.ttf"

NAMES = (
    "김민준",  # fictional, the commonest surnames and given-name syllables
    "이서연",
    "박 지훈",  # a space inside the name stays in the run
    "똠방각하",  # 똠 is outside KS X 1001's 2,350 syllables
    "ㄱㄴㄷ",  # compatibility letters, as typed on a Korean keyboard mid-composition
)


def _face() -> TTFontFace:
    with FONT.open("rb") as handle:
        return TTFontFace(handle)


def _cmap() -> set[int]:
    return set(_face().charToGlyph)


def _ks_x_1001_syllables() -> set[int]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8), from the codec."""
    found: set[int] = set()
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            found.update(map(ord, bytes([lead, trail]).decode("euc_kr")))
    return found


def test_every_ks_x_1001_syllable_and_compatibility_letter_is_drawn() -> None:
    syllables = _ks_x_1001_syllables()
    assert len(syllables) == 2350
    cmap = _cmap()
    assert syllables <= cmap
    assert set(range(0x3131, 0x318F)) <= cmap, "Hangul compatibility letters"
    assert set(range(0xAC00, 0xD7A4)) <= cmap, "every modern syllable, not only KS X 1001"


@pytest.mark.parametrize("name", NAMES)
def test_a_korean_name_is_one_run_in_the_hangul_face(name: str) -> None:
    assert fonts.needs_fallback(name)
    assert fonts.with_fallbacks(name) == f'<font name="{fonts.HANGUL}">{name}</font>'


def test_hanja_keep_the_cjk_face_beside_hangul() -> None:
    markup = fonts.with_fallbacks("金玟俊 김민준")
    assert markup == (
        f'<font name="{fonts.CJK}">金玟俊</font> <font name="{fonts.HANGUL}">김민준</font>'
    )


def test_the_subset_is_small_renamed_and_its_licence_and_notice_are_beside_it() -> None:
    assert len(FONT.read_bytes()) < 1_500_000
    face = _face()
    # The OFL reserves "Nanum" for the original: a modified version must not carry it.
    assert face.name == b"CasedeskHangul-Regular"
    assert face.familyName == b"Casedesk Hangul"
    licence = (FOLDER / "LICENSE-CasedeskHangul.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "NAVER Corporation" in licence
    assert "Modified Version of NanumGothic" in (FOLDER / "NOTICE-CasedeskHangul.txt").read_text(
        "utf-8"
    )
