"""Duplicate-detection benchmarks at 100,000 demo clients.

Candidates (blocking plus rapidfuzz, every rule applied) stand beside a floor measured in
the same run: reading the same names and grouping them by exact ``match_key`` in a dict,
the least any duplicate search must do. An import-sized run of ``NameIndex.matches`` (one
lookup per existing client) stands beside building the index it uses.
"""

import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

from sqlalchemy import text

from casedesk.app import open_services
from casedesk.services.duplicates import build_index
from tests.benchmarks.common import Result, bench_clients, once, store_copy

CLIENTS = bench_clients()  # 100,000; a million under `make bench-1m`


def _floor_exact_groups(path: Path) -> float:
    """Read every client's match key and group equal keys (exact duplicates only)."""

    def group() -> None:
        conn = sqlite3.connect(path)
        groups: dict[str, list[int]] = defaultdict(list)
        for cid, key in conn.execute("SELECT id, match_key FROM client WHERE archived = 0"):
            groups[key].append(cid)
        conn.close()
        sum(1 for ids in groups.values() if len(ids) > 1)

    return once(group)


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = store_copy(Path(tmp), CLIENTS)  # built once per size, then copied
        services = open_services(path)
        found: list[object] = []
        seconds = once(lambda: found.extend(services.duplicates.candidates(limit=1_000_000)))
        floor = _floor_exact_groups(path)
        results.append(
            Result(
                f"duplicates over {CLIENTS:,} clients",
                seconds,
                floor,
                "< 10 s",
                "group by exact match_key in a dict",
            )
        )
        results.append(Result("  candidate pairs found", len(found), None, "few", "", unit="pairs"))
        with services.ctx.store.read() as session:
            rows = session.execute(
                text("SELECT given, surname, second_surname, dob FROM client LIMIT 10000")
            ).all()
            index_s = once(lambda: build_index(session))
            index = build_index(session)
        lookups = once(lambda: [index.matches(*row) for row in rows])
        results.append(
            Result(
                f"import check: {len(rows):,} rows vs {CLIENTS:,}",
                lookups,
                index_s,
                "< 10 s per 100,000 rows",
                "building the name index once",
            )
        )
        services.close()
    return results


if __name__ == "__main__":
    from tests.benchmarks.common import print_table

    print_table(run())
