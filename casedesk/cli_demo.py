"""``casedesk demo --throwaway``: try casedesk on fictional people without touching a
real store. A new store is made in a temporary folder, filled with demo data, and the
window opens on it; the folder is deleted when the window closes. The empty-store page
offers this instead of adding fictional people to the user's own store."""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from casedesk.cli_output import EXIT_INVALID


def throwaway(args: argparse.Namespace) -> int:
    from casedesk import app, log
    from casedesk.domain.errors import ValidationError

    log.configure(None, verbose=args.verbose)
    folder = Path(tempfile.mkdtemp(prefix="casedesk-demo-"))
    path = folder / "demo.sqlite"
    try:
        services = app.open_services(path)
        try:
            services.demo.generate(clients=args.clients, seed=args.seed)
        except ValidationError as exc:
            print(f"casedesk: invalid {exc.field}: {exc.reason}", file=sys.stderr)
            return EXIT_INVALID
        finally:
            services.close()
        from casedesk.ui.application import launch

        return launch(
            lambda passphrase: app.open_services(path),
            smoke=args.smoke,
            verbose=args.verbose,
            store_name=lambda: "demo.sqlite",
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
