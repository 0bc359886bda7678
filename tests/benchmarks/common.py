"""Timing helpers and the result table shared by the benchmark scripts."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


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
