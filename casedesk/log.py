"""Logging set-up. Logs say what the program did, never what a record contains:
no names, A-Numbers, notes or passphrases are ever passed to a logger."""

import logging
from pathlib import Path


def configure(folder: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to ``folder/casedesk.log`` (when writable) and warnings to stderr."""
    root = logging.getLogger("casedesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("casedesk: %(message)s"))
    root.addHandler(stderr)
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "casedesk.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
