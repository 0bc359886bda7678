"""Running a use case again when the server asks for it, and only then.

PostgreSQL may end a transaction with a serialisation failure (SQLSTATE 40001) or pick
it as a deadlock victim (40P01): nothing of it was written, and running the same use
case again is the documented remedy. Every other error is a real refusal (a stale
edit, no permission, a broken rule) and is never retried. SQLite write transactions
take the store's lock up front, so they never see either state.
"""

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

from casedesk.domain.errors import StoreError
from casedesk.storage.store import is_retryable

P = ParamSpec("P")
R = TypeVar("R")
ATTEMPTS = 5
log = logging.getLogger("casedesk.storage.retry")


def retrying(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run again (up to :data:`ATTEMPTS` times) after a serialisation failure or a
    deadlock; any other error goes straight through."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except DBAPIError as exc:
                if not is_retryable(exc):
                    raise
                log.info("transaction conflict (%s), attempt %d", type(exc.orig).__name__, attempt)
                if attempt == ATTEMPTS:
                    raise StoreError(
                        "colleagues are changing the same records right now; "
                        "nothing was changed, try again"
                    ) from exc
                # Back off a little, at random, so the same two do not collide again.
                time.sleep(random.uniform(0, 0.02 * attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    return run
