"""Key derivation and re-encryption off the GUI thread, without a progress dialog (each
security dialog shows its own busy state). ``idle`` tells the idle lock whether one of
these is still running, so a re-encryption is never hidden half-way."""

from collections.abc import Callable
from typing import Any

from casedesk.ui.ops import run_quietly

ProgressFn = Callable[[int, int], None]
_active = 0


def run(
    fn: Callable[[ProgressFn], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: ProgressFn | None = None,
) -> None:
    """Run ``fn(progress)`` on the pool; ``on_done``/``on_error`` run on the GUI thread."""
    global _active  # noqa: PLW0603 - one counter for the whole GUI
    _active += 1

    def settled(then: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            global _active  # noqa: PLW0603
            _active -= 1
            then(value)

        return call

    run_quietly(fn, on_done=settled(on_done), on_error=settled(on_error), on_progress=on_progress)


def idle() -> bool:
    """True when no task started here is still running (for tests and the idle lock)."""
    return _active == 0
