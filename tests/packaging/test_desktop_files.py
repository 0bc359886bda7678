"""Linux desktop integration files: valid for the freedesktop tools, and in step with the
version. The validators are Debian's desktop-file-utils and appstream (CI installs them);
without them those two tests skip and say why."""

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import casedesk

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / "casedesk.desktop"
METAINFO = LINUX / "io.github.casedesk.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (apt-get install {package}); CI installs it")
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # desktop-file-validate exits 0 on hints too; treat its warnings as failures.
    assert "error" not in proc.stdout.lower(), proc.stdout
    assert "warning" not in proc.stdout.lower(), proc.stdout


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    proc = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_file_launches_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "casedesk"
    assert section["Icon"] == "casedesk"
    assert "Office" in section["Categories"].split(";")
    assert section["Keywords"].strip()


def test_metainfo_release_is_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("./releases/release")
    assert releases, "metainfo lists no release"
    newest = releases[0].get("version")
    assert newest == casedesk.__version__, (
        f'add <release version="{casedesk.__version__}"> at the top of {METAINFO.name}'
    )
    assert root.findtext("id") == "io.github.casedesk"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("./launchable").text == DESKTOP.name  # type: ignore[union-attr]


def test_metainfo_project_licence_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("project_license") == project["license"]


def test_screenshots_point_at_files_in_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [el.text or "" for el in root.iter("image")]
    assert images
    for url in images:
        rel = url.split("/main/", 1)[1]
        assert (ROOT / rel).is_file(), f"{url}: no {rel} in the repository"


def test_icons_exist_at_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "casedesk.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        png = icons / f"casedesk-{size}.png"
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG"), png
        width = int.from_bytes(data[16:20], "big")
        height = int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size), png
