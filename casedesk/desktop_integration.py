"""Linux desktop integration without a terminal: the menu entry, icons and AppStream file
for the copy of casedesk that is running, written into the user's own data folder.

The unpacked tarball's ``casedesk/casedesk`` can be started with a double-click from the
file manager; the GUI then offers to add itself to the applications menu (see
``casedesk.ui.desktop_prompt``), which is what this module does. It writes the same files,
under the same names, as ``packaging/linux/install.sh``, so either route upgrades or
removes what the other put in place:

    $XDG_DATA_HOME/applications/casedesk.desktop        Exec= this executable, absolute
    $XDG_DATA_HOME/metainfo/io.github.casedesk.metainfo.xml
    $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/casedesk.png, scalable/apps/casedesk.svg

Pure Python: the templates and icons are read from ``casedesk.resources`` (frozen or not),
and the Qt side only asks the questions.
"""

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from importlib.resources import files
from pathlib import Path

DESKTOP_ID = "casedesk.desktop"
METAINFO_ID = "io.github.casedesk.metainfo.xml"
ICON_NAME = "casedesk"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
TOOL_TIMEOUT = 30  # seconds for update-desktop-database / gtk-update-icon-cache


class IntegrationError(Exception):
    """The entry cannot be written for this executable (its path cannot be expressed)."""


class State(Enum):
    """Whether the running copy is in the applications menu."""

    ABSENT = "absent"  # no casedesk entry anywhere: offer
    HERE = "here"  # the user's entry starts this very executable
    ELSEWHERE = "elsewhere"  # an entry starts another copy that exists (install.sh, distro)
    STALE = "stale"  # the user's entry starts a program that is gone (folder moved): offer


@dataclass(frozen=True)
class Placement:
    """One file to write: where, and its exact bytes."""

    path: Path
    content: bytes


# ---------------------------------------------------------------------------- where


def available() -> bool:
    """Self-integration makes sense only for the frozen build on Linux: from a source
    checkout ``sys.executable`` is Python, not casedesk."""
    return sys.platform.startswith("linux") and bool(getattr(sys, "frozen", False))


def running_executable() -> Path:
    return Path(sys.executable).resolve()


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or not absolute (as the
    XDG Base Directory specification says)."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def data_dirs(env: Mapping[str, str] | None = None) -> list[Path]:
    """The system-wide data folders ($XDG_DATA_DIRS), where a distribution's entry lives."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(p) for p in value.split(":") if p and os.path.isabs(p)]


def entry_path(home: Path) -> Path:
    return home / "applications" / DESKTOP_ID


# ---------------------------------------------------------------------------- what


def exec_argument(path: str) -> str:
    """One argument of an ``Exec=`` line, quoted as the Desktop Entry specification asks
    (reserved characters inside double quotes, with ``"`` `` ` `` ``$`` ``\\`` escaped;
    ``%`` doubled), before the general string escaping."""
    if not path.isprintable():  # newlines, tabs and other control characters
        raise IntegrationError(f"the folder name cannot go in a menu entry: {path!r}")
    reserved = set(" \t\"'\\><~|&;$*?#()`")
    if any(c in reserved for c in path):
        path = '"' + re.sub(r'(["`$\\])', r"\\\1", path) + '"'
    return path.replace("%", "%%")


def escape_string(value: str) -> str:
    """A value of type string in a desktop entry: backslash first, then the rest."""
    return value.replace("\\", "\\\\")


def unescape_string(value: str) -> str:
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars, "")
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(nxt, nxt))
        else:
            out.append(c)
    return "".join(out)


def _resource(*parts: str) -> bytes:
    node = files("casedesk.resources")
    for part in parts:
        node = node / part
    return node.read_bytes()


def desktop_entry(executable: Path) -> str:
    """The shipped entry (resources/linux/casedesk.desktop) with ``Exec`` and ``TryExec``
    pointing at ``executable``: launchers may not have ~/.local/bin on PATH, and the
    unpacked folder is nowhere on it."""
    text = str(executable)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise IntegrationError(f"the folder name is not valid text: {text!r}") from exc
    exec_value = escape_string(exec_argument(text))
    try_exec = escape_string(text)
    template = _resource("linux", DESKTOP_ID).decode("utf-8")
    replaced = {"Exec": f"Exec={exec_value}", "TryExec": f"TryExec={try_exec}"}
    lines = [replaced.get(line.split("=", 1)[0], line) for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def planned_files(executable: Path, home: Path) -> list[Placement]:
    """Every file that adding casedesk to the menu writes, with its content."""
    icons = home / "icons" / "hicolor"
    plan = [
        Placement(entry_path(home), desktop_entry(executable).encode("utf-8")),
        Placement(home / "metainfo" / METAINFO_ID, _resource("linux", METAINFO_ID)),
        Placement(
            icons / "scalable" / "apps" / f"{ICON_NAME}.svg", _resource("icons", "casedesk.svg")
        ),
    ]
    plan += [
        Placement(
            icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png",
            _resource("icons", f"casedesk-{size}.png"),
        )
        for size in ICON_SIZES
    ]
    return plan


# ---------------------------------------------------------------------------- state


def _entry_keys(path: Path) -> dict[str, str]:
    """The keys of the [Desktop Entry] group (raw values), or {} if unreadable."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    keys: dict[str, str] = {}
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, value = line.split("=", 1)
            keys.setdefault(key.strip(), value.strip())
    return keys


def _first_exec_word(value: str) -> str | None:
    """The program of an ``Exec`` value (after string unescaping): a bare word, or a
    double-quoted one in which a backslash escapes the next character."""
    value = value.lstrip()
    if not value.startswith('"'):
        words = value.split()
        return words[0] if words else None
    out, chars = [], iter(value[1:])
    for c in chars:
        if c == "\\":
            out.append(next(chars, ""))
        elif c == '"':
            return "".join(out)
        else:
            out.append(c)
    return None  # no closing quote


def entry_executable(path: Path, env: Mapping[str, str] | None = None) -> Path | None:
    """The program an entry starts (its TryExec, else the first word of Exec), or None
    when the entry names none."""
    keys = _entry_keys(path)
    program = unescape_string(keys.get("TryExec", ""))
    if not program:
        word = _first_exec_word(unescape_string(keys.get("Exec", "")))
        if not word:
            return None
        program = word.replace("%%", "%")
    if "/" not in program:
        env = os.environ if env is None else env
        found = shutil.which(program, path=env.get("PATH"))
        return Path(found) if found else Path(program)
    return Path(program)


def _runs(program: Path | None) -> bool:
    return program is not None and program.is_file() and os.access(program, os.X_OK)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def state(
    executable: Path, *, home: Path | None = None, env: Mapping[str, str] | None = None
) -> State:
    home = data_home(env) if home is None else home
    mine = entry_path(home)
    if mine.is_file():
        program = entry_executable(mine, env)
        if program is not None and _same(program, executable):
            return State.HERE
        return State.ELSEWHERE if _runs(program) else State.STALE
    for folder in data_dirs(env):
        system = folder / "applications" / DESKTOP_ID
        if system.is_file() and _runs(entry_executable(system, env)):
            return State.ELSEWHERE
    return State.ABSENT


def should_offer(
    executable: Path, *, home: Path | None = None, env: Mapping[str, str] | None = None
) -> bool:
    """Offer to add the running copy when no working casedesk entry exists."""
    return state(executable, home=home, env=env) in (State.ABSENT, State.STALE)


def is_installed(home: Path | None = None) -> bool:
    """The user's data folder has a casedesk menu entry (this copy's or another's)."""
    return entry_path(data_home() if home is None else home).is_file()


# ---------------------------------------------------------------------------- doing


def _write(placement: Placement) -> bool:
    path = placement.path
    try:
        if path.read_bytes() == placement.content:
            return False  # already there: leave its date alone
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(placement.content)
    tmp.chmod(0o644)
    os.replace(tmp, path)
    return True


def install(executable: Path, *, home: Path | None = None) -> list[Path]:
    """Add ``executable`` to the applications menu; returns the files written (none when
    everything was already in place). Raises OSError or IntegrationError."""
    home = data_home() if home is None else home
    plan = planned_files(executable, home)  # everything computed before anything is written
    written = [p.path for p in plan if _write(p)]
    if written:
        refresh_caches(home)
    return written


def remove(*, home: Path | None = None) -> list[Path]:
    """Take casedesk out of the menu (the entry, AppStream file and icons); returns the
    files removed. The program itself and the user's data are left alone."""
    home = data_home() if home is None else home
    icons = home / "icons" / "hicolor"
    paths = [
        entry_path(home),
        home / "metainfo" / METAINFO_ID,
        icons / "scalable" / "apps" / f"{ICON_NAME}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in ICON_SIZES),
    ]
    removed = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    refresh_caches(home)
    return removed


def _tool_env() -> dict[str, str]:
    """The environment for system tools: PyInstaller points LD_LIBRARY_PATH at the bundle
    and keeps the original in LD_LIBRARY_PATH_ORIG; the system's programs need theirs."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


def refresh_caches(home: Path) -> list[str]:
    """Run update-desktop-database and gtk-update-icon-cache on the user's folders when
    they are installed; a missing or failing tool is not an error (desktops rescan on
    their own). Returns the tools that ran."""
    ran = []
    jobs = (
        ("update-desktop-database", ["-q", str(home / "applications")], home / "applications"),
        (
            "gtk-update-icon-cache",
            ["-q", "-t", str(home / "icons" / "hicolor")],
            home / "icons" / "hicolor",
        ),
    )
    for name, args, folder in jobs:
        tool = shutil.which(name)
        if tool is None or not folder.is_dir():
            continue
        try:
            subprocess.run(
                [tool, *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=_tool_env(),
                timeout=TOOL_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        ran.append(name)
    return ran
