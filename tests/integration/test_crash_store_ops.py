"""Crash safety of the whole-store operations: encrypt, passphrase, backup and restore
are killed (SIGKILL) at random moments, and after every kill:

- the store opens (under the old passphrase or the new one) with every client;
- once opened, nothing an interrupted operation left remains: no partial file, and
  beside an encrypted store no readable plain SQLite file (store folder and backups);
- `check` passes.

CI runs 6 kills per operation; ``CASEDESK_CRASH_TRIALS=1000`` (``make bench``) runs a
tenth of that number per operation.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import WrongPassphraseError
from casedesk.services.registry import Services
from casedesk.storage import cipher, leftovers

TRIALS = max(6, int(os.environ.get("CASEDESK_CRASH_TRIALS", "60")) // 10)
OLD, NEW = "cuaderno de bitácora", "otra frase bastante larga"
CLIENTS = 1500
OPERATION = r"""
import sys
from pathlib import Path
from casedesk.app import open_services

path, op, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3] or None, sys.argv[4]
services = open_services(path, passphrase=old)
print("ready", flush=True)
if op == "encrypt":
    services.security.encrypt(new)
elif op == "passphrase":
    services.security.change_passphrase(old, new)
elif op == "backup":
    services.backups.backup()
elif op == "restore":
    services.backups.restore(Path(sys.argv[5]))
services.close()
print("done", flush=True)
"""


def _template(folder: Path, passphrase: str | None) -> Path:
    path = folder / "store.sqlite"
    svc = open_services(path, passphrase=passphrase)
    try:
        svc.demo.generate(clients=CLIENTS, seed=4)
        (folder / "elsewhere").mkdir()  # a copy kept away from the store's folder
        svc.backups.backup(folder / "elsewhere" / "kept.sqlite")
        svc.backups.backup()
    finally:
        svc.close()
    return path


def _open_either(path: Path) -> Services:
    if not cipher.is_encrypted(path):
        return open_services(path)
    try:
        return open_services(path, passphrase=OLD)
    except WrongPassphraseError:
        return open_services(path, passphrase=NEW)


def _after_kill(path: Path) -> None:
    svc = _open_either(path)
    try:
        assert svc.clients.list().total == CLIENTS
        assert leftovers.partials(path) == []
        if svc.ctx.store.encrypted:
            assert leftovers.plain_files(path) == [], "a plain copy beside an encrypted store"
        report = svc.maintenance.check()
        # A backup killed after its copy, before its manifest, is reported (by name).
        problems = [p for p in report.problems if "has no manifest" not in p]
        assert problems == [], report.problems
    finally:
        svc.close()


@pytest.mark.slow
@pytest.mark.parametrize("op", ["encrypt", "passphrase", "backup", "restore"])
def test_killing_a_store_operation_leaves_no_plain_copy_and_loses_nothing(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, op: str
) -> None:
    template_dir = tmp_path_factory.mktemp(f"template-{op}")
    template = _template(template_dir, OLD if op == "passphrase" else None)
    rng = random.Random(f"store-ops-{op}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = 0
    duration = None
    for n in range(TRIALS + 1):
        folder = tmp_path / f"trial{n}"
        shutil.copytree(template_dir, folder)
        path = folder / template.name
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                OPERATION,
                str(path),
                op,
                OLD if op == "passphrase" else "",
                NEW,
                str(folder / "elsewhere" / "kept.sqlite"),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        if duration is None:  # the first run measures how long the operation takes
            started = time.monotonic()
            assert writer.stdout.readline().strip() == "done"
            duration = time.monotonic() - started
            writer.communicate(timeout=60)
        else:
            time.sleep(rng.uniform(0.0, duration))
            writer.send_signal(signal.SIGKILL)
            out, _ = writer.communicate(timeout=60)
            finished += "done" in out
        _after_kill(path)
        shutil.rmtree(folder)
    print(f"{op}: {TRIALS} kills, {TRIALS - finished} inside the operation")
    # Most kills must land inside the operation, or the trial proves little.
    assert finished < TRIALS
