"""The preview of a long brief draws only the pages in view, and a render can be cancelled."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casedesk.briefs import render_matter_roster
from casedesk.services.registry import Services
from casedesk.ui.briefs.dialog import BriefDialog
from casedesk.ui.briefs.pdf_pages import PdfPages
from casedesk.ui.briefs.preview import CACHE_PAGES, PdfPreview
from tests.gui.agenda.conftest import Case
from tests.unit.briefs import samples

pytestmark = pytest.mark.gui

TIMEOUT = 15000


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("brief") / "roster.pdf"
    render_matter_roster(samples.roster(2000), samples.options(), out)
    return out


@pytest.fixture
def pages(long_pdf: Path) -> Iterator[PdfPages]:
    loaded = PdfPages()
    loaded.load(long_pdf)
    try:
        yield loaded
    finally:
        loaded.close()


def test_a_long_brief_renders_only_the_pages_in_view(qtbot: QtBot, pages: PdfPages) -> None:
    assert pages.page_count() > 60
    view = PdfPreview()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    view.set_document(pages)
    qtbot.waitUntil(lambda: len(view.rendered) > 0, timeout=TIMEOUT)
    shown = set(view.visible_pages())
    assert 0 in shown
    assert set(view.rendered) == shown  # nothing off screen was drawn
    assert len(shown) <= 2

    # Jump to the end: the last page is drawn, nothing in between.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    last = pages.page_count() - 1
    qtbot.waitUntil(lambda: last in view.rendered, timeout=TIMEOUT)
    assert set(view.rendered) == shown | set(view.visible_pages())
    assert len(view._cache) <= CACHE_PAGES
    view.set_document(None)


def test_the_brief_dialog_can_cancel_a_render(qtbot: QtBot, services: Services, case: Case) -> None:
    dialog = BriefDialog(services, "matter", case.matter_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Cancel before the worker's first page: the render stops, no file is left.
    assert dialog.cancel_button.isVisible()
    dialog.cancel_render()
    qtbot.waitUntil(lambda: not dialog._running, timeout=TIMEOUT)
    assert not dialog.cancel_button.isVisible()
    if dialog.current_pdf is None:  # the tiny brief may have finished before the click
        assert "Cancelled" in dialog.status.text()
        assert list(dialog._tmp.iterdir()) == []
        assert not dialog.save_button.isEnabled()
    # Asking again renders it in full.
    dialog.start_render()
    qtbot.waitUntil(lambda: dialog.pdf.page_count() > 0, timeout=TIMEOUT)
    assert dialog.save_button.isEnabled()
    dialog.close()
