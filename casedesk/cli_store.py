"""The command line's store-level commands: check, audit, backup, restore, encrypt and
passphrase, and opening an (encrypted, perhaps damaged) store with its passphrase from a
file, the environment or a prompt. :mod:`casedesk.cli` wires them into the parser."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk.cli_output import EXIT_OK, EXIT_STORE, emit_json
from casedesk.domain.errors import (
    PassphraseRequiredError,
    StoreError,
    ValidationError,
    WrongPassphraseError,
)
from casedesk.formats import export_marks

if TYPE_CHECKING:
    from casedesk.services.registry import Services


def _anchor(value: str | None) -> str | None:
    """``--anchor``: a hash, or a casedesk export (CSV, XLSX, ICS, JSON) carrying one."""
    if value is None:
        return None
    path = Path(value)
    if path.suffix.lower() not in (".csv", ".xlsx", ".ics", ".json"):
        return value
    if not path.is_file():
        raise ValidationError("anchor", f"{path} does not exist")
    try:
        head = export_marks.audit_head(path)
    except OSError as exc:
        raise ValidationError("anchor", f"{path.name} cannot be read: {exc.strerror}") from None
    except ValueError as exc:
        raise ValidationError("anchor", str(exc)) from None
    if head is None:
        raise ValidationError("anchor", f"{path.name} carries no audit chain head")
    return head


def check(svc: "Services", args: argparse.Namespace) -> int:
    report = svc.maintenance.check(anchor=_anchor(getattr(args, "anchor", None)))
    if args.json:
        emit_json({**report.__dict__, "ok": report.ok})
    else:
        print(f"Store:         {report.path} (schema {report.schema})")
        print(f"Clients:       {report.clients:,}")
        print(
            "Encryption:    "
            + ("SQLCipher 4 (AES-256), store and backups" if report.encrypted else "none")
        )
        print(f"Integrity:     {report.integrity}")
        seen = "entries" if report.audit_scope == "whole" else "entries you can see"
        print(
            f"Audit trail:   {report.audit_entries:,} {seen}; latest hash {report.audit_last_hash}"
        )
        for note in report.notes:
            print(f"Note: {note[:1].upper()}{note[1:]}.")
        for problem in report.problems:
            print(f"PROBLEM: {problem}", file=sys.stderr)
        print("All checks passed." if report.ok else "Problems found; see above.")
    return EXIT_OK if report.ok else EXIT_STORE


def init(svc: "Services", _args: argparse.Namespace) -> int:
    path = svc.ctx.store.path
    if svc.ctx.store.damage is not None:
        raise StoreError(f"cannot open {path}: {svc.ctx.store.damage}")
    print(f"The store {path} is ready" + (" (encrypted)." if svc.ctx.store.encrypted else "."))
    return EXIT_OK


def audit(svc: "Services", args: argparse.Namespace) -> int:
    client = svc.clients.resolve(args.client) if args.client else None
    from casedesk.services.audit import describe as describe_audit

    rows = svc.audit.history(client_id=client, limit=args.limit)
    if args.json:
        emit_json([row.__dict__ for row in rows])
        return EXIT_OK
    for row in rows:
        what = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        changes = describe_audit(row)[:100]
        print(f"{row.at[:19]}  {row.actor:<12} {row.action:<8} {what:<22} {changes}")
    if not rows:
        print("No audit entries.", file=sys.stderr)
    return EXIT_OK


def backup(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk.cli_guard import output_path

    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        output_path("out", out, inputs=[svc.ctx.store.path], kind="backup", force=args.force)
    result = svc.backups.backup(out, replace=bool(getattr(args, "force", False)))
    facts = result.facts
    print(
        f"Backed up {facts.clients:,} clients to {result.path} ({result.size / 2**20:.1f} MB); "
        f"verified; audit head {facts.audit_head or '-'}"
    )
    return EXIT_OK


def restore(svc: "Services", args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("yes", "restoring replaces the whole store; add --yes to confirm")
        answer = input(f"Replace {svc.ctx.store.path} with {source.name}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "s", "si", "sí"):
            print("Nothing was changed.")
            return EXIT_OK
    safety = svc.backups.restore(source)
    print(
        f"Restored {svc.ctx.store.path} from {source.name}. "
        f"The store as it was is kept in {safety.path}."
    )
    return EXIT_OK


def encrypt(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk import passphrase_input as pi

    path = svc.ctx.store.path
    new = pi.given(args.passphrase_file)
    if new is None:
        if not pi.can_prompt():
            raise PassphraseRequiredError(
                f"give the passphrase for {path.name} with {pi.ENV} or --passphrase-file "
                "(no terminal to ask)"
            )
        new = pi.ask_new(path.name)
    result = svc.security.encrypt(new, progress=_bar("re-encrypting"))
    print(f"Encrypted {path}.")
    _report_backups(svc, result.backups_done, result.backups_skipped)
    print("Keep the passphrase safe: without it nobody, casedesk included, can open the store.")
    return EXIT_OK


def passphrase(svc: "Services", args: argparse.Namespace) -> int:
    from casedesk import passphrase_input as pi

    path = svc.ctx.store.path
    if not svc.security.encrypted:
        raise ValidationError("store", f"{path.name} is not encrypted; run `casedesk encrypt`")
    new = pi.new_passphrase(args.new_passphrase_file, path.name)
    result = svc.security.change_passphrase(args.opened_with, new, progress=_bar("re-encrypting"))
    print(f"Changed the passphrase of {path}.")
    _report_backups(svc, result.backups_done, result.backups_skipped)
    return EXIT_OK


def _report_backups(svc: "Services", done: int, skipped: list[str]) -> None:
    folder = svc.backups.folder
    if done:
        print(f"{done} backup(s) in {folder} re-encrypted under the same passphrase.")
    for name in skipped:
        print(f"Left as it was (another passphrase, or damaged): {folder / name}", file=sys.stderr)
    print("Copies kept elsewhere (exports, backups written with --out) are not changed.")


def _bar(what: str) -> Callable[[int, int], None]:
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            end = "\n" if done >= total else ""
            print(f"\r  {what}: {done} / {total} files", end=end, file=sys.stderr, flush=True)

    return progress


def good_backup_hint(services: "Services") -> str:
    if not services.ctx.store.read_only:
        return ""
    good = services.backups.latest_good()
    return f"; the newest good backup is {good.path}" if good else "; no good backup was found"


def unlock(location: Path | str, args: argparse.Namespace, *, check: bool) -> "Services":
    """Open the store, with its passphrase from a file, the environment or a prompt
    (three tries at a terminal). ``args.opened_with`` keeps it for `passphrase`.

    With ``check`` (commands that may write), the store's integrity is checked first and
    a damaged store opens read-only; reading commands skip it (a second per 100,000
    clients)."""
    from casedesk import app
    from casedesk import passphrase_input as pi
    from casedesk.storage import cipher

    args.opened_with = None
    if isinstance(location, str):  # a team store: the server checks who may do what
        return app.open_services(location)
    path = location
    if args.command == "encrypt":
        if cipher.is_encrypted(path):
            raise ValidationError(
                "store", f"{path.name} is already encrypted; use `casedesk passphrase` to change it"
            )
        return app.open_services(path, check=check)  # the passphrase given is the new one
    given = pi.given(args.passphrase_file)
    try:
        args.opened_with = given
        return app.open_services(path, passphrase=given, check=check)
    except (PassphraseRequiredError, WrongPassphraseError):
        if given is not None or not pi.can_prompt():
            raise
    for attempt in range(3):
        typed = pi.ask(f"Passphrase for {path.name}: ")
        try:
            args.opened_with = typed
            return app.open_services(path, passphrase=typed, check=check)
        except WrongPassphraseError:
            if attempt == 2:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)
    raise AssertionError("unreachable")  # pragma: no cover


def store_refused(path: Path, args: argparse.Namespace, exc: StoreError) -> int:
    """The store could not be opened. A damaged one may still be restored (the file is
    swapped without opening it), and every refusal names the newest backup that
    verifies, so the way back is always in the message."""
    from casedesk import app
    from casedesk.services import recovery
    from casedesk.storage import cipher

    damaged = "damaged" in str(exc)
    if damaged and args.command == "restore" and not cipher.is_encrypted(path):
        source = Path(args.file).expanduser()
        if not args.yes:
            raise ValidationError("yes", "restoring replaces the whole store; add --yes to confirm")
        kept = recovery.restore_unopenable(path, source, None)
        services = app.open_services(path)
        try:
            recovery.note_restore(services.ctx, source, kept)
        finally:
            services.close()
        print(f"Restored {path} from {source.name}. The damaged file is kept in {kept}.")
        return EXIT_OK
    if damaged and args.command == "export" and getattr(args, "format", "") == "json":
        from casedesk.cli_salvage import salvage_export

        if args.profile != "full":
            raise ValidationError("profile", "the JSON export is the whole privileged store")
        passphrase = getattr(args, "opened_with", None)
        encrypted = cipher.is_encrypted(path)
        if encrypted and not passphrase:
            raise StoreError(f"{path.name} is encrypted: give its passphrase to export it")
        key = cipher.Key.for_file(path, passphrase) if encrypted and passphrase else None
        hint = recovery.hint(path, key)
        print(f"casedesk: {exc}{hint}", file=sys.stderr)
        return salvage_export(path, key, Path(args.out).expanduser())
    hint = recovery.hint(path, None) if damaged and not cipher.is_encrypted(path) else ""
    print(f"casedesk: {exc}{hint}", file=sys.stderr)
    return EXIT_STORE
