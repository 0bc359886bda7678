"""Smoke test of the frozen one-folder build (dist/casedesk), run by ``make package-test``.

A plain script, not a pytest module (pytest only collects ``test_*.py``): it drives the
frozen executable the way a user would, offscreen, and exits non-zero on the first
failure. It also prints the bundle size and the start-up time of ``--smoke`` for the
frozen build beside the development install (.venv/bin/casedesk).

    python tests/packaging/smoke_frozen.py [--dist dist/casedesk] [--venv .venv]
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "casedesk.exe" if sys.platform == "win32" else "casedesk"
TIMEOUT = 300  # seconds for any one command
RUNS = 3  # start-up timings: median of this many runs after one warm-up


class SmokeError(Exception):
    pass


def expected_version() -> str:
    text = (ROOT / "casedesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SmokeError("no __version__ in casedesk/__init__.py")
    return match.group(1)


def run(
    exe: Path, *args: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
    started = time.perf_counter()
    proc = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )
    elapsed = time.perf_counter() - started
    shown = " ".join(args)
    if proc.returncode != 0:
        raise SmokeError(
            f"`casedesk {shown}` exited {proc.returncode}\n"
            f"--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}"
        )
    print(f"  ok  {exe.parent.name}/{exe.name} {shown}  ({elapsed:.2f} s)")
    return proc


def timed_smoke(exe: Path, db: Path) -> list[float]:
    run(exe, "--db", str(db), "--smoke")  # warm-up: page cache, font cache
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run(exe, "--db", str(db), "--smoke")
        times.append(time.perf_counter() - started)
    return times


def check_menu_files(dist: Path) -> None:
    """Help > Add to applications menu writes these from inside the bundle (Linux)."""
    resources = dist / "_internal" / "casedesk" / "resources"
    wanted = [
        "linux/casedesk.desktop",
        "linux/io.github.casedesk.metainfo.xml",
        "icons/casedesk.svg",
        *(f"icons/casedesk-{n}.png" for n in (16, 32, 48, 64, 128, 256)),
    ]
    missing = [rel for rel in wanted if not (resources / rel).is_file()]
    if missing:
        raise SmokeError(f"menu entry files missing from {resources}: {missing}")
    print(f"  ok  menu entry, AppStream file and {len(wanted) - 2} icons in the bundle")


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check(dist: Path, venv: Path) -> None:
    exe = dist / EXE_NAME
    if not exe.is_file():
        raise SmokeError(f"{exe} does not exist: run `make package` first")
    version = expected_version()
    with tempfile.TemporaryDirectory(prefix="casedesk-frozen-") as tmp:
        db = Path(tmp) / "s.sqlite"
        pdf = Path(tmp) / "b.pdf"

        out = run(exe, "--version").stdout
        if version not in out.split():
            raise SmokeError(f"--version printed {out.strip()!r}, expected {version}")

        run(exe, "--db", str(db), "demo", "--clients", "200")

        out = run(exe, "--db", str(db), "clients", "list", "--json").stdout
        try:
            rows = json.loads(out)
        except json.JSONDecodeError as exc:
            raise SmokeError(f"clients list --json is not JSON: {exc}: {out[:300]!r}") from exc
        if not isinstance(rows, list) or len(rows) != 200:
            count = len(rows) if isinstance(rows, list) else type(rows).__name__
            raise SmokeError(f"clients list --json gave {count} rows, expected 200")

        run(exe, "--db", str(db), "brief", "client", "1", "--profile", "court", "--out", str(pdf))
        if not pdf.is_file():
            raise SmokeError(f"brief wrote no file at {pdf}")
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise SmokeError(f"{pdf} does not start with %PDF")
        print(f"      brief: {pdf.stat().st_size:,} bytes of PDF")

        # SQLCipher is bundled: encrypt a copy, then read it back with the passphrase.
        # In a folder of its own: `check` rightly names a plain store lying beside an
        # encrypted one as readable by anyone.
        enc = Path(tmp) / "encrypted" / "enc.sqlite"
        enc.parent.mkdir(mode=0o700)
        shutil.copyfile(db, enc)
        secret = {"CASEDESK_PASSPHRASE": "frozen smoke passphrase"}
        run(exe, "--db", str(enc), "encrypt", extra_env=secret)
        if enc.read_bytes()[:16] == b"SQLite format 3\x00":
            raise SmokeError(f"`casedesk encrypt` left {enc} a plain SQLite file")
        out = run(exe, "--db", str(enc), "check", extra_env=secret).stdout
        if "SQLCipher" not in out:
            raise SmokeError(f"check on the encrypted store printed {out!r}")
        run(exe, "--db", str(enc), "--smoke", extra_env=secret)

        check_menu_files(dist)

        frozen = timed_smoke(exe, db)

        size = bundle_size(dist)
        du = shutil.which("du")
        du_text = ""
        if du:
            du_text = subprocess.run(
                [du, "-sh", str(dist)], capture_output=True, text=True, check=False
            ).stdout.split("\t")[0]
        print(f"\nBundle size: {size / 2**20:.1f} MiB ({du_text or '?'} on disk) in {dist}")

        dev = venv / ("Scripts/casedesk.exe" if sys.platform == "win32" else "bin/casedesk")
        print(f"Start-up, `--smoke` on a 200-client store (median of {RUNS}, after a warm-up):")
        print(f"  frozen   {statistics.median(frozen):.2f} s  (runs: {_fmt(frozen)})")
        if dev.is_file():
            unfrozen = timed_smoke(dev, db)
            print(f"  unfrozen {statistics.median(unfrozen):.2f} s  (runs: {_fmt(unfrozen)})")
        else:
            print(f"  unfrozen: skipped, {dev} not found")


def _fmt(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "casedesk")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    args = parser.parse_args()
    print(f"Smoke test of the frozen build in {args.dist}")
    try:
        check(args.dist, args.venv)
    except (SmokeError, subprocess.TimeoutExpired) as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        return 1
    print("\nFrozen build: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
