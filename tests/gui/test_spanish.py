"""The application in Spanish: menus, navigation, labels and the client list translated,
and nothing clipped in the main window at its default size."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui import i18n
from casedesk.ui.clients.model import COL_STATUS
from casedesk.ui.main_window import MainWindow
from tests.conftest import make_services

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    services = make_services(tmp_path / "es.sqlite")
    services.demo.generate(clients=120, seed=5)
    yield services
    services.close()


def test_main_window_speaks_spanish(qtbot: QtBot, spanish: None, demo: Services) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    pages = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert pages[0] == "Clientes"
    assert "Órdenes y cumplimiento" in pages
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Archivo" in menus
    statuses = {
        window.clients.model.data(window.clients.model.index(r, COL_STATUS))
        for r in range(window.clients.model.rowCount())
    }
    assert "Asilo pendiente" in statuses or any("asilo" in s.lower() for s in statuses)
    # Longer Spanish labels still fit: every navigation entry is shown whole.
    metrics = window.nav.fontMetrics()
    width = window.nav.viewport().width()
    assert all(metrics.horizontalAdvance(text) < width for text in pages)
