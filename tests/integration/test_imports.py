"""Importing lists: every valid row in, every refused row reported and written to a
rejects file, no duplicates on re-import, look-alikes flagged, dry runs write nothing."""

import json
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.domain.errors import ValidationError
from casedesk.formats.csv_rows import read_csv, write_csv
from casedesk.formats.xlsx_rows import write_xlsx
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientQuery
from tests.conftest import make_services, snapshot

SPANISH = (
    "Apellidos;Segundo apellido;Nombres;Número A;Fecha de nacimiento;Nacionalidad;Estatus;"
    "Fecha del estatus\r\n"
    "Hernández;Romero;Andry José;A123-456-789;1994-05;Venezuela;asilo pendiente;2024-01\r\n"
    "de la Cruz;Peña;María;A-987 654 321;~1990;Venezuela;orden final;2025-02-10\r\n"
    "Muñoz;;Luis;12345;1988;VE;refugiado;2023\r\n"  # A-Number too short
    "Pérez;;Ana;;2030-01-01;XX;;\r\n"  # date out of range, unknown country
    "\r\n"
    "Quiñones;Ruiz;Jesús;A 555 444 333;1991-13-01;El Salvador;retención;2019\r\n"  # month 13, no country
)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _clients(services: Services) -> list[dict[str, object]]:
    return [r.model_dump() for r in services.clients.list(ClientQuery(limit=5000)).rows]


def test_spanish_file_valid_rows_in_refused_rows_reported(
    services: Services, tmp_path: Path
) -> None:
    path = _write(tmp_path, "lista.csv", SPANISH, "cp1252")
    rejects = tmp_path / "rejects.csv"
    report = services.imports.run(path, rejects=rejects)
    assert (report.rows, report.imported, report.updated, report.unchanged) == (5, 2, 0, 0)
    problems = {(r.row, r.column) for r in report.rejected}
    assert (4, "Número A") in problems
    assert (5, "Fecha de nacimiento") in problems
    assert (5, "Nacionalidad") in problems
    assert (7, "Fecha de nacimiento") in problems
    assert all(r.reason for r in report.rejected)
    names = {c["display_name"]: c for c in _clients(services)}
    assert names["Hernández Romero, Andry José"]["a_number"] == "123456789"
    assert names["Hernández Romero, Andry José"]["status"] == "pending_asylum"
    assert names["de la Cruz Peña, María"]["status"] == "final_order"
    back = read_csv(rejects)
    assert [r.values["casedesk_row"] for r in back.rows] == ["4", "5", "7"]
    assert "Número A" in back.rows[0].values["casedesk_problems"]


def test_reimport_and_fixed_rejects_create_no_duplicates(
    services: Services, tmp_path: Path
) -> None:
    path = _write(tmp_path, "lista.csv", SPANISH)
    rejects = tmp_path / "rejects.csv"
    services.imports.run(path, rejects=rejects)
    again = services.imports.run(path)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    table = read_csv(rejects)
    fixes = {
        "12345": "A-000-012-345",
        "1991-13-01": "1991-12-01",
        "2030-01-01": "1980",
        "XX": "México",
    }
    rows = [[fixes.get(r.values[h], r.values[h]) for h in table.headers] for r in table.rows]
    fixed_path = tmp_path / "fixed.csv"
    write_csv(fixed_path, table.headers, rows)
    report = services.imports.run(fixed_path, mapping=None)
    assert report.imported == 2  # Muñoz and Pérez; Quiñones still lacks the withholding country
    # Quiñones: "retención" alone does not say which status; it is refused again.
    assert [(r.row, r.column) for r in report.rejected] == [(4, "Estatus")]
    total = len(_clients(services))
    services.imports.run(fixed_path)
    assert len(_clients(services)) == total


def test_dry_run_writes_nothing_and_reports_the_same(services: Services, tmp_path: Path) -> None:
    path = _write(tmp_path, "lista.csv", SPANISH)
    before = snapshot(services)
    dry = services.imports.run(path, dry_run=True)
    assert snapshot(services) == before
    real = services.imports.run(path)
    assert dry.to_json() == real.to_json()


def test_lookalike_is_flagged_not_created(services: Services, tmp_path: Path) -> None:
    services.clients.add(
        ClientCreate(
            given="Andry José", surname="Hernández", second_surname="Romero", dob="1994-05-17"
        )
    )
    path = _write(tmp_path, "press.csv", "Name,Nationality\r\nANDRY JOSE HERNANDEZ,Venezuela\r\n")
    report = services.imports.run(path)
    assert report.imported == 0
    assert len(report.rejected) == 1
    assert "looks like client 1" in report.rejected[0].reason
    forced = _write(tmp_path, "forced.csv", "id,Name\r\nnew,ANDRY JOSE HERNANDEZ\r\n")
    assert services.imports.run(forced).imported == 1


def test_xlsx_and_english_headers(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_xlsx(
        path,
        ["Last name", "First name", "A-Number", "Date of birth", "Status", "Status date"],
        [["Peña", "Rocío", "A-111-222-333", "1992", "TPS", "2021"]],
        sheet_title="People",
    )
    report = services.imports.run(path)
    assert report.imported == 1
    assert _clients(services)[0]["status"] == "tps"


def test_unreadable_files_are_refused_with_a_reason(services: Services, tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ValidationError, match="file"):
        services.imports.run(png)
    nameless = _write(tmp_path, "x.csv", "colour,size\r\nred,3\r\n")
    with pytest.raises(ValidationError, match="no column"):
        services.imports.run(nameless)


def test_cli_import_json_and_exit_codes(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "lista.csv", SPANISH)
    code = main(
        [
            "--db",
            str(store_path),
            "import",
            str(path),
            "--json",
            "--rejects",
            str(tmp_path / "r.csv"),
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 3
    assert set(out) == {
        "rows",
        "came_in",
        "date_order",
        "aliases",
        "imported",
        "updated",
        "unchanged",
        "rejected",
    }
    assert out["imported"] == 2
    assert {"row", "column", "field", "reason"} == set(out["rejected"][0])
    clean = _write(tmp_path, "clean.csv", "Apellidos,Nombres\r\nParra,Néstor\r\n")
    assert main(["--db", str(store_path), "import", str(clean)]) == 0
    assert main(["--db", str(store_path), "import", str(tmp_path / "missing.csv")]) == 3


def test_full_csv_export_imports_into_a_new_store_and_again_adds_nothing(
    services: Services, tmp_path: Path
) -> None:
    services.demo.generate(clients=300, seed=4)
    out = tmp_path / "all.csv"
    services.exports.clients_table(out, fmt="csv")
    other = make_services(tmp_path / "other.sqlite")
    try:
        first = other.imports.run(out)
        assert (first.imported, first.rejected) == (300, [])
        again = other.imports.run(out)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 300)
        mine = {
            r.id: (r.display_name, r.a_number, r.status)
            for r in services.clients.list(ClientQuery(limit=500)).rows
        }
        theirs = {
            r.id: (r.display_name, r.a_number, r.status)
            for r in other.clients.list(ClientQuery(limit=500)).rows
        }
        assert mine == theirs
        assert other.maintenance.check().ok
    finally:
        other.close()
    court = tmp_path / "court.csv"
    services.exports.clients_table(court, fmt="csv", profile="court")
    refused = services.imports.run(court, dry_run=True)
    assert any("masked" in r.reason for r in refused.rejected)
