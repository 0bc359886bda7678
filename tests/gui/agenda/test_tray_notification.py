"""The reminder notification itself: through the desktop's tray when it has one, else
as a note in the window's corner. The tray is stood in for (offscreen Qt and Xvfb have
none): ``isSystemTrayAvailable`` answers True and ``showMessage`` is recorded, so the
test sees exactly what the desktop would be asked to show. The clock is fixed at
2025-05-01 12:00 UTC (08:00 in New York)."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate
from casedesk.ui.bus import Bus
from casedesk.ui.reminders import SNOOZE_SETTING, ReminderCentre

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_snoozes() -> None:
    QSettings().remove(SNOOZE_SETTING)


def _due_soon(services: Services) -> None:
    matter = services.matters.add(
        MatterCreate(title="Doe v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-9")
    ).new_id
    services.deadlines.add("Reply brief", "2025-05-03", matter_id=matter)
    services.deadlines.add("Traverse", "2025-05-10", matter_id=matter)  # not within 3 days


@pytest.fixture
def centre_of(qtbot: QtBot, services: Services) -> Iterator[Any]:
    """Builds a centre on a shown window; stops it (and its worker) even if the test fails."""
    made: list[ReminderCentre] = []

    def make() -> ReminderCentre:
        window = QWidget()
        window.resize(900, 600)
        qtbot.addWidget(window)
        centre = ReminderCentre(services, Bus(), window)
        made.append(centre)
        window.show()
        return centre

    yield make
    for centre in made:
        centre.stop()


def test_a_reminder_goes_to_the_tray_when_the_desktop_has_one(
    qtbot: QtBot, services: Services, centre_of: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _due_soon(services)
    shown: list[tuple[str, str, object, int]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)  # no real tray to show on
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda self, title, body, icon, ms: shown.append((title, body, icon, ms)),
    )
    centre = centre_of()
    assert centre.tray is not None
    with qtbot.waitSignal(centre.notified):
        centre.start()
    assert len(shown) == 1
    title, body, icon, ms = shown[0]
    assert title == "casedesk: 1 deadline needs attention"
    assert body == "• Reply brief: due in 2 days, 3 May 2025 23:59 EDT"
    assert icon == QSystemTrayIcon.MessageIcon.Warning
    assert ms > 0
    assert centre.note is None  # no corner note when the tray carried it

    # Clicking the tray's message opens the item, as the note's Open button does.
    with qtbot.waitSignal(centre.navigate) as went:
        centre.tray.messageClicked.emit()
    assert went.args[0] == "deadlines"


def test_without_a_tray_the_reminder_is_a_note_in_the_window(
    qtbot: QtBot, services: Services, centre_of: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _due_soon(services)
    shown: list[object] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *a: shown.append(a))
    centre = centre_of()
    assert centre.tray is None
    with qtbot.waitSignal(centre.notified):
        centre.start()
    assert shown == []
    assert centre.note is not None
    qtbot.waitUntil(centre.note.isVisible)
    assert centre.note.title.text() == "casedesk: 1 deadline needs attention"
    assert centre.note.body.text() == "• Reply brief: due in 2 days, 3 May 2025 23:59 EDT"
