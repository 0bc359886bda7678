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
