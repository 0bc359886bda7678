"""`casedesk export --format json` from a damaged store: as much as can be read.

A store that is damaged (cut short, bad pages) may not open at all, or open read-only and
fail half-way through an export. Either way the JSON export then reads each table as far
as it can (:mod:`casedesk.services.salvage`), writes what it read, names on stderr each
table that did not come out whole (rows read, ids lost), and exits 6 ("done in part");
0 when every table came out whole after all (the damage was in an index, say).
"""

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk.cli_output import EXIT_OK, EXIT_PARTIAL
from casedesk.domain.errors import StoreError, ValidationError
from casedesk.storage import cipher

if TYPE_CHECKING:
    from casedesk.services.registry import Services


def _target(out: Path, store: Path) -> Path:
    if out.suffix.lower() != ".json":
        raise ValidationError("out", f"{out.name} must end in .json")
    if not out.parent.is_dir():
        raise ValidationError("out", f"the folder {out.parent} does not exist")
    if out.exists() and out.resolve() == store.resolve():
        raise ValidationError("out", f"{out.name} is the store itself; choose another file name")
    return out


def salvage_export(store: Path, key: cipher.Key | None, out: Path) -> int:
    """Export what can be read of the damaged ``store`` to ``out``; the exit code."""
    from casedesk.services import salvage

    target = _target(out, store)
    try:
        report = salvage.salvage_json(store, key, target, datetime.now(UTC))
    except StoreError as exc:
        if key is not None:  # a wrong passphrase reads as nothing at all
            raise StoreError(f"{exc} (or the passphrase given is not this store's)") from exc
        raise
    rows = sum(report.rows.values())
    print(
        f"The store is damaged. Wrote what could be read to {target}: "
        f"{report.clients:,} clients, {rows:,} rows in all."
    )
    if report.complete:
        print("Every table was read whole.")
        return EXIT_OK
    print("casedesk: the export is incomplete; not exported:", file=sys.stderr)
    for line in report.lines():
        print(f"  {line}", file=sys.stderr)
    return EXIT_PARTIAL


def export_json(svc: "Services", out: Path) -> int:
    """The whole-store JSON export; from a damaged store file, what can be read."""
    store = svc.ctx.store
    if store.store_info().is_team or not store.read_only:
        try:
            counts = svc.exports.store_json(out)
        except StoreError as exc:
            if store.store_info().is_team or "damaged" not in str(exc):
                raise
        else:
            print(f"Wrote the whole store to {out} ({counts.get('client', 0):,} clients)")
            return EXIT_OK
    return salvage_export(store.path, store.key, out)
