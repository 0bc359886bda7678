"""The package list in pyproject.toml is written by hand (resources/ maps into the
package); forgetting a new subpackage would ship a build without it."""

import tomllib
from pathlib import Path

import casedesk

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed_for_packaging() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    package_root = Path(casedesk.__file__).parent
    found = {
        "casedesk." + ".".join(p.parent.relative_to(package_root).parts)
        if p.parent != package_root
        else "casedesk"
        for p in package_root.rglob("__init__.py")
    }
    found.discard("casedesk.resources")  # lives at the top level, mapped in package-dir
    missing = found - listed
    assert not missing, f"add to [tool.setuptools] packages: {sorted(missing)}"


def test_version_is_defined_once_and_reported() -> None:
    assert casedesk.__version__.count(".") == 2
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "casedesk.__version__" }' in text
