"""Command-line commands about time: `due`, `deadlines`, `orders status`, whole-obligation
compliance and court closures.

Registered from ``casedesk.cli`` with :func:`register`; handlers take the services and
the parsed arguments like every other command, and refusals raise the shared typed
errors (exit 3 invalid, 4 not found).
"""

import argparse
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from casedesk.cli_output import EXIT_OK, Cmd, Handler, emit_json, print_new
from casedesk.domain.court_days import PERIOD_EXAMPLES
from casedesk.domain.due import DueState
from casedesk.domain.enums import Compliance, OrderStatus
from casedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services


_WITHIN_HELP = f"a period instead of --due: {PERIOD_EXAMPLES} (FRCP 6(a))"
_AFTER_HELP = "the event the period runs from, e.g. 2025-06-20 or 2025-06-20 17:00"


def _due(svc: "Services", args: argparse.Namespace) -> int:
    computed = svc.court_calendar.compute(args.after, args.within, court=args.court)
    here = computed.due.display(svc.ctx.zone)
    if args.json:
        emit_json(
            {
                "due_utc": computed.due.utc_text(),
                "due_zone": computed.due.zone,
                "due_at": computed.due.iso_with_zone(),
                "due_display": here,
                "after": computed.trigger.iso_with_zone(),
                "within": computed.period.text(),
                "working": computed.working,
            }
        )
        return EXIT_OK
    print(f"Due {here}")
    print(f"  {computed.working}")
    return EXIT_OK


def _deadlines_add(svc: "Services", args: argparse.Namespace) -> int:
    changes = svc.deadlines.add(
        args.title,
        args.due,
        client_id=svc.clients.resolve(args.client) if args.client else None,
        matter_id=args.matter,
        note=args.note or "",
        after=args.after,
        within=args.within,
    )
    return print_new(args, changes.new_id)


def _deadlines_list(svc: "Services", args: argparse.Namespace) -> int:
    start = day_arg(args.date_from, "from")
    end = day_arg(args.date_to, "to")
    items = svc.deadlines.agenda(start, end, include_done=args.done)
    if args.json:
        emit_json([asdict(i) for i in items])
        return EXIT_OK
    if not items:
        print("Nothing due.")
    for i in items:
        state = DueState(i.state)
        flag = f"OVERDUE by {i.days_overdue} days" if i.overdue else state.label
        where = i.matter_title or i.client_name
        print(f"{i.kind:<10} {i.id:>5}  {i.due_display}  {flag}  {i.title}  {where}".rstrip())
    return EXIT_OK


def _retrigger(svc: "Services", args: argparse.Namespace) -> int:
    kind = "obligation" if args.obligation else "deadline"
    svc.court_calendar.retrigger(kind, args.id, args.after)
    return EXIT_OK


def _orders_status(svc: "Services", args: argparse.Namespace) -> int:
    svc.orders.set_status(
        args.order, args.status, args.date, source=args.source or "", note=args.note or ""
    )
    order = svc.orders.summary(args.order)
    print(f"Order {order.id} is now {OrderStatus(order.status).label.lower()}.")
    return EXIT_OK


def _compliance_whole(svc: "Services", args: argparse.Namespace) -> int:
    svc.findings.record(args.obligation, args.status, evidence=args.evidence or "", date=args.date)
    return EXIT_OK


def _closures_add(svc: "Services", args: argparse.Namespace) -> int:
    svc.court_calendar.add_closure(args.court, args.day, args.reason or "")
    return EXIT_OK


def _closures_remove(svc: "Services", args: argparse.Namespace) -> int:
    svc.court_calendar.remove_closure(args.court, args.day)
    return EXIT_OK


def _closures_list(svc: "Services", args: argparse.Namespace) -> int:
    rows = svc.court_calendar.closures(args.court)
    if args.json:
        emit_json([asdict(r) for r in rows])
    for r in [] if args.json else rows:
        print(f"{r.court:<12} {r.day}  {r.reason}".rstrip())
    return EXIT_OK


def day_arg(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date like 2025-04-07") from None


def add_due_arguments(parser: argparse.ArgumentParser) -> None:
    """--after and --within beside an existing --due (which becomes optional)."""
    parser.add_argument("--after", metavar="DATETIME", help=_AFTER_HELP)
    parser.add_argument("--within", metavar="PERIOD", help=_WITHIN_HELP)


#: Commands here that only read (no integrity check before them).
READING: frozenset[Handler] = frozenset({_due, _deadlines_list, _closures_list})


def register(sub: Any, cmd: Cmd, group: Callable[[str, str], Any], parents: dict[str, Any]) -> None:
    """Add this module's commands to the parser ``casedesk.cli`` builds."""
    du = cmd(sub, "due", _due, "compute a due moment by FRCP 6(a), with the working")
    du.add_argument("--after", required=True, metavar="DATETIME", help=_AFTER_HELP)
    du.add_argument("--within", required=True, metavar="PERIOD", help=PERIOD_EXAMPLES)
    du.add_argument("--court", help="whose zone and closures (default: your zone, no closures)")
    du.add_argument("--json", action="store_true")

    dl = group("deadlines", "the team's own deadlines and the agenda")
    dla = cmd(dl, "add", _deadlines_add, "add a deadline; prints the new id")
    dla.add_argument("--title", required=True)
    dla.add_argument("--due", help="e.g. 2025-04-07 23:59 (in the matter's court's zone)")
    add_due_arguments(dla)
    dla.add_argument("--client", metavar="CLIENT")
    dla.add_argument("--matter", type=int, metavar="MATTER")
    dla.add_argument("--note")
    dla.add_argument("--json", action="store_true")
    dll = cmd(dl, "list", _deadlines_list, "the agenda: everything overdue, then what falls due")
    dll.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    dll.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    dll.add_argument("--done", action="store_true", help="include what is done")
    dll.add_argument("--json", action="store_true")

    dlr = cmd(
        dl,
        "retrigger",
        _retrigger,
        "move the event a computed deadline runs from; its rule recomputes the due moment",
    )
    dlr.add_argument("id", type=int, metavar="ID")
    dlr.add_argument("--after", required=True, metavar="DATETIME", help=_AFTER_HELP)
    dlr.add_argument("--obligation", action="store_true", help="ID is an obligation's")

    ost = cmd(parents["orders"], "status", _orders_status, "record a change of an order's status")
    ost.add_argument("order", type=int, metavar="ORDER")
    ost.add_argument("--status", required=True, help=", ".join(OrderStatus.values()))
    ost.add_argument("--date", required=True, help="when it took effect, e.g. 2025-06-23")
    ost.add_argument("--source", help="e.g. the order or docket entry")
    ost.add_argument("--note")

    cw = cmd(
        parents["compliance"],
        "whole",
        _compliance_whole,
        "record compliance with an obligation as a whole (one binding nobody on the roster)",
    )
    cw.add_argument("obligation", type=int, metavar="OBLIGATION")
    cw.add_argument("--status", required=True, help=", ".join(Compliance.values()))
    cw.add_argument("--evidence")
    cw.add_argument("--date", help="when it was established (default today)")

    cc = group("closures", "days a court was closed (legal holidays for FRCP 6(a))")
    cca = cmd(cc, "add", _closures_add, "record a day a court was closed")
    cca.add_argument("court")
    cca.add_argument("day", metavar="YYYY-MM-DD")
    cca.add_argument("--reason")
    ccr = cmd(cc, "remove", _closures_remove, "forget a recorded closure")
    ccr.add_argument("court")
    ccr.add_argument("day", metavar="YYYY-MM-DD")
    ccl = cmd(cc, "list", _closures_list, "list recorded closures")
    ccl.add_argument("court", nargs="?")
    ccl.add_argument("--json", action="store_true")
