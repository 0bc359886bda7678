"""Guards the command line applies before anything is written.

- Only commands that create a store (``init``, ``demo``, ``import``, ``restore``) may open a path
  where none exists: a mistyped ``--db`` for ``check``, ``search`` or ``export`` must
  not leave a new empty store behind (and report "All checks passed" on it).
- An output path is checked before the work starts: its folder must exist and be
  writable, it must not be one of the inputs, and an existing file is replaced only
  when casedesk wrote it as the same kind of output, or with ``--force``.
"""

import json
import os
from collections.abc import Iterable
from pathlib import Path

from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.formats.mapping import MAPPING_FORMAT

CREATING = frozenset({"init", "demo", "import", "restore"})


class StoreMissingError(NotFoundError):
    def __init__(self, path: Path) -> None:
        super().__init__("store", path)
        self.args = (
            f"there is no store at {path}; check the path (a new store is made by "
            "`casedesk init`, `demo`, `import` or the window)",
        )

    def __str__(self) -> str:
        return str(self.args[0])


def require_store(path: Path, command: str | None) -> None:
    """Refuse to open a store that does not exist, except for commands that create one."""
    if command not in CREATING and not path.exists():
        raise StoreMissingError(path)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def output_path(
    field: str,
    out: Path,
    *,
    inputs: Iterable[Path] = (),
    kind: str,
    force: bool = False,
) -> Path:
    """``out`` if it may be written; else ValidationError naming the field and why.

    ``kind`` says what casedesk writes there ("backup", "rejects", "mapping"); an
    existing file is replaced only when it is that kind of casedesk output."""
    for given in inputs:
        if _same(out, given):
            raise ValidationError(field, f"{out.name} is also an input; choose another file name")
    folder = out.parent
    if not folder.is_dir():
        raise ValidationError(field, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(field, f"the folder {folder} cannot be written to")
    if out.is_dir():
        raise ValidationError(field, f"{out} is a folder; give a file name")
    if out.exists() and not force and not written_by_casedesk(out, kind):
        raise ValidationError(
            field,
            f"{out.name} already exists and casedesk did not write it as a {kind}; "
            "choose another name, or add --force to replace it",
        )
    return out


def written_by_casedesk(path: Path, kind: str) -> bool:
    """Whether ``path`` is a file casedesk wrote as ``kind`` (so replacing it is the
    expected thing to do)."""
    try:
        if kind == "backup":
            manifest = path.with_suffix(path.suffix + ".json")
            meta = json.loads(manifest.read_text(encoding="utf-8"))
            return bool(meta.get("format") == "casedesk-backup" and meta.get("file") == path.name)
        if kind == "mapping":
            with path.open("rb") as fh:
                data = json.loads(fh.read(1 << 20))
            return isinstance(data, dict) and data.get("format") == MAPPING_FORMAT
        if kind == "rejects":  # the refused rows, with casedesk's two columns at the end
            with path.open("rb") as fh:
                header = fh.read(1 << 16).split(b"\n", 1)[0]
            return header.rstrip(b"\r").endswith(b"casedesk_row,casedesk_problems")
    except (OSError, ValueError):
        return False
    return False


def describe_failure(exc: BaseException, store: Path) -> tuple[int, str]:
    """(exit code, one line) for a failure of the environment or an impossible number;
    (0, "") for anything else, which is a bug and keeps its traceback."""
    from casedesk.cli_output import EXIT_INVALID, EXIT_STORE
    from casedesk.storage import cipher
    from casedesk.storage.engine import translate_db_error

    if isinstance(exc, OverflowError):
        return EXIT_INVALID, "invalid number: it is too large. Nothing was changed."
    if isinstance(exc, MemoryError):
        return EXIT_STORE, "not enough memory for this; nothing was changed"
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        reason = exc.strerror or str(exc) or type(exc).__name__
        return EXIT_STORE, f"cannot write or read{where}: {reason}. The store is unchanged."
    if cipher.is_driver_error(exc):
        return EXIT_STORE, str(
            translate_db_error(exc if isinstance(exc, Exception) else Exception(), store)
        )
    return 0, ""
