"""Briefs in Spanish (``--lang es``): headings, labels, statuses and dates from the one
brief catalogue, read back with poppler; English stays the default."""

import re
import subprocess
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.services.registry import Services
from tests.integration.test_no_leaks import build_case


@pytest.fixture
def case(services: Services) -> dict[str, int]:
    return build_case(services)


ENGLISH_WORDING = (
    "Legal status",
    "Whereabouts",
    "Upcoming deadlines",
    "Generated",
    "Page 1 of",
    "Asylum pending",
    "March 2025",
    "No contacts recorded",
)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


@pytest.mark.parametrize("document", ["client", "matter", "order", "deadlines"])
def test_every_brief_prints_in_spanish(
    services: Services,
    case: dict[str, int],
    tmp_path: Path,
    document: str,
) -> None:
    key = {"client": case["client"], "matter": case["matter"], "order": case["order"]}.get(document)
    out = tmp_path / f"{document}.pdf"
    services.briefs.render(document, key, "court", out, lang="es")
    text = _text(out)
    assert "Página 1 de" in text
    assert "Generado el" in text
    assert "Versión para el tribunal" in text
    for english in ENGLISH_WORDING:
        assert english not in text, english
    if document == "client":
        for spanish in ("Identidad", "Estatus legal", "Asilo pendiente", "Paradero", "Detenido"):
            assert spanish in text, spanish
        assert "15 de marzo de 2025" in text
        assert "Año de nacimiento" in text
    english = tmp_path / f"{document}-en.pdf"
    services.briefs.render(document, key, "court", english)
    assert "Page 1 of" in _text(english)


def test_cli_lang_es(services: Services, case: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    db = str(services.ctx.store.path)
    code = main(
        ["--db", db, "brief", "client", str(case["client"]), "--profile", "public",
         "--out", str(out), "--lang", "es"]
    )  # fmt: skip
    assert code == 0
    text = _text(out)
    assert "Resumen del cliente" in text
    assert "Las notas se omiten en la versión pública." in text
