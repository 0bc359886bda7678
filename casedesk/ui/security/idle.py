"""Noticing that nobody is at the keyboard: an application-wide event filter restarts a
single-shot timer on every key press, click, mouse move or wheel turn; ``idle`` is
emitted when it runs out. The filter is installed only while a limit is set."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: The choices offered (minutes; 0 = never), and the default.
CHOICES = (0, 5, 10, 15, 30, 60)
DEFAULT_MINUTES = 15


def _input_events() -> frozenset[QEvent.Type]:
    # Built on first use: touching Qt's enums at import would slow the first paint.
    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
        }
    )


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without input to the application."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self._watching = False
        self._input: frozenset[QEvent.Type] = frozenset()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._watching

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """Watch for ``ms`` of no input (0 stops watching). Tests use a few ms."""
        app = QApplication.instance()
        if ms <= 0:
            self.stop()
            return
        self._timer.setInterval(ms)
        if not self._watching and app is not None:
            self._input = self._input or _input_events()
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def pause(self) -> None:
        """Stop counting (while locked) without forgetting the limit."""
        self._timer.stop()

    def resume(self) -> None:
        if self._watching:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self._input and self._timer.isActive():
            self._timer.start()
        return False
