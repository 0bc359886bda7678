"""Timing helpers and the result table shared by the benchmark scripts."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


@dataclass
class Result:
    name: str
    measured_s: float
    floor_s: float | None
    target: str
    floor_name: str = ""
    unit: str = "s"  # "s" for times, "MB" for memory, "rows" for counts

    @property
    def ratio(self) -> str:
        if not self.floor_s:
            return "—"
        return f"{self.measured_s / self.floor_s:.1f}×"


def median_time(fn: Callable[[], object], repeat: int = 9) -> float:
    """Median wall time of ``repeat`` calls (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def fmt(value: float, unit: str = "s") -> str:
    if unit != "s":
        return f"{value:,.0f} {unit}"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def print_table(results: list[Result]) -> None:
    header = (
        f"{'benchmark':<46} {'measured':>11} {'floor':>11} {'ratio':>7}  target / floor measured"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        floor = fmt(r.floor_s, r.unit) if r.floor_s is not None else "—"
        print(
            f"{r.name:<46} {fmt(r.measured_s, r.unit):>11} {floor:>11} {r.ratio:>7}  {r.target}; floor: {r.floor_name}"
        )


def bench_clients(default: int = 100_000) -> int:
    """Store size for the benchmarks: ``CASEDESK_BENCH_CLIENTS`` (``make bench-1m``)."""
    import os  # noqa: PLC0415

    return int(os.environ.get("CASEDESK_BENCH_CLIENTS", default))


def cached_store(clients: int, seed: int = 1) -> "Path":
    """A demo store of ``clients`` people, built once per size and seed and then reused
    (a million clients take many minutes to generate). The cache folder is
    ``CASEDESK_BENCH_CACHE`` or ``~/.cache/casedesk-bench``; benchmarks only read it."""
    import os  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from casedesk.app import open_services  # noqa: PLC0415

    folder = Path(os.environ.get("CASEDESK_BENCH_CACHE", Path.home() / ".cache/casedesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{clients}-seed{seed}.sqlite"
    done = path.with_name(path.name + ".complete")
    if not done.exists():
        for stale in folder.glob(path.name + "*"):
            stale.unlink()
        services = open_services(path)
        try:
            services.demo.generate(clients=clients, seed=seed)
        finally:
            services.close()
        done.touch()
    return path


def store_copy(folder: "Path", clients: int, seed: int = 1) -> "Path":
    """A private copy of the cached demo store in ``folder`` (benchmarks may write)."""
    import shutil  # noqa: PLC0415

    target = folder / "bench.sqlite"
    shutil.copyfile(cached_store(clients, seed), target)
    return target
