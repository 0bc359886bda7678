"""Store benchmarks at 100,000 demo clients: demo generation, search, first list page.

Each figure stands beside a floor measured in the same run on the same machine: the
raw SQL (through the stdlib sqlite3 driver) that the service call wraps.
"""

import sqlite3
import tempfile
from pathlib import Path

from casedesk.app import open_services, open_store
from casedesk.services.schemas import ClientQuery
from casedesk.storage.search import match_expression
from tests.benchmarks.common import Result, bench_clients, median_time, once

CLIENTS = bench_clients()  # 100,000; a million under `make bench-1m`
SURNAMES = ("Hernández", "Muñoz", "Peña", "Quiñones", "Villalobos", "Urdaneta", "de la Cruz")
TABLES = (
    "client",
    "alias",
    "status_entry",
    "custody_event",
    "matter_party",
    "compliance_record",
    "note",
    "contact",
    "deadline",
)


def _floor_executemany(source: Path, work: Path) -> float:
    """Time raw executemany of the same rows into an empty store of the same schema."""
    target = work / "floor.sqlite"
    open_store(target).close()
    src = sqlite3.connect(source)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    fts = src.execute("SELECT rowid, names, ids, notes FROM client_fts").fetchall()
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA synchronous=FULL")

    def load() -> None:
        dst.execute("BEGIN IMMEDIATE")
        for table, data in rows.items():
            if data:
                marks = ",".join("?" * len(data[0]))
                dst.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
        dst.executemany("INSERT INTO client_fts(rowid, names, ids, notes) VALUES (?,?,?,?)", fts)
        dst.execute("COMMIT")

    seconds = once(load)
    dst.close()
    return seconds


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "bench.sqlite"
        services = open_services(path)
        demo = once(lambda: services.demo.generate(clients=CLIENTS, seed=1))
        floor = _floor_executemany(path, work)
        results.append(
            Result(
                f"demo --clients {CLIENTS:,}",
                demo,
                floor,
                "< 60 s",
                "raw executemany of the same rows",
            )
        )

        raw = sqlite3.connect(path)

        def raw_search(word: str) -> None:
            expression = match_expression(word)
            ids = [
                r[0]
                for r in raw.execute(
                    "SELECT rowid FROM client_fts WHERE client_fts MATCH ? "
                    "ORDER BY bm25(client_fts, 10.0, 5.0, 1.0) LIMIT 50",
                    (expression,),
                )
            ]
            raw.execute(
                f"SELECT * FROM client WHERE id IN ({','.join('?' * len(ids))})", ids
            ).fetchall()

        search = max(median_time(lambda w=w: services.search.clients(w)) for w in SURNAMES)
        search_floor = max(median_time(lambda w=w: raw_search(w)) for w in SURNAMES)
        results.append(
            Result(
                "search a surname (slowest of 7, median)",
                search,
                search_floor,
                "< 50 ms",
                "raw FTS5 MATCH + fetch",
            )
        )

        page = median_time(
            lambda: services.clients.list(ClientQuery(status="pending_asylum", limit=200))
        )
        page_floor = median_time(
            lambda: raw.execute(
                "SELECT * FROM client WHERE current_status = ? AND archived = 0 "
                "ORDER BY sort_key, id LIMIT 200",
                ("pending_asylum",),
            ).fetchall()
        )
        results.append(
            Result(
                "clients list --status pending_asylum, page 1",
                page,
                page_floor,
                "< 100 ms",
                "raw SELECT ... LIMIT 200",
            )
        )
        raw.close()
        services.close()
    return results
