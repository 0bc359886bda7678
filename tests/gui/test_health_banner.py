"""A damaged store in the window: the quick check behind it finds the damage, the banner
says the store is read-only and names the newest good backup, and restoring it (after a
confirmation) puts the store right and hides the banner."""

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.ui import health_banner
from casedesk.ui.main_window import MainWindow
from tests.gui.conftest import WAIT_MS, WAIT_S, Answers
from tests.integration.test_damaged_store import damage, make_store

pytestmark = pytest.mark.gui


WindowOn = Callable[[Path], tuple[MainWindow, Services]]


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[WindowOn]:
    """Opens a window on a store; at teardown, even after a failure, waits for the
    banner's worker and closes the store, so nothing leaks into the next test."""
    opened: list[tuple[MainWindow, Services]] = []

    def make(path: Path) -> tuple[MainWindow, Services]:
        store = open_services(path).ctx.store  # as the GUI opens it: no check before
        ctx = ServiceContext(store, actor="tester", clock=lambda: datetime.now(UTC))
        services = Services.create(ctx)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, services))
        return window, services

    yield make
    for window, services in opened:
        for banner in window.findChildren(health_banner.HealthBanner):
            if banner.worker is not None:
                banner.worker.join(WAIT_S)
        services.close()


def test_a_damaged_store_gets_a_banner_and_the_good_backup_restores_it(
    qtbot: QtBot, tmp_path: Path, window_on: WindowOn, answers: Answers
) -> None:
    path = tmp_path / "store.sqlite"
    backup = make_store(path, None)
    damage(path, None)
    window, services = window_on(path)
    banner = health_banner.watch(window, services)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    text = banner.text.text()
    assert "damaged, so it was opened read-only" in text
    assert "(80 clients)" in text
    assert banner.restore_button.isVisible()
    assert banner.good is not None
    assert banner.good.path == backup
    assert services.maintenance.health().read_only

    answers.queue.append(QMessageBox.StandardButton.No)
    banner.restore_button.click()
    assert services.maintenance.health().read_only  # "No" changed nothing

    answers.queue.append(QMessageBox.StandardButton.Yes)
    banner.restore_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
    assert not services.maintenance.health().read_only
    assert services.maintenance.check().ok
    assert "damaged file is kept as damaged-" in window.statusBar().currentMessage()
    assert window.clients.model.total == 80


def test_a_healthy_store_shows_no_banner(qtbot: QtBot, tmp_path: Path, window_on: WindowOn) -> None:
    path = tmp_path / "store.sqlite"
    make_store(path, None)
    window, services = window_on(path)
    banner = health_banner.watch(window, services)
    # Waits on the check having reported (a signal connected after it started could miss it).
    qtbot.waitUntil(lambda: banner.checks_done >= 1, timeout=WAIT_MS)
    assert not banner.isVisible()
    assert not services.maintenance.health().read_only


def test_without_a_good_backup_the_banner_says_what_to_do(
    qtbot: QtBot, tmp_path: Path, window_on: WindowOn
) -> None:
    path = tmp_path / "store.sqlite"
    backup = make_store(path, None)
    backup.unlink()
    damage(path, None)
    window, services = window_on(path)
    banner = health_banner.watch(window, services)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert "no good backup was found" in banner.text.text()
    assert not banner.restore_button.isVisible()


def test_the_banner_exports_what_can_be_read_of_a_damaged_store(
    qtbot: QtBot, tmp_path: Path, window_on: WindowOn, answers: Answers, monkeypatch: Any
) -> None:
    path = tmp_path / "store.sqlite"
    make_store(path, None)
    damage(path, None, table="note")
    window, services = window_on(path)
    banner = health_banner.watch(window, services)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.salvage_button.isVisible()
    target = tmp_path / "rescued"  # the ending is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    banner.salvage_button.click()
    qtbot.waitUntil(lambda: bool(answers.shown), timeout=WAIT_MS)
    shown = answers.shown[-1]
    assert f"Wrote what could be read to {target}.json: 80 clients." in shown
    assert "note: " in shown  # the table the damage reaches, named
    document = json.loads((tmp_path / "rescued.json").read_text(encoding="utf-8"))
    assert list(document["salvaged"]["incomplete"]) == ["note"]
    assert len(document["tables"]["client"]) == 80
