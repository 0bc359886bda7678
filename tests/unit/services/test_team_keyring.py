"""A team store's password kept in a real keyring backend: saved, read back (in this
process and in a fresh one), kept apart per login, server and database, and forgotten.

The backend is keyrings.alt's file keyring, pointed at this test's own folder, so the
test never touches the keyring of the person running it."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

from casedesk.services import team_login
from casedesk.services.team_login import KEYRING_SERVICE, TeamConnection
from tests.conftest import REPO_ROOT

CLINIC = TeamConnection("db.clinic.example", "clinic", "maria_lopez")
#: Fictional password of a fictional paralegal.
PASSWORD = "cedro-azul-1987 ñ"


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    before: KeyringBackend = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # this test's own file
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_save_read_back_and_forget(file_keyring: PlaintextKeyring) -> None:
    assert team_login.keyring_available()
    assert team_login.saved_password(CLINIC) is None
    assert team_login.save_password(CLINIC, PASSWORD) is True
    assert team_login.saved_password(CLINIC) == PASSWORD
    # Written where the backend keeps secrets, under casedesk's service name.
    assert Path(file_keyring.file_path).exists()
    assert file_keyring.get_password(KEYRING_SERVICE, CLINIC.key) == PASSWORD
    # Read back by a new backend object over the same file: it outlives this object.
    again = PlaintextKeyring()
    again.file_path = file_keyring.file_path
    assert again.get_password(KEYRING_SERVICE, "maria_lopez@db.clinic.example:5432/clinic") == (
        PASSWORD
    )
    team_login.forget_password(CLINIC)
    assert team_login.saved_password(CLINIC) is None
    assert again.get_password(KEYRING_SERVICE, CLINIC.key) is None
    team_login.forget_password(CLINIC)  # forgetting twice is no error


def test_each_login_server_and_database_has_its_own(file_keyring: PlaintextKeyring) -> None:
    others = [
        TeamConnection("db.clinic.example", "clinic", "alex_ruiz"),
        TeamConnection("db.clinic.example", "training", "maria_lopez"),
        TeamConnection("db.clinic.example", "clinic", "maria_lopez", port=5433),
        TeamConnection("backup.clinic.example", "clinic", "maria_lopez"),
    ]
    assert team_login.save_password(CLINIC, PASSWORD)
    for n, other in enumerate(others):
        assert team_login.saved_password(other) is None
        assert team_login.save_password(other, f"other-{n}")
    assert team_login.saved_password(CLINIC) == PASSWORD
    team_login.forget_password(others[0])
    assert team_login.saved_password(others[0]) is None
    assert team_login.saved_password(CLINIC) == PASSWORD
    assert [team_login.saved_password(o) for o in others[1:]] == ["other-1", "other-2", "other-3"]


def test_a_fresh_process_reads_the_saved_password(tmp_path: Path) -> None:
    """Chosen the way a user's machine chooses it (environment), in two processes."""
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(REPO_ROOT),
        "PATH": "/usr/bin:/bin",
    }
    script = (
        "import sys\n"
        "from casedesk.services import team_login as t\n"
        "c = t.TeamConnection('db.clinic.example', 'clinic', 'maria_lopez')\n"
        "if sys.argv[1] == 'save': print(t.save_password(c, sys.argv[2]))\n"
        "elif sys.argv[1] == 'forget': t.forget_password(c); print('done')\n"
        "else: print(repr(t.saved_password(c)))\n"
    )

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert run("save", PASSWORD) == "True"
    assert run("read") == repr(PASSWORD)
    assert list((tmp_path / "data").rglob("*.cfg"))  # the backend's file, in our folder
    assert run("forget") == "done"
    assert run("read") == "None"


class _BrokenKeyring(KeyringBackend):
    """A keyring that is there but refuses (locked, or its service crashed)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")


def test_a_locked_keyring_means_asking_for_the_password() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(_BrokenKeyring())  # type: ignore[no-untyped-call]
    try:
        assert team_login.save_password(CLINIC, PASSWORD) is False
        assert team_login.saved_password(CLINIC) is None
        team_login.forget_password(CLINIC)  # no error reaches the user
    finally:
        keyring.set_keyring(before)
