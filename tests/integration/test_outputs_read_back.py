"""casedesk's exports read back by programs casedesk does not use to write them.

A clinic opens the client table in LibreOffice Calc, checks a CSV with csvkit, and
subscribes a phone's calendar to the ICS file. Each of those readers must see exactly
what casedesk meant: the same rows and columns, accents and line breaks intact, no
formula run, every event complete.

* LibreOffice (headless ``soffice --convert-to csv``) reads the XLSX and the CSV export;
  what it saves back is compared cell by cell with what casedesk wrote. It is a Debian
  package (``libreoffice-calc-nogui``): these tests skip when it is absent, except under
  ``CI=true``, where its absence is a failure.
* csvkit (``csvclean``, ``csvstat``; a test dependency from PyPI) finds no malformed row
  and counts the rows and distinct ids.
* vobject (a test dependency) parses the ICS file as RFC 5545.
"""

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import vobject

from casedesk.formats.export_marks import csv_trailer_head
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate, MatterCreate, StatusCreate

IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None and not IN_CI,
    reason="LibreOffice (soffice) not installed: apt-get install libreoffice-calc-nogui",
)
# csvkit's commands are installed beside this interpreter (a test dependency).
CSVKIT = Path(sys.executable).parent

INTAKE = Path(__file__).parent.parent / "intake_corpus" / "clinica_cp1252_semicolon.csv"
# Every one fictional; chosen for what readers get wrong: accents, a leading-zero
# A-Number, a description with quotes and a semicolon, a place starting with "=" (a
# formula to a spreadsheet), a name in Arabic script. The intake sheet imported first
# brings places and notes over two lines.
PEOPLE = (
    ClientCreate(
        given="Andry José",
        surname="Quiñones",
        second_surname="Ibáñez",
        a_number="A055-231-907",
        dob="1990-03-15",
        nationality="VE",
        tags="urgente",
    ),
    ClientCreate(given="María Fernanda", surname="Pérez-Soto", dob="1979-12", nationality="VE"),
    ClientCreate(description='hombre no identificado; segundo vuelo, apodo "Chepe"'),
    ClientCreate(given="محمد", surname="العلي", a_number="A208-331-604", nationality="SY"),
)

CLIENTS = 5 + len(PEOPLE)


@pytest.fixture
def store(services: Services) -> Services:
    assert services.imports.run(INTAKE).came_in == 5
    ids = [services.clients.add(person).new_id for person in PEOPLE]
    first, _second, _third, fourth = ids
    assert first is not None
    assert fourth is not None
    services.clients.add_status(first, StatusCreate(status="pending_asylum", date="2024-03-10"))
    services.clients.add_custody(
        first, CustodyCreate(kind="detained", date="2025-03-17", place="CECOT", country="SV")
    )
    services.clients.add_custody(
        fourth, CustodyCreate(kind="released", date="2025-04-02", place="=1+1 Casa de su tía")
    )
    mid = services.matters.add(
        MatterCreate(title="Habeas de Andry", kind="habeas", court="D.D.C.", docket="1:25-cv-00766")
    ).new_id
    services.deadlines.add(
        "Réplica: declaración jurada", "2025-05-20T09:30-04:00", client_id=first, matter_id=mid
    )
    services.deadlines.add("Llamar a la familia", "2025-06-02", client_id=fourth)
    return services


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _without_trailer(rows: list[list[str]]) -> list[list[str]]:
    """The table without the CSV's last row, the audit chain head (the XLSX keeps it
    on a sheet of its own)."""
    assert csv_trailer_head(rows[-1]) is not None, "a CSV export ends with the chain head"
    return rows[:-1]


def _libreoffice_csv(source: Path, work: Path, *, infilter: str | None = None) -> list[list[str]]:
    """What LibreOffice Calc reads from ``source``, saved back as UTF-8 CSV (cells as shown)."""
    assert SOFFICE is not None, "LibreOffice (soffice) is required in CI"
    out = work / "lo"
    out.mkdir(exist_ok=True)
    command = [
        SOFFICE,
        # A profile of its own: no clash with a running LibreOffice or another test.
        f"-env:UserInstallation={(work / 'lo-profile').as_uri()}",
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        str(out),
    ]
    if infilter:
        command.append(f"--infilter={infilter}")
    subprocess.run([*command, str(source)], check=True, capture_output=True, timeout=300)
    return _csv_rows(out / f"{source.stem}.csv")


@needs_libreoffice
def test_libreoffice_reads_the_xlsx_export_as_casedesk_wrote_it(
    store: Services, tmp_path: Path
) -> None:
    xlsx, reference = tmp_path / "clientes.xlsx", tmp_path / "reference.csv"
    assert store.exports.clients_table(xlsx, fmt="xlsx", profile="full") == CLIENTS
    store.exports.clients_table(reference, fmt="csv", profile="full")
    expected = _without_trailer(_csv_rows(reference))
    got = _libreoffice_csv(xlsx, tmp_path)
    assert got[0] == expected[0]
    assert len(got) == len(expected)
    for want_row, got_row in zip(expected[1:], got[1:], strict=True):
        for header, want, seen in zip(expected[0], want_row, got_row, strict=True):
            # The CSV neutralises formulas with a leading apostrophe; the workbook holds
            # the text itself as a text cell, which Calc must show, not compute.
            assert seen == want.removeprefix("'"), f"{header}: {seen!r} != {want!r}"
    places = {row[expected[0].index("place")] for row in got[1:]}
    assert "=1+1 Casa de su tía" in places
    assert "CECOT\nTecoluca, San Vicente" in places
    assert any("محمد" in row[expected[0].index("name")] for row in got[1:])


@needs_libreoffice
def test_libreoffice_reads_the_csv_export_cell_for_cell(store: Services, tmp_path: Path) -> None:
    exported = tmp_path / "clientes.csv"
    store.exports.clients_table(exported, fmt="csv", profile="court")
    expected = _csv_rows(exported)
    # Read as Calc's import dialog would for this file: comma, double quote, UTF-8.
    got = _libreoffice_csv(exported, tmp_path, infilter="CSV:44,34,76,1")
    assert got == expected


def _csvkit(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CSVKIT / tool), *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_csvkit_finds_the_csv_export_well_formed(
    store: Services, tmp_path: Path, profile: str
) -> None:
    exported = tmp_path / f"clientes-{profile}.csv"
    assert store.exports.clients_table(exported, fmt="csv", profile=profile) == CLIENTS
    # csvclean reports rows whose length differs from the header's (and exits non-zero).
    clean = _csvkit("csvclean", "--length-mismatch", "-e", "utf-8-sig", str(exported))
    assert clean.returncode == 0, clean.stderr + clean.stdout
    assert "error" not in clean.stderr.lower()
    # csvkit counts the closing chain-head row as one more row, as a clinic would see it.
    assert csv_trailer_head(_csv_rows(exported)[-1]) is not None
    count = _csvkit("csvstat", "--count", "-e", "utf-8-sig", str(exported))
    assert count.returncode == 0, count.stderr
    assert count.stdout.split() == [str(CLIENTS + 1)]
    unique = _csvkit(
        "csvstat", "--unique", "-c", "id", "-e", "utf-8-sig", "--no-inference", str(exported)
    )
    assert unique.returncode == 0, unique.stderr
    assert unique.stdout.split()[-1] == str(CLIENTS + 1)


@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_vobject_parses_the_calendar(store: Services, tmp_path: Path, profile: str) -> None:
    ics = tmp_path / f"plazos-{profile}.ics"
    count = store.exports.calendar_ics(ics, profile=profile)
    assert count == 2
    calendar = vobject.readOne(ics.read_text(encoding="utf-8"))
    events = list(calendar.vevent_list)
    assert len(events) == count
    assert len({e.uid.value for e in events}) == count
    for event in events:
        assert event.dtstart.value is not None
        assert event.dtstamp.value is not None
        assert event.summary.value
    summaries = " ".join(e.summary.value for e in events)
    if profile == "public":  # a deadline's title is typed free text: not in public
        assert "Réplica" not in summaries
        assert "Habeas de Andry" in summaries  # the public record of the matter
    else:  # accents survive the file's line folding and escaping
        assert "Réplica: declaración jurada" in summaries
    if profile == "full":
        assert "Quiñones" in summaries
    else:
        assert "Quiñones" not in summaries
        assert "محمد" not in summaries
