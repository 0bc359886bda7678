"""What an imported row does to a client it matches by A-Number or casedesk id.

A clinic's sheet spells a name its own way ("Jose Hernandez" for "José Hernández
Romero"); the A-Number says it is the same person, but the spelling is not a correction.
So a matched row never silently rewrites the names: a different spelling is kept as an
alias (with the file as its source), unless the person chose "replace" for this import.
Other fields fill in or change, each shown to the user as old → new before anything is
written (:func:`planned_changes`).

Kept apart from the import loop so the one client write path (issue 11) can take it
over as a unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from casedesk.domain.names import PersonName
from casedesk.services.import_rows import ParsedRow
from casedesk.storage.queries import client_file as files
from casedesk.storage.tables import Alias, Client

__all__ = ["FieldChange", "apply_name", "planned_changes"]


@dataclass(frozen=True)
class FieldChange:
    """One field an import would change: its label, the stored value, the file's value."""

    field: str
    old: str
    new: str


def _name_of(client: Client) -> PersonName:
    return PersonName(client.given, client.surname, client.second_surname)


def planned_changes(client: Client, row: ParsedRow, *, replace_names: bool) -> list[FieldChange]:
    """The fields ``row`` would change on ``client``, old → new, in the user's words."""
    changes: list[FieldChange] = []
    if row.name is not None and row.name.display != _name_of(client).display:
        old = _name_of(client).display if (client.given or client.surname) else ""
        if replace_names or not old:
            changes.append(FieldChange("name", old, row.name.display))
        else:
            changes.append(FieldChange("alias", "", row.name.display))
    for fld, old_value, new_value in (
        ("description", client.description, row.description),
        ("nationality", client.nationality or "", row.nationality or ""),
        ("languages", client.languages, row.languages),
        ("tags", client.tags, row.tags),
        ("dob", client.dob or "", row.dob.iso() if row.dob else ""),
    ):
        if new_value and new_value != old_value:
            changes.append(FieldChange(fld, old_value, new_value))
    return changes


def apply_name(
    session: Session,
    client: Client,
    name: PersonName,
    *,
    replace_names: bool,
    source: str,
    now: datetime,
) -> bool:
    """Give ``client`` the file's spelling of their name; True if anything changed.

    A client without a name (an unidentified person) takes it; otherwise the spelling
    becomes an alias unless ``replace_names``, and an alias already on file is not
    added twice.
    """
    current = _name_of(client)
    named = bool(client.given or client.surname)
    if named and name.display == current.display:
        return False
    if replace_names or not named:
        client.given, client.surname = name.given, name.surname
        client.second_surname = name.second_surname
        client.sort_key, client.match_key = name.sort_key, name.match_key
        return True
    known = files.alias_with_key(session, client.id or 0, name.match_key)
    if known is not None:
        return False
    session.add(
        Alias(
            client_id=client.id or 0,
            given=name.given,
            surname=name.surname,
            second_surname=name.second_surname,
            match_key=name.match_key,
            source=source,
            created_at=now,
        )
    )
    return True
