"""The duplicates review: a planted pair is merged (the other spelling becomes an alias),
another is recorded as two different people, and each decision goes out on the bus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.bus import Bus
from casedesk.ui.imports.duplicates import DuplicatesDialog
from casedesk.ui.imports.duplicates_model import DIFFERENT_ROLE
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui


def add(services: Services, **fields: object) -> int:
    new_id = services.clients.add(ClientCreate(**fields)).new_id  # type: ignore[arg-type]
    assert new_id is not None
    return new_id


@pytest.fixture
def planted(services: Services) -> dict[str, int]:
    return {
        "andry": add(
            services,
            given="Andry José",
            surname="Hernández",
            second_surname="Romero",
            dob="1993-05-12",
        ),
        "andry2": add(services, given="Andry", surname="Hernandez", a_number="A209-111-222"),
        "maria": add(services, given="María", surname="López", second_surname="Vega"),
        "maria2": add(services, given="Maria", surname="Lopez", second_surname="Vega"),
    }


def open_dialog(qtbot: QtBot, services: Services, bus: Bus) -> DuplicatesDialog:
    dialog = DuplicatesDialog(services, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    assert dialog.busy.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    return dialog


def pair_rows(dialog: DuplicatesDialog) -> list[set[int]]:
    rows = []
    for row in range(dialog.pairs.rowCount()):
        pair = dialog.pairs.pair(row)
        assert pair is not None
        rows.append({pair.keep_id, pair.other_id})
    return rows


def select(dialog: DuplicatesDialog, ids: set[int]) -> None:
    dialog.select_row(pair_rows(dialog).index(ids))


def test_merge_and_mark_distinct(
    qtbot: QtBot, services: Services, planted: dict[str, int], answers: Answers
) -> None:
    bus = Bus()
    dialog = open_dialog(qtbot, services, bus)
    assert not dialog.busy.isVisible()
    andry = {planted["andry"], planted["andry2"]}
    maria = {planted["maria"], planted["maria2"]}
    assert andry in pair_rows(dialog)
    assert maria in pair_rows(dialog)
    assert "may be the same person" in dialog.status.text()

    select(dialog, andry)
    pair = dialog.current()
    assert pair is not None
    # Side by side: the names differ (highlighted), both rows are there.
    captions = [dialog.comparison.text(r, 0) for r in range(dialog.comparison.rowCount())]
    name_row = captions.index("Name")
    assert dialog.comparison.index(name_row, 1).data(DIFFERENT_ROLE) is True
    number_row = captions.index("A-Number")
    assert dialog.comparison.text(number_row, 1) != dialog.comparison.text(number_row, 2)

    # Merge into the record with two surnames, whichever side it is on.
    into_left = pair.keep_id == planted["andry"]
    answers.queue.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(bus.operation_did_execute) as announced:
        qtbot.mouseClick(
            dialog.merge_left if into_left else dialog.merge_right, Qt.MouseButton.LeftButton
        )
    assert "alias" in answers.asked[-1]
    assert planted["andry2"] in announced.args[0].clients
    assert andry not in pair_rows(dialog)
    kept = services.clients.get(planted["andry"])
    assert kept.a_number_display
    assert "209" in kept.a_number_display
    assert any("Hernandez" in a.display_name for a in kept.aliases)

    select(dialog, maria)
    with qtbot.waitSignal(bus.operation_did_execute):
        qtbot.mouseClick(dialog.distinct, Qt.MouseButton.LeftButton)
    assert maria not in pair_rows(dialog)
    again = {frozenset((c.keep_id, c.other_id)) for c in services.duplicates.candidates()}
    assert frozenset(maria) not in again
    assert services.clients.get(planted["maria2"]).display_name  # both still there


def test_refusing_the_merge_changes_nothing(
    qtbot: QtBot, services: Services, planted: dict[str, int], answers: Answers
) -> None:
    dialog = open_dialog(qtbot, services, Bus())
    before = pair_rows(dialog)
    answers.queue.append(QMessageBox.StandardButton.No)
    dialog.merge_left.click()
    assert pair_rows(dialog) == before
    assert services.clients.get(planted["andry2"]).id == planted["andry2"]


def test_skip_moves_on_and_empty_store_says_so(
    qtbot: QtBot, services: Services, planted: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, services, Bus())
    first = dialog.pair_view.currentIndex().row()
    dialog.skip.click()
    assert dialog.pair_view.currentIndex().row() == first + 1
    assert len(pair_rows(dialog)) == 2  # skipping decides nothing


def test_no_candidates(qtbot: QtBot, services: Services) -> None:
    dialog = open_dialog(qtbot, services, Bus())
    assert dialog.pairs.rowCount() == 0
    assert "No possible duplicates" in dialog.status.text()
    assert not dialog.merge_left.isEnabled()
