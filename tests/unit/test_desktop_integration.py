"""Adding the running copy to the Linux applications menu: which files, with what content,
where ($XDG_DATA_HOME, a temporary folder here), and that doing it twice changes nothing
and removing it leaves nothing behind. desktop-file-validate checks the written entry
when desktop-file-utils is installed (CI installs it)."""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casedesk import desktop_integration as di
from casedesk.desktop_integration import IntegrationError, State

ROOT = Path(__file__).resolve().parents[2]


def _fake_program(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system-share"))
    return folder


@pytest.fixture
def exe(tmp_path: Path) -> Path:
    return _fake_program(
        tmp_path / "Downloads" / "casedesk-0.1.0-linux-x86_64" / "casedesk" / "casedesk"
    )


def _entry(home: Path) -> dict[str, str]:
    lines = (home / "applications" / "casedesk.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def _validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return  # the shipped template itself is validated in tests/packaging, with a skip
    proc = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower(), proc.stdout
    assert "warning" not in proc.stdout.lower(), proc.stdout


def test_install_writes_entry_metainfo_and_icons_under_xdg_data_home(home: Path, exe: Path) -> None:
    written = di.install(exe)
    expected = {
        home / "applications" / "casedesk.desktop",
        home / "metainfo" / "io.github.casedesk.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / "casedesk.svg",
        *(home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "casedesk.png" for n in di.ICON_SIZES),
    }
    assert set(written) == expected
    for path in expected:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    for n in di.ICON_SIZES:
        data = (home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "casedesk.png").read_bytes()
        assert data.startswith(b"\x89PNG")
        assert int.from_bytes(data[16:20], "big") == n
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / "casedesk.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "casedesk.svg").read_bytes()
    metainfo = home / "metainfo" / "io.github.casedesk.metainfo.xml"
    shipped = ROOT / "resources" / "linux" / "io.github.casedesk.metainfo.xml"
    assert metainfo.read_bytes() == shipped.read_bytes()
    assert not list(home.rglob(".*.tmp"))


def test_entry_starts_this_executable_by_absolute_path(home: Path, exe: Path) -> None:
    di.install(exe)
    entry = _entry(home)
    assert entry["Exec"] == str(exe)
    assert entry["TryExec"] == str(exe)
    assert entry["Icon"] == "casedesk"
    assert entry["Terminal"] == "false"
    assert entry["Type"] == "Application"
    # Everything else is the shipped entry, unchanged.
    template = (ROOT / "resources" / "linux" / "casedesk.desktop").read_text(encoding="utf-8")
    others = [line for line in template.splitlines() if not line.startswith(("Exec=", "TryExec="))]
    written = (home / "applications" / "casedesk.desktop").read_text(encoding="utf-8")
    assert [
        line for line in written.splitlines() if not line.startswith(("Exec=", "TryExec="))
    ] == others
    _validate(home / "applications" / "casedesk.desktop")


@pytest.mark.parametrize(
    "folder",
    [
        "My Programs",
        "casedesk (copy)",
        "100% legal",
        "dollar$sign",
        'quote"d',
        "it's",
        "back\\slash",
        "Programación",
    ],
)
def test_awkward_folder_names_are_quoted_and_read_back(
    home: Path, tmp_path: Path, folder: str
) -> None:
    program = _fake_program(tmp_path / folder / "casedesk")
    di.install(program)
    path = home / "applications" / "casedesk.desktop"
    assert di.entry_executable(path) == program
    assert di.state(program) is State.HERE
    # The Exec line alone (TryExec removed) reads back to the same program.
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(x for x in text.splitlines() if not x.startswith("TryExec=")) + "\n",
        encoding="utf-8",
    )
    assert di.entry_executable(path) == program
    path.write_text(text, encoding="utf-8")
    _validate(path)


def test_control_characters_in_the_path_are_refused(home: Path, tmp_path: Path) -> None:
    with pytest.raises(IntegrationError):
        di.install(tmp_path / "two\nlines" / "casedesk")
    assert not (home / "applications").exists()  # nothing half-written


def test_install_twice_changes_nothing(home: Path, exe: Path) -> None:
    di.install(exe)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in home.rglob("*") if p.is_file()}
    assert di.install(exe) == []
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in home.rglob("*") if p.is_file()}
    assert after == before


def test_install_from_a_moved_folder_repoints_the_entry(
    home: Path, exe: Path, tmp_path: Path
) -> None:
    di.install(exe)
    moved = _fake_program(tmp_path / "Apps" / "casedesk" / "casedesk")
    assert di.install(moved) == [home / "applications" / "casedesk.desktop"]
    assert _entry(home)["Exec"] == str(moved)


def test_remove_cleans_up_and_keeps_unrelated_files(home: Path, exe: Path) -> None:
    other = home / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    data = home / "casedesk" / "casedesk.sqlite"  # the store lives beside; never touched
    data.parent.mkdir()
    data.write_bytes(b"store")
    planned = {p.path for p in di.planned_files(exe, home)}
    di.install(exe)
    assert set(di.remove()) == planned
    assert not any(p.exists() for p in planned)
    assert other.is_file()
    assert data.read_bytes() == b"store"
    assert di.remove() == []
    assert not di.is_installed()


def test_state_and_when_to_offer(
    home: Path, exe: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert di.state(exe) is State.ABSENT
    assert di.should_offer(exe)

    di.install(exe)
    assert di.state(exe) is State.HERE
    assert not di.should_offer(exe)

    # Another copy that exists (e.g. install.sh's ~/.local/opt/casedesk) owns the entry.
    installed = _fake_program(tmp_path / "opt" / "casedesk" / "casedesk")
    di.install(installed)
    assert di.state(exe) is State.ELSEWHERE
    assert not di.should_offer(exe)

    # That copy is gone (folder moved or deleted): the entry is dead, offer again.
    installed.unlink()
    assert di.state(exe) is State.STALE
    assert di.should_offer(exe)

    # A distribution's entry that works counts as installed; one whose program is gone not.
    di.remove()
    system = tmp_path / "system-share" / "applications" / "casedesk.desktop"
    system.parent.mkdir(parents=True)
    system.write_text(
        "[Desktop Entry]\nType=Application\nName=casedesk\nExec=casedesk\n", encoding="utf-8"
    )
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    assert di.state(exe) is State.ABSENT
    _fake_program(tmp_path / "bin" / "casedesk")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert di.state(exe) is State.ELSEWHERE


def test_data_home_follows_the_xdg_rules(tmp_path: Path) -> None:
    assert di.data_home({"XDG_DATA_HOME": "/srv/share", "HOME": "/h"}) == Path("/srv/share")
    fallback = Path("/h/.local/share")
    assert di.data_home({"HOME": "/h"}) == fallback
    assert di.data_home({"XDG_DATA_HOME": "", "HOME": "/h"}) == fallback
    assert di.data_home({"XDG_DATA_HOME": "relative/share", "HOME": "/h"}) == fallback
    assert di.data_dirs({}) == [Path("/usr/local/share"), Path("/usr/share")]
    assert di.data_dirs({"XDG_DATA_DIRS": "/a:rel::/b"}) == [Path("/a"), Path("/b")]


def test_cache_tools_run_when_present_and_never_fail(
    home: Path, exe: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    log = tmp_path / "ran.log"
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        tool = bin_dir / name
        _fake_program(tool)
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\nexit 1\n', encoding="utf-8")
    monkeypatch.setenv("PATH", str(bin_dir))
    di.install(exe)  # both tools fail (exit 1): not an error
    ran = log.read_text(encoding="utf-8").splitlines()
    assert ran == [
        f"update-desktop-database -q {home / 'applications'}",
        f"gtk-update-icon-cache -q -t {home / 'icons' / 'hicolor'}",
    ]
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert di.refresh_caches(home) == []  # absent tools are skipped
    assert di.remove()


def test_offered_only_by_the_frozen_linux_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert not di.available()  # tests, source checkouts: sys.executable is Python
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert di.available() is sys.platform.startswith("linux")


def test_frozen_tools_get_the_systems_library_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert di._tool_env()["LD_LIBRARY_PATH"] == "/usr/local/lib"
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in di._tool_env()


def test_same_files_as_the_tarball_installer() -> None:
    """install.sh and uninstall.sh handle the same names, so each route can upgrade or
    remove what the other wrote."""
    script = (ROOT / "packaging" / "linux" / "uninstall.sh").read_text(encoding="utf-8")
    assert '"$data_home/applications/casedesk.desktop"' in script
    assert '"$data_home/metainfo/io.github.casedesk.metainfo.xml"' in script
    assert '"$data_home/icons/hicolor/scalable/apps/casedesk.svg"' in script
    sizes = " ".join(str(n) for n in di.ICON_SIZES)
    assert f"for size in {sizes}; do" in script
    assert os.path.basename(di.entry_path(Path("/x"))) == "casedesk.desktop"
