"""A line under a due field that says what the typed text means, as the user types.

"2025-04-07" becomes "7 Apr 2025 23:59 EDT (= 20:59 PDT here)"; "14 days after 2025-06-20"
becomes the computed moment with its FRCP 6(a) working. A refusal shows in place, so the
user sees the court's clock and the rule before saving.
"""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QToolButton, QWidget

from casedesk.domain.court_days import PRESETS
from casedesk.domain.errors import CasedeskError
from casedesk.services.registry import Services

PREVIEW_DELAY_MS = 150


class DuePreview(QLabel):
    """Follows ``field``; ``court`` (canonical, or None) chooses the zone and closures."""

    def __init__(
        self, services: Services, field: QLineEdit, court: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.field = field
        self.court = court
        self.setWordWrap(True)
        self.setObjectName("due-preview")
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        field.textChanged.connect(lambda _text: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        if not text:
            self.setText(
                self.tr(
                    'A moment, or a period after an event: "14 days after 2025-06-20", '
                    '"72 hours after 2025-06-20 17:00", "10 court days after 2025-06-20".'
                )
            )
            self.setStyleSheet("color: palette(mid);")
            return
        try:
            resolved = self.services.court_calendar.preview(text, court=self.court)
        except CasedeskError as exc:
            self.setText(str(exc))
            self.setStyleSheet("color: #c62828;")
            return
        shown = resolved.due.display(self.services.ctx.zone)
        if resolved.working:
            shown = self.tr("Due %1 — %2").replace("%1", shown).replace("%2", resolved.working)
        else:
            shown = self.tr("Due %1").replace("%1", shown)
        self.setText(shown)
        self.setStyleSheet("")


class PresetButton(QToolButton):
    """The periods orders and rules set most often; a choice fills ``field`` with
    "72 hours after <today> 17:00" for the user to correct the event's date and time."""

    def __init__(self, field: QLineEdit, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Presets"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        labels = (
            self.tr("Status report within 72 hours"),
            self.tr("Declaration by 9:30 am the next day"),
            self.tr("BIA appeal: 30 days"),
            self.tr("Response within 14 days"),
        )
        for label, (_name, period) in zip(labels, PRESETS, strict=True):
            event = today.isoformat() + (" 17:00" if period.hour_based else "")
            text = f"{period.text()} after {event}"
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, t=text: self._fill(field, t))
        self.setMenu(menu)

    @staticmethod
    def _fill(field: QLineEdit, text: str) -> None:
        field.setText(text)
        field.setFocus()
        # Select the event, which is what the user has to correct.
        start = text.index(" after ") + len(" after ")
        field.setSelection(start, len(text) - start)
