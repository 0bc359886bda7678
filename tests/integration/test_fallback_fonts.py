"""Names in scripts Liberation Sans lacks print with the bundled fallbacks, embedded,
and stay in the text poppler extracts (never empty boxes)."""

import re
import subprocess
from pathlib import Path

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate

ARABIC_GIVEN, ARABIC_SURNAME = "محمد", "عبد الله"
CJK_GIVEN, CJK_SURNAME = "小明", "王"


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_arabic_and_cjk_names_print_embedded_and_extractable(
    services: Services, tmp_path: Path
) -> None:
    arabic = services.clients.add(ClientCreate(given=ARABIC_GIVEN, surname=ARABIC_SURNAME)).new_id
    cjk = services.clients.add(ClientCreate(given=CJK_GIVEN, surname=CJK_SURNAME)).new_id
    mid = services.matters.add(
        MatterCreate(title="Habeas", kind="habeas", court="D. Md.", docket="8:25-cv-00951")
    ).new_id
    assert arabic is not None
    assert cjk is not None
    assert mid is not None
    services.matters.link(arabic, mid, "petitioner")
    services.matters.link(cjk, mid, "petitioner")
    for document, key in (("client", arabic), ("client", cjk), ("matter", mid)):
        out = tmp_path / f"{document}-{key}.pdf"
        services.briefs.render(document, key, "full", out)
        fonts = _run("pdffonts", str(out))
        text = re.sub(r"[\s\u200e\u200f\u202a-\u202e]+", "", _run("pdftotext", str(out), "-"))
        if key != cjk:
            assert "NotoSansArabic" in fonts
            # Shaped runs are written in visual (right-to-left) order: every letter is
            # there to search, none replaced by a box or a private-use code.
            for letter in ARABIC_GIVEN + ARABIC_SURNAME.replace(" ", ""):
                assert letter in text
        if key != arabic:
            assert "DroidSansFallback" in fonts
            assert CJK_SURNAME in text
            assert CJK_GIVEN in text
        for line in fonts.splitlines()[2:]:
            assert " yes " in line, f"every font embedded: {line}"
        assert not re.search("[\ue000-\uf8ff]", text), "no private-use characters"


def _head_of_page_two(pdf: Path) -> str:
    """The text of the top inch of page 2 (the running head), as poppler extracts it."""
    return _run("pdftotext", "-f", "2", "-l", "2", "-x", "0", "-y", "0", "-W", "700", "-H", "80",
                str(pdf), "-")  # fmt: skip


def _plain(text: str) -> str:
    """Text without the bidi embedding marks poppler puts around a right-to-left run."""
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", text)


def test_running_head_of_later_pages_draws_the_name_with_the_fallback(
    services: Services, tmp_path: Path
) -> None:
    arabic = services.clients.add(ClientCreate(given=ARABIC_GIVEN, surname=ARABIC_SURNAME)).new_id
    cjk = services.clients.add(ClientCreate(given=CJK_GIVEN, surname=CJK_SURNAME)).new_id
    assert arabic is not None
    assert cjk is not None
    for key in (arabic, cjk):
        for i in range(40):  # enough notes for a second page
            services.clients.add_note(key, f"Note {i}: called the family again " * 3)
    cjk_pdf, arabic_pdf = tmp_path / "cjk.pdf", tmp_path / "arabic.pdf"
    services.briefs.render("client", cjk, "full", cjk_pdf)
    services.briefs.render("client", arabic, "full", arabic_pdf)
    head = _head_of_page_two(cjk_pdf)
    assert "Client brief" in head
    assert CJK_GIVEN in head
    assert CJK_SURNAME in head
    # The Arabic name comes back in the order it was typed (joined and right to left
    # on the page), in the running head of page 2 as in the title of page 1.
    typed = f"{ARABIC_GIVEN} {ARABIC_SURNAME}"
    arabic_head = _plain(_head_of_page_two(arabic_pdf))
    assert "Client brief" in arabic_head
    assert typed in arabic_head
    assert typed in _plain(_run("pdftotext", "-f", "1", "-l", "1", str(arabic_pdf), "-"))


def test_arabic_names_extract_as_typed_and_draw_in_joining_forms(
    services: Services, tmp_path: Path
) -> None:
    names = ("عبد الرحمن", "البغدادي"), ("سلام", "مصطفى علي")
    for given, surname in names:
        key = services.clients.add(ClientCreate(given=given, surname=surname)).new_id
        assert key is not None
        out = tmp_path / f"{key}.pdf"
        services.briefs.render("client", key, "full", out)
        assert f"{given} {surname}" in _plain(_run("pdftotext", str(out), "-"))


def test_korean_names_in_hangul_print_embedded_and_extract_as_typed(
    services: Services, tmp_path: Path
) -> None:
    """Droid Sans Fallback has no Hangul: these names printed as empty boxes before the
    Hangul fallback (a NanumGothic subset, renamed Casedesk Hangul) was bundled."""
    names = (("민준", "김"), ("서연", "이"))
    keys = [services.clients.add(ClientCreate(given=g, surname=s)).new_id for g, s in names]
    for key in keys:
        assert key is not None
        for i in range(40):  # enough notes for a second page and its running head
            services.clients.add_note(key, f"Note {i}: called the family again " * 3)
    for key, (given, surname) in zip(keys, names, strict=True):
        out = tmp_path / f"{key}.pdf"
        services.briefs.render("client", key, "full", out)
        fonts = _run("pdffonts", str(out))
        hangul = [line for line in fonts.splitlines() if "CasedeskHangul-Regular" in line]
        assert hangul, fonts
        for line in fonts.splitlines()[2:]:
            assert " yes " in line, f"every font embedded: {line}"
        text = _run("pdftotext", str(out), "-")
        assert f"{given} {surname}" in text, "the name as typed, the space a space"
        assert given in _head_of_page_two(out)
        assert not re.search("[\ue000-\uf8ff]", text), "no private-use characters"
