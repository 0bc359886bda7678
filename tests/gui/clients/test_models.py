"""Every model of the Clients page passes Qt's model tester, and the list model pages,
sorts and greys out archived clients as the service says."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery
from casedesk.ui.clients.detail_models import (
    ContactModel,
    CustodyModel,
    DeadlineModel,
    DocumentModel,
    MatterLinkModel,
    NoteModel,
    ObligationModel,
    StatusModel,
)
from casedesk.ui.clients.model import (
    ARCHIVED_COLOUR,
    COL_CONTACT,
    COL_MATTERS,
    COL_NAME,
    COL_NATIONALITY,
    PAGE,
    ClientTableModel,
)

pytestmark = pytest.mark.gui


def test_client_list_model_is_sound_and_lazy(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    services.demo.generate(clients=450, seed=2)
    model = ClientTableModel(services)
    model.set_query(ClientQuery())
    assert model.total == services.clients.list().total
    assert model.rowCount() == PAGE  # a page, not everything
    with qtbot.waitSignal(model.page_loaded):  # read on the model's worker
        model.fetchMore(QModelIndex())
    assert model.rowCount() == min(model.total, 2 * PAGE)
    qtmodeltester.check(model)

    model.sort(COL_NATIONALITY, Qt.SortOrder.DescendingOrder)
    expected = services.clients.list(ClientQuery(sort="nationality", descending=True, limit=PAGE))
    # (the model tester, still attached, may have fetched further pages: compare the first)
    assert [model.row_at(r).id for r in range(PAGE)] == [  # type: ignore[union-attr]
        r.id for r in expected.rows
    ]
    before = model.query
    model.sort(COL_MATTERS, Qt.SortOrder.AscendingOrder)  # not sortable in SQL: no change
    assert model.query == before

    model.set_search("a")
    qtmodeltester.check(model)
    assert not model.canFetchMore(QModelIndex())


def test_archived_rows_are_greyed_and_stale_contact_is_red(services: Services) -> None:
    services.demo.generate(clients=40, seed=5)
    first = services.clients.list().rows[0]
    services.clients.set_archived(first.id, True)
    model = ClientTableModel(services)
    model.set_query(ClientQuery(include_archived=True))
    row = model.row_of(first.id)
    assert row is not None
    name = model.index(row, COL_NAME)
    assert "(archived)" in model.data(name)
    assert model.data(name, Qt.ItemDataRole.ForegroundRole).color() == ARCHIVED_COLOUR
    never = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).days_since_contact is None  # type: ignore[union-attr]
        and not model.row_at(r).archived  # type: ignore[union-attr]
    )
    assert model.data(model.index(never, COL_CONTACT)) == "Never"
    assert model.data(model.index(never, COL_CONTACT), Qt.ItemDataRole.FontRole).bold()


def test_detail_models_are_sound(services: Services, qtmodeltester: ModelTester) -> None:
    services.demo.generate(clients=60, seed=1)
    rich = max(
        (services.clients.get(r.id) for r in services.clients.list().rows),
        key=lambda d: len(d.custody) + len(d.statuses) + len(d.obligations),
    )
    services.clients.add_note(rich.id, "Called the consulate.")
    services.clients.add_contact(rich.id, "Marta Ruiz", relationship="sister")
    services.deadlines.add("File the reply", "2025-04-20", client_id=rich.id)
    services.documents.attach_bytes(rich.id, "scan.pdf", b"%PDF-1.4 test")
    detail = services.clients.get(rich.id)
    documents = DocumentModel()
    documents.set_rows(services.documents.list(rich.id))
    for model, rows in (
        (StatusModel(), detail.statuses),
        (CustodyModel(), detail.custody),
        (MatterLinkModel(), detail.matter_links),
        (ObligationModel(), detail.obligations),
        (DeadlineModel(), detail.deadlines),
        (NoteModel(), detail.notes),
        (ContactModel(), detail.contacts),
    ):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0, type(model).__name__
        qtmodeltester.check(model)
    qtmodeltester.check(documents)
    deadlines = DeadlineModel()
    deadlines.set_rows(detail.deadlines)
    assert deadlines.data(deadlines.index(0, DeadlineModel.COL_STATE)) == "Overdue"


def test_undated_whereabouts_read_date_unknown_and_stay_off_the_timeline(
    services: Services, tmp_path
) -> None:
    from datetime import date  # noqa: PLC0415

    from casedesk.ui.clients.timeline import layout_marks  # noqa: PLC0415

    sheet = tmp_path / "paradero.csv"
    sheet.write_text(
        "Nombre;Apellidos;Paradero;Fecha del paradero\n"
        "Luis;Mata;Detenido;\nAna;Ruiz;Detenida;2025-03-15\n",
        encoding="utf-8",
    )
    assert services.imports.run(sheet).came_in == 2
    rows = {r.display_name: r.id for r in services.clients.list().rows}
    undated = services.clients.get(rows["Mata, Luis"]).custody
    model = CustodyModel()
    model.set_rows(undated)
    assert model.data(model.index(0, CustodyModel.COL_DATE)) == "date unknown"
    assert layout_marks(undated, date(2025, 5, 1)) == ([], [])
    dated = services.clients.get(rows["Ruiz, Ana"]).custody
    marks, _lanes = layout_marks(dated, date(2025, 5, 1))
    assert [m.start for m in marks] == [date(2025, 3, 15)]
