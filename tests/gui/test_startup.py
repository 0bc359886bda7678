"""Start-up as a person meets it: the real executable opens the window before the store
and then builds the pages (``--smoke`` exits once they are built); a store that cannot
be opened is refused with a one-line reason and exit code 5."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casedesk.app import open_services

pytestmark = pytest.mark.gui


def _run(db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEDESK_T0": repr(time.time())}
    return subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(db), *extra, "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_window_first_then_store(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    services = open_services(db)
    services.demo.generate(clients=50, seed=2)
    services.close()
    done = _run(db)
    assert done.returncode == 0, done.stderr
    stages = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("startup ")]
    assert stages == ["window", "store"]  # "window interactive", then "store open, pages built"


def test_unopenable_store_exits_5_with_a_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    done = _run(junk)
    assert done.returncode == 5
    assert "damaged or is not a casedesk store" in done.stderr
    assert "Traceback" not in done.stderr
