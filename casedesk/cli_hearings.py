"""Command-line hearings: ``casedesk hearings add|list|edit|remove``.

``casedesk hearings add 3 --when "2025-06-12 09:30" --kind status_conference --place
"Courtroom 4C"`` reads the time on the matter's court's clock and prints the new id;
``hearings list`` shows each with its zone; ``edit`` and ``remove`` are the same
corrections as every other entry (``services.records``: version-checked, audited,
removed to the Trash). Registered from ``casedesk.cli`` with :func:`register`.
"""

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from casedesk.cli_output import EXIT_OK, Cmd, Group, Handler, emit_json, print_new
from casedesk.cli_records import OPTIONS, edit_handler, entry_id, remove_handler
from casedesk.cli_time import day_arg
from casedesk.domain.hearings import HearingKind

if TYPE_CHECKING:
    from casedesk.services.registry import Services


_WHEN_HELP = "e.g. 2025-06-12 09:30, on the court's clock (or name a zone: … America/Chicago)"
#: The edit command's options, in the shape cli_records reads: (flag, field, help).
OPTIONS["hearing"] = [
    ("--kind", "kind", ", ".join(HearingKind.values())),
    ("--when", "when", _WHEN_HELP),
    ("--judge", "judge", "default: the matter's judge"),
    ("--place", "place", "courtroom and building"),
    ("--link", "remote_link", "video or phone link, https://…"),
    ("--note", "note", ""),
]


def _add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.entry_schemas import HearingCreate

    changes = svc.hearings.add(
        HearingCreate(
            matter_id=args.matter,
            kind=args.kind,
            when=args.when,
            judge=args.judge or "",
            place=args.place or "",
            remote_link=args.remote_link or "",
            note=args.note or "",
        )
    )
    return print_new(args, changes.new_id)


def _list(svc: "Services", args: argparse.Namespace) -> int:
    found = svc.hearings.list(
        matter_id=args.matter,
        start=day_arg(args.date_from, "from"),
        end=day_arg(args.date_to, "to"),
    )
    if args.json:
        emit_json([asdict(h) for h in found])
        return EXIT_OK
    if not found:
        print("No hearings.")
    for h in found:
        held = "  (held)" if h.state == "held" else ""
        where = f"  {h.where}" if h.where else ""
        print(f"{h.id:>5}  {h.display}  {h.kind_label} — {h.matter_title}{where}{held}")
    return EXIT_OK


def register(sub: Any, cmd: Cmd, group: Group) -> None:
    """Add the ``hearings`` group to the parser ``casedesk.cli`` builds."""
    hg = group("hearings", "the dates a court sits on a matter")
    ha = cmd(hg, "add", _add, "add a hearing to a matter; prints the new id")
    ha.add_argument("matter", type=entry_id, metavar="MATTER")
    ha.add_argument("--when", required=True, help=_WHEN_HELP)
    ha.add_argument("--kind", required=True, help=", ".join(HearingKind.values()))
    for flag, dest, help_ in OPTIONS["hearing"][2:]:
        ha.add_argument(flag, dest=dest, help=help_ or None)
    ha.add_argument("--json", action="store_true")
    hl = cmd(hg, "list", _list, "hearings, soonest first, each on its court's clock")
    hl.add_argument("--matter", type=entry_id, metavar="MATTER")
    hl.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    hl.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    hl.add_argument("--json", action="store_true")
    he = cmd(hg, "edit", edit_handler("hearing"), "correct a hearing")
    he.add_argument("entry", type=entry_id, metavar="ID")
    for flag, dest, help_ in OPTIONS["hearing"]:
        he.add_argument(flag, dest=dest, help=help_ or None)
    he.add_argument("--json", action="store_true")
    hr = cmd(hg, "remove", remove_handler("hearing"), "remove a hearing; it goes to the Trash")
    hr.add_argument("entry", type=entry_id, metavar="ID")
    hr.add_argument("--reason", required=True, help="why, e.g. 'adjourned sine die'")
    hr.add_argument("--json", action="store_true")


#: Commands here that only read (no integrity check before them).
READING: frozenset[Handler] = frozenset({_list})
