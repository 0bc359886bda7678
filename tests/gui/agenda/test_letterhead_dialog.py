"""Letterhead and paper set in the GUI: checked before anything is stored, stored
together, and printed by the next brief; the brief dialog names where to change them."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.briefs.dialog import BriefDialog
from casedesk.ui.briefs.letterhead import LetterheadDialog
from tests.gui.agenda.conftest import Case

pytestmark = pytest.mark.gui


def _ok(dialog: LetterheadDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_letterhead_set_in_the_gui_reaches_the_brief(
    qtbot: QtBot, services: Services, case: Case, tmp_path: Path
) -> None:
    dialog = LetterheadDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation.setText("Clínica de Derechos Humanos (fictional)")
    dialog.address.setPlainText("Calle 1 #2\nCaracas")
    dialog.logo.setText(str(tmp_path / "missing.png"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("a4"))
    _ok(dialog)
    # A logo that is not there is refused on its field; nothing was stored.
    assert dialog.isVisible()
    assert "no file" in dialog.error_text("logo")
    assert services.settings.letterhead().page_size == "letter"
    dialog.logo.setText("")
    _ok(dialog)
    assert not dialog.isVisible()
    head = services.settings.letterhead()
    assert head.organisation == "Clínica de Derechos Humanos (fictional)"
    assert head.address_lines == ("Calle 1 #2", "Caracas")
    assert head.page_size == "a4"
    out = tmp_path / "c.pdf"
    services.briefs.render("client", case.client_id, "court", out)
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.author == "Clínica de Derechos Humanos (fictional)"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    brief = BriefDialog(services, "client", case.client_id)
    qtbot.addWidget(brief)
    assert "A4" in brief.paper_label.text()
    assert "Letterhead and paper" in brief.paper_label.text()


def test_brief_dialog_prints_in_spanish_when_chosen(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    dialog = BriefDialog(services, "client", case.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current_pdf is not None, timeout=15_000)
    first = dialog.current_pdf
    assert [dialog.lang_combo.itemText(i) for i in range(dialog.lang_combo.count())] == [
        "English",
        "Español",
    ]
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("es"))
    qtbot.waitUntil(lambda: dialog.current_pdf not in (None, first), timeout=15_000)
    path = dialog.current_pdf
    assert path is not None
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Estatus legal" in text
    assert "Página 1 de" in text
