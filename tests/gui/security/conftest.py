"""Fixtures for the encryption-at-rest GUI tests: stores (plain and encrypted) holding a
few fictional clients, a window on them, and a reader of every text a person could see."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.main_window import MainWindow
from casedesk.ui.security.controls import IDLE_KEY

PASSPHRASE = "lamp orbit velvet cactus"
#: Fictional people; their surnames must never be on screen while the window is locked.
PEOPLE = (("Marisol", "Quintero"), ("Efraín", "Zambrano"), ("Yuleisy", "Cordero"))
SURNAMES = tuple(surname for _given, surname in PEOPLE)


def add_people(services: Services) -> list[int]:
    ids = []
    for given, surname in PEOPLE:
        new_id = services.clients.add(ClientCreate(given=given, surname=surname)).new_id
        assert new_id is not None
        ids.append(new_id)
    return ids


@pytest.fixture(autouse=True)
def _no_stored_idle_choice() -> Iterator[None]:
    QSettings().remove(IDLE_KEY)
    yield
    QSettings().remove(IDLE_KEY)


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    """A closed encrypted store holding PEOPLE."""
    path = tmp_path / "office.sqlite"
    services = open_services(path, passphrase=PASSPHRASE)
    add_people(services)
    services.close()
    return path


@pytest.fixture
def encrypted(encrypted_path: Path) -> Iterator[Services]:
    services = open_services(encrypted_path, passphrase=PASSPHRASE)
    yield services
    services.close()


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "plain.sqlite")
    yield services
    services.close()


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[Services], MainWindow]:
    def make(services: Services) -> MainWindow:
        window = MainWindow(services)
        window.auto_backup = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _texts_of(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QComboBox):
        texts.append(widget.currentText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        for row in range(min(model.rowCount(root), 300)):
            for col in range(1 if isinstance(widget, QListView) else model.columnCount(root)):
                value = model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
    texts.append(widget.toolTip() if widget.underMouse() else "")
    return texts


def visible_texts() -> str:
    """Every text on screen: window titles, labels, fields, buttons, lists and tables."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        if isinstance(top, QMainWindow):
            texts.append(top.statusBar().currentMessage())  # painted, not a child label
        texts.extend(_texts_of(top))
        for child in top.findChildren(QWidget):
            if child.isVisible():
                texts.extend(_texts_of(child))
    return "\n".join(texts)
