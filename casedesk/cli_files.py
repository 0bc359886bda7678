"""The command line's briefs, imports and exports: what goes in and out of the store."""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk.cli_import import add_import_reading_options
from casedesk.cli_output import (
    EXIT_CANCELLED,
    EXIT_INVALID,
    EXIT_OK,
    Cmd,
    TerminalProgress,
    emit_json,
)
from casedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services


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
        from casedesk.cli_salvage import export_json  # a damaged store: what can be read

        return export_json(svc, out)
    else:
        count = svc.exports.calendar_ics(out)
        print(f"Wrote {count:,} deadlines and obligation due dates to {out}")
    return EXIT_OK


def register(sub: Any, cmd: Cmd) -> None:
    """Add the brief, import and export commands."""
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
