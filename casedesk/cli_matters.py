"""The command line's matters, court orders, obligations and compliance."""

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from casedesk import cli_time
from casedesk.cli_output import (
    EXIT_OK,
    Cmd,
    Group,
    Handler,
    choices,
    emit_json,
    print_new,
    record_id,
)
from casedesk.domain.courts import court_zone
from casedesk.domain.due import DueMoment
from casedesk.domain.enums import (
    Compliance,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)

if TYPE_CHECKING:
    from casedesk.services.registry import Services


def _matters_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import MatterCreate

    changes = svc.matters.add(
        MatterCreate(
            title=args.title,
            kind=args.kind,
            court=args.court,
            docket=args.docket,
            judge=args.judge or "",
        )
    )
    return print_new(args, changes.new_id)


def _matters_link(svc: "Services", args: argparse.Namespace) -> int:
    svc.matters.link(svc.clients.resolve(args.client), args.matter, args.role)
    return EXIT_OK


def _matters_list(svc: "Services", args: argparse.Namespace) -> int:
    matters = svc.matters.list()
    if args.json:
        emit_json([m.model_dump(exclude={"parties", "orders"}) for m in matters])
    else:
        for m in matters:
            print(f"{m.id:>5}  {m.title}  {m.court} {m.docket}  {m.judge}")
    return EXIT_OK


def _matters_show(svc: "Services", args: argparse.Namespace) -> int:
    m = svc.matters.get(args.matter)
    if args.json:
        emit_json(m.model_dump())
        return EXIT_OK
    print(f"{m.title}, {m.court} {m.docket} ({m.judge})")
    print(f"  {len(m.parties)} people on the roster; {len(m.orders)} orders")
    for o in m.orders:
        print(f"  Order {o.id}: {o.title} [{OrderStatus(o.status).label}] issued {o.issued_at}")
    return EXIT_OK


def _orders_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import OrderCreate

    changes = svc.orders.add(
        OrderCreate(
            matter_id=args.matter,
            kind=args.kind,
            title=args.title,
            issued=args.issued,
            status=args.status,
            summary=args.summary or "",
        )
    )
    return print_new(args, changes.new_id)


def _orders_show(svc: "Services", args: argparse.Namespace) -> int:
    o = svc.orders.get(args.order)
    if args.json:
        emit_json(o.model_dump())
        return EXIT_OK
    print(f"{o.title} — {o.matter_title}, {o.court} {o.docket}")
    issued = DueMoment(datetime.fromisoformat(o.issued_at), court_zone(o.court)).display()
    print(f"  {OrderKind(o.kind).label}; issued {issued}; {OrderStatus(o.status).label}")
    for ob in o.obligations:
        late = f"OVERDUE by {ob.days_overdue} days" if ob.overdue else ob.state
        print(f"  Obligation {ob.id}: {ob.text} — due {ob.due_display} — {late}")
        counts: dict[str, int] = {}
        for c in ob.compliance:
            counts[c.status] = counts.get(c.status, 0) + 1
        print(
            "    "
            + (
                ", ".join(f"{Compliance(k).label}: {n}" for k, n in sorted(counts.items()))
                or f"as a whole: {Compliance(ob.whole_compliance or 'pending').label}"
            )
        )
    return EXIT_OK


def _obligations_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import ObligationCreate

    clients = tuple(svc.clients.resolve(c) for c in args.client or [])
    changes = svc.orders.add_obligation(
        ObligationCreate(
            order_id=args.order,
            text=args.text,
            due=args.due,
            client_ids=clients,
            after=args.after,
            within=args.within,
        )
    )
    return print_new(args, changes.new_id)


def _compliance_set(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import ComplianceSet

    svc.orders.set_compliance(
        ComplianceSet(
            obligation_id=args.obligation,
            client_id=svc.clients.resolve(args.client),
            status=args.status,
            evidence=args.evidence or "",
            date=args.date,
        )
    )
    return EXIT_OK


#: Commands here that only read (no integrity check before them).
READING: frozenset[Handler] = frozenset({_matters_list, _matters_show, _orders_show})


def register(sub: Any, cmd: Cmd, group: Group) -> dict[str, Any]:
    """Add the matters, orders, obligations and compliance groups; returns them, for the
    modules that add more commands to them (time, corrections)."""
    m = group("matters", "matters and their rosters")
    ma = cmd(m, "add", _matters_add, "open a matter; prints the new id")
    ma.add_argument("--title", required=True)
    ma.add_argument("--kind", required=True, help=choices(MatterKind.values()))
    ma.add_argument("--court", required=True, help="e.g. D.D.C., D. Mass., 4th Cir., U.S., EOIR")
    ma.add_argument("--docket", required=True, help="e.g. 1:25-cv-00766, 24A931, 25-5067")
    ma.add_argument("--judge")
    ma.add_argument("--json", action="store_true")
    ml = cmd(m, "link", _matters_link, "put a client on a matter's roster")
    ml.add_argument("client", metavar="CLIENT")
    ml.add_argument("matter", type=record_id, metavar="MATTER")
    ml.add_argument("--role", required=True, help=choices(PartyRole.values()))
    mls = cmd(m, "list", _matters_list, "list matters")
    mls.add_argument("--json", action="store_true")
    msh = cmd(m, "show", _matters_show, "show a matter with its orders")
    msh.add_argument("matter", type=record_id, metavar="MATTER")
    msh.add_argument("--json", action="store_true")

    o = group("orders", "court orders")
    oa = cmd(o, "add", _orders_add, "record a court order; prints the new id")
    oa.add_argument("--matter", type=record_id, required=True)
    oa.add_argument("--kind", required=True, help=choices(OrderKind.values()))
    oa.add_argument("--title", required=True)
    oa.add_argument("--issued", required=True, help="e.g. 2025-03-15T18:45-04:00 or 2025-03-15")
    oa.add_argument("--status", default="in_force", help=choices(OrderStatus.values()))
    oa.add_argument("--summary")
    oa.add_argument("--json", action="store_true")
    osh = cmd(o, "show", _orders_show, "show an order, its obligations and compliance")
    osh.add_argument("order", type=record_id, metavar="ORDER")
    osh.add_argument("--json", action="store_true")

    ob = group("obligations", "what orders require, by when")
    oba = cmd(ob, "add", _obligations_add, "add an obligation to an order; prints the new id")
    oba.add_argument("--order", type=record_id, required=True)
    oba.add_argument("--text", required=True)
    oba.add_argument("--due", help="e.g. 2025-04-07 23:59 (in the court's zone)")
    cli_time.add_due_arguments(oba)
    oba.add_argument(
        "--client", action="append", metavar="CLIENT", help="repeat; none: binds the whole roster"
    )
    oba.add_argument("--json", action="store_true")

    co = group("compliance", "whether obligations were met")
    cos = cmd(co, "set", _compliance_set, "record compliance for one person")
    cos.add_argument("obligation", type=record_id, metavar="OBLIGATION")
    cos.add_argument("--client", required=True)
    cos.add_argument("--status", required=True, help=choices(Compliance.values()))
    cos.add_argument("--evidence")
    cos.add_argument("--date", help="when it was established (default today)")
    return {"matters": m, "orders": o, "obligations": ob, "compliance": co}
