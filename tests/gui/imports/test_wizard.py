"""The import wizard driven step by step as a paralegal would: a Spanish-headed list with
one bad A-Number, a corrected mapping, a cancelled import, and a JSON restore."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from casedesk.domain.changes import Changes
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery
from casedesk.ui.bus import Bus
from casedesk.ui.imports.models import FIELD_ROLE, PROBLEM_ROLE, field_label
from casedesk.ui.imports.wizard import (
    PAGE_FILE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RUN,
    PAGE_SUMMARY,
    ImportWizard,
)
from tests.gui.conftest import Answers
from tests.gui.imports.conftest import write_spanish_csv

pytestmark = pytest.mark.gui


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def wizard(qtbot: QtBot, services: Services, bus: Bus) -> ImportWizard:
    widget = ImportWizard(services, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_file(qtbot: QtBot, wizard: ImportWizard, path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.file_page.job is None and wizard.file_page.isComplete(), timeout=10_000
    )


def names(services: Services) -> list[str]:
    return [r.display_name for r in services.clients.list(ClientQuery(limit=100)).rows]


def test_spanish_list_imports_good_rows_and_refuses_the_bad_one(
    qtbot: QtBot, wizard: ImportWizard, services: Services, bus: Bus, spanish_csv: Path, monkeypatch
) -> None:
    assert wizard.currentId() == PAGE_FILE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose_file(qtbot, wizard, spanish_csv, monkeypatch)
    info = wizard.file_page.info.text()
    assert "utf-8" in info
    assert "semicolon" in info
    assert "4 rows" in info

    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    shown = {h: page.combos[h].currentText() for h in page.combos}
    assert shown["Apellidos"] == field_label("surname")
    assert shown["Nombres"] == field_label("given")
    assert shown["Número A"] == field_label("a_number")
    assert shown["Fecha de nacimiento"] == field_label("dob")
    assert shown["Fecha del estatus"] == field_label("status_date")
    assert page.model.index(0, 2).data(FIELD_ROLE) == "surname"

    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.preview_page.model
    assert preview.problem_rows == 1
    a_col = preview.headers.index("Número A")
    bad_row = [preview.text(r, 0) for r in range(preview.rowCount())].index("4")
    reason = preview.index(bad_row, a_col).data(PROBLEM_ROLE)
    assert "7 to 9 digits" in reason
    assert preview.index(bad_row, a_col).data(Qt.ItemDataRole.ToolTipRole) == reason
    assert preview.index(0, a_col).data(PROBLEM_ROLE) == ""
    assert "1 row has problems" in wizard.preview_page.summary.text()

    wizard.next()
    assert wizard.currentId() == PAGE_RUN
    with qtbot.waitSignal(bus.operation_did_execute, timeout=10_000) as announced:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=10_000)
    assert announced.args[0] == Changes(everything=True)
    summary = wizard.summary_page
    assert summary.count("imported") == "3"
    assert summary.count("refused") == "1"
    assert summary.model.rowCount() == 1
    assert summary.model.text(0, 0) == "4"
    assert summary.model.text(0, 1) == "Número A"
    stored = names(services)
    assert len(stored) == 3
    assert any("Pérez" in n for n in stored)
    assert not any("Torres" in n for n in stored)

    # The refused rows go to a file the person can fix and import again.
    out = spanish_csv.with_name("arreglar.csv")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    summary.save_button.click()
    text = out.read_text(encoding="utf-8-sig")
    assert "Torres Mejía" in text
    assert "7 to 9 digits" in text
    assert "Pérez" not in text


def test_changing_a_mapping_combo_updates_the_preview(
    qtbot: QtBot, wizard: ImportWizard, spanish_csv: Path, monkeypatch
) -> None:
    choose_file(qtbot, wizard, spanish_csv, monkeypatch)
    wizard.next()
    wizard.next()
    assert wizard.preview_page.model.problem_rows == 1
    wizard.back()
    wizard.mapping_page.choose("Número A", None)  # leave the A-Numbers out
    assert wizard.mapping_page.combos["Número A"].currentText() == field_label(None)
    wizard.next()
    assert wizard.preview_page.model.problem_rows == 0
    assert "None of them has a problem" in wizard.preview_page.summary.text()
    # Taking a field another column had moves it: no two columns feed one field.
    wizard.back()
    wizard.mapping_page.choose("Nombres", "surname")
    assert wizard.mapping_page.combos["Apellidos"].currentText() == field_label(None)


def test_mapping_without_any_name_column_cannot_go_on(
    qtbot: QtBot, wizard: ImportWizard, spanish_csv: Path, monkeypatch
) -> None:
    choose_file(qtbot, wizard, spanish_csv, monkeypatch)
    wizard.next()
    page = wizard.mapping_page
    for header in ("Apellidos", "Nombres", "Número A"):
        page.choose(header, None)
    assert not page.isComplete()
    assert not page.warning.isHidden()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.choose("Apellidos", "surname")
    assert page.isComplete()


def test_saved_mapping_round_trips(
    qtbot: QtBot, wizard: ImportWizard, spanish_csv: Path, monkeypatch
) -> None:
    choose_file(qtbot, wizard, spanish_csv, monkeypatch)
    wizard.next()
    page = wizard.mapping_page
    page.choose("Estatus", None)
    saved = spanish_csv.with_name("lista.mapping.json")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), ""))
    page.save_button.click()
    assert '"Estatus": null' in saved.read_text(encoding="utf-8")
    page.choose("Estatus", "status")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(saved), ""))
    page.load_button.click()
    assert page.combos["Estatus"].currentText() == field_label(None)
    assert page.model.text(4, 3) == "from the saved mapping"


def test_unreadable_file_is_refused_with_the_reason(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch
) -> None:
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(binary), ""))
    wizard.file_page.choose_button.click()
    qtbot.waitUntil(lambda: wizard.file_page.job is None, timeout=10_000)
    assert "cannot be imported" in wizard.file_page.error_text
    assert not wizard.file_page.isComplete()


def test_cancelling_mid_import_leaves_the_store_unchanged(
    qtbot: QtBot,
    wizard: ImportWizard,
    services: Services,
    tmp_path: Path,
    monkeypatch,
    answers: Answers,
) -> None:
    big = write_spanish_csv(tmp_path / "grande.csv", extra=3_000)
    choose_file(qtbot, wizard, big, monkeypatch)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.next()  # starts the import
    job = wizard.run_page.job
    assert job is not None
    job.progress.cancelled.set()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: wizard.run_page.job is None, timeout=20_000)
    assert wizard.currentId() == PAGE_RUN
    assert "stopped" in wizard.run_page.status.text()
    assert services.clients.list(ClientQuery(limit=5)).total == 0


def test_dry_run_writes_nothing_and_says_so(
    qtbot: QtBot, wizard: ImportWizard, services: Services, bus: Bus, spanish_csv: Path, monkeypatch
) -> None:
    choose_file(qtbot, wizard, spanish_csv, monkeypatch)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.run_page.dry_run.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Check"
    rejects = spanish_csv.with_name("rechazos.csv")
    wizard.run_page.rejects_edit.setText(str(rejects))
    wizard.run_page.write_rejects.setChecked(True)
    announced: list[object] = []
    bus.operation_did_execute.connect(lambda *a: announced.append(a))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=10_000)
    assert "nothing was written" in wizard.summary_page.headline.text()
    assert wizard.summary_page.count("imported") == "3"
    assert rejects.exists()
    assert "rechazos.csv" in wizard.summary_page.rejects_note.text()
    assert announced == []
    assert services.clients.list(ClientQuery(limit=5)).total == 0


def test_json_export_goes_straight_to_import(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch
) -> None:
    from tests.conftest import make_services  # noqa: PLC0415

    source = make_services(tmp_path / "source.sqlite")
    try:
        source.demo.generate(clients=20, seed=2)
        dump = tmp_path / "copia.json"
        source.exports.store_json(dump)
    finally:
        source.close()
    wizard = ImportWizard(services, Bus())
    qtbot.addWidget(wizard)
    wizard.show()
    choose_file(qtbot, wizard, dump, monkeypatch)
    assert "whole-store export" in wizard.file_page.info.text()
    wizard.next()
    assert wizard.currentId() == PAGE_RUN
    assert wizard.run_page.write_rejects.isHidden()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=20_000)
    assert wizard.summary_page.count("imported") == "20"
    assert services.clients.list(ClientQuery(limit=5)).total == 20
