"""The one base table model: every table's guards (flat table, rows and sections in
range, stale indexes) hold for each model built on it, and a new list is one reset."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.ui.clients.detail_models import NoteModel
from casedesk.ui.clients.history import HistoryModel
from casedesk.ui.entries.trash import TrashModel
from casedesk.ui.table_model import ROW_ROLE, BaseTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Names(BaseTableModel):
    def __init__(self) -> None:
        super().__init__(("Id", "Name"))

    def cell(self, row: Row, column: int) -> str:
        return str(row.id) if column == 0 else row.name


def test_guards_and_roles(qtmodeltester: ModelTester) -> None:
    model = Names()
    model.set_rows([Row(7, "Ana"), Row(9, "Luis")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # flat: no children
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.data(model.index(1, 1)) == "Luis"
    assert model.data(model.index(1, 1), ROW_ROLE) == Row(9, "Luis")
    assert model.data(QModelIndex()) is None
    assert model.row_at(5) is None
    assert model.row_at(-1) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(9, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.find(9) == 1
    assert model.find(3) == -1


def test_new_rows_are_one_reset(qtbot: QtBot) -> None:
    model = Names()
    model.set_rows([Row(1, "Ana")])
    stale = model.index(0, 1)
    with qtbot.waitSignals(
        [model.modelAboutToBeReset, model.modelReset], order="strict", timeout=1000
    ):
        model.set_rows([])
    assert model.row_for(stale) is None  # an index from before the reset finds nothing


@pytest.mark.parametrize("make", [NoteModel, HistoryModel, TrashModel])
def test_feature_models_on_the_base_pass_the_model_tester(
    qtmodeltester: ModelTester, make: type[BaseTableModel]
) -> None:
    model = make()
    assert isinstance(model, BaseTableModel)
    qtmodeltester.check(model)
    assert model.columnCount() == len(model.headers)
