"""The command line loads only what a command uses.

Each check runs a fresh interpreter (so nothing imported by the test run counts) and
lists which heavy packages ended up in ``sys.modules``.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, cli_env

HEAVY = ("sqlalchemy", "sqlmodel", "PySide6", "openpyxl", "PIL", "icalendar", "rapidfuzz",
         "reportlab", "alembic")  # fmt: skip

_PROBE = """
import json, sys
from casedesk.launch import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(%r)))
print("\\nLOADED " + json.dumps(loaded))
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE % json.dumps(HEAVY), *args],
        cwd=REPO_ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    line = done.stdout.rsplit("LOADED ", 1)[-1]
    result: list[str] = json.loads(line)
    return result


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["clients", "--help"]])
def test_help_and_version_load_neither_the_database_layer_nor_qt(args: list[str]) -> None:
    assert _loaded(*args) == []


def test_search_loads_the_database_layer_and_nothing_for_files_or_windows(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store.sqlite"
    subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(store), "demo", "--clients", "20"],
        cwd=REPO_ROOT, env=cli_env(), check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    # "mar" finds three of the demo's people. A query finding fewer also tries close
    # spellings (storage.search_fuzzy), which loads rapidfuzz then, and only then.
    assert _loaded("--db", str(store), "search", "mar") == ["sqlalchemy", "sqlmodel"]
    assert "rapidfuzz" in _loaded("--db", str(store), "search", "garsia")
