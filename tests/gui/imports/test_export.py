"""The export dialog: a CSV of the client table with the count and path reported, the
format choice steering the profile and the file ending, and refusals shown on the field."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.imports.export import ExportDialog
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> ExportDialog:
    services.demo.generate(clients=25, seed=4)
    widget = ExportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_exports_a_csv(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch, answers: Answers
) -> None:
    target = tmp_path / "clientes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.profile.setCurrentIndex(dialog.profile.findData("court"))
    assert "masked" in dialog.profile_note.text()
    dialog.browse.click()
    assert dialog.path_edit.text().endswith("clientes.csv")  # ending added
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    out = tmp_path / "clientes.csv"
    text = out.read_text(encoding="utf-8-sig")
    # The header, 25 clients, and the audit chain head the export was made at.
    assert text.count("\n") == 27
    assert text.splitlines()[-1].startswith("# casedesk audit chain head: ")
    assert "25 clients" in answers.shown[-1]
    assert str(out) in answers.shown[-1]


def test_format_choice_steers_profile_and_ending(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "copia.csv"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path_edit.text().endswith("copia.json")
    assert not dialog.profile.isEnabled()
    assert dialog.profile.currentData() == "full"
    assert not dialog.archived.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    assert dialog.profile.isEnabled()
    assert dialog.profile.currentData() == "court"
    assert dialog.path_edit.text().endswith("copia.ics")


def test_whole_store_and_calendar(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, answers: Answers
) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.path_edit.setText(str(tmp_path / "copia.json"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.outcome[1] == 25
    assert (tmp_path / "copia.json").stat().st_size > 0


def test_missing_folder_is_shown_on_the_field(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, answers: Answers
) -> None:
    dialog.export_button.click()
    assert "Choose where" in dialog.error.text()
    assert dialog.error.isVisible()
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "x.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert "does not exist" in dialog.error.text()
    assert dialog.isVisible()
