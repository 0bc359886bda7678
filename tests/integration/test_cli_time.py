"""The time commands as a script uses them: `due`, deadlines by rule, `orders status`,
compliance as a whole and court closures, with clear refusals (exit 3) and zones."""

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli, copy_store

PACIFIC = {"TZ": "America/Los_Angeles"}


@pytest.fixture(autouse=True)
def _store(store_path: Path, empty_store_template: Path) -> Path:
    """A fresh store at ``--db``: commands other than those that make stores now refuse
    a path where no store is (exit 4), so these start from an empty one."""
    return copy_store(empty_store_template, store_path)


def ok(run_cli: RunCli, *args: str) -> str:
    done = run_cli(*args, env=PACIFIC)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_due_prints_the_moment_on_the_courts_clock_and_the_working(run_cli: RunCli) -> None:
    out = ok(run_cli, "due", "--after", "2025-06-20", "--within", "14 days", "--court", "D. Md.")
    assert out.splitlines() == [
        "Due 7 Jul 2025 23:59 EDT (= 20:59 PDT here)",
        "  14 days after Fri 20 Jun 2025 → Fri 4 Jul 2025, Independence Day → Mon 7 Jul 2025",
    ]
    found = json.loads(
        ok(run_cli, "due", "--after", "2025-06-20 17:00", "--within", "72 hours", "--json")
    )
    assert found["due_at"] == "2025-06-23T17:00-07:00[America/Los_Angeles]"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("--after", "2025-06-20", "--within", "14 dais"), "within"),
        (("--after", "2025-06-20", "--within", "72 hours"), "after"),
        (("--after", "2025-03-09 02:30", "--within", "2 hours"), "after"),
        (("--after", "2025-06-20", "--within", "3 days", "--court", "Moon Ct."), "court"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    run_cli: RunCli, args: tuple[str, ...], field: str
) -> None:
    done = run_cli("due", *args, env=PACIFIC)
    assert done.returncode == 3
    assert done.stderr.startswith(f"casedesk: invalid {field}:")
    assert "Traceback" not in done.stderr


def test_an_order_stayed_and_reinstated_by_command(run_cli: RunCli) -> None:
    ok(run_cli, "matters", "add", "--title", "Doe v. Noem", "--kind", "habeas",
       "--court", "D. Md.", "--docket", "8:25-cv-00951")  # fmt: skip
    ok(run_cli, "orders", "add", "--matter", "1", "--kind", "facilitate_return",
       "--title", "Facilitate return", "--issued", "2025-04-04")  # fmt: skip
    ok(run_cli, "obligations", "add", "--order", "1", "--text", "Declaration",
       "--after", "2025-04-04 18:00", "--within", "next day 9:30 am")  # fmt: skip
    shown = json.loads(ok(run_cli, "orders", "show", "1", "--json"))
    duty = shown["obligations"][0]
    assert duty["due_display"] == "5 Apr 2025 09:30 EDT (= 06:30 PDT here)"
    assert duty["state"] == "overdue"
    ok(run_cli, "orders", "status", "1", "--status", "stayed", "--date", "2025-04-08",
       "--source", "4th Cir.")  # fmt: skip
    assert (
        json.loads(ok(run_cli, "orders", "show", "1", "--json"))["obligations"][0]["state"]
        == "suspended"
    )
    ok(run_cli, "orders", "status", "1", "--status", "in_force", "--date", "2025-04-10")
    ok(run_cli, "compliance", "whole", "1", "--status", "complied", "--date", "2025-04-05")
    shown = json.loads(ok(run_cli, "orders", "show", "1", "--json"))
    assert [h["status"] for h in shown["history"]] == ["in_force", "stayed", "in_force"]
    assert shown["obligations"][0]["state"] == "done"
    assert shown["obligations"][0]["whole_compliance"] == "complied"


def test_closures_move_computed_deadlines(run_cli: RunCli) -> None:
    ok(run_cli, "closures", "add", "D. Mass.", "2025-02-12", "--reason", "Snow closure")
    out = ok(run_cli, "due", "--after", "2025-02-05", "--within", "7 days", "--court", "D Mass")
    assert "Snow closure → Thu 13 Feb 2025" in out
    assert json.loads(ok(run_cli, "closures", "list", "--json")) == [
        {"court": "D. Mass.", "day": "2025-02-12", "reason": "Snow closure"}
    ]
    ok(run_cli, "closures", "remove", "D. Mass.", "2025-02-12")
    assert "Wed 12 Feb 2025" in ok(
        run_cli, "due", "--after", "2025-02-05", "--within", "7 days", "--court", "D. Mass."
    )
