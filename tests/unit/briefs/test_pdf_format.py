"""File-level qualities: embedded fonts, paper size, metadata, letterhead, outputs."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from casedesk.briefs import (
    Profile,
    render_client_brief,
    render_deadline_docket,
    render_matter_roster,
    render_order_compliance,
)
from casedesk.briefs import fonts as brief_fonts
from casedesk.domain.errors import ValidationError
from tests.unit.briefs import samples
from tests.unit.briefs.pdfcheck import BASE_14, font_is_embedded, fonts, render

DOCUMENTS = [
    pytest.param(render_client_brief, samples.client_brief, id="client"),
    pytest.param(render_matter_roster, lambda: samples.roster(60), id="roster"),
    pytest.param(render_order_compliance, samples.compliance, id="compliance"),
    pytest.param(render_deadline_docket, samples.docket, id="docket"),
]


@pytest.mark.parametrize(("fn", "make"), DOCUMENTS)
@pytest.mark.parametrize("profile", list(Profile))
def test_every_font_is_an_embedded_truetype_subset(fn, make, profile):
    doc = render(fn, make(), samples.options(profile))
    found = list(fonts(doc.reader))
    assert found
    for font in found:
        name = str(font["/BaseFont"]).lstrip("/")
        assert name.split("+")[-1] not in BASE_14, name
        assert "+" in name, f"{name} is not a subset"
        assert font_is_embedded(font), name


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_only_embedded_fonts(tmp_path):
    path = tmp_path / "brief.pdf"
    render_client_brief(samples.client_brief(), samples.options(), path)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert "LiberationSans" in line
        assert " yes yes yes " in line  # embedded, subset, has a ToUnicode map


@pytest.mark.parametrize(
    ("size", "expected"), [("letter", (612.0, 792.0)), ("a4", (595.28, 841.89))]
)
@pytest.mark.parametrize(("fn", "make"), DOCUMENTS)
def test_paper_size(fn, make, size, expected):
    doc = render(fn, make(), samples.options(page_size=size))
    for page in doc.reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == expected


def test_metadata_and_language():
    doc = render(render_client_brief, samples.client_brief(), samples.options())
    info = doc.reader.metadata
    assert info is not None
    assert info.title == "Client brief: Andry José Hernández Romero"
    assert info.author == "Test Paralegal"
    assert info.subject == "Client brief (full profile)"
    catalog: Any = doc.reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-US"


def test_author_defaults_to_the_organisation():
    options = replace(samples.options(), author="")
    doc = render(render_deadline_docket, samples.docket(), options)
    assert doc.reader.metadata is not None
    assert doc.reader.metadata.author == "Clínica de Derechos Humanos (fictional)"


def test_letterhead_with_logo(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 100), (20, 60, 120, 255)).save(logo)
    options = replace(samples.options(), logo_path=logo)
    doc = render(render_client_brief, samples.client_brief(), options)
    assert "Clínica de Derechos Humanos (fictional)" in doc.page_texts[0]
    assert "Washington, DC 20001" in doc.page_texts[0]
    images = [img for page in doc.reader.pages for img in page.images]
    assert len(images) == 1


def test_unreadable_logo_is_a_clear_validation_error(tmp_path):
    options = replace(samples.options(), logo_path=tmp_path / "missing.png")
    with pytest.raises(ValidationError, match="logo"):
        render(render_client_brief, samples.client_brief(), options)


def test_writes_to_a_path_and_returns_the_page_count(tmp_path):
    path = tmp_path / "roster.pdf"
    pages = render_matter_roster(samples.roster(200), samples.options(), path)
    assert pages == len(PdfReader(path).pages) > 1


def test_font_registration_is_idempotent(tmp_path):
    """Registering again (every brief does) adds nothing and the next brief still embeds
    only the registered TrueType fonts."""
    brief_fonts.register_fonts()
    before = sorted(pdfmetrics.getRegisteredFontNames())
    brief_fonts.register_fonts()
    assert sorted(pdfmetrics.getRegisteredFontNames()) == before
    doc = render(render_deadline_docket, samples.docket(), samples.options())
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in doc.reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all(name.startswith("Liberation") for name in fonts), fonts
