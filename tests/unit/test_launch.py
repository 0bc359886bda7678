"""The entry point sends plain GUI launches straight to the window and everything else
to the command line, without changing what either receives."""

import pytest

from casedesk.launch import gui_options


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False, False)),
        (["--db", "x.sqlite"], ("x.sqlite", False, False)),
        (["--db=x.sqlite", "--smoke", "-v"], ("x.sqlite", True, True)),
        (["--verbose"], (None, False, True)),
    ],
)
def test_gui_launches_are_recognised(
    argv: list[str], expected: tuple[str | None, bool, bool]
) -> None:
    assert gui_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["clients", "list"],
        ["--db", "x.sqlite", "check"],
        ["--version"],
        ["-h"],
        ["--db"],
        ["--smok"],
    ],
)
def test_everything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert gui_options(argv) is None
