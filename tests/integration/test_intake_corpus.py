"""The intake-sheet corpus (``tests/intake_corpus``) imported through the command line.

Each sheet is one a clinic could really send: Spanish or English headers, Windows-1252,
UTF-16 or UTF-8 with a BOM, semicolons or tabs, day-first, month-first, written and
partial dates, multi-line notes, statuses without a date. ``expected.json`` says what
must happen to every row; the summary line and the exit code must say the same.
"""

import json
import re
import sqlite3
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.formats.mapping import guess_mapping
from casedesk.services.imports import ImportReport, read_table
from casedesk.services.registry import Services
from tests.conftest import copy_store, make_services, rows

CORPUS = Path(__file__).parent.parent / "intake_corpus"
EXPECTED: dict[str, dict[str, object]] = json.loads(
    (CORPUS / "expected.json").read_text(encoding="utf-8")
)


def _outcomes(report: ImportReport, total_lines: list[int]) -> dict[str, str]:
    refused = {r.row: r for r in report.rejected}
    result = {}
    for line in total_lines:
        r = refused.get(line)
        result[str(line)] = "imported" if r is None else f"refused: {r.column}: {r.reason}"
    return result


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_row_of_every_sheet_does_what_the_corpus_says(services: Services, name: str) -> None:
    spec = EXPECTED[name]
    if "after" in spec:
        services.imports.run(CORPUS / str(spec["after"]))
    report = services.imports.run(CORPUS / name)
    rows = spec["rows"]
    assert isinstance(rows, dict)
    lines = sorted(int(k) for k in rows)
    got = _outcomes(report, lines)
    assert report.rows == len(rows), "every data row of the sheet is listed in expected.json"
    for line, want in rows.items():
        if want == "imported":
            assert got[line] == "imported", f"{name} row {line}: {got[line]}"
        else:
            column, fragment = str(want).removeprefix("refused: ").split(": ", 1)
            assert got[line].startswith(f"refused: {column}: "), f"{name} row {line}: {got[line]}"
            assert fragment in got[line], f"{name} row {line}: {got[line]}"
            assert "_" not in column, "a column is named as the file or the user knows it"
    assert report.date_order == spec["date_order"]
    refused = sum(1 for w in rows.values() if w != "imported")
    assert report.rejected_rows == refused
    assert report.came_in == len(rows) - refused


def test_cli_summary_and_exit_code_say_exactly_what_happened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_store_template: Path
) -> None:
    db = copy_store(empty_store_template, tmp_path / "s.sqlite")
    assert main(["--db", str(db), "import", str(CORPUS / "clinica_cp1252_semicolon.csv")]) == 3
    out = capsys.readouterr()
    assert "5 of 7 rows imported; 2 refused" in out.out
    assert "Dates read day-first" in out.out
    assert "row 8, Fecha de nacimiento: 31/02/1985" in out.err
    assert not re.search(r"\b(status_date|whereabouts_date|a_number|dob)\b", out.out + out.err)
    # Every row in: exit 0.
    assert main(["--db", str(db), "import", str(CORPUS / "intake_openpyxl.xlsx")]) == 0
    assert "3 of 3 rows imported; 0 refused" in capsys.readouterr().out


def test_sheet_content_survives_as_typed(services: Services) -> None:
    services.imports.run(CORPUS / "clinica_cp1252_semicolon.csv")
    services.imports.run(CORPUS / "familias_utf16_tab.txt")
    places = {p for (p,) in rows(services, "SELECT place FROM custody_event")}
    notes = {b for (b,) in rows(services, "SELECT body FROM note")}
    dobs = dict(rows(services, "SELECT surname, dob FROM client"))
    [(unknown,)] = rows(
        services, "SELECT count(*) FROM status_entry WHERE date IS NULL AND date_key = 0"
    )
    # Line breaks kept (CR LF from Windows read as one break), accents intact.
    assert "CECOT\nTecoluca, San Vicente" in places
    assert "Casa de su tía\nHouston, TX" in places
    assert "Llamó la madre el lunes.\nDice que lo trasladaron de Texas." in notes
    assert "Primera línea\nsegunda línea" in notes
    # Day-first, ambiguous read by the file's order, partial and written Spanish dates.
    assert dobs["Hernández Romero"] == "1990-03-15"
    assert dobs["Castillo Ruiz"] == "1990-04-03"
    assert dobs["Muñoz Peña"] == "1996-02-29"
    assert dobs["Salcedo"] == "1992-03"
    assert dobs["Rivas"] == "1990-03-15"  # "15 de marzo de 1990"
    # Statuses the sheet gave without a date are kept with the date unknown.
    assert unknown == 5


def test_a_number_match_keeps_the_name_and_adds_the_spelling_as_alias(services: Services) -> None:
    services.imports.run(CORPUS / "clinica_cp1252_semicolon.csv")
    table = read_table(CORPUS / "actualizacion_cp1252.csv")
    preview = services.imports.preview(table, guess_mapping(table.headers), limit=10)
    assert [p.action for p in preview] == ["update", "update"]
    changes = {(c.field, c.old, c.new) for c in preview[0].changes}
    assert ("alias", "", "Hernandez Romero, Jose Luis") in changes
    replaced = services.imports.preview(
        table, guess_mapping(table.headers), limit=10, replace_names=True
    )
    assert ("name", "Hernández Romero, José Luis", "Hernandez Romero, Jose Luis") in {
        (c.field, c.old, c.new) for c in replaced[0].changes
    }
    report = services.imports.run(CORPUS / "actualizacion_cp1252.csv")
    assert (report.updated, report.unchanged, report.aliases) == (1, 1, 1)
    detail = services.clients.get(_client_with(services, "123456781"))
    assert detail.display_name == "Hernández Romero, José Luis"
    assert [a.display_name for a in detail.aliases] == ["Hernandez Romero, Jose Luis"]
    # Importing the same file again adds nothing more.
    again = services.imports.run(CORPUS / "actualizacion_cp1252.csv")
    assert (again.updated, again.unchanged, again.aliases) == (0, 2, 0)


def test_replace_names_rewrites_when_asked(services: Services) -> None:
    services.imports.run(CORPUS / "clinica_cp1252_semicolon.csv")
    services.imports.run(CORPUS / "actualizacion_cp1252.csv", replace_names=True)
    client = _client_with(services, "123456781")
    assert services.clients.get(client).display_name == "Hernandez Romero, Jose Luis"


def _client_with(services: Services, a_number: str) -> int:
    [(cid,)] = rows(services, "SELECT id FROM client WHERE a_number = :a", a=a_number)
    assert isinstance(cid, int)
    return cid


def test_own_full_export_comes_back_whole_into_an_empty_store(
    services: Services, tmp_path: Path, empty_store_template: Path
) -> None:
    from casedesk.services.schemas import ClientCreate  # noqa: PLC0415

    # Namesakes told apart by A-Number, and by nothing but their own records.
    for number in ("A111-222-333", "A444-555-666", None, None):
        services.clients.add(
            ClientCreate(given="Luis", surname="Pérez", a_number=number, dob="1990")
        )
    services.clients.add(ClientCreate(description="unidentified man, second flight"))
    out = tmp_path / "all.csv"
    assert services.exports.clients_table(out, fmt="csv", profile="full") == 5
    other = make_services(copy_store(empty_store_template, tmp_path / "other.sqlite"))
    try:
        report = other.imports.run(out)
        assert (report.rows, report.imported, report.rejected_rows) == (5, 5, 0)
    finally:
        other.close()


def test_whereabouts_without_a_date_column_are_kept_with_the_date_unknown_or_as_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_store_template: Path
) -> None:
    sheet = tmp_path / "paradero.csv"
    sheet.write_text("Nombre;Apellidos;Paradero;Estado\nLuis;Mata;Detenido;Asilo pendiente\n")
    db = str(copy_store(empty_store_template, tmp_path / "s.sqlite"))
    # No date column the clinic could fill: the row comes in, its dates unknown.
    assert main(["--db", db, "import", str(sheet)]) == 0
    assert "1 of 1 rows imported; 0 refused" in capsys.readouterr().out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT date, date_key FROM custody_event").fetchall() == [(None, 0)]
        assert con.execute("SELECT whereabouts, whereabouts_since FROM client").fetchall() == [
            ("detained", None)
        ]
    assert main(["--db", db, "clients", "show", "1"]) == 0
    assert re.search(r"unknown\s+Detained", capsys.readouterr().out)
    # Or one "as of" date for the whole file, saved with the mapping.
    again = str(copy_store(empty_store_template, tmp_path / "t.sqlite"))
    saved = tmp_path / "m.json"
    code = main(
        ["--db", again, "import", str(sheet), "--as-of", "01/05/2025", "--save-mapping", str(saved)]
    )
    assert code == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["as_of"] == "01/05/2025"
    with sqlite3.connect(again) as con:
        assert con.execute("SELECT date FROM custody_event").fetchall() == [("2025-05-01",)]
        assert con.execute("SELECT date FROM status_entry").fetchall() == [("2025-05-01",)]


def test_undated_whereabouts_show_as_date_unknown_in_briefs(
    services: Services, tmp_path: Path
) -> None:
    import subprocess  # noqa: PLC0415

    sheet = tmp_path / "paradero.csv"
    sheet.write_text("Nombre;Apellidos;Paradero;Lugar\nLuis;Mata;Detenido;Krome\n")
    assert services.imports.run(sheet).came_in == 1
    [(cid,)] = rows(services, "SELECT id FROM client")
    detail = services.clients.get(int(str(cid)))
    assert [(e.date, e.kind) for e in detail.custody] == [(None, "detained")]
    for lang, wording in (("en", "date unknown"), ("es", "fecha desconocida")):
        out = tmp_path / f"brief-{lang}.pdf"
        services.briefs.render("client", int(str(cid)), "full", out, lang=lang)
        text = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert re.search(rf"{wording}\s+\S+\s+Krome", text), text
