"""``casedesk team ...``: setting up and running a clinic's team store from the shell.

``team init URL`` and ``team push --from FILE URL`` name the server themselves and run
before any store is open; the others act on the team store given with ``--db URL`` (or
``CASEDESK_DB``) as the login in it. Errors come back as one line with the usual exit
codes (3 invalid input, 4 not found, 5 server or store problem), never a traceback.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk import passphrase_input as pi
from casedesk.cli_output import EXIT_OK, emit_json, refused
from casedesk.domain.errors import CasedeskError, NotFoundError, StoreError, ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services
    from casedesk.services.team import TeamService

PASSWORD_ENV = "CASEDESK_TEAM_PASSWORD"
ROLES = ("admin", "attorney", "paralegal", "volunteer")


def _team(svc: "Services") -> "TeamService":
    from casedesk.services.team import TeamService

    return TeamService(svc.ctx)


def _matter_id(value: str) -> int:
    if not (value.strip().isascii() and value.strip().isdigit()) or int(value) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a matter id (a whole number)")
    return int(value)


# ----------------------------------------------------------------------------- standalone
def _init(args: argparse.Namespace) -> int:
    from casedesk import app

    services = app.open_services(args.url)
    try:
        secured = _team(services).install()
        name = services.ctx.store_info().name
    finally:
        services.close()
    print(f"Team store {name} is ready: {len(secured)} tables under row-level security.")
    print(
        "Next: casedesk --db URL team add-user NAME --role admin "
        "(then attorneys, paralegals, volunteers, and team grant NAME MATTER)."
    )
    return EXIT_OK


def _push(args: argparse.Namespace) -> int:
    from casedesk import app
    from casedesk.cli_store import unlock

    source_path = Path(args.source).expanduser()
    if not source_path.is_file():
        raise NotFoundError("store file", source_path)
    source = unlock(source_path, args, check=True)
    try:
        if source.ctx.store.read_only:
            raise StoreError(f"{source_path.name} is damaged; push a good backup instead")
        target = app.open_services(args.url)
        try:
            report = _team(target).push_from(source.ctx.store, progress=_progress())
            name = target.ctx.store_info().name
        finally:
            target.close()
    finally:
        source.close()
    rows = report.rows
    print(
        f"Copied {source_path.name} into {name}: {rows.get('client', 0):,} clients, "
        f"{rows.get('matter', 0):,} matters, {rows.get('document', 0):,} documents, "
        f"{rows.get('audit_entry', 0):,} audit entries ({sum(rows.values()):,} rows)."
    )
    print(
        f"All {report.compared} tables compared equal; the audit trail continues at "
        f"{report.audit_head[:16]}."
    )
    return EXIT_OK


def _progress() -> Callable[[str, int], None]:
    tty = sys.stderr.isatty()

    def show(table: str, done: int) -> None:
        if tty:
            print(f"\r  copying {table}: {done:,} rows   ", end="", file=sys.stderr, flush=True)

    return show


def run_standalone(args: argparse.Namespace) -> int:
    """Run ``team init`` / ``team push`` (no store is open before them)."""
    try:
        handler: Callable[[argparse.Namespace], int] = args.standalone
        return handler(args)
    except CasedeskError as exc:
        return refused(exc)


# ----------------------------------------------------------------------------- on --db
def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    value = pi.given(args.password_file, PASSWORD_ENV)
    if value is not None:
        return value
    if not pi.can_prompt():
        raise ValidationError(
            "password",
            f"give it with --password-file or {PASSWORD_ENV} (no terminal to ask), "
            "or --no-password for logins the server authenticates otherwise",
        )
    first = pi.ask(f"Password for {args.name}: ")
    if pi.ask("Type it again: ") != first:
        raise ValidationError("password", "the two entries differ")
    return first


def _add_user(svc: "Services", args: argparse.Namespace) -> int:
    new = _team(svc).add_user(
        args.name, args.role, password=_password(args), full_name=args.full_name or ""
    )
    verb = "Added" if new else "Updated"
    print(f"{verb} {args.name} as {args.role}.")
    if args.role != "admin":
        print(f"They see nothing until given a matter: casedesk team grant {args.name} MATTER")
    return EXIT_OK


def _grant(svc: "Services", args: argparse.Namespace) -> int:
    _team(svc).grant(args.name, args.matter, read_only=args.read_only)
    how = "read-only" if args.read_only else "read and write"
    print(f"{args.name} now has {how} access to matter {args.matter}.")
    return EXIT_OK


def _revoke(svc: "Services", args: argparse.Namespace) -> int:
    _team(svc).revoke(args.name, args.matter)
    print(f"{args.name} no longer has access to matter {args.matter}.")
    return EXIT_OK


def _users(svc: "Services", args: argparse.Namespace) -> int:
    team = _team(svc)
    if args.json:
        emit_json(team.members_json())
        return EXIT_OK
    members = team.members()
    if not members:
        print("No team members yet: casedesk team add-user NAME --role admin", file=sys.stderr)
        return EXIT_OK
    print(f"{'LOGIN':<20} {'ROLE':<10} {'NOW':<4} MATTERS")
    for m in members:
        matters = ", ".join(
            f"{g.matter_id}{' (read-only)' if g.read_only else ''}" for g in m.grants
        )
        if m.role == "admin":
            matters = "all"
        flag = "on" if m.connected else ""
        login = m.login if m.can_log_in else f"{m.login} (cannot log in)"
        print(f"{login:<20} {m.role:<10} {flag:<4} {matters or '—'}")
    return EXIT_OK


def add_team_commands(sub: Any, cmd: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``team`` and its actions on the main parser (``cmd`` as in cli.py)."""
    gp = sub.add_parser("team", help="team stores on a PostgreSQL server: users, access")
    team = gp.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(gp))

    init = cmd(
        team,
        "init",
        _users,
        "create the schema, roles and row-level security on a PostgreSQL database "
        "(as its owner, e.g. postgresql://postgres@host/clinic)",
    )
    init.add_argument("url", metavar="URL")
    init.set_defaults(standalone=_init)

    push = cmd(
        team,
        "push",
        _users,
        "copy a single-user store (encrypted or not) into a new team store, with every "
        "history, document and the audit trail",
    )
    push.add_argument("--from", dest="source", required=True, metavar="STORE.sqlite")
    push.add_argument("url", metavar="URL")
    push.set_defaults(standalone=_push)

    add = cmd(team, "add-user", _add_user, "give a staff member their own login")
    add.add_argument("name", metavar="NAME", help="login, e.g. maria_lopez")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--full-name", help="as colleagues should see it")
    add.add_argument(
        "--password-file",
        metavar="FILE",
        help=f"read the password from FILE (else ${PASSWORD_ENV}, else you are asked)",
    )
    add.add_argument(
        "--no-password",
        action="store_true",
        help="set no password (the server authenticates this login otherwise)",
    )

    gr = cmd(team, "grant", _grant, "let NAME see (and change) one matter and its clients")
    gr.add_argument("name", metavar="NAME")
    gr.add_argument("matter", type=_matter_id, metavar="MATTER")
    gr.add_argument("--read-only", action="store_true", help="may read, may not change")

    rv = cmd(team, "revoke", _revoke, "take away NAME's access to one matter")
    rv.add_argument("name", metavar="NAME")
    rv.add_argument("matter", type=_matter_id, metavar="MATTER")

    us = cmd(team, "users", _users, "list the team: logins, roles, matters, who is connected")
    us.add_argument("--json", action="store_true")
