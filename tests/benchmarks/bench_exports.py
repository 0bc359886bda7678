"""Export benchmarks at 100,000 demo clients: the client table as CSV and as XLSX.

Each export runs in a fresh subprocess so its peak memory (VmHWM from /proc/self/status,
Linux only) is its own. The floors, measured in the same run: ``csv.writer`` writing the
same rows already in memory (time), and the same subprocess opening the store without
exporting anything (memory).
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from casedesk.app import open_services
from tests.benchmarks.common import Result, bench_clients, once, print_table, store_copy

CLIENTS = bench_clients()  # 100,000; a million under `make bench-1m`
REPO_ROOT = Path(__file__).resolve().parents[2]


def peak_mb() -> float:
    """This process's peak resident memory in MB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def child(store: Path, fmt: str, out: Path) -> None:
    """Run one export (``fmt`` csv, xlsx, or none) and print its time and peak memory."""
    services = open_services(store)
    seconds = 0.0
    if fmt != "none":
        seconds = once(lambda: services.exports.clients_table(out, fmt=fmt, include_archived=True))
    services.close()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb()}))


def _run_child(store: Path, fmt: str, out: Path) -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_exports", str(store), fmt, str(out)],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _floor_csv_writer(path: Path) -> float:
    """csv.writer writing rows already in memory (the same rows the CSV export wrote)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))

    def write() -> None:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        (path.parent / "floor.csv").write_bytes(buffer.getvalue().encode("utf-8-sig"))

    return once(write)


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = store_copy(work, CLIENTS)  # built once per size, then copied
        base = _run_child(store, "none", work / "none")
        csv_run = _run_child(store, "csv", work / "clients.csv")
        xlsx_run = _run_child(store, "xlsx", work / "clients.xlsx")
        floor = _floor_csv_writer(work / "clients.csv")
        size_csv = (work / "clients.csv").stat().st_size / 2**20
        size_xlsx = (work / "clients.xlsx").stat().st_size / 2**20
        floor_name = "csv.writer of the same rows in memory"
        results += [
            Result(
                f"export {CLIENTS:,} clients, CSV", csv_run["seconds"], floor, "< 10 s", floor_name
            ),
            Result(
                f"export {CLIENTS:,} clients, XLSX",
                xlsx_run["seconds"],
                floor,
                "< 60 s",
                floor_name,
            ),
            Result(
                "  peak memory, CSV export (VmHWM)",
                csv_run["peak_mb"],
                base["peak_mb"],
                "< 300 MB",
                "same process, store opened only",
                unit="MB",
            ),
            Result(
                "  peak memory, XLSX export (VmHWM)",
                xlsx_run["peak_mb"],
                base["peak_mb"],
                "< 300 MB",
                "same process, store opened only",
                unit="MB",
            ),
            Result("  file size, CSV", size_csv, None, "—", "", unit="MB"),
            Result("  file size, XLSX", size_xlsx, None, "—", "", unit="MB"),
        ]
    return results


if __name__ == "__main__":
    if len(sys.argv) == 4:
        child(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
    else:
        print_table(run())
