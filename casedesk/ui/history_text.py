"""The audit trail in the user's language, for the History tab.

The trail stores field names and raw values (``date_key``, ``pending_asylum``,
``2052-03-15``) because it must be exact; people read "Status date: 15 Mar 2052 →
15 Mar 2025". This module turns one ``AuditRow`` into that: what happened ("Changed
legal status"), and each changed field with its label and values in the user's language
(dates with month names, statuses and kinds by their labels, countries by name). Fields
that exist only for the machine (sort keys, UTC copies, versions) are left out.
"""

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LabelledEnum,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.services.audit import AuditRow
from casedesk.ui.labels import label as tr_label

CONTEXT = "History"

#: Fields kept for the machine only: never shown.
HIDDEN = frozenset(
    {
        "id",
        "version",
        "client_id",
        "matter_id",
        "order_id",
        "obligation_id",
        "document_id",
        "date_key",
        "dob_key",
        "match_key",
        "sort_key",
        "due_utc",
        "issued_utc",
        "last_contact_key",
        "created_at",
        "sha256",
        "media_type",
        "trash_id",
    }
)

#: What each kind of record is called (audit entity names and the services' kind names).
ENTITIES: dict[str, object] = {
    "client": QT_TRANSLATE_NOOP("History", "client"),
    "alias": QT_TRANSLATE_NOOP("History", "alias"),
    "status_entry": QT_TRANSLATE_NOOP("History", "legal status"),
    "status": QT_TRANSLATE_NOOP("History", "legal status"),
    "custody_event": QT_TRANSLATE_NOOP("History", "whereabouts event"),
    "custody": QT_TRANSLATE_NOOP("History", "whereabouts event"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "contact": QT_TRANSLATE_NOOP("History", "contact"),
    "document": QT_TRANSLATE_NOOP("History", "document"),
    "matter": QT_TRANSLATE_NOOP("History", "matter"),
    "matter_party": QT_TRANSLATE_NOOP("History", "matter link"),
    "party": QT_TRANSLATE_NOOP("History", "matter link"),
    "court_order": QT_TRANSLATE_NOOP("History", "order"),
    "order": QT_TRANSLATE_NOOP("History", "order"),
    "order_status": QT_TRANSLATE_NOOP("History", "order status"),
    "order_status_entry": QT_TRANSLATE_NOOP("History", "order status"),
    "obligation": QT_TRANSLATE_NOOP("History", "obligation"),
    "compliance": QT_TRANSLATE_NOOP("History", "compliance record"),
    "deadline": QT_TRANSLATE_NOOP("History", "deadline"),
    "trash": QT_TRANSLATE_NOOP("History", "Trash item"),
}

#: "%1" is the kind of record ("Changed legal status").
ACTIONS: dict[str, object] = {
    "create": QT_TRANSLATE_NOOP("History", "Added %1"),
    "update": QT_TRANSLATE_NOOP("History", "Changed %1"),
    "delete": QT_TRANSLATE_NOOP("History", "Removed %1"),
    "remove": QT_TRANSLATE_NOOP("History", "Removed %1"),
    "archive": QT_TRANSLATE_NOOP("History", "Archived %1"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored %1"),
    "purge": QT_TRANSLATE_NOOP("History", "Purged %1"),
    "merge": QT_TRANSLATE_NOOP("History", "Merged %1"),
    "import": QT_TRANSLATE_NOOP("History", "Imported %1"),
    "export": QT_TRANSLATE_NOOP("History", "Exported %1"),
    "brief": QT_TRANSLATE_NOOP("History", "Printed a brief of %1"),
    "demo": QT_TRANSLATE_NOOP("History", "Demo data: %1"),
    "undo": QT_TRANSLATE_NOOP("History", "Undid a change to %1"),
    "redo": QT_TRANSLATE_NOOP("History", "Redid a change to %1"),
}

#: Field labels; ``(entity, field)`` first, then the field alone.
FIELDS: dict[str, object] = {
    "status_entry.date": QT_TRANSLATE_NOOP("History", "Status date"),
    "status.date": QT_TRANSLATE_NOOP("History", "Status date"),
    "custody_event.date": QT_TRANSLATE_NOOP("History", "Event date"),
    "custody.date": QT_TRANSLATE_NOOP("History", "Event date"),
    "custody_event.kind": QT_TRANSLATE_NOOP("History", "Event"),
    "custody.kind": QT_TRANSLATE_NOOP("History", "Event"),
    "status_entry.country": QT_TRANSLATE_NOOP("History", "As to country"),
    "status.country": QT_TRANSLATE_NOOP("History", "As to country"),
    "compliance.date": QT_TRANSLATE_NOOP("History", "Compliance date"),
    "compliance.status": QT_TRANSLATE_NOOP("History", "Compliance"),
    "order_status.date": QT_TRANSLATE_NOOP("History", "Status date"),
    "order_status_entry.date": QT_TRANSLATE_NOOP("History", "Status date"),
    "date": QT_TRANSLATE_NOOP("History", "Date"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "country": QT_TRANSLATE_NOOP("History", "Country"),
    "place": QT_TRANSLATE_NOOP("History", "Place"),
    "source": QT_TRANSLATE_NOOP("History", "Source"),
    "confidence": QT_TRANSLATE_NOOP("History", "Confidence"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
    "body": QT_TRANSLATE_NOOP("History", "Note"),
    "private": QT_TRANSLATE_NOOP("History", "Private"),
    "given": QT_TRANSLATE_NOOP("History", "Given names"),
    "surname": QT_TRANSLATE_NOOP("History", "Surname"),
    "second_surname": QT_TRANSLATE_NOOP("History", "Second surname"),
    "description": QT_TRANSLATE_NOOP("History", "Description"),
    "a_number": QT_TRANSLATE_NOOP("History", "A-Number"),
    "dob": QT_TRANSLATE_NOOP("History", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("History", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("History", "Languages"),
    "tags": QT_TRANSLATE_NOOP("History", "Tags"),
    "archived": QT_TRANSLATE_NOOP("History", "Archived"),
    "name": QT_TRANSLATE_NOOP("History", "Name"),
    "relationship": QT_TRANSLATE_NOOP("History", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("History", "Phone"),
    "email": QT_TRANSLATE_NOOP("History", "E-mail"),
    "address": QT_TRANSLATE_NOOP("History", "Address"),
    "filename": QT_TRANSLATE_NOOP("History", "File name"),
    "size": QT_TRANSLATE_NOOP("History", "Size"),
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "court": QT_TRANSLATE_NOOP("History", "Court"),
    "docket": QT_TRANSLATE_NOOP("History", "Docket"),
    "judge": QT_TRANSLATE_NOOP("History", "Judge"),
    "role": QT_TRANSLATE_NOOP("History", "Role"),
    "issued_at": QT_TRANSLATE_NOOP("History", "Issued"),
    "issued": QT_TRANSLATE_NOOP("History", "Issued"),
    "summary": QT_TRANSLATE_NOOP("History", "Summary"),
    "text": QT_TRANSLATE_NOOP("History", "Obligation"),
    "due_at": QT_TRANSLATE_NOOP("History", "Due"),
    "due": QT_TRANSLATE_NOOP("History", "Due"),
    "done": QT_TRANSLATE_NOOP("History", "Done"),
    "evidence": QT_TRANSLATE_NOOP("History", "Evidence"),
    "reason": QT_TRANSLATE_NOOP("History", "Reason"),
    "author": QT_TRANSLATE_NOOP("History", "Written by"),
    "client_ids": QT_TRANSLATE_NOOP("History", "Binds"),
}

YES = QT_TRANSLATE_NOOP("History", "yes")
NO = QT_TRANSLATE_NOOP("History", "no")
EMPTY = "—"
LONGEST = 80

#: Which enum gives a field's labels, by ``entity.field`` then by field.
ENUMS: dict[str, type[LabelledEnum]] = {
    "custody_event.kind": CustodyKind,
    "custody.kind": CustodyKind,
    "contact.kind": ContactKind,
    "matter.kind": MatterKind,
    "court_order.kind": OrderKind,
    "order.kind": OrderKind,
    "court_order.status": OrderStatus,
    "order.status": OrderStatus,
    "order_status.status": OrderStatus,
    "order_status_entry.status": OrderStatus,
    "compliance.status": Compliance,
    "status": LegalStatus,
    "confidence": Confidence,
    "role": PartyRole,
}

_DATE = re.compile(r"^(~?)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP marks the literals for lupdate; its stub types them as object.
    return QCoreApplication.translate(CONTEXT, str(text))


def _locale() -> QLocale:
    # The default locale follows the chosen language (i18n.install), so month names
    # match the words around them.
    return QLocale()


def date_text(value: str) -> str:
    """ "2052-03-15" as "15 Mar 2052", "2052-03" as "Mar 2052", "~2025" as "~2025"."""
    found = _DATE.match(value)
    if found is None:
        return datetime_text(value)
    approx, year, month, day = found.groups()
    locale = _locale()
    if month is None:
        text = year
    elif day is None:
        text = f"{locale.monthName(int(month), QLocale.FormatType.ShortFormat)} {year}"
    else:
        qdate = QDate(int(year), int(month), int(day))
        text = locale.toString(qdate, "d MMM yyyy")
    return f"{approx}{text}"


def datetime_text(value: str) -> str:
    """An ISO date-time as "9 May 2025 23:59" (in the zone it was given in)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return _locale().toString(when, "d MMM yyyy HH:mm")


def field_label(entity: str, field: str) -> str:
    text = FIELDS.get(f"{entity}.{field}") or FIELDS.get(field)
    return _t(text) if text else field.replace("_", " ").capitalize()


def value_text(entity: str, field: str, value: Any) -> str:
    """One stored value as a person reads it."""
    if value is None or value in ("", []):
        return EMPTY
    if isinstance(value, bool):
        return _t(YES) if value else _t(NO)
    enum = ENUMS.get(f"{entity}.{field}") or ENUMS.get(field)
    if enum is not None and isinstance(value, str):
        try:
            return tr_label(enum(value))
        except ValueError:
            return value
    if field in ("country", "nationality") and isinstance(value, str):
        return COUNTRIES.get(value, value)
    if isinstance(value, str) and (field in ("date", "dob") or field.endswith("_at")):
        return date_text(value)
    if field == "due" and isinstance(value, str):
        return datetime_text(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


#: Fields read first (what the entry says before where it came from); others follow.
FIRST = (
    "reason",
    "status",
    "kind",
    "title",
    "name",
    "given",
    "surname",
    "second_surname",
    "body",
    "text",
    "date",
    "due",
    "due_at",
    "place",
    "country",
)


def _ordered(values: dict[str, Any]) -> list[tuple[str, Any]]:
    rank = {name: number for number, name in enumerate(FIRST)}
    return sorted(values.items(), key=lambda item: rank.get(item[0], len(FIRST)))


def what_text(row: AuditRow) -> str:
    """ "Changed legal status", "Removed note", "Added contact"."""
    entity = _t(ENTITIES[row.entity]) if row.entity in ENTITIES else row.entity.replace("_", " ")
    action = ACTIONS.get(row.action)
    if action is None:
        return f"{row.action} {entity}"
    return _t(action).replace("%1", entity)


def changes_text(row: AuditRow) -> str:
    """ "Status date: 15 Mar 2052 → 15 Mar 2025" for a change; the values set for an
    addition; the reason for a removal."""
    shown: Callable[[str], bool] = lambda key: key not in HIDDEN  # noqa: E731
    if row.action in ("delete", "remove", "restore", "purge"):
        # The reason first (it is what the next reader needs), then what the entry held.
        parts = []
        reason = row.after.get("reason")
        if reason:
            parts.append(f"{field_label(row.entity, 'reason')}: {reason}")
        parts += [
            f"{field_label(row.entity, key)}: {value_text(row.entity, key, value)}"
            for key, value in _ordered(row.before)
            if shown(key) and value not in (None, "", [], {})
        ][:4]
        return "; ".join(parts)
    if row.before and row.after:
        parts = [
            f"{field_label(row.entity, key)}: "
            f"{value_text(row.entity, key, row.before.get(key))} → "
            f"{value_text(row.entity, key, value)}"
            for key, value in _ordered(row.after)
            if shown(key) and row.before.get(key) != value
        ]
        return "; ".join(parts)
    values = row.after or row.before
    parts = [
        f"{field_label(row.entity, key)}: {value_text(row.entity, key, value)}"
        for key, value in _ordered(values)
        if shown(key) and value not in (None, "", [], {})
    ]
    return "; ".join(parts[:8])
