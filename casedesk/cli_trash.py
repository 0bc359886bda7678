"""The command line's Trash: list what was removed, restore it, or purge it for good.

``casedesk trash list [--kind K] [--json]``, ``casedesk trash restore ITEM``,
``casedesk trash purge ITEM --reason T``. A purge names the backups that still hold
the data (they are not touched: delete them yourself if they must go too).
"""

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from casedesk.cli_output import EXIT_OK, emit_json
from casedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services


def _item(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a Trash item number")
    return int(text)


def trash_list(svc: "Services", args: argparse.Namespace) -> int:
    items = svc.trash.list(args.kind)
    if args.json:
        emit_json([item.__dict__ for item in items])
        return EXIT_OK
    if not items:
        print("The Trash is empty.", file=sys.stderr)
    for item in items:
        came = ", ".join(f"{n} {k}" for k, n in item.contains.items() if k != item.kind)
        print(
            f"{item.id:>5}  {item.removed_at[:16]}  {item.removed_by:<12} {item.label[:50]:<50}"
            f"  — {item.reason}" + (f"  (with {came})" if came else "")
        )
    return EXIT_OK


def trash_restore(svc: "Services", args: argparse.Namespace) -> int:
    item = svc.trash.get(args.item)
    changes = svc.trash.restore(args.item)
    if args.json:
        emit_json({"item": args.item, "kind": item.kind, "id": changes.new_id})
    else:
        print(f"Restored {item.label} (id {changes.new_id}).")
    return EXIT_OK


def trash_purge(svc: "Services", args: argparse.Namespace) -> int:
    item = svc.trash.get(args.item)
    holding = svc.trash.backups_holding(args.item)
    if not args.yes and sys.stdin.isatty():
        print(f"Purge {item.label} for good? This cannot be undone.")
        for path in holding:
            print(f"  The backup {path} still holds it.")
        if input("Purge? [y/N] ").strip().lower() not in ("y", "yes", "s", "si", "sí"):
            print("Nothing was changed.")
            return EXIT_OK
    elif not args.reason.strip():
        raise ValidationError("reason", "is required and cannot be blank")
    svc.trash.purge(args.item, args.reason)
    if args.json:
        emit_json(
            {"purged": args.item, "kind": item.kind, "backups_holding": [str(p) for p in holding]}
        )
    else:
        print(f"Purged {item.label}: it is gone from the store and its audit values.")
        for path in holding:
            print(f"The backup {path} still holds it.", file=sys.stderr)
    return EXIT_OK


def register(sub: Any, cmd: Callable[..., argparse.ArgumentParser]) -> None:
    gp = sub.add_parser("trash", help="removed entries: list, restore, purge")
    trash = gp.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(gp))
    tl = cmd(trash, "list", trash_list, "what was removed, newest first")
    tl.add_argument("--kind", help="only this kind (status, note, client, ...)")
    tl.add_argument("--json", action="store_true")
    tr = cmd(trash, "restore", trash_restore, "put an item back, with all that hung on it")
    tr.add_argument("item", type=_item, metavar="ITEM")
    tr.add_argument("--json", action="store_true")
    tp = cmd(trash, "purge", trash_purge, "delete an item for good, audit values included")
    tp.add_argument("item", type=_item, metavar="ITEM")
    tp.add_argument("--reason", required=True)
    tp.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    tp.add_argument("--json", action="store_true")
