"""Shared fixtures: an isolated environment, a temporary store, services with a fixed
clock, and a helper that runs the real command line in a subprocess."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from sqlite3 import dump as sqlite3_dump
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings

# Qt (pytest-qt, the GUI tests, and any CLI started without a subcommand) must never need a
# display; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # forced: a DISPLAY in the shell must not matter

from casedesk.app import open_services
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.storage import cipher

# Shared, noisy machines: no per-example deadline. In CI, the same examples every run,
# so a failure there is reproducible rather than a coin toss (new cases are found
# locally, where the database of examples persists).
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# A throw-away PostgreSQL server for the team-store tests (tests/pg.py).
pytest_plugins = ["tests.pg"]

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXED_NOW = datetime(2025, 5, 1, 12, tzinfo=UTC)
ZONE = ZoneInfo("America/New_York")
CLI_TIMEOUT_S = 60

RunCli = Callable[..., "subprocess.CompletedProcess[str]"]

# Variables through which platformdirs (and Qt) find the user's folders, on every platform.
_USER_DIR_VARS = (
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
    "XDG_RUNTIME_DIR",
    "APPDATA",
    "LOCALAPPDATA",
)


@pytest.fixture(scope="session", autouse=True)
def _audit_key_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder for plain stores' audit-chain keys for the whole run, so a store file
    made by a session fixture still finds its key in any test (or CLI) that copies it."""
    folder = tmp_path_factory.mktemp("audit-keys")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEDESK_AUDIT_KEYS", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME and the user data/log folders into a temporary folder, and forget
    CASEDESK_DB, so no test (nor any CLI it starts) touches the real user's store."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for var in _USER_DIR_VARS:
        folder = home / var.lower()
        folder.mkdir(mode=0o700)
        monkeypatch.setenv(var, str(folder))
    monkeypatch.delenv("CASEDESK_DB", raising=False)
    return home


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


def fixed_clock() -> datetime:
    return FIXED_NOW


def make_services(path: Path | str) -> Services:
    """Services on the store at ``path`` (a file, or a team store's URL) with a fixed
    clock, zone and actor."""
    opened = open_services(path)
    ctx = ServiceContext(opened.ctx.store, actor="tester", clock=fixed_clock, zone=ZONE)
    return Services.create(ctx)


def copy_store(source: Path, dest: Path) -> Path:
    """Copy a closed store file (and its write-ahead log, if one was left) to ``dest``."""
    for suffix in ("", "-wal"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            shutil.copyfile(part, Path(f"{dest}{suffix}"))
    return dest


@pytest.fixture(scope="session")
def empty_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store created (and migrated) once; tests start from copies of it."""
    path = tmp_path_factory.mktemp("empty-store") / "template.sqlite"
    open_services(path).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store_kind(request: pytest.FixtureRequest) -> str:
    """Each test using a store runs on both kinds: a file and a team store."""
    return str(request.param)


@pytest.fixture
def store_location(
    store_kind: str, request: pytest.FixtureRequest, store_path: Path, empty_store_template: Path
) -> Path | str:
    """A fresh store at head of this test's kind: a file path, or a PostgreSQL URL."""
    if store_kind == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return copy_store(empty_store_template, store_path)


@pytest.fixture
def services(store_location: Path | str) -> Iterator[Services]:
    svc = make_services(store_location)
    try:
        yield svc
    finally:
        svc.close()


@pytest.fixture
def other_store_location(
    store_kind: str, request: pytest.FixtureRequest, tmp_path: Path, empty_store_template: Path
) -> Iterator[Path | str]:
    """A second fresh store of the same kind (a restore target, a copy)."""
    if store_kind != "postgresql":
        yield copy_store(empty_store_template, tmp_path / "other.sqlite")
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database()
    try:
        yield str(server.url(name))
    finally:
        server.drop_database(name)


def rows(svc: Services, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Run a read-only query on either kind of store (tests look behind the services)."""
    from sqlalchemy import text  # noqa: PLC0415

    with svc.ctx.store.read() as session:
        return [tuple(r) for r in session.execute(text(sql), params).all()]


@pytest.fixture
def sqlite_services(store_path: Path, empty_store_template: Path) -> Iterator[Services]:
    """Services on a store file, for tests of what only a file has (its bytes, its
    pragmas, its encryption)."""
    svc = make_services(copy_store(empty_store_template, store_path))
    try:
        yield svc
    finally:
        svc.close()


def dump_store(path: Path, key: cipher.Key | None = None) -> str:
    """Every schema object and row of the store (search index and audit trail included),
    as SQL text: equal dumps mean nothing was changed. An encrypted store needs its key."""
    conn = cipher.connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        # sqlcipher3's connection has no iterdump(); the standard library's works on it.
        return "\n".join(sqlite3_dump._iterdump(conn))
    finally:
        conn.close()


@pytest.fixture
def store_dump() -> Callable[[Path], str]:
    return dump_store


def snapshot(svc: Services) -> str:
    """Every row of the store behind ``svc`` (search index and audit trail included),
    on either kind of store: equal snapshots mean nothing was changed."""
    store = svc.ctx.store
    if store.store_info().kind == "sqlite":
        return dump_store(store.path, store.key)
    from sqlalchemy import text  # noqa: PLC0415

    lines: list[str] = []
    with store.read() as session:
        tables = session.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            )
        ).scalars()
        for table in list(tables):
            rows = session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            lines += [f"{table}: {tuple(r)!r}" for r in rows]
    return "\n".join(lines)


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CASEDESK_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    if extra:
        env.update(extra)
    return env


@pytest.fixture
def run_cli(store_path: Path, tmp_path: Path) -> RunCli:
    """Run ``python -m casedesk --db DB ARGS...``; returns the CompletedProcess (text)."""

    def run(
        *args: str,
        db: Path | str | None = None,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
    ) -> "subprocess.CompletedProcess[str]":
        target = store_path if db is None else db
        return subprocess.run(
            [sys.executable, "-m", "casedesk", "--db", str(target), *args],
            env=cli_env(env),
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            timeout=CLI_TIMEOUT_S,
            check=False,
        )

    return run
