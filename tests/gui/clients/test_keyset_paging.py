"""The client list pages by keyset on its own worker: scrolling to the end never waits
on the store on the GUI thread, not even when the application's shared thread pool is
busy, and sorting and search keep working over the paged list."""

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRunnable, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientPage, ClientQuery
from casedesk.ui.bus import Bus
from casedesk.ui.clients.model import COL_NATIONALITY, PAGE
from casedesk.ui.clients.page import ClientsPage

pytestmark = pytest.mark.gui
CLIENTS = 2500


class _Hold(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait()


@pytest.fixture
def busy_shared_pool() -> Iterator[None]:
    """Every thread of the application's shared pool held until the test ends (as a
    backup, an export and a brief might hold them on a loaded machine)."""
    release = threading.Event()
    pool = QThreadPool.globalInstance()
    holds = [_Hold(release) for _ in range(pool.maxThreadCount())]
    for hold in holds:
        pool.start(hold)
    try:
        yield
    finally:
        release.set()
        pool.waitForDone()


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[ClientsPage]:
    services.demo.generate(clients=CLIENTS, seed=8)
    shown = ClientsPage(services, Bus())
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    try:
        yield shown
    finally:
        shown.model.shutdown()  # no page read may outlive the store
        shown.close()


def _whole(services: Services, **query: object) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        got = services.clients.list(ClientQuery(limit=1000, after=after, **query))  # type: ignore[arg-type]
        ids += [r.id for r in got.rows]
        if len(got.rows) < 1000:
            return ids
        after = got.after


def _scroll_to_end(qtbot: QtBot, page: ClientsPage) -> None:
    bar = page.table.verticalScrollBar()

    def at_end() -> bool:
        bar.setValue(bar.maximum())  # the person keeps dragging to the bottom
        return page.model.complete and not page.model.loading

    qtbot.waitUntil(at_end)


def _shown_ids(page: ClientsPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_scrolling_to_the_end_reads_every_page_on_the_models_worker(
    qtbot: QtBot,
    services: Services,
    page: ClientsPage,
    busy_shared_pool: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readers: list[str] = []
    real = services.clients.list

    def spy(query: ClientQuery | None = None) -> ClientPage:
        readers.append(threading.current_thread().name)
        return real(query)

    monkeypatch.setattr(services.clients, "list", spy)
    assert page.model.rowCount() == PAGE
    _scroll_to_end(qtbot, page)
    monkeypatch.undo()

    assert len(readers) >= CLIENTS // PAGE - 1
    assert threading.main_thread().name not in readers  # no page read on the GUI thread
    assert _shown_ids(page) == _whole(services)  # every client once, in name order
    assert page.model.total == page.model.rowCount() == CLIENTS


def test_a_page_in_flight_never_blocks_the_window_and_a_new_sort_drops_it(
    qtbot: QtBot, services: Services, page: ClientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real = services.clients.list

    def slow(query: ClientQuery | None = None) -> ClientPage:
        if threading.current_thread() is not threading.main_thread():
            gate.wait()  # the store is slow to answer this page
        return real(query)

    monkeypatch.setattr(services.clients, "list", slow)
    try:
        model = page.model
        model.fetchMore(QModelIndex())
        # fetchMore returned at once: the page is on its way, the window free meanwhile.
        assert model.loading
        assert model.rowCount() == PAGE
        assert not model.canFetchMore(QModelIndex())  # one request at a time

        page.table.horizontalHeader().setSortIndicator(
            COL_NATIONALITY, Qt.SortOrder.DescendingOrder
        )
        sorted_first = _whole(services, sort="nationality", descending=True)[:PAGE]
        assert _shown_ids(page) == sorted_first
    finally:
        gate.set()
    # The late answer belonged to the old order: it is dropped, not appended.
    qtbot.waitUntil(lambda: model.pages_in_flight == 0)
    assert _shown_ids(page)[:PAGE] == sorted_first
    assert len(set(_shown_ids(page))) == model.rowCount()

    _scroll_to_end(qtbot, page)
    assert _shown_ids(page) == _whole(services, sort="nationality", descending=True)


def test_search_replaces_the_paged_list_and_clearing_it_pages_again(
    qtbot: QtBot, services: Services, page: ClientsPage
) -> None:
    name = services.clients.list(ClientQuery(limit=1)).rows[0].display_name
    surname = name.split(",")[0].split()[0]
    page.search(surname)
    assert page.model.searching
    assert 0 < page.model.rowCount() <= PAGE
    assert not page.model.canFetchMore(QModelIndex())
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert all(surname.lower() in r.display_name.lower() for r in shown)  # type: ignore[union-attr]

    page.search("")
    assert page.model.rowCount() == PAGE
    _scroll_to_end(qtbot, page)
    assert page.model.rowCount() == CLIENTS


def test_a_page_the_store_cannot_read_says_so_under_the_list(
    qtbot: QtBot, services: Services, page: ClientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.domain.errors import StoreError  # noqa: PLC0415

    def broken(query: ClientQuery | None = None) -> ClientPage:
        raise StoreError("the store file could not be read")

    monkeypatch.setattr(services.clients, "list", broken)
    with qtbot.waitSignal(page.model.page_failed):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == PAGE  # what was shown stays
    assert not page.model.canFetchMore(QModelIndex())  # and scrolling stops asking
    assert "Could not read more clients" in page.result.text()
