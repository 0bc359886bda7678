"""The ``casedesk`` entry point: straight to the window when no command is given.

Starting the GUI should not pay for the command line (its parser has some thirty
subcommands) nor for logging set-up before the window is on screen, so plain
``casedesk [--db PATH] [--smoke] [-v]`` is recognised here and everything else is
handed to :mod:`casedesk.cli` unchanged.
"""

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.registry import Services


def gui_options(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """(db, smoke, verbose) when ``argv`` only opens the GUI, else None."""
    db: str | None = None
    smoke = verbose = False
    items = list(argv)
    while items:
        arg = items.pop(0)
        if arg == "--db" and items:
            db = items.pop(0)
        elif arg.startswith("--db="):
            db = arg[len("--db=") :]
        elif arg == "--smoke":
            smoke = True
        elif arg in ("-v", "--verbose"):
            verbose = True
        else:
            return None
    return db, smoke, verbose


def _opener(db: str | None) -> "Callable[[str | None], Services]":
    """Open the store on the worker thread: even finding the user's data folder waits
    until the window is up. Without a typed passphrase, CASEDESK_PASSPHRASE is used
    (scripted and --smoke runs on an encrypted store)."""

    def open_store(passphrase: str | None) -> "Services":
        from casedesk import passphrase_input  # noqa: PLC0415
        from casedesk.app import open_services  # noqa: PLC0415
        from casedesk.paths import store_location  # noqa: PLC0415

        location = store_location(db)
        if isinstance(location, str):  # a team store's URL: the server asks no passphrase
            return open_services(location)
        if passphrase is None:
            passphrase = passphrase_input.given(None)
        return open_services(location, passphrase=passphrase)

    return open_store


def _store_name(db: str | None) -> str:
    from casedesk.paths import store_path  # noqa: PLC0415

    return store_path(db).name


def _team_location(db: str | None) -> str | None:
    """The team store's URL when the store to open is one (--db or CASEDESK_DB)."""
    from casedesk.paths import is_team_url, store_location  # noqa: PLC0415

    given = db or os.environ.get("CASEDESK_DB")
    if not (given and is_team_url(given)):
        return None
    location = store_location(db)
    return location if isinstance(location, str) else None


def _open_team(url: str) -> "Services":
    """How File ▸ Open team store… opens a store (the database layer loads only then)."""
    from casedesk.app import open_services  # noqa: PLC0415

    return open_services(url)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = gui_options(args)
    if options is None:
        from casedesk.cli import main as cli_main  # noqa: PLC0415 - only for commands

        return cli_main(args)
    db, smoke, verbose = options
    from casedesk.ui.application import launch  # noqa: PLC0415
    from casedesk.ui.team.open_dialog import set_opener  # noqa: PLC0415

    set_opener(_open_team)  # File ▸ Open team store…
    return launch(
        _opener(db),
        smoke=smoke,
        verbose=verbose,
        store_name=lambda: _store_name(db),
        team_location=_team_location(db),
    )
