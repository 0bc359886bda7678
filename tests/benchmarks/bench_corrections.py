"""Correcting the record on a store of 20,000 demo clients: an edit, a client to the
Trash and back, an undo, and a purge, each beside the raw SQL floor measured in the
same run (the stdlib sqlite3 driver doing the bare write the service wraps).

An edit also validates, checks the version, recomputes the client's summary and search
row and writes an audit entry; a removal also snapshots everything hanging on the
client; a purge also redacts the audit values and rewrites the file (VACUUM).
"""

import shutil
import sqlite3
import statistics
import tempfile
from pathlib import Path

from casedesk.app import open_services
from casedesk.services.entry_schemas import StatusUpdate
from tests.benchmarks.common import Result, median_time, once

CLIENTS = 20_000


def _raw_update(path: Path, entry_id: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    dates = iter(f"2024-01-{day:02d}" for day in range(1, 29))

    def write() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE status_entry SET date = ? WHERE id = ?", (next(dates), entry_id))
        conn.execute("COMMIT")

    seconds = median_time(write, repeat=9)
    conn.close()
    return seconds


def _raw_delete(path: Path, client_ids: list[int]) -> float:
    """Median of committed cascading DELETEs of these clients, on a copy of the store."""
    copy = path.with_name("floor.sqlite")
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")

    def delete(cid: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM client WHERE id = ?", (cid,))
        conn.execute("COMMIT")

    samples = [once(lambda cid=cid: delete(cid)) for cid in client_ids]
    conn.close()
    return statistics.median(samples)


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "bench.sqlite"
        services = open_services(path)
        services.demo.generate(clients=CLIENTS, seed=3)
        detail = next(
            services.clients.get(row.id)
            for row in services.clients.list().rows
            if services.clients.get(row.id).statuses
        )
        entry = detail.statuses[0].id
        dates = iter(f"2023-{month:02d}-01" for month in range(1, 13))
        edit = median_time(
            lambda: services.records.edit("status", entry, StatusUpdate(date=next(dates))),
            repeat=9,
        )
        # Undo before the floor: the floor writes the same row behind the services'
        # back, and an undo rightly refuses to overwrite a change made since.
        undo = median_time(services.undo.undo, repeat=5)
        floor = _raw_update(path, entry)
        results.append(
            Result(
                "edit a status entry (validated, audited)",
                edit,
                floor,
                "< 100 ms",
                "raw UPDATE of the row",
            )
        )
        results.append(Result("undo the last edit", undo, edit, "< 100 ms", "the edit itself"))

        targets = [row.id for row in services.clients.list().rows[100:105]]
        floor = _raw_delete(path, targets)
        items: list[int] = []
        removals = []
        for cid in targets:
            removals.append(
                once(
                    lambda cid=cid: items.append(
                        services.records.delete_client(cid, "bench").new_id or 0
                    )
                )
            )
        restores = [once(lambda item=item: services.trash.restore(item)) for item in items]
        results.append(
            Result(
                "delete a client to the Trash",
                statistics.median(removals),
                floor,
                "< 500 ms",
                "raw cascading DELETE of a client, committed",
            )
        )
        results.append(
            Result(
                "restore a client from the Trash",
                statistics.median(restores),
                floor,
                "< 500 ms",
                "raw cascading DELETE of a client, committed",
            )
        )
        item = services.records.delete_client(detail.id, "bench").new_id
        assert item is not None
        purge = once(lambda: services.trash.purge(item, "bench"))
        services.close()
        copy = work / "copy.sqlite"
        shutil.copyfile(path, copy)
        raw = sqlite3.connect(copy, isolation_level=None)
        vacuum = once(lambda: raw.execute("VACUUM"))
        raw.close()
        results.append(
            Result(
                f"purge a client ({CLIENTS:,}-client store)",
                purge,
                vacuum,
                "< 10 s",
                "raw VACUUM of the same file",
            )
        )
    return results


if __name__ == "__main__":
    from tests.benchmarks.common import print_table

    print_table(run())
