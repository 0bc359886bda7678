"""The one place that says what a client row's derived columns hold.

Manual entry (:mod:`casedesk.services.clients`), imports and the demo generator all
write client rows; each used to compute the name keys and the summary columns (current
status and since when, whereabouts, last contact) itself, and they drifted. They now
call these functions, so a client reads the same however it came into the store.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from casedesk.domain.enums import CONTACT_KINDS, CustodyKind, LegalStatus
from casedesk.domain.names import PersonName

_CONTACTS = frozenset(k.value for k in CONTACT_KINDS)


def identity_columns(name: PersonName | None, description: str) -> dict[str, Any]:
    """Name parts and the keys the list sorts and duplicate detection matches on; an
    unidentified person (no name) sorts after everyone, by description."""
    return {
        "given": name.given if name else "",
        "surname": name.surname if name else "",
        "second_surname": name.second_surname if name else "",
        "description": description,
        "sort_key": name.sort_key if name else "~" + description.casefold(),
        "match_key": name.match_key if name else "",
    }


def latest(entries: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The entry with the latest date; on equal dates, the one entered last."""
    found: Mapping[str, Any] | None = None
    for entry in entries:
        if found is None or entry["date_key"] >= found["date_key"]:
            found = entry
    return found


def summary_columns(
    statuses: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """Current status, whereabouts and last contact from a client's history (each entry
    a mapping with the stored columns; in the order they were entered)."""
    events = list(events)
    status = latest(statuses)
    # A phone call is contact, not a location.
    located = latest(e for e in events if e["kind"] != CustodyKind.CONTACT.value)
    contact = latest(e for e in events if e["kind"] in _CONTACTS)
    return {
        "current_status": status["status"] if status else LegalStatus.UNKNOWN.value,
        "status_since": status["date"] if status else None,
        "whereabouts": located["kind"] if located else None,
        "whereabouts_place": located["place"] if located else "",
        "whereabouts_country": located["country"] if located else None,
        "whereabouts_since": located["date"] if located else None,
        "last_contact": contact["date"] if contact else None,
        "last_contact_key": contact["date_key"] if contact else None,
    }
