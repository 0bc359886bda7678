"""SQL lives in storage/: services, the GUI and the command line build no statements.

import-linter works on whole modules, and services may still import harmless parts of
SQLAlchemy (``IntegrityError``, column types, ``event``). So this test reads the source:
it fails when a module above storage imports a statement builder (``select``, ``text``,
``update``, ``delete``, ``insert``, ``func``...), runs a statement itself (``.exec``,
``.execute``, ``exec_driver_sql``), or holds a raw SQL string. The query belongs in
``casedesk/storage/queries/<topic>.py`` as a typed function the service calls.
"""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import casedesk

PACKAGE = Path(casedesk.__file__).resolve().parent

#: Names that build or run SQL, from sqlalchemy (any submodule) or sqlmodel.
BUILDERS = frozenset(
    {
        "select",
        "text",
        "update",
        "delete",
        "insert",
        "func",
        "tuple_",
        "and_",
        "or_",
        "not_",
        "literal",
        "literal_column",
        "column",
        "table",
        "union",
        "union_all",
        "exists",
        "case",
        "cast",
        "desc",
        "asc",
        "col",
    }
)
#: Methods that send a statement to the database.
RUNNERS = frozenset({"exec", "execute", "exec_driver_sql", "scalar", "scalars"})
#: A string that reads as SQL: a statement keyword in capitals, then a space.
RAW_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|CREATE|DROP|ALTER)\s")

#: Modules still allowed to hold SQL, each with the reason. Empty since issue 15 moved
#: every query into storage/queries; add an entry only with a reason, and remove it
#: as soon as the query has moved.
ALLOWED: dict[str, str] = {}


def checked_modules() -> Iterator[Path]:
    """services/, ui/ and the command-line modules beside them."""
    yield from sorted((PACKAGE / "services").rglob("*.py"))
    yield from sorted((PACKAGE / "ui").rglob("*.py"))
    yield from sorted(PACKAGE.glob("cli*.py"))


def problems(source: str, *, qt: bool = False) -> list[str]:
    """What in ``source`` builds, runs or spells SQL, one line each. In Qt code
    (``qt``) ``exec`` is a dialog's or menu's event loop, so calls are not checked there;
    import-linter already keeps storage, sqlmodel and sqlalchemy out of the ui package."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            root = node.module.split(".")[0]
            if root in ("sqlalchemy", "sqlmodel"):
                found += [
                    f"line {node.lineno}: imports {a.name} from {node.module}"
                    for a in node.names
                    if a.name in BUILDERS or a.name == "*"
                ]
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: imports {a.name} whole"
                for a in node.names
                if a.name.split(".")[0] in ("sqlalchemy", "sqlmodel")
            ]
        elif (
            not qt
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNNERS
        ):
            found.append(f"line {node.lineno}: runs a statement (.{node.func.attr})")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and RAW_SQL.match(node.value)
        ):
            found.append(f"line {node.lineno}: raw SQL {node.value.strip()[:40]!r}")
    return found


def test_the_checker_sees_each_kind_of_sql() -> None:
    sample = (
        "from sqlmodel import Session, select\n"
        "from sqlalchemy.sql import text as t\n"
        "import sqlalchemy\n"
        "rows = session.exec(q)\n"
        "conn.exec_driver_sql('x')\n"
        "SQL = 'SELECT id FROM client'\n"
    )
    found = problems(sample)
    assert [p.split(":")[0] for p in found] == [f"line {n}" for n in (1, 2, 3, 4, 5, 6)]
    # What services may still use: errors, column types, ORM events, the Session.
    allowed = (
        "from sqlalchemy.exc import IntegrityError\n"
        "from sqlalchemy import Row, event, DateTime\n"
        "from sqlmodel import Session, SQLModel\n"
        "session.get(Client, 1)\nsession.add(row)\n"
        "message = 'Select a client first'\n"
    )
    assert problems(allowed) == []
    assert problems("dialog.exec()\nmenu.exec(pos)\n", qt=True) == []
    assert problems("from sqlmodel import select\n", qt=True) != []


def test_services_ui_and_cli_hold_no_sql() -> None:
    offenders = {}
    for path in checked_modules():
        name = path.relative_to(PACKAGE.parent).as_posix()
        found = problems(path.read_text(encoding="utf-8"), qt=name.startswith("casedesk/ui/"))
        if found and name not in ALLOWED:
            offenders[name] = found
    assert offenders == {}, (
        "SQL above storage/; move it into casedesk/storage/queries/<topic>.py:\n"
        + "\n".join(f"{name}: {'; '.join(lines)}" for name, lines in offenders.items())
    )


def test_the_allow_list_names_only_modules_that_still_need_it() -> None:
    stale = [
        name
        for name in ALLOWED
        if not (PACKAGE.parent / name).exists()
        or not problems((PACKAGE.parent / name).read_text(encoding="utf-8"))
    ]
    assert stale == [], f"remove from ALLOWED (no SQL left): {stale}"
