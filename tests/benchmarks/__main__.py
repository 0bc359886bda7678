"""`make bench`: run every benchmark and print one table with ratios to same-run floors."""

import importlib
import sys

from tests.benchmarks.common import Result, print_table

MODULES = (
    "tests.benchmarks.bench_store",
    "tests.benchmarks.bench_briefs",
    "tests.benchmarks.bench_gui",
    "tests.benchmarks.bench_imports",
    "tests.benchmarks.bench_exports",
    "tests.benchmarks.bench_duplicates",
    "tests.benchmarks.bench_encryption",
    "tests.benchmarks.bench_team",
    "tests.benchmarks.bench_team_access",
    "tests.benchmarks.bench_scale",
    "tests.benchmarks.bench_corrections",
    "tests.benchmarks.bench_time",
    "tests.benchmarks.bench_hearings",
    "tests.benchmarks.bench_check",
)


def main() -> int:
    results: list[Result] = []
    only = set(sys.argv[1:])
    for name in MODULES:
        if only and name.rsplit(".", 1)[-1] not in only:
            continue
        module = importlib.import_module(name)
        print(f"running {name} ...", file=sys.stderr, flush=True)
        if hasattr(module, "run"):
            results.extend(module.run())
        else:  # a script that prints its own table
            module.main()
    if results:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
