"""Import benchmark: 100,000 rows of a Spanish-headed CSV into an empty store.

Time and peak memory (VmHWM of a fresh process), beside a floor measured in the same
run: the raw ``executemany`` of the same number of client rows through sqlite3. The
importing process's CPU time (user + system) is reported too, beside the floor's: on a
machine shared with other work the wall times of both swing with the load, the CPU
times much less.
"""

import csv
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casedesk.app import open_store
from tests.benchmarks.common import Result

ROWS = 100_000
GIVEN = ("Andry", "José", "Luis", "María", "Ana", "Jesús", "Óscar", "Rocío", "Néstor", "Yusleidy")
SURNAMES = ("Hernández", "Romero", "Muñoz", "Peña", "Quiñones", "Ibáñez", "de la Cruz", "Parra")
STATUSES = ("asilo pendiente", "orden final", "TPS", "refugiado aprobado")
IMPORT = """
import sys
from pathlib import Path
from casedesk.app import open_services
services = open_services(Path(sys.argv[1]))
report = services.imports.run(Path(sys.argv[2]))
assert report.imported == int(sys.argv[3]), report.to_json()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]))
"""


def _letters(n: int) -> str:
    """A distinct made-up second given name per row (names cannot hold digits)."""
    out = ""
    n += 26**3  # at least four letters: never a particle such as "la" or "de"
    while n:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
    return out.capitalize()


def _write_csv(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(
            [
                "Apellidos",
                "Segundo apellido",
                "Nombres",
                "Número A",
                "Fecha de nacimiento",
                "Nacionalidad",
                "Estatus",
                "Fecha del estatus",
            ]
        )
        for i in range(ROWS):
            out.writerow(
                [
                    rng.choice(SURNAMES),
                    rng.choice(SURNAMES),
                    f"{rng.choice(GIVEN)} {_letters(i)}",
                    f"A{200_000_000 + i}",
                    f"{rng.randrange(1960, 2006)}-{rng.randrange(1, 13):02d}",
                    "Venezuela",
                    rng.choice(STATUSES),
                    f"{rng.randrange(2015, 2026)}",
                ]
            )


def _floor(work: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the raw insert."""
    path = work / "floor.sqlite"
    open_store(path).close()
    rows = [
        (
            i,
            "Nombre",
            "Apellido",
            "",
            "",
            "apellido nombre",
            "apellido nombre",
            f"{i:09d}",
            "1990",
            19900000,
            "VE",
            "",
            "",
            0,
            1,
            "2025-01-01",
            "2025-01-01",
            "pending_asylum",
            "2020",
            None,
            "",
            None,
            None,
            None,
            None,
        )
        for i in range(1, ROWS + 1)
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO client VALUES ({','.join('?' * 25)})", rows)
    conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return seconds, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "lista.csv"
        _write_csv(source)
        store = work / "import.sqlite"
        open_store(store).close()
        start, cpu = time.perf_counter(), _children_cpu()
        out = subprocess.run(
            [sys.executable, "-c", IMPORT, str(store), str(source), str(ROWS)],
            check=True,
            capture_output=True,
            text=True,
            env=dict(os.environ),
        ).stdout
        seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
        peak_mb = int(out.split()[-1]) / 1024
        floor, floor_cpu = _floor(work)
    return [
        Result(
            f"import {ROWS:,} CSV rows (new clients)",
            seconds,
            floor,
            "< 30 s",
            "raw executemany of the client rows",
        ),
        Result(
            "import: CPU time of the importing process",
            cpu,
            floor_cpu,
            "—",
            "CPU time of the raw executemany",
        ),
        Result(
            "import: peak memory of the importing process",
            peak_mb,
            None,
            "< 300 MB",
            "—",
            unit="MB",
        ),
    ]
