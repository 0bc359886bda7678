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


def _words_right_to_left(pdf: Path, page: int) -> str:
    """The Arabic words on each line of ``page``, read right to left by position
    (pdftotext -bbox gives each word's letters in typed order and where it stands)."""
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>',
        _run("pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"),
    )
    lines: dict[str, list[tuple[float, str]]] = {}
    for x, y, word in found:
        if any("\u0600" <= ch <= "\u06ff" for ch in word):
            lines.setdefault(y, []).append((float(x), word))
    return " | ".join(
        " ".join(w for _, w in sorted(words, reverse=True)) for _, words in sorted(lines.items())
    )


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
    assert "Client brief" in _head_of_page_two(arabic_pdf)
    # Right to left, the words of the Arabic name come in the order they were typed, in
    # the running head (page 2) as in the title (page 1); each word's letters in order.
    typed = f"{ARABIC_GIVEN} {ARABIC_SURNAME}"
    assert _words_right_to_left(arabic_pdf, 2) == typed
    assert _words_right_to_left(arabic_pdf, 1).split(" | ")[0] == typed
