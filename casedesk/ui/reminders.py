"""Reminders: a "Due soon" strip above every page and a desktop notification.

At start and every minute the centre asks the services what is due within its lead time
(or overdue) and not snoozed. New ones raise a notification: through the system tray
(QSystemTrayIcon) where the desktop has one, else as a note in the window's corner that
stays until closed. The strip lists them until they are done or snoozed; snoozes are the
user's own, kept in QSettings, not in the shared store.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.registry import Services
from casedesk.services.reminders import Reminder
from casedesk.ui.bus import Bus

log = logging.getLogger("casedesk.ui")

CHECK_INTERVAL_MS = 60_000
SNOOZE_SETTING = "reminders/snoozed"
#: How many reminders the strip names before "and N more".
STRIP_ITEMS = 3
STRIP_STYLE = (
    "QFrame#due-soon { background: #fff4e5; border-bottom: 1px solid #e0b070; }"
    "QFrame#due-soon[overdue='true'] { background: #fdecea; border-bottom-color: #e57373; }"
)


def _when(centre: QObject, reminder: Reminder, now: datetime) -> str:
    item = reminder.item
    if item.overdue:
        if item.days_overdue >= 1:
            return centre.tr("overdue by %1 d").replace("%1", str(item.days_overdue))
        return centre.tr("overdue")
    minutes = max(1, int((reminder.due_utc - now).total_seconds() // 60))
    if item.kind == "hearing":  # an appointment: it starts, it is not "due"
        if minutes < 120:
            return centre.tr("hearing in %1 min").replace("%1", str(minutes))
        if minutes < 48 * 60:
            return centre.tr("hearing in %1 h").replace("%1", str(minutes // 60))
        return centre.tr("hearing in %1 days").replace("%1", str(minutes // (24 * 60)))
    if minutes < 120:
        return centre.tr("due in %1 min").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return centre.tr("due in %1 h").replace("%1", str(minutes // 60))
    return centre.tr("due in %1 days").replace("%1", str(minutes // (24 * 60)))


class ReminderCentre(QObject):
    """Reads reminders, notifies of new ones, keeps snoozes. ``changed`` carries the list."""

    changed = Signal(list)
    #: The reminders a notification was raised for (tray or in-window note).
    notified = Signal(list)
    #: ("deadlines", "deadline:5") or ("order", order id): where a click should go.
    navigate = Signal(str, object)

    def __init__(self, services: Services, bus: Bus, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.reminders: list[Reminder] = []
        self._notified: set[str] = set()
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        bus.operation_did_execute.connect(lambda _changes, _initiator: self.refresh())
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("casedesk")
            self.tray.messageClicked.connect(self.open_first)
            self.tray.show()
        self.note: CornerNote | None = None
        # A pool of its own: a reminder read never queues behind an export, a brief or a
        # search holding the global pool's threads (on a loaded machine it would wait).
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._reading = False
        self._again = False

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.pool.waitForDone()

    # ------------------------------------------------------------------ snoozes
    def snoozed(self) -> dict[str, datetime]:
        raw = QSettings().value(SNOOZE_SETTING, {})
        found: dict[str, datetime] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                try:
                    found[str(key)] = datetime.fromisoformat(str(value))
                except ValueError:
                    continue  # a damaged entry only un-snoozes that reminder
        return found

    def snooze(self, keys: list[str], length: timedelta) -> None:
        now = self.services.ctx.now()
        until = (now + length).isoformat()
        kept = {k: v.isoformat() for k, v in self.snoozed().items() if v > now}
        kept.update(dict.fromkeys(keys, until))
        QSettings().setValue(SNOOZE_SETTING, kept)
        self.refresh()

    def snooze_shown(self, length: timedelta) -> None:
        self.snooze([r.key for r in self.reminders], length)

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read what is due on a worker (at 100,000 clients the class rosters' counts take
        a noticeable fraction of a second); ``changed`` follows when it is read."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        snoozed = self.snoozed()
        reminders = self.services.reminders

        def read() -> list[Reminder] | None:
            try:
                return reminders.due_soon(snoozed=snoozed)
            except Exception:  # a damaged, locked or closed store: its own banner says so
                log.warning("reminders could not be read", exc_info=True)
                return None

        job = _Read(read)
        job.signals.done.connect(self._read)
        self.pool.start(job)

    def _read(self, found: list[Reminder] | None) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.reminders = found or []
        fresh = [r for r in self.reminders if r.key not in self._notified]
        self._notified.update(r.key for r in self.reminders)
        if fresh:
            self._notify(fresh)
        self.changed.emit(self.reminders)

    def _notify(self, fresh: list[Reminder]) -> None:
        now = self.services.ctx.now()
        title = (
            self.tr("casedesk: 1 deadline needs attention")
            if len(fresh) == 1
            else self.tr("casedesk: %1 deadlines need attention").replace("%1", str(len(fresh)))
        )
        lines = [
            f"• {r.item.title}: {_when(self, r, now)}, {r.item.due_display}"
            for r in fresh[:STRIP_ITEMS]
        ]
        if len(fresh) > STRIP_ITEMS:
            lines.append(self.tr("and %1 more").replace("%1", str(len(fresh) - STRIP_ITEMS)))
        body = "\n".join(lines)
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 30_000)
        else:
            if self.note is None:
                self.note = CornerNote(self.window)
                self.note.clicked.connect(self.open_first)
            self.note.show_message(title, body)
        self.notified.emit(fresh)

    def open_first(self) -> None:
        if self.reminders:
            self.open(self.reminders[0].key)

    def open(self, key: str) -> None:
        found = next((r for r in self.reminders if r.key == key), None)
        if found is None:
            return
        if found.item.kind == "obligation" and found.item.order_id is not None:
            self.navigate.emit("order", found.item.order_id)
        elif found.item.kind == "hearing" and found.item.matter_id is not None:
            self.navigate.emit("matter", found.item.matter_id)
        else:
            self.navigate.emit("deadlines", key)


class _Signals(QObject):
    done = Signal(object)


class _Read(QRunnable):
    """One read of the reminders on the thread pool; the result comes back as a signal
    (queued to the GUI thread; dropped if the centre has gone)."""

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        self.signals.done.emit(self.fn())


class CornerNote(QFrame):
    """The notification where the desktop has no tray: top right of the window, until
    closed or clicked."""

    clicked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("reminder-note")
        self.setStyleSheet(
            "QFrame#reminder-note { background: #fffdf5; border: 1px solid #c9a227;"
            " border-radius: 6px; }"
        )
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(self.hide)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self.clicked.emit)
        open_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setFixedWidth(380)
        self.hide()

    def show_message(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            # Word-wrapped labels report their height only for a given width.
            self.setFixedHeight(layout.totalHeightForWidth(self.width()))
        parent = self.parentWidget()
        if parent is not None:
            # Below the "Due soon" strip, whose snooze buttons stay in reach.
            self.move(parent.width() - self.width() - 16, 120)
        self.raise_()
        self.show()


class DueSoonStrip(QFrame):
    """The strip above every page; hidden when nothing is due soon."""

    def __init__(self, centre: ReminderCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.setObjectName("due-soon")
        self.setStyleSheet(STRIP_STYLE)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(centre.open)
        self.snooze_hour = QPushButton(self.tr("Snooze 1 hour"))
        self.snooze_day = QPushButton(self.tr("Snooze until tomorrow"))
        self.snooze_hour.clicked.connect(lambda: centre.snooze_shown(timedelta(hours=1)))
        self.snooze_day.clicked.connect(lambda: centre.snooze_shown(timedelta(days=1)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.snooze_hour)
        layout.addWidget(self.snooze_day)
        centre.changed.connect(self.show_reminders)
        self.hide()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        if not reminders:
            self.hide()
            return
        now = self.centre.services.ctx.now()
        overdue = sum(1 for r in reminders if r.overdue)
        links = [
            f"<a href='{r.key}'>{escape(_short(r.item.title))}</a> — "
            f"{escape(_when(self.centre, r, now))}"
            for r in reminders[:STRIP_ITEMS]
        ]
        more = len(reminders) - STRIP_ITEMS
        if more > 0:
            links.append(escape(self.tr("and %1 more").replace("%1", str(more))))
        heading = self.tr("Due soon (%1)").replace("%1", str(len(reminders)))
        if overdue:
            heading += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.label.setText(f"<b>{escape(heading)}</b>: " + " · ".join(links))
        self.setProperty("overdue", "true" if overdue else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
