"""The brief dialog renders off the GUI thread, previews, re-renders, saves and prints."""

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.briefs.dialog import BriefDialog, open_brief_dialog
from casedesk.ui.briefs.printing import print_document
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.page import DeadlinesPage
from tests.gui.agenda.conftest import Case

pytestmark = pytest.mark.gui

TIMEOUT = 15000


def test_client_brief_preview_profile_and_save(
    qtbot: QtBot, services: Services, case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BriefDialog(services, "client", case.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf.page_count() > 0, timeout=TIMEOUT)
    assert dialog.pages >= 1
    assert "Full" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    assert not dialog.period_row.isVisible()  # only the docket has a period
    first = dialog.current_pdf
    assert first is not None
    assert first.is_file()

    # Choosing the public profile renders again, and says what it withholds.
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("public"))
    assert "initials" in dialog.explanation.text()
    qtbot.waitUntil(
        lambda: dialog.current_pdf not in (None, first) and "Public" in dialog.status.text(),
        timeout=TIMEOUT,
    )
    assert not first.exists()  # the superseded preview is not left behind

    target = tmp_path / "brief"  # no extension: .pdf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")
    )
    dialog.save()
    saved = tmp_path / "brief.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Saved to" in dialog.status.text()

    # Printing draws every page (to a PDF printer here, instead of the print dialog).
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(dialog.pdf, printer) == dialog.pages
    assert (tmp_path / "printed.pdf").stat().st_size > 1000

    folder = dialog._tmp
    dialog.close()
    assert not folder.exists()


def test_missing_record_is_explained_in_the_dialog(qtbot: QtBot, services: Services) -> None:
    dialog = BriefDialog(services, "order", 4242)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=TIMEOUT)
    assert "no order 4242" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()


def test_deadlines_page_prints_a_docket_for_its_period(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    page = DeadlinesPage(services, Bus())
    qtbot.addWidget(page)
    page.print_brief()
    dialog = page.findChild(BriefDialog)
    assert dialog is not None
    assert dialog.document == "deadlines"
    assert dialog.period()[0].isoformat() == "2025-05-01"
    assert dialog.period_row.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.pdf.page_count() > 0, timeout=TIMEOUT)
    dialog.close()


def test_open_brief_dialog_is_window_modal(qtbot: QtBot, services: Services, case: Case) -> None:
    page = DeadlinesPage(services, Bus())
    qtbot.addWidget(page)
    open_brief_dialog(page, services, "matter", case.matter_id)
    dialog = page.findChild(BriefDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert [dialog.document_combo.itemData(i) for i in range(dialog.document_combo.count())] == [
        "matter",
        "deadlines",
    ]
    qtbot.waitUntil(lambda: dialog.pdf.page_count() > 0, timeout=TIMEOUT)
    dialog.close()


def test_a_dialog_closed_before_it_was_shown_releases_its_preview(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    """QDialog skips done() for a hidden dialog: the PDF stayed open, its folder behind."""
    dialog = BriefDialog(services, "client", case.client_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf.page_count() > 0, timeout=TIMEOUT)
    preview = dialog.current_pdf
    assert preview is not None
    assert preview.is_file()
    dialog.close()
    assert dialog.pdf.page_count() == 0
    assert not preview.parent.exists()
