"""Crash safety of the whole-store operations: encrypt, passphrase, backup and restore
are killed (SIGKILL) at every step they take on disk, and after every kill:

- the store opens (under the old passphrase or the new one) with every client;
- once opened, nothing an interrupted operation left remains: no partial file, and
  beside an encrypted store no readable plain SQLite file (store folder and backups);
- `check` passes (a backup killed between its copy and its manifest is named, by name,
  as a backup without a manifest; nothing else may be reported).

Where the kill lands is decided by a count, never by a clock: the operation runs in a
child process whose Python audit hook (PEP 578) announces each change it is about to make
in the store's folder (a file created or opened for writing, renamed, removed, a
folder made, a database connected) and then waits for the parent's go-ahead. A first run
answers every step and counts them; then, for each step k, a fresh copy of the store is
taken, the parent answers the first k - 1 steps and SIGKILLs the child while it waits
at step k. The child is stopped before the k-th change, after all earlier ones, so every
kill point is tried exactly once, whatever the machine's load. SQLite's own atomic
commit inside a step is the save harness's subject (tests/integration/test_crash.py).
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import WrongPassphraseError
from casedesk.services.registry import Services
from casedesk.storage import cipher, leftovers

OLD, NEW = "cuaderno de bitácora", "otra frase bastante larga"
CLIENTS = 40  # the size does not matter to where a kill lands: small keeps each trial quick
CHILD_TIMEOUT_S = 300  # a ceiling for a wedged child, never where a kill lands
OPERATION = r"""
import os
import sys
from pathlib import Path
from casedesk.app import open_services

path, op, old, new, kept = Path(sys.argv[1]), sys.argv[2], sys.argv[3] or None, sys.argv[4], sys.argv[5]
root = str(path.parent.resolve())
# Changes to the store's folder, by audit event. Reads change nothing: a kill before a
# read is the same kill point as one after the change before it.
CHANGES = {"open", "os.rename", "os.remove", "os.mkdir", "os.rmdir", "os.truncate",
           "os.chmod", "shutil.copyfile", "shutil.copystat", "shutil.copymode",
           "sqlite3.connect"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
step = 0


def inside(value):
    if not isinstance(value, (str, bytes, os.PathLike)):
        return None
    text = os.fsdecode(value).removeprefix("file:")
    return text if text == root or text.startswith(root + os.sep) else None


def announce(event, args):
    global step
    if event not in CHANGES or not args:
        return
    target = inside(args[0])
    if target is None:
        return
    if event == "open":
        mode, flags = args[1], args[2]
        writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & WRITE_FLAGS)
        if not writes:
            return
    if event == "os.remove" and not os.path.lexists(target):
        return  # removing what is not there changes nothing
    step += 1
    sys.stdout.write(f"step {step} {event} {os.path.relpath(target, root)}\n")
    sys.stdout.flush()
    sys.stdin.readline()  # the parent answers, or kills this process here


services = open_services(path, passphrase=old)
sys.addaudithook(announce)
print("ready", flush=True)
if op == "encrypt":
    services.security.encrypt(new)
elif op == "passphrase":
    services.security.change_passphrase(old, new)
elif op == "backup":
    services.backups.backup()
elif op == "restore":
    services.backups.restore(Path(kept))
services.close()
print("done", flush=True)
"""

# (operation, passphrase of the store it starts from)
CASES = [
    ("encrypt", None),
    ("passphrase", OLD),
    ("backup", None),
    ("backup", OLD),
    ("restore", None),
    ("restore", OLD),
]


def _template(folder: Path, passphrase: str | None) -> Path:
    path = folder / "store.sqlite"
    svc = open_services(path, passphrase=passphrase)
    try:
        svc.demo.generate(clients=CLIENTS, seed=4)
        (folder / "elsewhere").mkdir()  # a copy kept away from the store's folder
        svc.backups.backup(folder / "elsewhere" / "kept.sqlite")
        # A prefix no operation uses, so a backup made in the same second never collides.
        svc.backups.backup(prefix="template-")
    finally:
        svc.close()
    return path


def _run(folder: Path, op: str, passphrase: str | None, kill_at: int | None) -> list[str]:
    """Run ``op`` on the store in ``folder``, answering every step, or killing the child
    while it waits at step ``kill_at``. Returns the steps announced."""
    path = folder / "store.sqlite"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            OPERATION,
            str(path),
            op,
            passphrase or "",
            NEW,
            str(folder / "elsewhere" / "kept.sqlite"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    steps: list[str] = []
    try:
        assert child.stdin is not None
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        while True:
            line = child.stdout.readline()
            if line.strip() == "done":
                break
            assert line.startswith("step "), f"the operation stopped: {line!r}"
            steps.append(line.strip())
            if len(steps) == kill_at:
                child.kill()
                break
            child.stdin.write("\n")
            child.stdin.flush()
        _, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    if kill_at is None:
        assert child.returncode == 0, err
    else:
        assert child.returncode == -9, "the kill did not land inside the operation"
    return steps


def _shape(step: str) -> str:
    """A step without its number and timestamps, to compare runs."""
    return re.sub(r"\d+", "#", step.partition(" ")[2].partition(" ")[2])


def _open_either(path: Path) -> Services:
    if not cipher.is_encrypted(path):
        return open_services(path)
    try:
        return open_services(path, passphrase=OLD)
    except WrongPassphraseError:
        return open_services(path, passphrase=NEW)


def _after_kill(path: Path, started_encrypted: bool) -> None:
    svc = _open_either(path)
    try:
        assert svc.clients.list().total == CLIENTS
        assert leftovers.partials(path) == []
        # No operation ever decrypts: a store that was encrypted stays so.
        assert svc.ctx.store.encrypted or not started_encrypted
        if svc.ctx.store.encrypted:
            assert leftovers.plain_files(path) == [], "a plain copy beside an encrypted store"
        report = svc.maintenance.check()
        # A backup killed after its copy, before its manifest, is reported (by name).
        problems = [p for p in report.problems if "has no manifest" not in p]
        assert problems == [], report.problems
    finally:
        svc.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("op", "passphrase"),
    CASES,
    ids=[f"{op}-{'encrypted' if p else 'plain'}" for op, p in CASES],
)
def test_killing_a_store_operation_at_every_step_leaves_no_plain_copy_and_loses_nothing(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, op: str, passphrase: str | None
) -> None:
    template_dir = tmp_path_factory.mktemp(f"template-{op}")
    _template(template_dir, passphrase)
    # The whole run: how many steps there are, and the state it ends in.
    whole = tmp_path / "whole"
    shutil.copytree(template_dir, whole)
    steps = _run(whole, op, passphrase, kill_at=None)
    _after_kill(whole / "store.sqlite", passphrase is not None)
    shutil.rmtree(whole)
    assert len(steps) >= 5, steps  # the operation announced its changes: the hook works
    for k in range(1, len(steps) + 1):
        folder = tmp_path / f"kill{k}"
        shutil.copytree(template_dir, folder)
        heard = _run(folder, op, passphrase, kill_at=k)
        # The same operation takes the same steps: the k-th kill point is the k-th step.
        assert [_shape(s) for s in heard] == [_shape(s) for s in steps[:k]]
        _after_kill(folder / "store.sqlite", passphrase is not None)
        shutil.rmtree(folder)
    print(f"{op} ({'encrypted' if passphrase else 'plain'}): killed at each of {len(steps)} steps")
