"""Typed errors shared by every layer.

Each carries a message a paralegal can act on. The command line maps them to exit
codes (3 invalid input, 4 not found, 5 store problem); the GUI shows them in place.
"""

#: How much of a refused value a message quotes back; a pasted page stays readable.
QUOTE_LIMIT = 60


def clip(value: str, limit: int = QUOTE_LIMIT) -> str:
    """``value`` cut to ``limit`` characters (with "…" and the full length) for a message."""
    if len(value) <= limit:
        return value
    return f"{value[:limit]}… ({len(value):,} characters)"


class CasedeskError(Exception):
    """Base of every error casedesk raises on purpose."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(CasedeskError):
    """A value was refused. ``field`` names the input, ``reason`` says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFoundError(CasedeskError):
    """A record that was asked for does not exist."""

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"no {entity} {key!s}")
        self.entity = entity
        self.key = key


class ConflictError(CasedeskError):
    """An edit was based on a stale copy of a record, or would break a uniqueness rule."""


class StaleEditError(ConflictError):
    """An edit or removal was made from a copy older than the stored entry.

    Carries what the person needs to choose: who changed the entry, when, what they
    changed, and the version now stored (to overwrite on purpose, pass it back).
    """

    def __init__(
        self,
        kind: str,
        entry_id: int,
        *,
        current_version: int,
        changed_by: str,
        changed_at: str,
        what: str,
        removed: bool = False,
    ) -> None:
        if removed:
            text = (
                f"this {kind} was removed by {changed_by} at {changed_at[:16]} since you opened it"
            )
        else:
            text = (
                f"this {kind} was changed by {changed_by} at {changed_at[:16]} since you opened it"
                + (f" ({what})" if what else "")
            )
        super().__init__(text)
        self.kind = kind
        self.entry_id = entry_id
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.what = what
        self.removed = removed


class StoreError(CasedeskError):
    """The store cannot be used: locked, corrupt, unreadable, on a network drive, full."""


class PassphraseRequiredError(StoreError):
    """The store is encrypted and no passphrase was given."""


class WrongPassphraseError(StoreError):
    """The passphrase given does not open the store (or the file is damaged)."""
