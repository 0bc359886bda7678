"""The command line end to end: real subprocesses for every command and exit path, and
the in-process ``main()`` for the fine-grained matrix of refusals.

Exit codes: 0 done, 2 usage, 3 invalid input, 4 not found, 5 store problem.
"""

import functools
import json
import logging
import re
import sqlite3
import subprocess
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from casedesk import __version__, cli
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
)
from tests.conftest import RunCli, copy_store, dump_store, make_services

Completed = subprocess.CompletedProcess[str]
A_NUMBER = re.compile(r"\A[0-9]{9}\Z")
ROW_KEYS = {
    "id",
    "display_name",
    "a_number",
    "nationality",
    "status",
    "status_since",
    "whereabouts",
    "last_contact",
}


def run_parallel(
    run_cli: RunCli, calls: Sequence[Sequence[str]], **kwargs: object
) -> list[Completed]:
    """Run several CLI invocations at once (each is a separate process)."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda args: run_cli(*args, **kwargs), calls))


def ok(result: Completed) -> Completed:
    assert result.returncode == 0, (result.args, result.stdout, result.stderr)
    return result


def json_of(result: Completed) -> object:
    return json.loads(ok(result).stdout)


def assert_one_line_error(result: Completed, code: int) -> None:
    assert result.returncode == code, (result.args, result.stdout, result.stderr)
    err = result.stderr.strip()
    assert err.startswith("casedesk: "), err
    assert "\n" not in err, err
    assert "Traceback" not in result.stderr


# ----------------------------------------------------------------------------- fixtures
def seed(svc: Services) -> None:
    """Client 1 (A-123-456-789) on matter 1 with order 1 and obligation 1 binding them;
    client 2 on no matter."""
    svc.clients.add(
        ClientCreate(
            given="José Luis",
            surname="Hernández",
            second_surname="García",
            a_number="A123456789",
            nationality="VE",
        )
    )
    svc.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    svc.matters.add(
        MatterCreate(
            title="J.G.G. v. Trump", kind="class_action", court="D.D.C.", docket="1:25-cv-00766"
        )
    )
    svc.matters.link(1, 1, "class_member")
    svc.orders.add(
        OrderCreate(matter_id=1, kind="tro", title="TRO", issued="2025-03-15T18:45-04:00")
    )
    svc.orders.add_obligation(
        ObligationCreate(
            order_id=1, text="Do not remove", due="2025-03-15T19:00-04:00", client_ids=(1,)
        )
    )


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    svc = make_services(path)
    try:
        seed(svc)
    finally:
        svc.close()
    return path


@pytest.fixture
def seeded(seeded_template: Path, store_path: Path) -> Path:
    """A fresh copy of the seeded store at ``store_path``."""
    return copy_store(seeded_template, store_path)


Invoke = Callable[..., tuple[int, str, str]]


@pytest.fixture
def invoke(capsys: pytest.CaptureFixture[str], store_path: Path) -> Iterator[Invoke]:
    """``casedesk.cli.main`` in this process: (exit code, stdout, stderr)."""
    logger = logging.getLogger("casedesk")
    saved = (list(logger.handlers), logger.level, logger.propagate)

    def run(*args: str, db: Path | str | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--db", str(db or store_path), *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


# ----------------------------------------------------------------------------- end to end
# Every command runs once in a real process (`python -m casedesk`); repeats of a command
# go through the same `main()` in this process, which keeps the suite fast.
def test_full_scenario_through_the_command_line(
    run_cli: RunCli, invoke: Invoke, store_location: Path | str
) -> None:
    # On a store file and on a team store alike (store_location is one or the other).
    run_cli = functools.partial(run_cli, db=store_location)
    invoke = functools.partial(invoke, db=store_location)

    def inv(*args: str) -> str:
        code, out, err = invoke(*args)
        assert code == 0, (args, out, err)
        return out

    assert run_cli("init").returncode == 0  # no other command creates a store
    first = json_of(
        run_cli(
            "clients", "add", "--given", "José Luis", "--surname", "Hernández",
            "--second-surname", "García", "--a-number", "A123-456-789", "--dob", "1990-05",
            "--nationality", "Venezuela", "--json",
        )
    )  # fmt: skip
    assert first == {"id": 1}
    assert inv("clients", "add", "--given", "Ana", "--surname", "Pérez").strip() == "2"
    inv("status", "add", "A-123-456-789", "--status", "final_order", "--date", "2025-02")
    inv(
        "custody", "add", "123456789", "--kind", "removed", "--date", "2025-03-16",
        "--place", "CECOT", "--country", "El Salvador", "--source", "family",
    )  # fmt: skip
    inv("custody", "add", "1", "--kind", "contact", "--date", "2025-04-20")

    # Independent writes from several processes at once: each waits for the write lock.
    status, custody, matter = run_parallel(
        run_cli,
        [
            ("status", "add", "1", "--status", "pending_asylum", "--date", "2024-01",
             "--source", "I-589 receipt", "--confidence", "confirmed"),
            ("custody", "add", "1", "--kind", "detained", "--date", "2025-03-01",
             "--place", "El Valle Detention Facility", "--country", "US"),
            ("matters", "add", "--title", "J.G.G. v. Trump", "--kind", "class_action",
             "--court", "D.D.C.", "--docket", "1:25-cv-00766", "--judge", "Boasberg", "--json"),
        ],
    )  # fmt: skip
    ok(status)
    ok(custody)
    assert json_of(matter) == {"id": 1}
    link, order = run_parallel(
        run_cli,
        [
            ("matters", "link", "A123456789", "1", "--role", "class_member"),
            ("orders", "add", "--matter", "1", "--kind", "tro", "--title", "TRO barring removals",
             "--issued", "2025-03-15T18:45-04:00", "--status", "in-force",
             "--summary", "No removals under the Proclamation for 14 days.", "--json"),
        ],
    )  # fmt: skip
    ok(link)
    assert json_of(order) == {"id": 1}
    obligation = run_cli(
        "obligations", "add", "--order", "1", "--text", "Turn the planes around",
        "--due", "2025-03-15T19:00-04:00", "--client", "A-123-456-789", "--json",
    )  # fmt: skip
    assert json_of(obligation) == {"id": 1}

    show, by_accent, listing, check = run_parallel(
        run_cli,
        [
            ("clients", "show", "1", "--json"),
            ("search", "hernandez", "--json"),
            ("clients", "list", "--json"),
            ("check",),
        ],
    )
    detail = json_of(show)
    assert isinstance(detail, dict)
    assert detail["display_name"] == "Hernández García, José Luis"
    assert detail["a_number"] == "123456789"
    assert detail["nationality"] == "VE"
    assert detail["dob"] == "1990-05"
    assert (detail["status"], detail["status_since"]) == ("final_order", "2025-02")
    assert [s["status"] for s in detail["statuses"]] == ["pending_asylum", "final_order"]
    assert detail["statuses"][0]["confidence"] == "confirmed"
    assert detail["statuses"][0]["source"] == "I-589 receipt"
    assert detail["whereabouts"] == "removed"  # a phone call is not a location
    assert detail["whereabouts_place"] == "CECOT"
    assert detail["whereabouts_country"] == "SV"
    assert detail["last_contact"] == "2025-04-20"
    assert [e["kind"] for e in detail["custody"]] == ["detained", "removed", "contact"]
    assert detail["matter_links"] == [
        {
            "matter_id": 1,
            "title": "J.G.G. v. Trump",
            "court": "D.D.C.",
            "docket": "1:25-cv-00766",
            "role": "class_member",
            "judge": "Boasberg",
            "party_id": 1,
            "version": 1,
        }
    ]
    [ob] = detail["obligations"]
    assert ob["obligation_id"] == 1
    assert ob["due_at"] == "2025-03-15T19:00-04:00"
    assert ob["overdue"] is True
    assert ob["days_overdue"] > 0
    assert ob["compliance"] == "pending"

    hits = json_of(by_accent)
    assert isinstance(hits, list)
    assert [h["id"] for h in hits] == [1]
    for query in ("JOSE garcia", "a#123-456-789", "123.456.789", "hernán"):
        assert [h["id"] for h in json.loads(inv("search", query, "--json"))] == [1], query
    rows = json_of(listing)
    assert isinstance(rows, list)
    assert [r["display_name"] for r in rows] == ["Hernández García, José Luis", "Pérez, Ana"]
    assert set(rows[0]) >= ROW_KEYS
    assert rows[1]["a_number"] is None

    first_check = ok(check).stdout
    first_hash = re.search(r"latest hash ([0-9a-f]{64})", first_check)
    assert first_hash is not None, first_check
    assert "All checks passed." in first_check

    text_show = inv("clients", "show", "A 123 456 789")
    assert "Hernández García, José Luis" in text_show
    assert "A-123-456-789" in text_show
    assert "OVERDUE" in text_show
    matter_view = json.loads(inv("matters", "show", "1", "--json"))
    assert [p["client_id"] for p in matter_view["parties"]] == [1]
    [order_view] = matter_view["orders"]
    assert order_view["title"] == "TRO barring removals"
    assert order_view["status"] == "in_force"
    assert order_view["summary"] == "No removals under the Proclamation for 14 days."
    assert order_view["issued_at"] == "2025-03-15T18:45-04:00"
    assert "Turn the planes around" in inv("orders", "show", "1")
    assert "1:25-cv-00766" in inv("matters", "list")

    ok(
        run_cli(
            "compliance", "set", "1", "--client", "1", "--status", "complied",
            "--evidence", "Declaration, ECF 28",
        )
    )  # fmt: skip
    [ob] = json.loads(inv("clients", "show", "1", "--json"))["obligations"]
    assert ob["compliance"] == "complied"
    assert ob["evidence"] == "Declaration, ECF 28"
    assert ob["overdue"] is False
    assert ob["days_overdue"] == 0
    assert "OVERDUE" not in inv("clients", "show", "1")
    report = json.loads(inv("check", "--json"))
    assert report["ok"] is True
    assert report["audit_last_hash"] != first_hash.group(1)
    # 2 clients, 2 statuses, 3 custody events, matter, link, order, obligation, compliance
    assert report["audit_entries"] == 12
    assert report["clients"] == 2


def test_demo_is_deterministic_by_seed(run_cli: RunCli, invoke: Invoke, tmp_path: Path) -> None:
    a, b, c = (tmp_path / f"{n}.sqlite" for n in "abc")
    for r in run_parallel(
        run_cli,
        [
            ("--db", str(a), "demo", "--clients", "30", "--seed", "7"),
            ("--db", str(b), "demo", "--clients", "30", "--seed", "7"),
        ],
    ):
        assert "Added 30 fictional clients" in ok(r).stdout
    assert invoke("demo", "--clients", "30", "--seed", "8", db=c)[0] == 0

    def listing(db: Path, *extra: str) -> list[dict[str, object]]:
        code, out, err = invoke("clients", "list", "--json", *extra, db=db)
        assert code == 0, err
        rows = json.loads(out)
        assert isinstance(rows, list)
        return rows

    rows = listing(a)
    assert len(rows) == 30
    assert rows == listing(b)
    assert rows != listing(c)
    for row in rows:
        assert set(row) >= ROW_KEYS
        assert row["a_number"] is None or A_NUMBER.match(str(row["a_number"]))
    assert listing(a, "--status", "final_order") == [
        r for r in rows if r["status"] == "final_order"
    ]
    assert listing(a, "--limit", "5") == rows[:5]


def test_version_and_usage_errors_in_a_real_process(run_cli: RunCli, store_path: Path) -> None:
    version, usage = run_parallel(run_cli, [("--version",), ("orders", "show", "abc")])
    assert ok(version).stdout.strip() == f"casedesk {__version__}"
    assert usage.returncode == 2, usage.stderr
    assert "usage:" in usage.stderr
    assert "'abc' is not a record id" in usage.stderr
    assert "Traceback" not in usage.stderr
    assert not store_path.exists(), "a usage error must not create the store"


def test_invalid_and_missing_input_in_a_real_process(run_cli: RunCli, seeded: Path) -> None:
    before = dump_store(seeded)
    invalid, missing = run_parallel(
        run_cli,
        [
            ("clients", "add", "--given", "Ana", "--surname", "Ruiz", "--a-number", "12345"),
            ("orders", "add", "--matter", "999", "--kind", "tro", "--title", "T",
             "--issued", "2025-03-15"),
        ],
        db=seeded,
    )  # fmt: skip
    assert_one_line_error(invalid, 3)
    assert "invalid a_number:" in invalid.stderr
    assert "Nothing was changed" in invalid.stderr
    assert invalid.stdout == ""
    assert_one_line_error(missing, 4)
    assert "no matter 999" in missing.stderr
    assert dump_store(seeded) == before


def test_store_problems_in_a_real_process_exit_5_with_one_line(
    run_cli: RunCli, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(bytes(range(256)) * 16)
    junk_bytes = junk.read_bytes()
    cases = [
        (junk, "damaged or not a casedesk store", "clients"),
        (Path("/proc/casedesk-test/store.sqlite"), "cannot create the folder", "init"),
    ]
    results = run_parallel(
        run_cli,
        [
            ("--db", str(path), command, *(("list",) if command == "clients" else ()))
            for path, _, command in cases
        ],
    )
    for (path, message, _), result in zip(cases, results, strict=True):
        assert_one_line_error(result, 5)
        assert message in result.stderr, (path, result.stderr)
        assert result.stdout == ""
    assert junk.read_bytes() == junk_bytes


def test_store_from_a_newer_casedesk_is_refused_cleanly(run_cli: RunCli, seeded: Path) -> None:
    with sqlite3.connect(seeded) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = dump_store(seeded)
    result = run_cli("clients", "list", db=seeded)
    assert_one_line_error(result, 5)
    assert "newer casedesk" in result.stderr
    assert dump_store(seeded) == before


def test_other_store_problems_exit_5(invoke: Invoke, tmp_path: Path) -> None:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("not a folder")
    foreign = tmp_path / "other-app.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()
    for path, message, command in (
        (a_file / "store.sqlite", "cannot create", "init"),
        (tmp_path, "is a folder; give the path of a store file", "clients"),
        (foreign, "is a database, but not a casedesk store", "clients"),
    ):
        code, out, err = invoke(command, *(("list",) if command == "clients" else ()), db=path)
        assert code == 5, (path, out, err)
        assert err.startswith("casedesk: ")
        assert message in err
        assert err.count("\n") == 1
    assert not (a_file / "store.sqlite").exists()
    with sqlite3.connect(foreign) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("invoices",)]
    conn.close()


# ----------------------------------------------------------------------------- in-process matrix
LONG_201 = "x" * 201

INVALID_CASES = [
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--a-number", "12345"], "a_number", id="a-number-5-digits"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--a-number", "A12B45678"], "a_number", id="a-number-letters"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--a-number", "A000000000"], "a_number", id="a-number-zeros"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--a-number", "123.456.789"], "a_number", id="a-number-duplicate"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--dob", "2025-02-30"], "dob", id="dob-feb-30"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--dob", "yesterday"], "dob", id="dob-word"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--nationality", "Narnia"], "nationality", id="nationality-unknown"),
    pytest.param(["clients", "add", "--given", "Ana2", "--surname", "Ruiz"], "given", id="given-digits"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "R0driguez"], "surname", id="surname-digits"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ruiz", "--second-surname", "L" * 101], "second_surname", id="second-surname-too-long"),
    pytest.param(["clients", "add", "--given", "An\x07a", "--surname", "Ruiz"], "given", id="given-control-char"),
    pytest.param(["clients", "add", "--given", "Ana", "--surname", "Ru\u200biz"], "surname", id="surname-invisible-char"),
    pytest.param(["clients", "add"], "surname", id="no-name-no-description"),
    pytest.param(["clients", "add", "--description", "man\x1b[2Jon flight"], "description", id="description-control-char"),
    pytest.param(["status", "add", "1", "--status", "married", "--date", "2024-01"], "status", id="status-unknown"),
    pytest.param(["status", "add", "1", "--status", "final_order", "--date", "2025-02-30"], "date", id="status-date-feb-30"),
    pytest.param(["status", "add", "1", "--status", "final_order", "--date", "yesterday"], "date", id="status-date-word"),
    pytest.param(["status", "add", "1", "--status", "final_order", "--date", "03/15/2025"], "date", id="status-date-us-order"),
    pytest.param(["status", "add", "1", "--status", "tps", "--date", "2025", "--confidence", "rumour"], "confidence", id="confidence-unknown"),
    pytest.param(["status", "add", "1", "--status", "withholding_granted", "--date", "2025-01"], "country", id="withholding-without-country"),
    pytest.param(["status", "add", "1", "--status", "cat_protection", "--date", "2025-01", "--country", "Narnia"], "country", id="cat-country-unknown"),
    pytest.param(["status", "add", "1", "--status", "tps", "--date", "2025", "--source", "call\x1b[31m"], "source", id="source-control-char"),
    pytest.param(["status", "add", "1", "--status", "tps", "--date", "2025", "--source", "s" * 501], "source", id="source-too-long"),
    pytest.param(["custody", "add", "1", "--kind", "vacation", "--date", "2025-03-01"], "kind", id="custody-kind-unknown"),
    pytest.param(["custody", "add", "1", "--kind", "detained", "--date", "2025-13-01"], "date", id="custody-month-13"),
    pytest.param(["custody", "add", "1", "--kind", "detained", "--date", "2025", "--place", LONG_201], "place", id="place-too-long"),
    pytest.param(["custody", "add", "1", "--kind", "detained", "--date", "2025", "--place", "Unit\n4"], "place", id="place-newline"),
    pytest.param(["custody", "add", "1", "--kind", "removed", "--date", "2025", "--country", "Atlantis"], "country", id="custody-country-unknown"),
    pytest.param(["custody", "add", "1", "--kind", "detained", "--date", "2025", "--confidence", "sure"], "confidence", id="custody-confidence-unknown"),
    pytest.param(["matters", "add", "--title", "T", "--kind", "lawsuit", "--court", "D.D.C.", "--docket", "1:25-cv-00001"], "kind", id="matter-kind-unknown"),
    pytest.param(["matters", "add", "--title", "T", "--kind", "habeas", "--court", "Court of Narnia", "--docket", "1:25-cv-00001"], "court", id="court-unknown"),
    pytest.param(["matters", "add", "--title", "T", "--kind", "habeas", "--court", "D.D.C.", "--docket", "abc"], "docket", id="docket-garbage"),
    pytest.param(["matters", "add", "--title", "T", "--kind", "habeas", "--court", "D.D.C.", "--docket", "1:25-cv-00766"], "docket", id="docket-duplicate"),
    pytest.param(["matters", "add", "--title", "T", "--kind", "habeas", "--court", "ddc", "--docket", "1:25-CV-766"], "docket", id="docket-duplicate-other-spelling"),
    pytest.param(["matters", "add", "--title", LONG_201, "--kind", "habeas", "--court", "D.D.C.", "--docket", "1:25-cv-00001"], "title", id="matter-title-too-long"),
    pytest.param(["matters", "add", "--title", "   ", "--kind", "habeas", "--court", "D.D.C.", "--docket", "1:25-cv-00001"], "title", id="matter-title-blank"),
    pytest.param(["matters", "link", "2", "1", "--role", "judge"], "role", id="role-unknown"),
    pytest.param(["orders", "add", "--matter", "1", "--kind", "decree", "--title", "T", "--issued", "2025-03-15"], "kind", id="order-kind-unknown"),
    pytest.param(["orders", "add", "--matter", "1", "--kind", "tro", "--title", "T", "--issued", "2025-03-15", "--status", "pending"], "status", id="order-status-unknown"),
    pytest.param(["orders", "add", "--matter", "1", "--kind", "tro", "--title", "T", "--issued", "2025-02-30T10:00"], "issued", id="issued-feb-30"),
    pytest.param(["orders", "add", "--matter", "1", "--kind", "tro", "--title", "T", "--issued", "tomorrow"], "issued", id="issued-word"),
    pytest.param(["orders", "add", "--matter", "1", "--kind", "tro", "--title", "T\tTRO", "--issued", "2025-03-15"], "title", id="order-title-tab"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "x", "--due", "2025-03-15T25:00"], "due", id="due-hour-25"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "x", "--due", "2025-03-15 19:00 Mars/Olympus"], "due", id="due-unknown-zone"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "x", "--due", "2025-03-15T19:00+25:00"], "due", id="due-bad-offset"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "  ", "--due", "2025-04-01"], "text", id="obligation-text-blank"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "x", "--due", "2025-04-01", "--client", "2"], "client", id="obligation-client-not-on-matter"),
    pytest.param(["compliance", "set", "1", "--client", "2", "--status", "complied"], "client", id="compliance-client-not-bound"),
    pytest.param(["compliance", "set", "1", "--client", "1", "--status", "done"], "status", id="compliance-status-unknown"),
    pytest.param(["compliance", "set", "1", "--client", "1", "--status", "complied", "--date", "2025-13-01"], "date", id="compliance-date-bad"),
    pytest.param(["clients", "show", "A12"], "client", id="show-a-number-too-short"),
    pytest.param(["clients", "list", "--status", "married"], "status", id="list-status-unknown"),
    pytest.param(["search", "x" * 201], "query", id="search-too-long"),
    pytest.param(["demo", "--clients", "-5"], "clients", id="demo-negative"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "field"), INVALID_CASES)
def test_invalid_input_is_refused_with_field_and_changes_nothing(
    invoke: Invoke, seeded: Path, args: list[str], field: str
) -> None:
    before = dump_store(seeded)
    code, out, err = invoke(*args)
    assert code == 3, (out, err)
    assert err.startswith(f"casedesk: invalid {field}: "), err
    assert err.rstrip().endswith("Nothing was changed.")
    assert err.count("\n") == 1
    assert dump_store(seeded) == before


NOT_FOUND_CASES = [
    pytest.param(["clients", "show", "99999"], id="show-id"),
    pytest.param(["clients", "show", "A-999-999-999"], id="show-a-number"),
    pytest.param(["status", "add", "99999", "--status", "tps", "--date", "2025"], id="status-client"),
    pytest.param(["custody", "add", "A999999999", "--kind", "detained", "--date", "2025"], id="custody-client"),
    pytest.param(["orders", "add", "--matter", "999", "--kind", "tro", "--title", "T", "--issued", "2025-03-15"], id="order-matter"),
    pytest.param(["obligations", "add", "--order", "999", "--text", "x", "--due", "2025-04-01"], id="obligation-order"),
    pytest.param(["obligations", "add", "--order", "1", "--text", "x", "--due", "2025-04-01", "--client", "99999"], id="obligation-client"),
    pytest.param(["compliance", "set", "999", "--client", "1", "--status", "complied"], id="compliance-obligation"),
    pytest.param(["compliance", "set", "1", "--client", "99999", "--status", "complied"], id="compliance-client"),
    pytest.param(["matters", "link", "1", "999", "--role", "petitioner"], id="link-matter"),
    pytest.param(["matters", "link", "99999", "1", "--role", "petitioner"], id="link-client"),
    pytest.param(["matters", "show", "999"], id="matter-show"),
    pytest.param(["orders", "show", "999"], id="order-show"),
]  # fmt: skip


@pytest.mark.parametrize("args", NOT_FOUND_CASES)
def test_missing_records_exit_4_and_change_nothing(
    invoke: Invoke, seeded: Path, args: list[str]
) -> None:
    before = dump_store(seeded)
    code, out, err = invoke(*args)
    assert code == 4, (out, err)
    assert re.match(r"casedesk: no [A-Za-z -]+ \S+\n\Z", err), err
    assert dump_store(seeded) == before


USAGE_CASES = [
    pytest.param(["status", "add", "1", "--status", "tps"], id="missing-date"),
    pytest.param(["matters", "add", "--title", "T"], id="missing-kind-court-docket"),
    pytest.param(["custody", "add", "--kind", "detained", "--date", "2025"], id="missing-client"),
    pytest.param(["frobnicate"], id="unknown-command"),
    pytest.param(["clients", "frobnicate"], id="unknown-subcommand"),
    pytest.param(["clients"], id="group-without-action"),
    pytest.param(["orders", "show", "abc"], id="order-id-word"),
    pytest.param(["orders", "show", "0"], id="order-id-zero"),
    pytest.param(["matters", "show", "-3"], id="matter-id-negative"),
    pytest.param(["matters", "link", "1", "one", "--role", "petitioner"], id="matter-id-word"),
    pytest.param(["compliance", "set", "1.5", "--client", "1", "--status", "complied"], id="obligation-id-decimal"),
    pytest.param(["obligations", "add", "--order", "x", "--text", "t", "--due", "2025-04-01"], id="order-option-word"),
    pytest.param(["demo", "--clients", "many"], id="demo-count-word"),
    pytest.param(["clients", "list", "--colour"], id="unknown-option"),
]  # fmt: skip


@pytest.mark.parametrize("args", USAGE_CASES)
def test_usage_errors_exit_2_before_opening_the_store(
    invoke: Invoke, store_path: Path, args: list[str]
) -> None:
    code, out, err = invoke(*args)
    assert code == 2, (out, err)
    assert "usage: casedesk" in err
    assert "error:" in err
    assert not store_path.exists()


def test_check_reports_a_tampered_audit_trail_with_exit_5(invoke: Invoke, seeded: Path) -> None:
    code, out, _ = invoke("check")
    assert code == 0
    assert "All checks passed." in out
    with sqlite3.connect(seeded) as conn:
        conn.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = 2")
    conn.close()
    code, out, err = invoke("check")
    assert code == 5
    assert "audit trail altered at or before entry 2" in err
    assert "Problems found" in out


def test_clients_list_text_and_empty_results(invoke: Invoke, seeded: Path) -> None:
    code, out, _ = invoke("clients", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "NAME", "A-NUMBER"]
    assert "Hernández García, José Luis" in lines[1]
    assert "A-123-456-789" in lines[1]
    assert "Pérez, Ana" in lines[2]
    code, out, err = invoke("clients", "list", "--status", "tps", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = invoke("clients", "list", "--status", "tps")
    assert (code, out) == (0, "")
    assert "No clients match" in err
    code, out, err = invoke("search", "nobody-like-this")
    assert (code, out) == (0, "")
    assert "No client matches" in err
