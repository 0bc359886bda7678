"""The command line: the same services as the GUI, for scripts and for people in a hurry.

Exit codes: 0 done, 2 usage, 3 invalid input (nothing written; stderr names the field
and why), 4 not found, 5 store problem (locked, corrupt, unreadable, a wrong or missing
passphrase). PySide6 is imported only when no subcommand is given and the GUI opens.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from casedesk import __version__, cli_clients, cli_files, cli_hearings, cli_matters, cli_time
from casedesk.cli_output import (
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    Handler,
    refused,
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
from casedesk.domain.errors import CasedeskError, NotFoundError, StoreError, ValidationError

if TYPE_CHECKING:
    from casedesk.services.registry import Services


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


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


def _settings(svc: "Services", args: argparse.Namespace) -> int:
    if args.key is not None:
        if args.value is None:
            raise ValidationError("value", f"give a value for {args.key}")
        svc.settings.set(args.key, args.value)
    for key, value in svc.settings.all().items():
        print(f"{key:<13} {value}")
    return EXIT_OK


# Handlers that only read: no integrity check before them.

# Handlers that only read: no integrity check before them.
_READING: frozenset[Handler] = frozenset(
    {
        check,
        audit,
        *cli_clients.READING,
        *cli_matters.READING,
        *cli_time.READING,
        *cli_hearings.READING,
    }
)


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

    groups = cli_clients.register(sub, cmd, group)
    groups.update(cli_matters.register(sub, cmd, group))
    cli_files.register(sub, cmd)

    au = cmd(
        sub, "audit", audit, "the audit trail, newest first (who changed what, before and after)"
    )
    au.add_argument("--client", metavar="CLIENT", help="only entries about this client")
    au.add_argument("--limit", type=int, default=200)
    au.add_argument("--json", action="store_true")

    bk = cmd(sub, "backup", backup, "write a verified backup (default: backups/ beside the store)")
    bk.add_argument("--out", metavar="FILE.sqlite")
    bk.add_argument(
        "--force",
        action="store_true",
        help="replace a file casedesk did not write (a team store's backup: any existing file)",
    )
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
    cli_time.register(sub, cmd, group, groups)
    cli_hearings.register(sub, cmd, group)
    register_corrections(sub, cmd, group, groups)
    return p


def _open_services(path: Path | str, passphrase: str | None = None) -> "Services":
    """For the GUI: the passphrase typed in the unlock dialog, else the environment's."""
    from casedesk import app
    from casedesk import passphrase_input as pi

    return app.open_services(path, passphrase=passphrase or pi.given(None))


def _open_team(url: str) -> "Services":
    from casedesk import app

    return app.open_services(url)


def _window(args: argparse.Namespace) -> int:
    """No command: the window opens first and the store behind it (see
    casedesk.ui.application)."""
    from casedesk import paths
    from casedesk.ui.application import launch
    from casedesk.ui.team.open_dialog import set_opener

    set_opener(_open_team)  # File ▸ Open team store…
    path = paths.store_location(args.db)
    return launch(
        lambda passphrase: _open_services(path, passphrase),
        smoke=args.smoke,
        verbose=args.verbose,
        store_name=lambda: path.name if isinstance(path, Path) else "team store",
        team_location=None if isinstance(path, Path) else path,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from casedesk import log, paths

    if args.command is None:
        return _window(args)
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
        return refused(exc)
    except StoreError as exc:
        if not isinstance(location, Path):  # a team store: the server's refusal, said once
            return refused(exc)
        try:
            return store_refused(location, args, exc)  # names the backup to restore
        except (StoreError, ValidationError) as again:
            print(f"casedesk: {again}", file=sys.stderr)
            return EXIT_INVALID if isinstance(again, ValidationError) else EXIT_STORE
    try:
        handler: Handler = args.handler
        return handler(services, args)
    except CasedeskError as exc:
        return refused(exc, good_backup_hint(services) if isinstance(exc, StoreError) else "")
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
