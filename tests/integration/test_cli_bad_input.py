"""Bad input through every write command of the command line, in process.

Each refusal exits 3 (invalid: one line on stderr, ``casedesk: invalid FIELD: why.
Nothing was changed.``), 4 (not found: ``casedesk: no …``) or 2 (argparse usage), never
with a traceback, and leaves the store exactly as it was. Values come from the same
hypothesis strategies as the service tests: oversized, control characters, NUL, lone
surrogates (what Python makes of a command line byte that is not UTF-8), malformed
dates, A-Numbers and dockets, unknown choices.
"""

import csv
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk import cli
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.services import validate as v
from casedesk.services.settings import KNOWN
from tests.conftest import copy_store, dump_store, make_services
from tests.unit.services.test_bad_input_properties import (
    bad_a_number,
    bad_choice,
    bad_country,
    bad_court,
    bad_datetime,
    bad_docket,
    bad_name,
    bad_partial_date,
    bad_text,
    embedded,
    missing_ids,
    oversized,
    required_partial_date,
    seed,
    surrogates,
)

SHARED_STORE = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MAX_LINE = 600
NOT_FOUND = re.compile(r"casedesk: no [A-Za-z -]+ \S+\n\Z")


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-bad-input") / "seeded.sqlite"
    svc = make_services(path)
    try:
        seed(svc)
    finally:
        svc.close()
    return path


class Cli:
    """``casedesk --db STORE ARGS`` in this process, and the store's dump before."""

    def __init__(self, capsys: pytest.CaptureFixture[str], path: Path, before: str) -> None:
        self.capsys, self.path, self.before = capsys, path, before

    def __repr__(self) -> str:
        return f"Cli({self.path.name})"

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = cli.main(["--db", str(self.path), *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err, err
        assert dump_store(self.path) == self.before, (args, err)
        return code, out, err

    def invalid(self, field: str, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 3, (args, out, err)
        assert err.startswith(f"casedesk: invalid {field}: "), err
        assert err.endswith(" Nothing was changed.\n"), err
        assert err.count("\n") == 1, err
        assert len(err) <= MAX_LINE, err
        assert out == "", out
        return err

    def not_found(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 4, (args, out, err)
        assert NOT_FOUND.match(err), err
        return err

    def usage(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 2, (args, out, err)
        assert "usage: casedesk" in err, err
        assert "error:" in err, err
        return err


@pytest.fixture
def cli_store(
    seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[Cli]:
    path = copy_store(seeded_template, tmp_path / "store.sqlite")
    logger = logging.getLogger("casedesk")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield Cli(capsys, path, dump_store(path))
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


# ----------------------------------------------------------------------------- invalid fields
CLIENT = ["clients", "add", "--given=Rosa", "--surname=Quintero"]
STATUS = ["status", "add", "1", "--status=tps", "--date=2025-01"]
CUSTODY = ["custody", "add", "1", "--kind=detained", "--date=2025-01"]
MATTER = [
    "matters", "add", "--title=A.B. v. Noem", "--kind=habeas", "--court=D. Mass.",
    "--docket=1:25-cv-10676",
]  # fmt: skip
ORDER = ["orders", "add", "--matter=1", "--kind=tro", "--title=TRO", "--issued=2025-03-15"]
OBLIGATION = ["obligations", "add", "--order=1", "--text=Facilitate return", "--due=2025-06-01"]
COMPLIANCE = ["compliance", "set", "1", "--client=1", "--status=complied"]

#: (field in the message, the command, its option, bad values for it). The option given
#: last wins in argparse, so a bad value overrides the good one in the base command.
OPTION_CASES: list[tuple[str, list[str], str, Any]] = [
    ("given", CLIENT, "--given", bad_name),
    ("surname", CLIENT, "--surname", bad_name),
    ("second_surname", CLIENT, "--second-surname", bad_name),
    ("description", CLIENT, "--description", bad_text(v.SHORT)),
    ("a_number", CLIENT, "--a-number", bad_a_number),
    ("dob", CLIENT, "--dob", bad_partial_date),
    ("nationality", CLIENT, "--nationality", bad_country),
    ("status", STATUS, "--status", bad_choice(LegalStatus)),
    ("date", STATUS, "--date", required_partial_date),
    ("country", STATUS, "--country", bad_country),
    ("source", STATUS, "--source", bad_text(500)),
    ("confidence", STATUS, "--confidence", bad_choice(Confidence)),
    ("kind", CUSTODY, "--kind", bad_choice(CustodyKind)),
    ("date", CUSTODY, "--date", required_partial_date),
    ("place", CUSTODY, "--place", bad_text(v.SHORT)),
    ("country", CUSTODY, "--country", bad_country),
    ("source", CUSTODY, "--source", bad_text(500)),
    ("title", MATTER, "--title", bad_text(v.SHORT, required=True)),
    ("kind", MATTER, "--kind", bad_choice(MatterKind)),
    ("court", MATTER, "--court", bad_court | st.just("")),
    ("docket", MATTER, "--docket", bad_docket | st.just("")),
    ("judge", MATTER, "--judge", bad_text(v.SHORT)),
    ("role", ["matters", "link", "2", "1", "--role=other"], "--role", bad_choice(PartyRole)),
    ("kind", ORDER, "--kind", bad_choice(OrderKind)),
    ("status", ORDER, "--status", bad_choice(OrderStatus)),
    ("title", ORDER, "--title", bad_text(v.SHORT, required=True)),
    ("issued", ORDER, "--issued", bad_datetime),
    ("summary", ORDER, "--summary", bad_text(v.LONG)),
    ("text", OBLIGATION, "--text", bad_text(2000, required=True)),
    ("due", OBLIGATION, "--due", bad_datetime),
    ("status", COMPLIANCE, "--status", bad_choice(Compliance)),
    ("evidence", COMPLIANCE, "--evidence", bad_text(v.LONG)),
    ("date", COMPLIANCE, "--date", bad_partial_date),
]


@SHARED_STORE
@given(data=st.data())
def test_every_option_of_every_write_refuses_bad_values(
    cli_store: Cli, data: st.DataObject
) -> None:
    field, command, option, strategy = data.draw(st.sampled_from(OPTION_CASES), label="option")
    value = data.draw(strategy, label=option)
    cli_store.invalid(field, *command, f"{option}={value}")


@SHARED_STORE
@given(
    key=st.sampled_from(list(KNOWN)),
    value=bad_text(500),
)
def test_settings_refuse_bad_values(cli_store: Cli, key: str, value: str) -> None:
    cli_store.invalid(key, "settings", key, value)


def test_settings_refuse_unknown_keys_paper_sizes_and_a_missing_value(cli_store: Cli) -> None:
    cli_store.invalid("key", "settings", "colour", "blue")
    cli_store.invalid("key", "settings", "x" * 5000, "blue")
    cli_store.invalid("key", "settings", "logo\udcff", "x")
    cli_store.invalid("page_size", "settings", "page_size", "A3")
    cli_store.invalid("value", "settings", "organisation")


# ----------------------------------------------------------------------------- ids and keys
@SHARED_STORE
@given(data=st.data(), key=missing_ids)
def test_record_ids_that_name_nothing_are_usage_errors_or_not_found(
    cli_store: Cli, data: st.DataObject, key: int
) -> None:
    """Ids typed as record ids: zero or negative is a usage error (argparse), any other
    id that names no record, however large, is not found."""
    command = data.draw(
        st.sampled_from(
            [
                ["matters", "link", "1", "{}", "--role=petitioner"],
                ["orders", "add", "--matter={}", "--kind=tro", "--title=T", "--issued=2025-03-15"],
                ["obligations", "add", "--order={}", "--text=x", "--due=2025-06-01"],
                ["compliance", "set", "{}", "--client=1", "--status=complied"],
            ]
        ),
        label="command",
    )
    args = [part.format(key) for part in command]
    if key <= 0:
        cli_store.usage(*args)
    else:
        cli_store.not_found(*args)


@SHARED_STORE
@given(data=st.data(), key=missing_ids.filter(lambda k: k >= 0).map(str))
def test_client_keys_that_name_nobody_are_not_found(
    cli_store: Cli, data: st.DataObject, key: str
) -> None:
    command = data.draw(
        st.sampled_from(
            [
                ["status", "add", key, "--status=tps", "--date=2025"],
                ["custody", "add", key, "--kind=detained", "--date=2025"],
                ["matters", "link", key, "1", "--role=petitioner"],
                ["compliance", "set", "1", f"--client={key}", "--status=complied"],
                [
                    "obligations",
                    "add",
                    "--order=1",
                    "--text=x",
                    "--due=2025-06-01",
                    f"--client={key}",
                ],
                ["merge", "1", key],
            ]
        ),
        label="command",
    )
    cli_store.not_found(*command)


@SHARED_STORE
@given(
    key=st.one_of(
        st.sampled_from(["²", "١٢", "1.5", "one", "A12", "A-123", "A1234567890", "-7"]),
        embedded(surrogates),
        embedded(st.just("\x00")),
        oversized(v.SHORT),
    )
)
def test_client_keys_that_are_not_ids_or_a_numbers_are_refused(cli_store: Cli, key: str) -> None:
    cli_store.invalid("client", "status", "add", key, "--status=tps", "--date=2025")
    cli_store.invalid("client", "compliance", "set", "1", f"--client={key}", "--status=complied")
    cli_store.invalid("client", "merge", key, "1")


def test_malformed_record_ids_are_usage_errors(cli_store: Cli) -> None:
    for bad in ("²", "1.5", "0x10", "one", "", " ", "1e3", "\udcff"):
        cli_store.usage("matters", "link", "1", bad, "--role=petitioner")
        cli_store.usage("compliance", "set", bad, "--client=1", "--status=complied")
        cli_store.usage(
            "orders", "add", f"--matter={bad}", "--kind=tro", "--title=T", "--issued=2025-03-15"
        )


def test_merge_and_demo_refuse_impossible_requests(cli_store: Cli) -> None:
    cli_store.invalid("other", "merge", "1", "1")
    cli_store.invalid("clients", "demo", "--clients", "-1")
    cli_store.invalid("clients", "demo", "--clients", str(10**30))
    cli_store.usage("demo", "--clients", "²")


# ----------------------------------------------------------------------------- imports
def test_import_of_unusable_paths_is_refused(cli_store: Cli, tmp_path: Path) -> None:
    cli_store.invalid("file", "import", str(tmp_path / "missing.csv"))
    cli_store.invalid("file", "import", str(tmp_path / ("n" * 300 + ".csv")))
    cli_store.invalid("file", "import", str(tmp_path / "nul\x00.csv"))
    cli_store.invalid("file", "import", str(tmp_path / "half\ud800.csv"))
    good = tmp_path / "ok.csv"
    good.write_text("given,surname\nRosa,Quintero\n", encoding="utf-8")
    nul_mapping = tmp_path / "map\x00.json"
    cli_store.invalid("mapping", "import", str(good), f"--mapping={nul_mapping}")
    latin = tmp_path / "map.json"
    latin.write_bytes('{"columns": {"Año": "dob"}}'.encode("latin-1"))
    cli_store.invalid("mapping", "import", str(good), f"--mapping={latin}")


IMPORT_COLUMNS: dict[str, Any] = {
    "given": bad_name.filter(lambda s: "\x00" not in s and not _has_surrogate(s)),
    "a_number": st.sampled_from(["12345", "A12B45678", "A000000000", "1" * 40]),
    "dob": st.sampled_from(["2025-02-30", "1899", "yesterday", "2030"]),
    "nationality": st.sampled_from(["Narnia", "XX"]),
    "status": st.sampled_from(["married", "x" * 300]),
    "source": oversized(500),
    "id": st.sampled_from(["-1", "²", "9" * 25, "1.5"]),
}


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_import_rows_with_a_bad_field_exit_3_and_write_nothing(
    cli_store: Cli, tmp_path: Path, data: st.DataObject
) -> None:
    column = data.draw(st.sampled_from(list(IMPORT_COLUMNS)), label="column")
    value = data.draw(IMPORT_COLUMNS[column], label=column)
    row = {"given": "Rosa", "surname": "Quintero", "status": "final order", "status_date": "2025"}
    row[column] = value
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(row))
        writer.writerow(list(row.values()))
    code, out, err = cli_store.run("import", str(path))
    assert code == 3, (out, err)
    assert "0 of 1 rows imported; 1 refused (0 new, 0 updated)" in out, out
    problems = err.splitlines()
    assert problems, err
    assert all(line.startswith("  row 2, ") for line in problems), err
    assert any(line.startswith(f"  row 2, {column}: ") for line in problems), err


@pytest.mark.parametrize("key", ["²", "١٢", "1\u00b9"])
def test_brief_ids_in_other_digit_scripts_are_refused(cli_store: Cli, key: str) -> None:
    err = cli_store.invalid("id", "brief", "order", key, "--profile", "full", "--out", "x.pdf")
    assert "whole number" in err


def test_search_for_text_that_cannot_be_stored_is_refused(cli_store: Cli) -> None:
    cli_store.invalid("query", "search", "Quispe\ud800")
