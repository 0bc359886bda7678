"""Where the command line gets a passphrase: a file, the environment, or a prompt.

Scripts give it in a file (``--passphrase-file``, first line) or in
``CASEDESK_PASSPHRASE``; a person at a terminal is asked, without echo. Nothing here
logs or prints a passphrase.
"""

import getpass
import os
import sys
from pathlib import Path

from casedesk.domain.errors import PassphraseRequiredError, StoreError, ValidationError

ENV = "CASEDESK_PASSPHRASE"
NEW_ENV = "CASEDESK_NEW_PASSPHRASE"


def from_file(path: str) -> str:
    """The first line of ``path``, without its line ending."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise PassphraseRequiredError(
            f"cannot read the passphrase file {path}: {exc.strerror}"
        ) from None
    except UnicodeDecodeError:
        raise PassphraseRequiredError(f"the passphrase file {path} is not UTF-8 text") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise PassphraseRequiredError(f"the passphrase file {path} is empty")
    return line


def given(file: str | None, env: str = ENV) -> str | None:
    """A passphrase given without asking: the file first, then the environment."""
    if file:
        return from_file(file)
    return os.environ.get(env) or None


def can_prompt() -> bool:
    return sys.stdin.isatty()


def ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        raise PassphraseRequiredError("no passphrase given") from None


def ask_new(what: str) -> str:
    """A new passphrase typed twice."""
    first = ask(f"New passphrase for {what}: ")
    if ask("Type it again: ") != first:
        raise ValidationError("passphrase", "the two entries differ")
    return first


def new_passphrase(file: str | None, what: str) -> str:
    """A new passphrase from ``file``, ``CASEDESK_NEW_PASSPHRASE``, or typed twice."""
    value = given(file, NEW_ENV)
    if value is not None:
        return value
    if not can_prompt():
        raise StoreError(
            f"give the new passphrase with {NEW_ENV} or --new-passphrase-file (no terminal to ask)"
        )
    return ask_new(what)
