"""The command line: the same services as the GUI, for scripts and for people in a hurry.

Exit codes: 0 done, 2 usage, 3 invalid input (nothing written; stderr names the field
and why), 4 not found, 5 store problem (locked, corrupt, unreadable, a wrong or missing
passphrase). PySide6 is imported only when no subcommand is given and the GUI opens.
"""

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from casedesk import __version__, cli_time
from casedesk.cli_import import add_import_reading_options
from casedesk.cli_output import (
    EXIT_CANCELLED,
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    TerminalProgress,
    emit_json,
)
from casedesk.cli_records import register as register_corrections
from casedesk.cli_store import (
    audit,
    backup,
    check,
    encrypt,
    good_backup_hint,
    init,
    passphrase,
    restore,
    store_refused,
    unlock,
)
from casedesk.cli_team import add_team_commands, run_standalone
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.domain.errors import (
    ConflictError,
    NotFoundError,
    StoreError,
    ValidationError,
)

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.services.schemas import ClientDetail, ClientRow


Handler = Callable[["Services", argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _id(value: str) -> int:
    if not (value.strip().isascii() and value.strip().isdigit()) or int(value) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a record id (a whole number)")
    return int(value)


def _row_line(row: "ClientRow") -> str:
    status = LegalStatus(row.status).label
    where = CustodyKind(row.whereabouts).label if row.whereabouts else "—"
    contact = f"{row.days_since_contact} d" if row.days_since_contact is not None else "—"
    return f"{row.id:>7}  {row.display_name[:38]:<38}  {row.a_number_display or '':<13}  {status[:24]:<24}  {where[:20]:<20}  {contact}"


# ----------------------------------------------------------------------------- clients
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
            f"    {e.date:<11} {e.label:<20} {e.place} {e.country or ''}  [{e.source}; {e.confidence}]"
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


def _print_new(args: argparse.Namespace, new_id: int | None) -> int:
    if getattr(args, "json", False):
        emit_json({"id": new_id})
    else:
        print(new_id)
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
    return _print_new(args, changes.new_id)


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
    return _print_new(args, changes.new_id)


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
    return _print_new(args, changes.new_id)


# ----------------------------------------------------------------------------- matters & orders
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
    return _print_new(args, changes.new_id)


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
    return _print_new(args, changes.new_id)


def _orders_show(svc: "Services", args: argparse.Namespace) -> int:
    o = svc.orders.get(args.order)
    if args.json:
        emit_json(o.model_dump())
        return EXIT_OK
    print(f"{o.title} — {o.matter_title}, {o.court} {o.docket}")
    print(f"  {OrderKind(o.kind).label}; issued {o.issued_at}; {OrderStatus(o.status).label}")
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
    return _print_new(args, changes.new_id)


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


# ----------------------------------------------------------------------------- other
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


def _demo(svc: "Services", args: argparse.Namespace) -> int:
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r  {done:,} / {total:,} clients", end="", file=sys.stderr, flush=True)

    svc.demo.generate(clients=args.clients, seed=args.seed, progress=progress)
    if tty:
        print(file=sys.stderr)
    print(f"Added {args.clients:,} fictional clients to {svc.ctx.store_info().location}")
    return EXIT_OK


def _date_arg(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date; use YYYY-MM-DD") from None


def _brief(svc: "Services", args: argparse.Namespace) -> int:
    key: int | None = None
    if args.document != "deadlines":
        if args.id is None:
            raise ValidationError("id", f"say which {args.document} to print")
        if args.document == "client":
            key = svc.clients.resolve(args.id)
        elif args.id.strip().isascii() and args.id.strip().isdigit():
            key = int(args.id)
        else:
            raise ValidationError("id", f"{args.id!r} is not a {args.document} id (a whole number)")
    elif args.id is not None:
        raise ValidationError("id", "the deadline docket takes --from and --to, not an id")
    out = Path(args.out).expanduser()
    progress = TerminalProgress.if_terminal(f"Writing {out.name}")
    try:
        pages = svc.briefs.render(
            args.document,
            key,
            args.profile,
            out,
            start=_date_arg(args.date_from, "from"),
            end=_date_arg(args.date_to, "to"),
            progress=progress,
            lang=args.lang,
        )
    except KeyboardInterrupt:  # Ctrl-C is how a terminal cancels a long roster
        print("casedesk: the brief was cancelled; no file was written.", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        if progress is not None:
            progress.close()
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}, profile {args.profile})")
    return EXIT_OK


def _import(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.cli_import import with_reading_options
    from casedesk.services.imports import load_mapping

    mapping = with_reading_options(load_mapping(Path(args.mapping)) if args.mapping else None, args)
    _guard_import_outputs(args)  # before anything is written (issue 14, item 9)
    tty = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r  {done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)

    report = svc.imports.run(
        Path(args.file),
        mapping=mapping,
        dry_run=args.dry_run,
        rejects=Path(args.rejects) if args.rejects else None,
        progress=progress,
        replace_names=args.replace_names,
    )
    if tty:
        print(file=sys.stderr)
    if args.save_mapping and report.mapping is not None:
        Path(args.save_mapping).write_text(report.mapping.to_json(), encoding="utf-8")
    if args.json:
        emit_json(report.to_json())
    else:
        print(f"{report.file}: {report.summary()}.")
        if report.date_order:
            print(f"  Dates read {report.date_order} ({report.date_order_reason}).")
        for r in report.rejected[:200]:
            print(f"  row {r.row}, {r.column}: {r.reason}", file=sys.stderr)
        if len(report.rejected) > 200:
            print(f"  … and {len(report.rejected) - 200:,} more problems", file=sys.stderr)
        if report.rejects_file:
            print(f"Refused rows written to {report.rejects_file}; fix them and import that file.")
    return EXIT_INVALID if report.rejected else EXIT_OK


def _guard_import_outputs(args: argparse.Namespace) -> None:
    from casedesk.cli_guard import output_path

    inputs = [Path(args.file), *([Path(args.mapping)] if args.mapping else [])]
    for field, value, kind in (
        ("rejects", args.rejects, "rejects"),
        ("save-mapping", args.save_mapping, "mapping"),
    ):
        if value:
            output_path(field, Path(value), inputs=inputs, kind=kind, force=args.force)
            inputs.append(Path(value))  # --rejects and --save-mapping must differ too


def _export(svc: "Services", args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists() and out.resolve() == svc.ctx.store.path.resolve():
        raise ValidationError("out", f"{out.name} is the store itself; choose another file name")
    if not out.parent.is_dir():
        raise ValidationError("out", f"the folder {out.parent} does not exist")
    if args.format in ("csv", "xlsx"):
        count = svc.exports.clients_table(
            out, fmt=args.format, profile=args.profile, include_archived=args.archived
        )
        print(f"Wrote {count:,} clients to {out} (profile {args.profile})")
    elif args.format == "json":
        if args.profile != "full":
            raise ValidationError(
                "profile",
                "the JSON export is the whole privileged store; "
                "use csv or xlsx for a redacted list",
            )
        counts = svc.exports.store_json(out)
        print(f"Wrote the whole store to {out} ({counts.get('client', 0):,} clients)")
    else:
        count = svc.exports.calendar_ics(out)
        print(f"Wrote {count:,} deadlines and obligation due dates to {out}")
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


def _settings(svc: "Services", args: argparse.Namespace) -> int:
    if args.key is not None:
        if args.value is None:
            raise ValidationError("value", f"give a value for {args.key}")
        svc.settings.set(args.key, args.value)
    for key, value in svc.settings.all().items():
        print(f"{key:<13} {value}")
    return EXIT_OK


# Handlers that only read: no integrity check before them.
_READING: frozenset[Handler] = frozenset(
    {
        _clients_list,
        _clients_show,
        _matters_list,
        _matters_show,
        _orders_show,
        _search,
        check,
        audit,
        _duplicates,
        *cli_time.READING,
    }
)


# ----------------------------------------------------------------------------- parser
def _choices(values: Sequence[str]) -> str:
    return ", ".join(values)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="casedesk",
        description="Offline case management for immigration and human-rights advocates.",
    )
    p.add_argument(
        "--db", metavar="PATH", help="store file (default: $CASEDESK_DB, else the user data folder)"
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read an encrypted store's passphrase from the first line of FILE "
        "(else $CASEDESK_PASSPHRASE, else you are asked)",
    )
    p.add_argument("--version", action="version", version=f"casedesk {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    p.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait until it is shown, then exit (for install checks)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def cmd(parent: Any, name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_)
        sp.set_defaults(handler=handler)
        return sp

    def group(name: str, help_: str) -> Any:
        gp = sub.add_parser(name, help=help_, description=help_)
        return gp.add_subparsers(
            dest="action", metavar="ACTION", required=True, parser_class=_Parser
        )

    d = cmd(sub, "demo", _demo, "add fictional demo records (deterministic by seed)")
    d.add_argument("--clients", type=int, default=200)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument(
        "--throwaway",
        action="store_true",
        help="make a new store in a temporary folder, open the window on it, "
        "delete it when the window closes (no --db needed)",
    )

    c = group("clients", "list, show and add clients")
    cl = cmd(c, "list", _clients_list, "list clients")
    cl.add_argument("--status", help=_choices(LegalStatus.values()))
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
    sa.add_argument("--status", required=True, help=_choices(LegalStatus.values()))
    sa.add_argument("--date", required=True)
    sa.add_argument("--country", help="required for withholding_granted and cat_protection")
    sa.add_argument("--source")
    sa.add_argument("--confidence", default="reported", help=_choices(Confidence.values()))

    cu = group("custody", "whereabouts timeline")
    cua = cmd(cu, "add", _custody_add, "add a custody or whereabouts event")
    cua.add_argument("client", metavar="CLIENT")
    cua.add_argument("--kind", required=True, help=_choices(CustodyKind.values()))
    cua.add_argument("--date", required=True)
    cua.add_argument("--place")
    cua.add_argument("--country")
    cua.add_argument("--source")
    cua.add_argument("--confidence", default="reported", help=_choices(Confidence.values()))

    m = group("matters", "matters and their rosters")
    ma = cmd(m, "add", _matters_add, "open a matter; prints the new id")
    ma.add_argument("--title", required=True)
    ma.add_argument("--kind", required=True, help=_choices(MatterKind.values()))
    ma.add_argument("--court", required=True, help="e.g. D.D.C., D. Mass., 4th Cir., U.S., EOIR")
    ma.add_argument("--docket", required=True, help="e.g. 1:25-cv-00766, 24A931, 25-5067")
    ma.add_argument("--judge")
    ma.add_argument("--json", action="store_true")
    ml = cmd(m, "link", _matters_link, "put a client on a matter's roster")
    ml.add_argument("client", metavar="CLIENT")
    ml.add_argument("matter", type=_id, metavar="MATTER")
    ml.add_argument("--role", required=True, help=_choices(PartyRole.values()))
    mls = cmd(m, "list", _matters_list, "list matters")
    mls.add_argument("--json", action="store_true")
    msh = cmd(m, "show", _matters_show, "show a matter with its orders")
    msh.add_argument("matter", type=_id, metavar="MATTER")
    msh.add_argument("--json", action="store_true")

    o = group("orders", "court orders")
    oa = cmd(o, "add", _orders_add, "record a court order; prints the new id")
    oa.add_argument("--matter", type=_id, required=True)
    oa.add_argument("--kind", required=True, help=_choices(OrderKind.values()))
    oa.add_argument("--title", required=True)
    oa.add_argument("--issued", required=True, help="e.g. 2025-03-15T18:45-04:00 or 2025-03-15")
    oa.add_argument("--status", default="in_force", help=_choices(OrderStatus.values()))
    oa.add_argument("--summary")
    oa.add_argument("--json", action="store_true")
    osh = cmd(o, "show", _orders_show, "show an order, its obligations and compliance")
    osh.add_argument("order", type=_id, metavar="ORDER")
    osh.add_argument("--json", action="store_true")

    ob = group("obligations", "what orders require, by when")
    oba = cmd(ob, "add", _obligations_add, "add an obligation to an order; prints the new id")
    oba.add_argument("--order", type=_id, required=True)
    oba.add_argument("--text", required=True)
    oba.add_argument("--due", help="e.g. 2025-04-07 23:59 (in the court's zone)")
    cli_time.add_due_arguments(oba)
    oba.add_argument(
        "--client", action="append", metavar="CLIENT", help="repeat; none: binds the whole roster"
    )
    oba.add_argument("--json", action="store_true")

    co = group("compliance", "whether obligations were met")
    cos = cmd(co, "set", _compliance_set, "record compliance for one person")
    cos.add_argument("obligation", type=_id, metavar="OBLIGATION")
    cos.add_argument("--client", required=True)
    cos.add_argument("--status", required=True, help=_choices(Compliance.values()))
    cos.add_argument("--evidence")
    cos.add_argument("--date", help="when it was established (default today)")

    se = cmd(sub, "search", _search, "find clients by name, alias, A-Number or note text")
    se.add_argument("text")
    se.add_argument("--limit", type=int, default=50)
    se.add_argument("--json", action="store_true")

    br = cmd(sub, "brief", _brief, "print a PDF brief")
    br.add_argument("document", choices=("client", "matter", "order", "deadlines"))
    br.add_argument(
        "id", nargs="?", metavar="ID", help="client (id or A-Number), matter or order id"
    )
    br.add_argument("--profile", required=True, help="full, court or public")
    br.add_argument("--out", required=True, metavar="FILE.pdf")
    br.add_argument(
        "--lang", default="en", choices=("en", "es"), help="language of the brief (es: Spanish)"
    )
    br.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="deadlines: period start"
    )
    br.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="deadlines: period end")

    im = cmd(sub, "import", _import, "import clients from CSV, XLSX or a casedesk JSON export")
    im.add_argument("file", metavar="FILE")
    im.add_argument(
        "--mapping", metavar="MAP.json", help="column mapping to use (see --save-mapping)"
    )
    im.add_argument(
        "--save-mapping", metavar="MAP.json", help="write the mapping used, to correct and reuse"
    )
    im.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    im.add_argument(
        "--rejects", metavar="OUT.csv", help="write refused rows here, to fix and import again"
    )
    im.add_argument("--json", action="store_true")
    im.add_argument("--force", action="store_true", help="replace existing output files")
    add_import_reading_options(im)

    ex = cmd(
        sub,
        "export",
        _export,
        "export clients (csv, xlsx), the whole store (json) or deadlines (ics)",
    )
    ex.add_argument("--format", required=True, choices=("csv", "xlsx", "json", "ics"))
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.add_argument("--profile", default="full", choices=("full", "court", "public"))
    ex.add_argument("--archived", action="store_true", help="include archived clients")

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

    au = cmd(
        sub, "audit", audit, "the audit trail, newest first (who changed what, before and after)"
    )
    au.add_argument("--client", metavar="CLIENT", help="only entries about this client")
    au.add_argument("--limit", type=int, default=200)
    au.add_argument("--json", action="store_true")

    bk = cmd(sub, "backup", backup, "write a verified backup (default: backups/ beside the store)")
    bk.add_argument("--out", metavar="FILE.sqlite")
    bk.add_argument("--force", action="store_true", help="replace a file casedesk did not write")
    rs = cmd(sub, "restore", restore, "replace the store with a verified backup")
    rs.add_argument("file", metavar="FILE.sqlite")
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    st = cmd(sub, "settings", _settings, "show settings, or set one: settings KEY VALUE")
    st.add_argument("key", nargs="?", help="organisation, address, logo, page_size or backups_keep")
    st.add_argument("value", nargs="?")

    cmd(
        sub,
        "encrypt",
        encrypt,
        "encrypt the store and its backups in place under a new passphrase "
        "(a verified backup is kept until it succeeds)",
    )
    pw = cmd(
        sub,
        "passphrase",
        passphrase,
        "change an encrypted store's passphrase (its backups follow)",
    )
    pw.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from FILE (else $CASEDESK_NEW_PASSPHRASE, else asked twice)",
    )

    cmd(sub, "init", init, "create a new, empty store at --db (other commands never create one)")

    ch = cmd(sub, "check", check, "verify the store's integrity and audit trail")
    ch.add_argument("--json", action="store_true")
    add_team_commands(sub, cmd)
    ch.add_argument(
        "--anchor",
        metavar="HASH",
        help="an audit hash kept elsewhere (a brief's footer, a backup manifest): the trail "
        "must still contain it",
    )
    cli_time.register(sub, cmd, group, {"orders": o, "compliance": co})
    existing = {"clients": c, "status": s, "custody": cu, "matters": m, "orders": o}
    existing.update({"obligations": ob, "compliance": co})
    register_corrections(sub, cmd, group, existing)
    return p


def _open_services(path: Path | str, passphrase: str | None = None) -> "Services":
    """For the GUI: the passphrase typed in the unlock dialog, else the environment's."""
    from casedesk import app
    from casedesk import passphrase_input as pi

    return app.open_services(path, passphrase=passphrase or pi.given(None))


def _open_team(url: str) -> "Services":
    from casedesk import app

    return app.open_services(url)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from casedesk import log, paths

    if args.command is None:
        # The window opens first and the store behind it (see casedesk.ui.application).
        from casedesk.ui.application import launch
        from casedesk.ui.team.open_dialog import set_opener

        set_opener(_open_team)  # File ▸ Open team store…

        path = paths.store_location(args.db)
        return launch(
            lambda passphrase: _open_services(path, passphrase),
            smoke=args.smoke,
            verbose=args.verbose,
            store_name=lambda: path.name if isinstance(path, Path) else "team store",
        )
    if getattr(args, "throwaway", False):
        from casedesk.cli_demo import throwaway

        return throwaway(args)
    log.configure(None, verbose=args.verbose)
    if getattr(args, "standalone", None) is not None:  # team init / push: no store open yet
        return run_standalone(args)
    from casedesk import check_schedule
    from casedesk.cli_guard import require_store

    location = paths.store_location(args.db)
    check = False
    if isinstance(location, Path):  # a team store's server checks itself
        try:
            require_store(location, args.command)
        except NotFoundError as exc:
            print(f"casedesk: {exc}", file=sys.stderr)
            return EXIT_NOT_FOUND
        # The whole-store check runs on a schedule, not before every write (see check_schedule).
        check = getattr(args, "handler", None) not in _READING and check_schedule.due(location)
    try:
        services = unlock(location, args, check=check)
        if check and isinstance(location, Path) and not services.ctx.store.read_only:
            check_schedule.passed(location)
    except ValidationError as exc:
        print(f"casedesk: invalid {exc.field}: {exc.reason}. Nothing was changed.", file=sys.stderr)
        return EXIT_INVALID
    except StoreError as exc:
        if not isinstance(location, Path):  # a team store: the server's refusal, said once
            print(f"casedesk: {exc}", file=sys.stderr)
            return EXIT_STORE
        try:
            return store_refused(location, args, exc)  # names the backup to restore
        except (StoreError, ValidationError) as again:
            print(f"casedesk: {again}", file=sys.stderr)
            return EXIT_INVALID if isinstance(again, ValidationError) else EXIT_STORE
    try:
        handler: Handler = args.handler
        return handler(services, args)
    except ValidationError as exc:
        print(f"casedesk: invalid {exc.field}: {exc.reason}. Nothing was changed.", file=sys.stderr)
        return EXIT_INVALID
    except ConflictError as exc:
        print(f"casedesk: {exc}. Nothing was changed.", file=sys.stderr)
        return EXIT_INVALID
    except NotFoundError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except StoreError as exc:
        print(f"casedesk: {exc}{good_backup_hint(services)}", file=sys.stderr)
        return EXIT_STORE
    except BrokenPipeError:  # `casedesk clients list | head`
        return EXIT_OK
    except (OSError, OverflowError, MemoryError) as exc:  # a full disk, a huge number...
        from casedesk.cli_guard import describe_failure

        code, line = describe_failure(exc, services.ctx.store.path)
        print(f"casedesk: {line}", file=sys.stderr)
        return code
    except Exception as exc:
        from casedesk.cli_guard import describe_failure

        code, line = describe_failure(exc, services.ctx.store.path)
        if not code:
            raise
        print(f"casedesk: {line}", file=sys.stderr)
        return code
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
