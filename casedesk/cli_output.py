"""What every command-line module shares: exit codes, JSON output, argument types and
the one-line messages for refusals.

Exit codes: 0 done, 2 usage, 3 invalid input (nothing written; stderr names the field
and why), 4 not found, 5 store problem (locked, corrupt, unreadable, a wrong or missing
passphrase), 6 done in part (a JSON export of a damaged store holds what could be read;
stderr names what could not).
"""

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from casedesk.domain.errors import (
    CasedeskError,
    ConflictError,
    NotFoundError,
    StoreError,
    ValidationError,
)

if TYPE_CHECKING:
    from casedesk.services.registry import Services

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_NOT_FOUND, EXIT_STORE = 0, 2, 3, 4, 5
EXIT_PARTIAL = 6  # written, but not whole: what could not be read is named on stderr
EXIT_CANCELLED = 130  # the shell's code for a command stopped by Ctrl-C

#: A command: runs on the open store's services, returns the exit code.
Handler = Callable[["Services", argparse.Namespace], int]
#: ``cmd(parent, name, handler, help)``: adds a command to a group (see cli.build_parser).
Cmd = Callable[[Any, str, Handler, str], argparse.ArgumentParser]
#: ``group(name, help)``: a new group of commands (``clients``, ``matters``...).
Group = Callable[[str, str], Any]


def record_id(value: str) -> int:
    """An argparse type: a record's id, a whole number above zero."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a record id (a whole number)")
    return int(text)


def choices(values: Sequence[str]) -> str:
    """The accepted values, for an option's help."""
    return ", ".join(values)


def print_new(args: argparse.Namespace, new_id: int | None) -> int:
    """What an ``add`` command prints: the new id (as JSON with ``--json``)."""
    if getattr(args, "json", False):
        emit_json({"id": new_id})
    else:
        print(new_id)
    return EXIT_OK


def refused(exc: CasedeskError, hint: str = "") -> int:
    """Say on stderr, in one line, why the services refused, and return the exit code.
    ``hint`` follows a store problem (e.g. which backup to restore)."""
    if isinstance(exc, ValidationError):
        print(f"casedesk: invalid {exc.field}: {exc.reason}. Nothing was changed.", file=sys.stderr)
        return EXIT_INVALID
    if isinstance(exc, ConflictError):
        print(f"casedesk: {exc}. Nothing was changed.", file=sys.stderr)
        return EXIT_INVALID
    if isinstance(exc, NotFoundError):
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    if isinstance(exc, StoreError):
        print(f"casedesk: {exc}{hint}", file=sys.stderr)
        return EXIT_STORE
    print(f"casedesk: {exc}", file=sys.stderr)
    return EXIT_INVALID


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class TerminalProgress:
    """A one-line progress report on stderr, rewritten in place, only when stderr is a
    terminal (a script capturing stderr gets no carriage-return noise)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.pages = 0
        self.shown = False

    @classmethod
    def if_terminal(cls, label: str) -> "TerminalProgress | None":
        return cls(label) if sys.stderr.isatty() else None

    def __call__(self, done: int, total: int) -> None:
        self.pages += 1
        share = f"{100 * done // total}% ({done:,} of {total:,} rows), " if total else ""
        sys.stderr.write(f"\r{self.label}: {share}page {self.pages:,}\033[K")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
