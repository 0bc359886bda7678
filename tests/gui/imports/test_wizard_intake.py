"""The wizard on the intake-sheet corpus: the date order proposed from the file's own
dates, a changed order changing what the preview reads, an "as of" date that is not a
date stopped at the mapping, the summary's exact counts, and a row matched by A-Number
previewed as an update (a new alias, the stored name kept) before anything is written."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from casedesk.domain.date_order import DateOrder
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.imports.wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_SUMMARY, ImportWizard
from tests.conftest import rows
from tests.gui.imports.test_wizard import choose_file

pytestmark = pytest.mark.gui

CORPUS = Path(__file__).parents[2] / "intake_corpus"


@pytest.fixture
def wizard(qtbot: QtBot, services: Services) -> ImportWizard:
    widget = ImportWizard(services, Bus())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _run(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()  # preview → run
    wizard.next()  # start
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=20_000)


def test_day_first_sheet_proposed_and_imported_with_exact_summary(
    qtbot: QtBot, wizard: ImportWizard, services: Services, monkeypatch
) -> None:
    choose_file(qtbot, wizard, CORPUS / "clinica_cp1252_semicolon.csv", monkeypatch)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    reading = wizard.mapping_page.reading
    assert reading.order.currentData() == DateOrder.DAY_FIRST.value
    assert "15/03/1990" in reading.reason.text()
    # The chosen order travels in the mapping (and so in a saved mapping); an
    # unambiguous 15/03/1990 stays day first whatever is chosen.
    reading.choose_order(DateOrder.MONTH_FIRST)
    assert wizard.state.mapping is not None
    assert '"date_order": "month-first"' in wizard.state.mapping.to_json()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    model = wizard.preview_page.model
    dob = model.headers.index("Fecha de nacimiento")
    assert model.problem(0, dob) == ""
    wizard.back()
    reading.choose_order(DateOrder.DAY_FIRST)
    reading.as_of.setText("not a date")
    reading.as_of.editingFinished.emit()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING  # refused here, with the reason
    assert "as of" in wizard.mapping_page.warning.text()
    reading.as_of.setText("")
    reading.as_of.editingFinished.emit()
    wizard.next()
    assert wizard.preview_page.model.problem(0, dob) == ""
    outcome = wizard.preview_page.model.text(0, len(model.headers) - 1)
    assert outcome == "new client"
    _run(qtbot, wizard)
    assert "5 of 7 rows imported; 2 refused" in wizard.summary_page.headline.text()
    assert wizard.summary_page.count("refused") == "2"


def test_a_number_match_previewed_as_update_and_kept_as_alias(
    qtbot: QtBot, wizard: ImportWizard, services: Services, monkeypatch
) -> None:
    services.imports.run(CORPUS / "clinica_cp1252_semicolon.csv")
    choose_file(qtbot, wizard, CORPUS / "actualizacion_cp1252.csv", monkeypatch)
    wizard.next()
    wizard.next()
    model = wizard.preview_page.model
    outcome = model.text(0, len(model.headers) - 1)
    [(cid,)] = rows(services, "SELECT id FROM client WHERE a_number = '123456781'")
    assert outcome.startswith(f"update of client {cid}")
    assert "new alias Hernandez Romero, Jose Luis" in outcome
    assert "match a stored client" in wizard.preview_page.summary.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _run(qtbot, wizard)
    detail = services.clients.get(int(str(cid)))
    assert detail.display_name == "Hernández Romero, José Luis"
    assert [a.display_name for a in detail.aliases] == ["Hernandez Romero, Jose Luis"]
