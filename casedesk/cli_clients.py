"""The command line's clients: list, show and add them, their legal status and
whereabouts entries, search, and duplicates (list, merge, "different people")."""

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from casedesk.cli_output import (
    EXIT_OK,
    Cmd,
    Group,
    Handler,
    choices,
    emit_json,
    print_new,
)
from casedesk.domain.enums import Confidence, CustodyKind, LegalStatus

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.services.schemas import ClientDetail, ClientRow


def _row_line(row: "ClientRow") -> str:
    status = LegalStatus(row.status).label
    where = CustodyKind(row.whereabouts).label if row.whereabouts else "—"
    contact = f"{row.days_since_contact} d" if row.days_since_contact is not None else "—"
    return f"{row.id:>7}  {row.display_name[:38]:<38}  {row.a_number_display or '':<13}  {status[:24]:<24}  {where[:20]:<20}  {contact}"


def _clients_list(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import ClientQuery

    offset, page = 0, 1000
    first = True
    if args.json:
        sys.stdout.write("[")
    remaining = args.limit
    while True:
        size = page if remaining is None else min(page, remaining)
        if size <= 0:
            break
        result = svc.clients.list(
            ClientQuery(
                status=args.status,
                nationality=args.nationality,
                include_archived=args.archived,
                offset=offset,
                limit=size,
            )
        )
        for row in result.rows:
            if args.json:
                sys.stdout.write(
                    ("\n  " if first else ",\n  ")
                    + json.dumps(row.model_dump(), ensure_ascii=False)
                )
            else:
                if first:
                    print(
                        f"{'ID':>7}  {'NAME':<38}  {'A-NUMBER':<13}  {'STATUS':<24}  {'WHEREABOUTS':<20}  LAST CONTACT"
                    )
                print(_row_line(row))
            first = False
        offset += len(result.rows)
        if remaining is not None:
            remaining -= len(result.rows)
        if len(result.rows) < size:
            break
    if args.json:
        sys.stdout.write("\n]\n" if not first else "]\n")
    elif first:
        print("No clients match.", file=sys.stderr)
    return EXIT_OK


def _print_detail(d: "ClientDetail") -> None:
    print(f"{d.display_name}  (client {d.id})")
    print(f"  A-Number:     {d.a_number_display or 'unknown'}")
    print(f"  Born:         {d.dob or 'unknown'}    Nationality: {d.nationality or 'unknown'}")
    for a in d.aliases:
        print(f"  Also known as {a.display_name}" + (f" ({a.source})" if a.source else ""))
    print(
        f"  Status:       {LegalStatus(d.status).label}"
        + (f" since {d.status_since}" if d.status_since else "")
    )
    where = CustodyKind(d.whereabouts).label if d.whereabouts else "unknown"
    print(f"  Whereabouts:  {where} {d.whereabouts_place}".rstrip())
    if d.days_since_contact is not None:
        print(f"  Last contact: {d.last_contact} ({d.days_since_contact} days ago)")
    print("  Legal status history:")
    for s in d.statuses or []:
        print(
            f"    {s.date or 'unknown':<11} {s.label}{' as to ' + s.country if s.country else ''}  [{s.source}; {s.confidence}]"
        )
    print("  Whereabouts timeline:")
    for e in d.custody:
        print(
            f"    {e.date or 'unknown':<11} {e.label:<20} {e.place} {e.country or ''}  [{e.source}; {e.confidence}]"
        )
    for m in d.matter_links:
        print(f"  Matter {m.matter_id}: {m.title}, {m.court} {m.docket} ({m.role})")
    for o in d.obligations:
        flag = f"OVERDUE {o.days_overdue} d" if o.overdue else o.compliance
        print(
            f"  Obligation {o.obligation_id} (order {o.order_id}): {o.text} — due {o.due_display} — {flag}"
        )


def _clients_show(svc: "Services", args: argparse.Namespace) -> int:
    detail = svc.clients.get(svc.clients.resolve(args.client))
    if args.json:
        emit_json(detail.model_dump())
    else:
        _print_detail(detail)
    return EXIT_OK


def _clients_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import ClientCreate

    changes = svc.clients.add(
        ClientCreate(
            given=args.given,
            surname=args.surname,
            second_surname=args.second_surname or "",
            description=args.description or "",
            a_number=args.a_number,
            dob=args.dob,
            nationality=args.nationality,
        )
    )
    return print_new(args, changes.new_id)


def _status_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import StatusCreate

    cid = svc.clients.resolve(args.client)
    changes = svc.clients.add_status(
        cid,
        StatusCreate(
            status=args.status,
            date=args.date,
            country=args.country,
            source=args.source or "",
            confidence=args.confidence,
        ),
    )
    return print_new(args, changes.new_id)


def _custody_add(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.schemas import CustodyCreate

    cid = svc.clients.resolve(args.client)
    changes = svc.clients.add_custody(
        cid,
        CustodyCreate(
            kind=args.kind,
            date=args.date,
            place=args.place or "",
            country=args.country,
            source=args.source or "",
            confidence=args.confidence,
        ),
    )
    return print_new(args, changes.new_id)


def _search(svc: "Services", args: argparse.Namespace) -> int:
    hits = svc.search.clients(args.text, limit=args.limit)
    if args.json:
        emit_json([h.model_dump() for h in hits])
    elif not hits:
        print(f"No client matches {args.text!r}.", file=sys.stderr)
    else:
        for h in hits:
            print(_row_line(h))
    return EXIT_OK


def _duplicates(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.services.duplicates import describe

    found = svc.duplicates.candidates(limit=args.limit)
    if args.json:
        emit_json([describe(c) for c in found])
    elif not found:
        print("No likely duplicates.")
    else:
        for c in found:
            print(
                f"{c.keep_id:>7} {c.keep_name}  ~  {c.other_id:>7} {c.other_name}  ({c.reason}, {c.score:.0f})"
            )
        print(f"{len(found):,} pairs. Merge one with: casedesk merge KEEP OTHER", file=sys.stderr)
    return EXIT_OK


def _merge(svc: "Services", args: argparse.Namespace) -> int:
    keep, other = svc.clients.resolve(args.keep), svc.clients.resolve(args.other)
    if args.different:
        svc.duplicates.mark_distinct(keep, other)
        print(f"Clients {keep} and {other} are recorded as different people.")
    else:
        svc.duplicates.merge(keep, other)
        print(f"Merged client {other} into {keep}; its name is kept as an alias.")
    return EXIT_OK


#: Commands here that only read (no integrity check before them).
READING: frozenset[Handler] = frozenset({_clients_list, _clients_show, _search, _duplicates})


def register(sub: Any, cmd: Cmd, group: Group) -> dict[str, Any]:
    """Add the clients, status, custody, search, duplicates and merge commands; returns
    the groups others add to (``clients``, ``status``, ``custody``)."""
    c = group("clients", "list, show and add clients")
    cl = cmd(c, "list", _clients_list, "list clients")
    cl.add_argument("--status", help=choices(LegalStatus.values()))
    cl.add_argument("--nationality", help="country code or name")
    cl.add_argument("--archived", action="store_true", help="include archived clients")
    cl.add_argument("--limit", type=int)
    cl.add_argument("--json", action="store_true")
    cs = cmd(c, "show", _clients_show, "show one client with its history")
    cs.add_argument("client", metavar="ID|A-NUMBER")
    cs.add_argument("--json", action="store_true")
    ca = cmd(c, "add", _clients_add, "add a client; prints the new id")
    ca.add_argument("--given", default="")
    ca.add_argument("--surname", default="")
    ca.add_argument("--second-surname")
    ca.add_argument("--description", help="for an unidentified person")
    ca.add_argument("--a-number")
    ca.add_argument("--dob", help="date of birth: 1990, 1990-05, 1990-05-17, ~1990")
    ca.add_argument("--nationality", help="country code or name")
    ca.add_argument("--json", action="store_true")

    s = group("status", "legal status history")
    sa = cmd(s, "add", _status_add, "add a legal status entry")
    sa.add_argument("client", metavar="CLIENT")
    sa.add_argument("--status", required=True, help=choices(LegalStatus.values()))
    sa.add_argument("--date", required=True)
    sa.add_argument("--country", help="required for withholding_granted and cat_protection")
    sa.add_argument("--source")
    sa.add_argument("--confidence", default="reported", help=choices(Confidence.values()))

    cu = group("custody", "whereabouts timeline")
    cua = cmd(cu, "add", _custody_add, "add a custody or whereabouts event")
    cua.add_argument("client", metavar="CLIENT")
    cua.add_argument("--kind", required=True, help=choices(CustodyKind.values()))
    cua.add_argument("--date", required=True)
    cua.add_argument("--place")
    cua.add_argument("--country")
    cua.add_argument("--source")
    cua.add_argument("--confidence", default="reported", help=choices(Confidence.values()))

    se = cmd(sub, "search", _search, "find clients by name, alias, A-Number or note text")
    se.add_argument("text")
    se.add_argument("--limit", type=int, default=50)
    se.add_argument("--json", action="store_true")

    du = cmd(sub, "duplicates", _duplicates, "list records that may be the same person")
    du.add_argument("--limit", type=int, default=500)
    du.add_argument("--json", action="store_true")

    mg = cmd(sub, "merge", _merge, "merge OTHER into KEEP (or record them as different people)")
    mg.add_argument("keep", metavar="KEEP")
    mg.add_argument("other", metavar="OTHER")
    mg.add_argument(
        "--different",
        action="store_true",
        help="they are different people: stop suggesting the pair",
    )
    return {"clients": c, "status": s, "custody": cu}
