"""The duplicates review: a planted pair is merged (the other spelling becomes an alias),
another is recorded as two different people, and each decision goes out on the bus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.duplicate_review import Decision, ScoreBand
from casedesk.services.duplicates import Candidate
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.bus import Bus
from casedesk.ui.imports.duplicates import DuplicatesDialog
from casedesk.ui.imports.duplicates_model import COL_DECISION, DIFFERENT_ROLE, PAIR_PAGE
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


def _many(count: int, a: int, b: int) -> list[Candidate]:
    """``count`` fictional pairs, most likely first, every tenth already decided; each
    names the stored clients ``a`` and ``b`` (the screen shows the selected pair's
    records side by side, so they must exist)."""
    surnames = ("Alvarado", "Benítez", "Cárdenas", "Duarte", "Espinoza")
    return [
        Candidate(
            a,
            b,
            f"{surnames[n % 5]} Ruiz, Ana {n}",
            f"{surnames[n % 5]}, Ana {n}",
            100 - (n * 50 / count),
            "second surname missing",
            n % 10 == 0,
        )
        for n in range(count)
    ]


def test_fifty_thousand_pairs_open_a_page_at_a_time_and_filter_at_once(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    many = _many(
        50_000,
        add(services, given="Ana", surname="Alvarado", second_surname="Ruiz"),
        add(services, given="Ana", surname="Alvarado"),
    )
    asked: list[dict[str, object]] = []

    def found(**options: object) -> list[Candidate]:
        asked.append(options)
        return many

    monkeypatch.setattr(services.duplicates, "candidates", found)
    dialog = open_dialog(qtbot, services, Bus())
    assert asked == [{"limit": 50_000, "include_decided": True}]
    assert dialog.pairs.total == 45_000  # undecided ones
    assert dialog.pairs.rowCount() == PAIR_PAGE  # the view holds a page, not all
    assert "45,000 pairs" in dialog.status.text()
    bar = dialog.pair_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.pairs.rowCount() == 2 * PAIR_PAGE)

    dialog.name_filter.setText("cardenas ana 1")  # accents and case ignored
    shown = pair_rows(dialog)
    assert shown
    assert all(
        "Cárdenas" in dialog.pairs.pair(r).keep_name  # type: ignore[union-attr]
        for r in range(len(shown))
    )
    assert "match these filters" in dialog.status.text()

    dialog.name_filter.clear()
    dialog.band_filter.setCurrentIndex(dialog.band_filter.findData(ScoreBand.VERY_LIKELY))
    assert dialog.pairs.total == sum(1 for c in many if c.score >= 95 and not c.decided)
    dialog.decision_filter.setCurrentIndex(dialog.decision_filter.findData(Decision.DIFFERENT))
    assert {dialog.pairs.pair(r).decided for r in range(dialog.pairs.rowCount())} == {True}  # type: ignore[union-attr]
    assert not dialog.distinct.isEnabled()  # already decided

    dialog.name_filter.setText("nobody of that name")
    assert dialog.pairs.rowCount() == 0
    assert "No pair matches" in dialog.status.text()
    assert not dialog.merge_left.isEnabled()
    assert answers.shown == []  # no error was shown along the way


def test_a_pair_recorded_as_different_people_is_listed_under_that_decision(
    qtbot: QtBot, services: Services, planted: dict[str, int], answers: Answers
) -> None:
    bus = Bus()
    dialog = open_dialog(qtbot, services, bus)
    maria = {planted["maria"], planted["maria2"]}
    select(dialog, maria)
    with qtbot.waitSignal(bus.operation_did_execute):
        dialog.distinct.click()
    assert maria not in pair_rows(dialog)

    dialog.decision_filter.setCurrentIndex(dialog.decision_filter.findData(Decision.DIFFERENT))
    assert pair_rows(dialog) == [maria]
    assert dialog.pairs.data(dialog.pairs.index(0, COL_DECISION)) == "Different people"

    # Opened again later, the decision is still there (it is stored, not remembered).
    again = open_dialog(qtbot, services, bus)
    assert maria not in pair_rows(again)
    again.decision_filter.setCurrentIndex(again.decision_filter.findData(Decision.ANY))
    assert maria in pair_rows(again)
