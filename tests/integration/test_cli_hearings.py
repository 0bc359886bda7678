"""`casedesk hearings` as a script uses it: add on the court's clock (a time without its
hour refused, exit 3; a missing matter, exit 4), list with zones and as JSON, correct
and remove through the same corrections as every entry."""

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli, copy_store

PACIFIC = {"TZ": "America/Los_Angeles"}


@pytest.fixture(autouse=True)
def _store(store_path: Path, empty_store_template: Path) -> Path:
    return copy_store(empty_store_template, store_path)


def ok(run_cli: RunCli, *args: str) -> str:
    done = run_cli(*args, env=PACIFIC)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_add_list_edit_and_remove_a_hearing(run_cli: RunCli) -> None:
    ok(run_cli, "matters", "add", "--title", "Doe v. Noem", "--kind", "habeas",
       "--court", "D. Md.", "--docket", "8:25-cv-00951", "--judge", "Judge Roe")  # fmt: skip
    new = ok(run_cli, "hearings", "add", "1", "--when", "2030-06-12 09:30",
             "--kind", "status_conference", "--place", "Courtroom 4C",
             "--link", "https://meet.example.org/4c")  # fmt: skip
    assert new.strip() == "1"
    listed = ok(run_cli, "hearings", "list")
    assert listed.splitlines() == [
        "    1  12 Jun 2030 09:30 EDT (= 06:30 PDT here)  Status conference — Doe v. Noem"
        "  Courtroom 4C · https://meet.example.org/4c"
    ]
    (found,) = json.loads(ok(run_cli, "hearings", "list", "--matter", "1", "--json"))
    assert found["starts_utc"] == "2030-06-12T13:30:00+00:00"
    assert found["state"] == "hearing"
    assert found["zone"] == "America/New_York"
    assert found["judge"] == "Judge Roe"

    changed = ok(run_cli, "hearings", "edit", "1", "--when", "2030-06-13 10:00")
    assert changed.startswith("Changed Hearing")
    (moved,) = json.loads(ok(run_cli, "hearings", "list", "--json"))
    assert moved["court_display"] == "13 Jun 2030 10:00 EDT"

    # A hearing already held is listed as such (the command line runs on the real clock).
    ok(run_cli, "hearings", "add", "1", "--when", "2020-06-12 09:30", "--kind", "bond")
    assert ok(run_cli, "hearings", "list", "--to", "2021-01-01").rstrip().endswith("(held)")
    ok(run_cli, "hearings", "remove", "2", "--reason", "entered by mistake")

    removed = ok(run_cli, "hearings", "remove", "1", "--reason", "adjourned")
    assert "to the Trash" in removed
    assert ok(run_cli, "hearings", "list").strip() == "No hearings."


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        (("1", "--when", "2025-06-12", "--kind", "motion"), 3, "casedesk: invalid when:"),
        (("1", "--when", "2025-06-12 09:30", "--kind", "tea"), 3, "casedesk: invalid kind:"),
        (("7", "--when", "2025-06-12 09:30", "--kind", "motion"), 4, "casedesk: "),
    ],
)
def test_refusals_are_one_line_with_the_right_exit(
    run_cli: RunCli, args: tuple[str, ...], code: int, start: str
) -> None:
    ok(run_cli, "matters", "add", "--title", "Doe v. Noem", "--kind", "habeas",
       "--court", "D. Md.", "--docket", "8:25-cv-00951")  # fmt: skip
    done = run_cli("hearings", "add", *args, env=PACIFIC)
    assert done.returncode == code, done.stderr
    assert done.stderr.startswith(start)
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
