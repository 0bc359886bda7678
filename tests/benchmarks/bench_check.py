"""`casedesk check` on a long audit trail: time and peak memory, each in a fresh
process, beside a floor measured in the same run (a bare loop reading every entry with
the standard library's sqlite3). The trail is walked a page at a time, so memory stays
flat however many entries there are (2.4 million took 5.4 GB before it was paged).

It runs at two sizes, a quarter of ENTRIES and ENTRIES: constant memory shows as a peak
at the larger size about equal to the peak at the smaller one (the last row's ratio).

``python -m tests.benchmarks bench_check`` (ENTRIES=… to change the larger size)."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casedesk.app import open_services
from casedesk.domain.enums import AuditAction
from casedesk.services import audit
from tests.benchmarks.common import Result

ENTRIES = int(os.environ.get("ENTRIES", "400000"))
CHECK = """
import sys
from pathlib import Path
from casedesk.app import open_services
svc = open_services(Path(sys.argv[1]))
assert svc.maintenance.check().ok
svc.close()
print(PEAK())
"""
FLOOR = """
import hashlib, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for row in conn.execute("SELECT * FROM audit_entry ORDER BY id"):
    hashlib.sha256(repr(row).encode()).hexdigest()
print(PEAK())
"""
# The process's own peak (VmHWM): ru_maxrss survives exec and would report the parent's.
PEAK = """
def PEAK():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
"""


def _fill(path: Path, entries: int) -> None:
    svc = open_services(path)
    try:
        svc.demo.generate(clients=2000, seed=1)
        done = 0
        while done < entries:
            batch = min(50_000, entries - done)
            with svc.ctx.store.write() as session:
                audit.record_many(
                    session,
                    svc.ctx,
                    [
                        {
                            "action": AuditAction.UPDATE,
                            "entity": "client",
                            "entity_id": 1 + (done + i) % 2000,
                            "client_id": 1 + (done + i) % 2000,
                            "before": {"note": f"n{done + i}"},
                            "after": {"note": f"n{done + i + 1}"},
                        }
                        for i in range(batch)
                    ],
                )
            done += batch
    finally:
        svc.close()


def _process(script: str, path: Path) -> tuple[float, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", PEAK + script, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return time.perf_counter() - start, float(out.strip().splitlines()[-1])


def _measure(entries: int) -> tuple[float, float, float, float]:
    """(check s, check MB, floor s, floor MB) over a trail of ``entries`` entries."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.sqlite"
        _fill(path, entries)
        check_s, check_mb = _process(CHECK, path)
        floor_s, floor_mb = _process(FLOOR, path)
    return check_s, check_mb, floor_s, floor_mb


def run() -> list[Result]:
    results = []
    peaks = []
    for entries in (ENTRIES // 4, ENTRIES):
        check_s, check_mb, floor_s, floor_mb = _measure(entries)
        peaks.append(check_mb)
        name = f"check, {entries:,} audit entries"
        results += [
            Result(name, check_s, floor_s, "linear in entries", "sqlite3 loop hashing each entry"),
            Result(
                f"{name}: peak memory",
                check_mb,
                floor_mb,
                "flat in entries",
                "the same loop",
                unit="MB",
            ),
        ]
    results.append(
        Result(
            f"check peak, {ENTRIES:,} vs {ENTRIES // 4:,} entries",
            peaks[1],
            peaks[0],
            "≈1.0× (constant memory)",
            "check's peak at a quarter of the entries",
            unit="MB",
        )
    )
    return results
