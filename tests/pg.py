"""A throw-away PostgreSQL server for the test run, and team stores on it.

The server is started once per test session with the distribution's own ``initdb`` and
``pg_ctl`` (``/usr/lib/postgresql/<version>/bin``, or ``$CASEDESK_PG_BIN``) in a
temporary folder, listening only on a unix socket there (no TCP port, so parallel
runs never collide), and stopped when the session ends, whether tests failed or not.
PostgreSQL refuses to run as root, so under root it runs as the ``postgres`` user,
which owns the folder.

Each test gets its own database, copied from a template that was migrated once
(``CREATE DATABASE ... TEMPLATE`` copies files: a few tens of milliseconds).

Registered as a plugin from ``tests/conftest.py``. ``.ci/run`` installs the server
package when it is missing; without it these fixtures fail saying so (never skip).
"""

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_VERSIONS = ("17", "16", "15")
TEMPLATE_DB = "casedesk_template"
SUPERUSER = "postgres"
_START_TIMEOUT_S = 60
_names = itertools.count(1)


def _bin_dir() -> Path:
    explicit = os.environ.get("CASEDESK_PG_BIN")
    if explicit:
        return Path(explicit)
    for version in PG_VERSIONS:
        folder = Path(f"/usr/lib/postgresql/{version}/bin")
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    pytest.fail(
        "the PostgreSQL tests need a PostgreSQL 15+ server package (initdb, pg_ctl): "
        "apt-get install -y postgresql postgresql-contrib (.ci/run does this)",
        pytrace=False,
    )


@dataclass
class PgServer:
    """A running throw-away server: build URLs, run SQL or psql against it."""

    bin_dir: Path
    root: Path  # data directory and socket live under here
    run_as: str | None  # the OS user the server runs as (None: ourselves)

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def port(self) -> int:
        return 5432  # only the socket's file name: no TCP listener is opened

    def url(self, dbname: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A ``postgresql://`` URL casedesk accepts (socket folder as the host)."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def _cmd(self, args: Sequence[str]) -> list[str]:
        if self.run_as is None:
            return list(args)
        return ["runuser", "-u", self.run_as, "--", *args]

    def run(self, args: Sequence[str], **kw: object) -> "subprocess.CompletedProcess[str]":
        return subprocess.run(  # type: ignore[call-overload, no-any-return]
            self._cmd(args), capture_output=True, text=True, check=False, **kw
        )

    def psql(
        self, sql: str, dbname: str = "postgres", user: str = SUPERUSER, password: str = ""
    ) -> "subprocess.CompletedProcess[str]":
        """Run ``sql`` through plain psql as ``user`` (what any other program could do)."""
        env = dict(os.environ, PGPASSWORD=password) if password else None
        return subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                user,
                "-d",
                dbname,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )

    def execute(self, sql: str, dbname: str = "postgres") -> str:
        """Run ``sql`` as the superuser; fail the test with psql's message if it fails."""
        done = self.psql(sql, dbname)
        if done.returncode != 0:
            pytest.fail(f"psql failed: {done.stderr.strip()}", pytrace=False)
        return done.stdout

    def new_database(self, template: str = TEMPLATE_DB) -> str:
        name = f"t{os.getpid()}_{next(_names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self.run(
            [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop"]
        )


def start_server() -> PgServer:
    """initdb + pg_ctl start in a new temporary folder; the caller must ``stop()`` it."""
    bin_dir = _bin_dir()
    run_as = SUPERUSER if os.geteuid() == 0 else None
    # Not under pytest's basetemp: that is private to root, and the server user must
    # reach its data directory and socket.
    root = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    server = PgServer(bin_dir, root, run_as)
    server.socket_dir.mkdir()
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        for path in (root, server.socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    init = server.run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(server.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr.strip()}", pytrace=False)
    # The superuser (the tests' own connections) needs no password; every other login
    # does, so "wrong password" can be tested on this server.
    (server.data_dir / "pg_hba.conf").write_text(
        "local all postgres trust\nlocal all all scram-sha-256\n", encoding="utf-8"
    )
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{server.socket_dir}' "
        f"-c port={server.port} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200"
    )
    start = server.run(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(server.data_dir),
            "-l",
            str(root / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            str(_START_TIMEOUT_S),
            "start",
        ]
    )
    if start.returncode != 0:
        log = (
            (root / "server.log").read_text(errors="replace")
            if (root / "server.log").exists()
            else ""
        )
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {start.stderr.strip()} {log[-2000:]}", pytrace=False)
    return server


def _migrated_template(server: PgServer) -> None:
    """The template database every test's database is copied from: schema at head."""
    from casedesk.app import open_store  # noqa: PLC0415 - after the server is up

    server.execute(f'CREATE DATABASE "{TEMPLATE_DB}"')
    open_store(server.url(TEMPLATE_DB)).close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole test session."""
    server = start_server()
    try:
        _migrated_template(server)
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh team store (schema at head, no data) of this test's own."""
    name = pg_server.new_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of an empty database (no schema): for migration tests."""
    name = pg_server.new_database(template="template0")
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)
