"""What every command-line module shares: the exit codes and JSON output.

Exit codes: 0 done, 2 usage, 3 invalid input (nothing written; stderr names the field
and why), 4 not found, 5 store problem (locked, corrupt, unreadable, a wrong or missing
passphrase).
"""

import json
import sys
from typing import Any

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_NOT_FOUND, EXIT_STORE = 0, 2, 3, 4, 5
EXIT_CANCELLED = 130  # the shell's code for a command stopped by Ctrl-C


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
