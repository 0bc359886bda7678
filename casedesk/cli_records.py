"""The command line's corrections: edit or remove any entry, delete a client, undo.

``casedesk status edit 12 --date 2025-03-15``, ``casedesk notes remove 7 --reason
"entered on the wrong client"``, ``casedesk undo``... Every command runs on the same
services as the window (``RecordService``, ``UndoService``) and takes ``--json``.
Entry ids are those ``casedesk clients show ID --json`` prints. :mod:`casedesk.cli`
registers these with one call to :func:`register`.
"""

import argparse
from collections.abc import Callable
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from casedesk.cli_output import EXIT_OK, emit_json
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services

Handler = Callable[["Services", argparse.Namespace], int]


def entry_id(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not an entry id (a whole number)")
    return int(text)


def _choices(values: list[str]) -> str:
    return ", ".join(values)


#: The options of each kind's edit command: (flag, Update field, help).
OPTIONS: dict[str, list[tuple[str, str, str]]] = {
    "status": [
        ("--status", "status", _choices(LegalStatus.values())),
        ("--date", "date", "when the status began: 2025, 2025-03, 2025-03-15, ~2025"),
        ("--country", "country", "as to which country (withholding, CAT)"),
        ("--source", "source", "where this comes from"),
        ("--confidence", "confidence", _choices(Confidence.values())),
        ("--note", "note", ""),
    ],
    "custody": [
        ("--kind", "kind", _choices(CustodyKind.values())),
        ("--date", "date", "when it happened"),
        ("--place", "place", ""),
        ("--country", "country", ""),
        ("--source", "source", ""),
        ("--confidence", "confidence", _choices(Confidence.values())),
        ("--note", "note", ""),
    ],
    "alias": [
        ("--given", "given", ""),
        ("--surname", "surname", ""),
        ("--second-surname", "second_surname", ""),
        ("--source", "source", ""),
    ],
    "note": [("--body", "body", "the note's new text")],
    "contact": [
        ("--name", "name", ""),
        ("--kind", "kind", _choices(ContactKind.values())),
        ("--relationship", "relationship", ""),
        ("--phone", "phone", ""),
        ("--email", "email", ""),
        ("--address", "address", ""),
        ("--note", "note", ""),
    ],
    "document": [("--filename", "filename", ""), ("--description", "description", "")],
    "matter": [
        ("--title", "title", ""),
        ("--kind", "kind", _choices(MatterKind.values())),
        ("--court", "court", ""),
        ("--docket", "docket", ""),
        ("--judge", "judge", ""),
        ("--description", "description", ""),
    ],
    "party": [("--role", "role", _choices(PartyRole.values()))],
    "order": [
        ("--kind", "kind", _choices(OrderKind.values())),
        ("--title", "title", ""),
        ("--issued", "issued", "e.g. 2025-03-15T18:45-04:00 or 2025-03-15"),
        ("--judge", "judge", ""),
        ("--summary", "summary", ""),
    ],
    "order_status": [
        ("--status", "status", _choices(OrderStatus.values())),
        ("--date", "date", ""),
        ("--source", "source", ""),
        ("--note", "note", ""),
    ],
    "obligation": [
        ("--text", "text", ""),
        ("--due", "due", "e.g. 2025-04-07 23:59 America/New_York"),
    ],
    "compliance": [
        ("--status", "status", _choices(Compliance.values())),
        ("--evidence", "evidence", ""),
        ("--date", "date", "when it was established"),
    ],
    "deadline": [("--title", "title", ""), ("--due", "due", ""), ("--note", "note", "")],
}


def _update(svc: "Services", kind: str, args: argparse.Namespace) -> Any:
    from casedesk.services.records import KINDS

    schema = KINDS[kind].update
    assert schema is not None
    values: dict[str, Any] = {
        f.name: getattr(args, f.name, None) for f in fields(schema) if f.name != "client_ids"
    }
    if kind == "note" and args.private is not None:
        values["private"] = args.private
    if kind == "obligation":
        if args.whole_roster:
            values["client_ids"] = ()
        elif args.client:
            values["client_ids"] = tuple(svc.clients.resolve(c) for c in args.client)
    if all(value is None for value in values.values()):
        flags = ", ".join(flag for flag, _, _ in OPTIONS[kind])
        raise ValidationError("edit", f"say what to change ({flags})")
    return schema(**values)


def _target(svc: "Services", kind: str, args: argparse.Namespace) -> int:
    """The entry addressed: its id, or for compliance the person's latest record."""
    if kind == "compliance":
        return svc.records.latest_compliance(args.entry, svc.clients.resolve(args.client))
    if kind == "client":
        return int(svc.clients.resolve(args.entry))
    return int(args.entry)


def edit_handler(kind: str) -> Handler:
    def handler(svc: "Services", args: argparse.Namespace) -> int:
        target = _target(svc, kind, args)
        changes = svc.records.edit(kind, target, _update(svc, kind, args))
        state = svc.records.get(kind, target)
        changed = changes != type(changes)()
        if args.json:
            emit_json(
                {
                    "kind": kind,
                    "id": target,
                    "version": state.version,
                    "changed": changed,
                    "values": state.values,
                }
            )
        else:
            print(f"{'Changed' if changed else 'Nothing to change in'} {state.label} (id {target})")
        return EXIT_OK

    return handler


def remove_handler(kind: str) -> Handler:
    def handler(svc: "Services", args: argparse.Namespace) -> int:
        target = _target(svc, kind, args)
        changes = svc.records.remove(kind, target, args.reason)
        item = changes.new_id
        if args.json:
            emit_json({"kind": kind, "id": target, "trash_item": item})
        else:
            print(
                f"Moved {kind.replace('_', ' ')} {target} to the Trash (item {item}); "
                f"bring it back with: casedesk trash restore {item}"
            )
        return EXIT_OK

    return handler


def undo(svc: "Services", args: argparse.Namespace) -> int:
    result = svc.undo.undo_last_by_actor()
    if args.json:
        emit_json({"undone": result.label, "id": result.changes.new_id})
    else:
        print(f"Undid the {result.label}.")
    return EXIT_OK


def _add_options(parser: argparse.ArgumentParser, kind: str) -> None:
    for flag, dest, help_ in OPTIONS[kind]:
        parser.add_argument(flag, dest=dest, help=help_ or None)
    if kind == "note":
        privacy = parser.add_mutually_exclusive_group()
        privacy.add_argument("--private", dest="private", action="store_true", default=None)
        privacy.add_argument("--shared", dest="private", action="store_false")
    if kind == "obligation":
        parser.add_argument(
            "--client", action="append", metavar="CLIENT", help="whom it binds (repeat)"
        )
        parser.add_argument(
            "--whole-roster", action="store_true", help="it binds the matter's whole roster"
        )


#: CLI group -> (kind, noun shown in help, whether it has an edit command).
GROUPS: dict[str, tuple[str, str, bool]] = {
    "status": ("status", "legal status entry", True),
    "custody": ("custody", "custody or whereabouts event", True),
    "aliases": ("alias", "alias", True),
    "notes": ("note", "note", True),
    "contacts": ("contact", "contact", True),
    "documents": ("document", "document (name and description; the file stays)", True),
    "matters": ("matter", "matter", True),
    "links": ("party", "client's link to a matter (role)", True),
    "orders": ("order", "court order", True),
    "order-status": ("order_status", "entry of an order's status history", True),
    "obligations": ("obligation", "obligation", True),
    "compliance": ("compliance", "person's latest compliance record", True),
    "deadlines": ("deadline", "deadline", True),
    "clients": ("client", "client (to the Trash, with all their entries)", False),
}


def _existing_group(sub: Any, name: str) -> Any:
    """The subcommands of a group another module already made (e.g. ``deadlines``)."""
    parser = sub.choices.get(name)
    if parser is None:
        return None
    for action in parser._actions:  # argparse keeps no public handle on them
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def register(
    sub: Any,
    cmd: Callable[..., argparse.ArgumentParser],
    group: Callable[[str, str], Any],
    existing: dict[str, Any],
) -> None:
    """Add edit/remove commands to each group (``existing`` holds the groups cli.py
    already made), and the ``trash`` and ``undo`` commands."""
    from casedesk.cli_trash import register as register_trash

    for name, (kind, noun, editable) in GROUPS.items():
        parent = existing.get(name) or _existing_group(sub, name) or group(name, f"{noun}s")
        metavar = "OBLIGATION" if kind == "compliance" else ("ID" if kind != "client" else "CLIENT")
        if editable:
            ed = cmd(parent, "edit", edit_handler(kind), f"correct a {noun}")
            ed.add_argument("entry", type=entry_id, metavar=metavar)
            if kind == "compliance":
                ed.add_argument("--client", required=True, metavar="CLIENT")
            _add_options(ed, kind)
            ed.add_argument("--json", action="store_true")
        verb = "delete" if kind == "client" else "remove"
        rm = cmd(parent, verb, remove_handler(kind), f"{verb} a {noun}; it goes to the Trash")
        rm.add_argument("entry", type=str if kind == "client" else entry_id, metavar=metavar)
        if kind == "compliance":
            rm.add_argument("--client", required=True, metavar="CLIENT")
        rm.add_argument("--reason", required=True, help="why, e.g. 'entered on the wrong client'")
        rm.add_argument("--json", action="store_true")
    register_trash(sub, cmd)
    un = cmd(sub, "undo", undo, "undo the last change you made on this store (as a new change)")
    un.add_argument("--json", action="store_true")
