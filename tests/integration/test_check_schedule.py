"""Writing commands check the store's integrity on a schedule, not before every write."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from casedesk import check_schedule, cli
from casedesk.storage.engine import SqliteStore


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    made: list[Path] = []
    original = SqliteStore.quick_check

    def counting(store: SqliteStore) -> str:
        made.append(store.path)
        return original(store)

    monkeypatch.setattr(SqliteStore, "quick_check", counting)
    return made


def _add(store: Path, given: str) -> int:
    if not store.exists():  # only `init` (demo, import) makes a store
        assert cli.main(["--db", str(store), "init"]) == 0
    return cli.main(["--db", str(store), "clients", "add", "--given", given, "--surname", "Quispe"])


def _new_store(tmp_path: Path) -> Path:
    store = tmp_path / "store.sqlite"
    assert cli.main(["--db", str(store), "init"]) == 0
    return store


def test_the_first_write_checks_and_the_next_ones_do_not(
    tmp_path: Path, checks: list[Path]
) -> None:
    store = _new_store(tmp_path)  # the first writing command: checked
    assert len(checks) == 1
    assert _add(store, "Ana") == 0
    assert _add(store, "Rosa") == 0
    assert _add(store, "Luz") == 0
    assert len(checks) == 1  # checked once, not before every write
    assert not check_schedule.due(store)


def test_a_check_is_due_again_after_a_day_or_for_a_replaced_file(tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    assert _add(store, "Ana") == 0
    now = datetime.now(UTC)
    assert not check_schedule.due(store, now)
    assert check_schedule.due(store, now + check_schedule.CHECK_EVERY)
    # A store restored from a backup is a new file at the same path: checked again.
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(store.read_bytes())
    copy.replace(store)
    assert check_schedule.due(store, now)
