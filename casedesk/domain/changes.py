"""The ``Changes`` value every mutation returns, so views know what to refresh.

One refresh path (Anki's ``OpChanges``): the GUI emits a single signal with this value
and each view decides whether it cares.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What a use case changed. ``ids`` is the id of the main record created or changed."""

    clients: frozenset[int] = field(default_factory=frozenset)
    matters: frozenset[int] = field(default_factory=frozenset)
    orders: frozenset[int] = field(default_factory=frozenset)
    obligations: frozenset[int] = field(default_factory=frozenset)
    deadlines: frozenset[int] = field(default_factory=frozenset)
    everything: bool = False
    new_id: int | None = None

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            clients=self.clients | other.clients,
            matters=self.matters | other.matters,
            orders=self.orders | other.orders,
            obligations=self.obligations | other.obligations,
            deadlines=self.deadlines | other.deadlines,
            everything=self.everything or other.everything,
            new_id=self.new_id if self.new_id is not None else other.new_id,
        )

    @property
    def touches_clients(self) -> bool:
        return self.everything or bool(self.clients)
