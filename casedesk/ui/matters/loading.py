"""Background reads a page starts, and whether any is still on its way.

Pages read heavy things (overdue counts over a class roster of tens of thousands) on a
worker; a newer request for the same slot makes an older answer stale, so a quick
change of selection never shows the previous record's data.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from casedesk.ui.errors import show_error
from casedesk.ui.ops import run_in_background


class BackgroundReads:
    """Counts pending reads and drops answers superseded by a newer one of the same slot."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._pending = 0
        self._tokens: dict[str, int] = {}

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def start(
        self, slot: str, fn: Callable[[], Any], done: Callable[[Any], None], label: str
    ) -> None:
        token = self._tokens.get(slot, 0) + 1
        self._tokens[slot] = token
        self._pending += 1

        def finished(result: Any) -> None:
            self._pending -= 1
            if self._tokens.get(slot) == token:
                done(result)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            if self._tokens.get(slot) == token:
                show_error(self._parent, exc)

        run_in_background(
            self._parent,
            lambda _progress: fn(),
            on_done=finished,
            on_error=failed,
            label=label,
        )
