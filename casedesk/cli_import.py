"""The import command's options for reading a sheet: date order, "as of" date, names.

Kept beside cli.py so the import's reading choices (which a saved mapping also keeps)
live in one place: ``--date-order`` and ``--as-of`` override the mapping's, and
``--replace-names`` lets a row matched by A-Number overwrite the stored spelling instead
of adding an alias.
"""

from __future__ import annotations

import argparse

from casedesk.domain.date_order import DateOrder
from casedesk.formats.mapping import ColumnMapping

__all__ = ["add_import_reading_options", "with_reading_options"]


def add_import_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date-order",
        choices=[o.value for o in DateOrder],
        help="how the file writes dates like 03/04/1990 (default: proposed from the file)",
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="date of the file's statuses and whereabouts when it has no date for them "
        "(default: recorded with the date unknown)",
    )
    parser.add_argument(
        "--replace-names",
        action="store_true",
        help="a row matching a client by A-Number replaces the stored name (default: alias)",
    )


def with_reading_options(
    mapping: ColumnMapping | None, args: argparse.Namespace
) -> ColumnMapping | None:
    """``mapping`` with the command line's date order and "as of" date, if given.

    Without a mapping file the options still apply: the guessed mapping then takes them
    (returned as a mapping of no columns, which the service fills from the headers).
    """
    order = DateOrder(args.date_order) if args.date_order else None
    if order is None and args.as_of is None:
        return mapping
    if mapping is None:
        return ColumnMapping({}, date_order=order, as_of=(args.as_of or "").strip())
    return mapping.with_options(date_order=order, as_of=args.as_of)
