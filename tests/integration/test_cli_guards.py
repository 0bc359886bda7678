"""The command line writes nothing it should not, and fails in one line:

- a mistyped ``--db`` is "no store there" (exit 4), never a new empty store;
- an existing file casedesk did not write as that kind of output is not replaced without
  ``--force``, and no output may be one of the inputs;
- output paths are checked before anything is imported;
- a full disk, an unwritable folder or an impossible number is one line with exit 5 or 3;
- store files, backups, manifests and anchors are owner-only, their folders too.
"""

import errno
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk import cli
from casedesk.services.exports import ExportService
from casedesk.storage.anchor import anchor_file
from tests.conftest import dump_store

CSV = "Apellidos,Nombres,Numero A\r\nSoto,Luis,\r\nRuiz,Eva,12345\r\n"
Main = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], store_path: Path) -> Main:
    def go(*args: str, db: Path | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--db", str(db or store_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return go


@pytest.fixture
def store(run: Main, store_path: Path) -> Path:
    assert run("init")[0] == 0
    assert run("clients", "add", "--given", "Ana", "--surname", "Quispe")[0] == 0
    return store_path


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert err.startswith("casedesk: ")
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("search", "ana"),
        ("clients", "list"),
        ("export", "--format", "csv", "--out", "x.csv"),
        ("clients", "add", "--given", "Ana", "--surname", "Q"),
    ],
    ids=lambda c: c[0] if isinstance(c, tuple) else c,
)
def test_a_mistyped_store_path_creates_nothing(
    run: Main, tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "stroe.sqlite"
    code, out, err = run(*command, db=typo)
    assert code == 4
    assert f"there is no store at {typo}" in one_line(err)
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_backup_out_does_not_replace_a_file_it_did_not_write(
    run: Main, store: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE mine (x)")
    conn.close()
    before = other.read_bytes()
    code, _, err = run("backup", "--out", str(other))
    assert code == 3
    assert "other.sqlite already exists and casedesk did not write it as a backup" in one_line(err)
    assert other.read_bytes() == before
    assert run("backup", "--out", str(other), "--force")[0] == 0
    # A backup casedesk wrote there is replaced by the next one without asking.
    assert run("backup", "--out", str(other))[0] == 0


def test_import_refuses_rejects_or_mapping_over_an_input(
    run: Main, store: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lista.csv"
    source.write_bytes(CSV.encode("utf-8"))
    before = dump_store(store)
    for option in ("--rejects", "--save-mapping"):
        code, _, err = run("import", str(source), option, str(source))
        assert code == 3
        assert "lista.csv is also an input" in one_line(err)
        assert source.read_bytes() == CSV.encode("utf-8")
    assert dump_store(store) == before


def test_import_checks_output_folders_before_writing_anything(
    run: Main, store: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lista.csv"
    source.write_bytes(CSV.encode("utf-8"))
    before = dump_store(store)
    for option in ("--rejects", "--save-mapping"):
        code, _, err = run("import", str(source), option, str(tmp_path / "missing" / "r.csv"))
        assert code == 3
        assert f"the folder {tmp_path / 'missing'} does not exist" in one_line(err)
    assert dump_store(store) == before
    # The same import with good paths: the valid row goes in, the refused one is kept.
    rejects, mapping = tmp_path / "r.csv", tmp_path / "m.json"
    code, out, _ = run(
        "import", str(source), "--rejects", str(rejects), "--save-mapping", str(mapping)
    )
    assert code == 3  # README: an import with refused rows exits 3, having written the rest
    assert "1 new" in out
    assert "Ruiz" in rejects.read_text(encoding="utf-8")
    assert mapping.exists()
    # casedesk's own outputs are replaced by a second run; a stranger's file is not.
    code, out, _ = run(
        "import", str(source), "--rejects", str(rejects), "--save-mapping", str(mapping)
    )
    assert "Refused rows written to" in out  # (the second Soto is held as a possible duplicate)
    mapping.write_text("my notes", encoding="utf-8")
    code, _, err = run("import", str(source), "--save-mapping", str(mapping))
    assert code == 3
    assert "m.json already exists and casedesk did not write it as a mapping" in one_line(err)
    assert mapping.read_text(encoding="utf-8") == "my notes"


def test_an_impossible_number_is_one_line_and_exit_3(run: Main, store: Path) -> None:
    code, out, err = run("search", "a", "--limit", "18446744073709551616")
    assert code == 3
    assert "too large" in one_line(err)
    assert out == ""


def test_a_full_disk_during_export_is_one_line_and_exit_5(
    run: Main, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.csv"))

    monkeypatch.setattr(ExportService, "clients_table", full)
    code, _, err = run("export", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert code == 5
    assert "No space left on device" in one_line(err)


def test_a_full_disk_during_backup_is_one_line_and_exit_5(
    run: Main, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> Path:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("casedesk.services.backup.copy_database", full)
    before = dump_store(store)
    code, _, err = run("backup", "--out", str(tmp_path / "b.sqlite"))
    assert code == 5
    assert "the disk is full" in one_line(err)
    assert dump_store(store) == before


def test_store_backups_manifests_and_anchor_are_owner_only(
    run: Main, store: Path, tmp_path: Path
) -> None:
    assert run("backup")[0] == 0
    folder = tmp_path / "backups"
    files = [store, anchor_file(store), *folder.iterdir()]
    assert len(files) == 4
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    new_folder = tmp_path / "deep" / "er"
    assert run("init", db=new_folder / "s.sqlite")[0] == 0
    assert stat.S_IMODE(new_folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((new_folder / "s.sqlite").stat().st_mode) == 0o600


def test_a_wall_time_that_never_happens_is_refused_saying_why(run: Main, store: Path) -> None:
    before = dump_store(store)
    code, _, err = run(
        "deadlines", "add", "--title", "Respond", "--due", "2025-03-09 02:30 America/New_York"
    )
    assert code == 3
    assert "never happens in America/New_York" in one_line(err)
    assert dump_store(store) == before
