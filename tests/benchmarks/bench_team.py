"""Team store benchmarks: search, a client-list page and a save on PostgreSQL, beside
the same calls on SQLite and beside raw SQL floors on the same server, at 100,000 demo
clients (``BENCH_TEAM_CLIENTS`` to change). Targets: search <= 50 ms, list page <=
100 ms, save <= 50 ms.

The PostgreSQL server is the test suite's throw-away one (``tests.pg``), started in a
temporary folder and stopped at the end.
"""

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery, ClientUpdate
from casedesk.storage import search_pg
from casedesk.storage.search import match_expression, match_words
from tests import pg
from tests.benchmarks.common import Result, median_time, once

CLIENTS = int(os.environ.get("BENCH_TEAM_CLIENTS", "100000"))
SURNAMES = ("Hernández", "Muñoz", "Peña", "Quiñones", "Villalobos", "Urdaneta", "de la Cruz")
#: Misspelt surnames the prefix search cannot find: the close-spelling fallback answers.
MISSPELT = ("Hernandes", "Munos", "Villalovos")
STATUS = "pending_asylum"
_AUDIT_FLOOR = (
    "INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, client_id, before, "
    "after, prev_hash, hash) SELECT id + 1, at, actor, action, entity, entity_id, client_id, "
    "before, after, prev_hash, hash FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)"
)


def _save(services: Services) -> Callable[[], object]:
    """Save one client's edited tags with the version the window opened it at (the
    window already shows the client: reading it is not part of the save)."""
    state = {"n": 0, "version": services.clients.get(7).version}

    def save() -> None:
        state["n"] += 1
        services.clients.update(
            7, ClientUpdate(tags=f"bench{state['n']}"), expected_version=state["version"]
        )
        state["version"] += 1

    return save


def _service_figures(services: Services) -> dict[str, float]:
    return {
        "search": max(median_time(lambda w=w: services.search.clients(w)) for w in SURNAMES),
        "misspelt": max(median_time(lambda w=w: services.search.clients(w)) for w in MISSPELT),
        "page": median_time(lambda: services.clients.list(ClientQuery(status=STATUS, limit=200))),
        "save": median_time(_save(services)),
    }


def _sqlite_floors(path: Path) -> dict[str, float]:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")

    def search(word: str) -> None:
        ids = [
            r[0]
            for r in raw.execute(
                "SELECT rowid FROM client_fts WHERE client_fts MATCH ? "
                "ORDER BY bm25(client_fts, 10.0, 5.0, 1.0) LIMIT 50",
                (match_expression(word),),
            )
        ]
        raw.execute(
            f"SELECT * FROM client WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()

    def page() -> None:
        raw.execute(
            "SELECT * FROM client WHERE current_status = ? AND archived = 0 "
            "ORDER BY sort_key, id LIMIT 200",
            (STATUS,),
        ).fetchall()

    def save() -> None:
        # The same writes a save makes: the row, its index row, one audit entry.
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("SELECT * FROM client WHERE id = 7").fetchall()
        raw.execute("UPDATE client SET tags = 'floor', version = version + 1 WHERE id = 7")
        raw.execute("DELETE FROM client_fts WHERE rowid = 7")
        raw.execute("INSERT INTO client_fts(rowid, names, ids, notes) VALUES (7, 'a b', '', '')")
        raw.execute(_AUDIT_FLOOR)
        raw.execute("COMMIT")

    figures = {
        "search": max(median_time(lambda w=w: search(w)) for w in SURNAMES),
        "page": median_time(page),
        "save": median_time(save),
    }
    # A misspelt name's floor: the raw query finding the same surname spelt right.
    figures["misspelt"] = figures["search"]
    raw.close()
    return figures


def _pg_floors(conninfo: str) -> dict[str, float]:
    raw: Any = psycopg.connect(conninfo, autocommit=True)

    def search(word: str) -> None:
        query = search_pg.tsquery(match_words(word))
        ids = [
            r[0]
            for r in raw.execute(
                "SELECT client_id FROM client_search WHERE doc @@ to_tsquery('simple', %s) "
                "ORDER BY ts_rank('{0.0, 0.1, 0.5, 1.0}', doc, to_tsquery('simple', %s)) DESC, "
                "client_id LIMIT 50",
                (query, query),
            )
        ]
        raw.execute("SELECT * FROM client WHERE id = ANY(%s)", (ids,)).fetchall()

    def page() -> None:
        raw.execute(
            "SELECT * FROM client WHERE current_status = %s AND archived = false "
            "ORDER BY sort_key, id LIMIT 200",
            (STATUS,),
        ).fetchall()

    def save() -> None:
        # The same writes a save makes: the row, its index row, one audit entry.
        with raw.transaction():
            raw.execute("SELECT * FROM client WHERE id = 7 FOR UPDATE").fetchall()
            raw.execute("UPDATE client SET tags = 'floor', version = version + 1 WHERE id = 7")
            raw.execute("DELETE FROM client_search WHERE client_id = 7")
            raw.execute(
                "INSERT INTO client_search (client_id, names, doc) "
                "VALUES (7, 'a b', to_tsvector('simple', 'a b'))"
            )
            raw.execute(_AUDIT_FLOOR)

    figures = {
        "search": max(median_time(lambda w=w: search(w)) for w in SURNAMES),
        "page": median_time(page),
        "save": median_time(save),
    }
    # A misspelt name's floor: the raw query finding the same surname spelt right.
    figures["misspelt"] = figures["search"]
    raw.close()
    return figures


NAMES = {
    "search": ("search a surname (slowest of 7, median)", "< 50 ms", "raw full-text query + fetch"),
    "misspelt": (
        "search a misspelt surname (slowest of 3, median)",
        "< 50 ms",
        "raw full-text query + fetch, spelt right",
    ),
    "page": (f"clients list --status {STATUS}, page 1", "< 100 ms", "raw SELECT ... LIMIT 200"),
    "save": (
        "save a client (version check, index, audit)",
        "< 50 ms",
        "raw SELECT, UPDATE, index row, audit row",
    ),
}


def run() -> list[Result]:
    results: list[Result] = []
    server = pg.start_server()
    work = Path(tempfile.mkdtemp(prefix="casedesk-bench-team-"))
    try:
        server.execute("CREATE DATABASE bench")
        url = server.url("bench")
        stores: list[tuple[str, Services, Callable[[], dict[str, float]]]] = []
        lite = open_services(work / "bench.sqlite")
        team = open_services(url)
        stores = [
            ("SQLite", lite, lambda: _sqlite_floors(work / "bench.sqlite")),
            (
                "PostgreSQL",
                team,
                lambda: _pg_floors(f"dbname=bench user=postgres host={server.socket_dir}"),
            ),
        ]
        for kind, services, floors in stores:
            demo = once(lambda s=services: s.demo.generate(clients=CLIENTS, seed=1))
            results.append(Result(f"[{kind}] demo --clients {CLIENTS:,}", demo, None, "—"))
            if kind == "PostgreSQL":
                server.execute("VACUUM ANALYZE", dbname="bench")
            measured, floor = _service_figures(services), floors()
            for key, (name, target, floor_name) in NAMES.items():
                results.append(
                    Result(f"[{kind}] {name}", measured[key], floor[key], target, floor_name)
                )
        lite.close()
        team.close()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return results
