"""A damaged store in the window: the quick check behind it finds the damage, the banner
says the store is read-only and names the newest good backup, and restoring it (after a
confirmation) puts the store right and hides the banner."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.app import open_services
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.ui import health_banner
from casedesk.ui.main_window import MainWindow
from tests.gui.conftest import Answers
from tests.integration.test_damaged_store import damage, make_store

pytestmark = pytest.mark.gui


def window_on(path: Path, qtbot: QtBot) -> tuple[MainWindow, Services]:
    opened = open_services(path)  # as the GUI opens it: no check before the window
    ctx = ServiceContext(opened.ctx.store, actor="tester", clock=lambda: datetime.now(UTC))
    services = Services.create(ctx)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window, services


def test_a_damaged_store_gets_a_banner_and_the_good_backup_restores_it(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = tmp_path / "store.sqlite"
    backup = make_store(path, None)
    damage(path, None)
    window, services = window_on(path, qtbot)
    banner = health_banner.watch(window, services)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
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
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert not services.maintenance.health().read_only
    assert services.maintenance.check().ok
    assert "damaged file is kept as damaged-" in window.statusBar().currentMessage()
    assert window.clients.model.total == 80
    services.close()


def test_a_healthy_store_shows_no_banner(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    make_store(path, None)
    window, services = window_on(path, qtbot)
    banner = health_banner.watch(window, services)
    checked: list[object] = []
    banner._result.found.connect(lambda health, _good: checked.append(health))
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
    assert not banner.isVisible()
    assert not services.maintenance.health().read_only
    services.close()


def test_without_a_good_backup_the_banner_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    backup = make_store(path, None)
    backup.unlink()
    damage(path, None)
    window, services = window_on(path, qtbot)
    banner = health_banner.watch(window, services)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "no good backup was found" in banner.text.text()
    assert not banner.restore_button.isVisible()
    services.close()
