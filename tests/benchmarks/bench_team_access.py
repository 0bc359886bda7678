"""What access per matter costs: the same list page, search and save on one team store
as the superuser (no row-level security: the floor), as an admin, and as an attorney
granted the largest demo matter, at 100,000 demo clients (``BENCH_TEAM_CLIENTS``).

The server is the test suite's throw-away one (``tests.pg``), stopped at the end.
"""

import os
import shutil
from functools import partial

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery, ClientUpdate
from casedesk.services.team import TeamService
from tests import pg
from tests.benchmarks.common import Result, median_time, once

CLIENTS = int(os.environ.get("BENCH_TEAM_CLIENTS", "100000"))
SURNAMES = ("Hernández", "Muñoz", "Peña")
STATUS = "pending_asylum"
#: The attorney is granted the largest demo matter (most clients behind the policy).
LOGINS = {"bench_admin": "admin", "bench_attorney": "attorney"}
PASSWORD = "bench-pass-15"


def _figures(services: Services) -> dict[str, float]:
    client = services.clients.list(ClientQuery(limit=1)).rows[0].id
    state = {"n": 0, "version": services.clients.get(client).version}

    def save() -> None:
        state["n"] += 1
        services.clients.update(
            client, ClientUpdate(tags=f"bench{state['n']}"), expected_version=state["version"]
        )
        state["version"] += 1

    return {
        "page": median_time(lambda: services.clients.list(ClientQuery(status=STATUS, limit=200))),
        "search": max(median_time(partial(services.search.clients, w)) for w in SURNAMES),
        "save": median_time(save),
    }


NAMES: dict[str, tuple[str, str]] = {
    "page": ("list page", "< 100 ms"),
    "search": ("search (slowest of 3)", "< 50 ms"),
    "save": ("save a client", "< 50 ms"),
}


def run() -> list[Result]:
    results: list[Result] = []
    server = pg.start_server()
    try:
        server.execute("CREATE DATABASE access")
        owner = open_services(server.url("access"))
        try:
            demo = once(lambda: owner.demo.generate(clients=CLIENTS, seed=1))
            team = TeamService(owner.ctx)
            team.install()
            for login, role in LOGINS.items():
                team.add_user(login, role, password=PASSWORD)
            largest = max(owner.matters.summaries(), key=lambda m: m.people)
            team.grant("bench_attorney", largest.id)
        finally:
            owner.close()
        server.execute("VACUUM ANALYZE", dbname="access")
        results.append(Result(f"[access] demo --clients {CLIENTS:,} + team init", demo, None, "—"))
        who = [("superuser", server.url("access"))] + [
            (role, server.url("access", login, PASSWORD)) for login, role in LOGINS.items()
        ]
        floors: dict[str, float] = {}
        for name, url in who:
            services = open_services(url)
            try:
                figures = _figures(services)
            finally:
                services.close()
            if not floors:
                floors = figures
            for key, (label, target) in NAMES.items():
                results.append(
                    Result(
                        f"[access] {label} as {name}",
                        figures[key],
                        None if name == "superuser" else floors[key],
                        target,
                        "same call as superuser (no RLS)",
                    )
                )
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
    return results
