"""The applications-menu offer as a person meets it after a double-click on the unpacked
folder: Yes writes the entry, "Don't ask again" is remembered, "Not now" asks next time;
Help offers Add/Remove. Forced on here (it is for the frozen Linux build only)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk import desktop_integration
from casedesk.ui import desktop_prompt
from casedesk.ui.desktop_prompt import NEVER_ASK_KEY, Answer
from casedesk.ui.main_window import MainWindow
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui

Button = QMessageBox.StandardButton


class Box:
    """Stands in for QMessageBox.exec on the three-button question."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.seen: list[tuple[str, list[str]]] = []

    def exec(self, box: QMessageBox) -> int:
        labels = [b.text() for b in box.buttons()]
        self.seen.append((box.text(), labels))
        assert self.queue, f"unexpected question: {box.text()}"
        return self.queue.pop(0).value


@pytest.fixture
def box(monkeypatch: pytest.MonkeyPatch) -> Box:
    found = Box()

    def exec_(box: QMessageBox) -> int:
        return found.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return found


@pytest.fixture(autouse=True)
def _forget_answer() -> Iterator[None]:
    QSettings().remove(NEVER_ASK_KEY)
    yield
    QSettings().remove(NEVER_ASK_KEY)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "data-home"


@pytest.fixture
def exe(tmp_path: Path) -> Path:
    path = tmp_path / "Downloads" / "casedesk" / "casedesk"
    path.parent.mkdir(parents=True)
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _offer(qtbot: QtBot, exe: Path, home: Path) -> Answer | None:
    parent = QWidget()
    qtbot.addWidget(parent)
    return desktop_prompt.offer(parent, force=True, executable=exe, home=home)


def test_yes_adds_casedesk_to_the_menu(
    qtbot: QtBot, box: Box, answers: Answers, exe: Path, home: Path
) -> None:
    box.queue.append(Button.Yes)
    assert _offer(qtbot, exe, home) is Answer.ADD
    text, labels = box.seen[0]
    assert text == "Add casedesk to your applications menu?"
    assert "Not now" in labels
    assert "Don't ask again" in labels
    entry = home / "applications" / "casedesk.desktop"
    assert f"Exec={exe}" in entry.read_text(encoding="utf-8").splitlines()
    assert (home / "icons" / "hicolor" / "48x48" / "apps" / "casedesk.png").is_file()
    assert any("now in your applications menu" in s for s in answers.shown)
    # In the menu now: no question next time.
    assert _offer(qtbot, exe, home) is None
    assert len(box.seen) == 1


def test_dont_ask_again_is_remembered(qtbot: QtBot, box: Box, exe: Path, home: Path) -> None:
    box.queue.append(Button.NoToAll)
    assert _offer(qtbot, exe, home) is Answer.NEVER
    assert QSettings().value(NEVER_ASK_KEY, False, type=bool)
    assert _offer(qtbot, exe, home) is None  # box.queue is empty: asking would fail
    assert not (home / "applications").exists()


def test_not_now_asks_again_next_time(qtbot: QtBot, box: Box, exe: Path, home: Path) -> None:
    box.queue += [Button.No, Button.No]
    assert _offer(qtbot, exe, home) is Answer.LATER
    assert _offer(qtbot, exe, home) is Answer.LATER
    assert not (home / "applications").exists()
    assert not QSettings().value(NEVER_ASK_KEY, False, type=bool)


def test_never_asked_outside_the_frozen_linux_build(
    qtbot: QtBot, box: Box, exe: Path, home: Path
) -> None:
    assert not desktop_integration.available()  # tests run from source
    parent = QWidget()
    qtbot.addWidget(parent)
    assert desktop_prompt.offer(parent, executable=exe, home=home) is None
    assert box.seen == []


def _help_action(window: MainWindow, name: str) -> QAction | None:
    return window.findChild(QAction, name)


def test_help_menu_adds_and_removes(
    qtbot: QtBot,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
    exe: Path,
    home: Path,
) -> None:
    plain = MainWindow()
    qtbot.addWidget(plain)
    assert _help_action(plain, "desktop_add") is None  # not offered from source

    monkeypatch.setattr(desktop_integration, "available", lambda: True)
    monkeypatch.setattr(desktop_integration, "running_executable", lambda: exe)
    monkeypatch.setattr(desktop_integration, "data_home", lambda env=None: home)
    window = MainWindow()
    qtbot.addWidget(window)
    add = _help_action(window, "desktop_add")
    remove = _help_action(window, "desktop_remove")
    assert add is not None
    assert remove is not None
    assert add.isEnabled()
    assert not remove.isEnabled()

    add.trigger()
    assert (home / "applications" / "casedesk.desktop").is_file()
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if add in m.actions())
    help_menu.aboutToShow.emit()
    assert not add.isEnabled()
    assert remove.isEnabled()

    remove.trigger()
    assert not (home / "applications" / "casedesk.desktop").exists()
    assert any("no longer in your applications menu" in s for s in answers.shown)
    help_menu.aboutToShow.emit()
    assert add.isEnabled()
    assert not remove.isEnabled()
