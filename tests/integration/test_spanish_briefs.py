"""Briefs in Spanish (``--lang es``): headings, labels, statuses and dates from the one
brief catalogue, read back with poppler; English stays the default."""

import re
import subprocess
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.services.registry import Services
from tests.conftest import copy_store, make_services
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


def test_cli_lang_es(tmp_path: Path, empty_store_template: Path) -> None:
    db = copy_store(empty_store_template, tmp_path / "s.sqlite")
    services = make_services(db)
    try:
        ids = build_case(services)
    finally:
        services.close()
    out = tmp_path / "c.pdf"
    code = main(
        ["--db", str(db), "brief", "client", str(ids["client"]), "--profile", "public",
         "--out", str(out), "--lang", "es"]
    )  # fmt: skip
    assert code == 0
    text = _text(out)
    assert "Resumen del cliente" in text
    assert "Las notas se omiten en la versión pública." in text


def test_country_names_print_in_spanish(services: Services, tmp_path: Path) -> None:
    from casedesk.services.schemas import (  # noqa: PLC0415
        ClientCreate,
        CustodyCreate,
        MatterCreate,
        StatusCreate,
    )

    cid = services.clients.add(
        ClientCreate(given="Nadia", surname="Haddad", nationality="SY")
    ).new_id
    assert cid is not None
    services.clients.add_status(
        cid, StatusCreate(status="cat_protection", date="2021", country="MX")
    )
    services.clients.add_custody(
        cid, CustodyCreate(kind="removed", date="2025-03-16", country="US")
    )
    mid = services.matters.add(
        MatterCreate(title="Habeas", kind="habeas", court="D. Md.", docket="8:25-cv-00951")
    ).new_id
    services.matters.link(cid, mid, "petitioner")
    client, roster = tmp_path / "client.pdf", tmp_path / "roster.pdf"
    services.briefs.render("client", cid, "full", client, lang="es")
    services.briefs.render("matter", mid, "full", roster, lang="es")
    text = _text(client)
    # Names from the Unicode CLDR (through Babel), not the English ones.
    for spanish in ("Siria", "México", "Estados Unidos"):
        assert spanish in text, spanish
    for english in ("Syria", "Mexico", "United States"):
        assert english not in text, english
    listed = _text(roster)  # the whereabouts column joins kind and country
    assert "Estados Unidos" in listed
    assert "United States" not in listed
    english = tmp_path / "client-en.pdf"
    services.briefs.render("client", cid, "full", english)
    assert "Syria" in _text(english)
