"""Write the intake-sheet corpus: sheets as clinics keep them, in their real encodings.

Run ``python -m tests.intake_corpus.build`` to regenerate the files beside this module;
they are committed, so the tests read exactly these bytes. Every person is fictional.
``expected.json`` gives, per file and per data row (by the line it starts on), what the
import must do: ``imported`` (new, updated or unchanged) or ``refused`` with the column
as the file names it and a fragment of the reason.

Files:

* ``clinica_cp1252_semicolon.csv``: Spanish headers, Windows-1252, semicolons, CRLF, day
  first dates, a status column without a status date, notes and places over two lines.
* ``us_clinic_utf8_comma.csv``: English headers, UTF-8, commas, month-first dates.
* ``familias_utf16_tab.txt``: Excel's "Unicode text": UTF-16 with BOM, tabs, Spanish
  written dates ("marzo de 1990") and partial ones ("03/1992").
* ``roster_utf8bom_semicolon.csv``: UTF-8 with BOM, semicolons, LF line ends, one name
  column, "Estado" and "Fecha de estado".
* ``intake_openpyxl.xlsx``: a workbook saved by openpyxl, dates as date cells, the
  A-Number as a number cell.
* ``intake_libreoffice.xlsx``: a Spanish sheet as LibreOffice Calc saves it when a
  clinic opens its semicolon CSV with Spanish as the language: day-first dates turned
  into date cells, A-Numbers and years typed as digits turned into numbers (an A-Number
  losing its leading zero), "03/1992" left as text, a note over two lines. Made with
  ``soffice --headless --convert-to xlsx`` (LibreOffice must be installed to regenerate).
* ``actualizacion_cp1252.csv``: imported after the first file: the same A-Numbers with
  names spelt differently (aliases, not renames) and one new fact.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent

CLINICA = [
    "Nombre;Apellidos;N.º A;Fecha de nacimiento;Nacionalidad;Situación migratoria;"
    "Paradero;Fecha del paradero;Lugar;Observaciones",
    "José Luis;Hernández Romero;A123-456-781;15/03/1990;venezolano;Asilo pendiente;"
    'Detenido;17/03/2025;"CECOT\r\nTecoluca, San Vicente";"Llamó la madre el lunes.\r\n'
    'Dice que lo trasladaron de Texas."',
    "María Fernanda;Pérez-Soto;A 987 654 320;31-12-1979;Venezuela;Refugiada;Deportada;"
    "16/03/2025;CECOT;",
    "Ángel;Muñoz Peña;;29.02.1996;venezolana;Orden final de deportación;;;;Sin abogado",
    "Yeferson;Castillo Ruiz;204-118-733;03/04/1990;Venezuela;En trámite de asilo;"
    "Paradero desconocido;04/2025;;",
    "Óscar Antonio;Díaz de la Cruz;A-055-231-907;31/02/1985;salvadoreño;TPS;;;;",
    "Wilmer;Guzmán;;12/11/1993;Venezuela;Asilo denegado;;;;",
    "Carlos Eduardo;Ramírez Quintero;A 301-442-118;1/7/1988;Venezuela;Parole humanitario;"
    'Liberado;20/06/2025;"Casa de su tía\r\nHouston, TX";',
]

US_CLINIC = [
    "Last Name,First Name,A#,DOB,Country of Citizenship,Immigration Status,Status Date,"
    "Custody Status,As Of,Facility,Notes",
    "Alvarado,Luis Miguel,A215-667-890,04/23/1988,Venezuela,Asylum pending,03/10/2024,"
    'Detained,03/15/2025,"Bluebonnet Detention Center, Anson TX","Transferred twice;\n'
    'family in Maracaibo"',
    "Benítez,Rosa,A098-112-345,03/04/1990,El Salvador,Withholding of removal,06/2019,"
    "Removed,03/16/2025,CECOT,",
    "Campos,Héctor,A12345,11/02/1975,Honduras,TPS,2023,,,,",
    "Duarte,Javier,A307-220-019,07/30/1999,Venezuela,Final order,02/01/2025,Removed,"
    "03/15/2025,CECOT,",
    "Espinoza,Nelson,,13/25/1994,Venezuela,Parole,2022,,,,",
    "Flores,Ana,A440-121-556,09/09/1985,Guatemala,Refugee application,2024,,,,",
]

FAMILIAS = [
    "Nombre completo\tNúmero de extranjero\tEstatus\tFecha de estatus\tF. Nac.\tNotas",
    "Luis Alberto Mendoza Rivas\t211-345-876\tSolicitante de asilo\tmarzo de 2024\t"
    "15 de marzo de 1990\tHermano en Valencia",
    "Daniela Salcedo\t\tRefugiada\t03/2022\t03/1992\t",
    'Kevin Josué Portillo\t\tResidente permanente\t2018\t1986\t"Primera línea\nsegunda línea"',
    "Wendy Carolina Torres Lugo\t099-887-766\tAsilo pendiente\t2024\t1991\tTimbre\x07 raro",
    "Jhonny Ferrer\t\tdesconocido\t\tabril de 1980\t",
]

ROSTER = [
    "Apellidos y nombres;Nº A;Estado;Fecha de estado;Observaciones",
    'Quintero Lara, Édgar;A 312 908 771;Solicitante de asilo;;"Visto en video de prensa.\nSin confirmar."',
    "Rondón Páez, Yulimar;;Orden final;15/01/2025;",
    "Silva, Marco;A-314-000-282;CAT;2020;Protección bajo CAT, país no indicado",
    ";;Asilo pendiente;2025;fila sin nombre",
]

LIBREOFFICE = [
    "Nombre;Primer apellido;Segundo apellido;Número de extranjero;Fecha de nacimiento;"
    "País de origen;Estatus;Fecha del estatus;Observaciones",
    "Rosmary;Villegas;Oropeza;A-219-554-310;22/08/1991;Venezuela;Asilo pendiente;"
    "10/01/2025;Hermana en Maracay",
    'Jean Carlos;Briceño;;;05/06/1987;Venezuela;Orden final de deportación;;"Trasladado a '
    'Texas\nsin aviso"',
    "Keila;Mújica;;206118447;03/1992;venezolana;Refugiada;2021;",
    "Luis;Ortega;Pinto;A12;1990;Venezuela;TPS;2023;",
    "Yorgelis;Chirinos;;055231908;03/04/1990;Venezuela;Asilo pendiente;2024;",
]

ACTUALIZACION = [
    "Nombre;Apellidos;N.º A;Situación migratoria;Observaciones",
    "Jose Luis;Hernandez Romero;A123456781;Asilo pendiente;Contacto restablecido por la madre",
    "María Fernanda;Pérez-Soto;987654320;Refugiada;",
]

EXPECTED: dict[str, dict[str, object]] = {
    "clinica_cp1252_semicolon.csv": {
        "date_order": "day-first",
        "rows": {
            "2": "imported",
            "5": "imported",
            "6": "imported",
            "7": "imported",
            "8": "refused: Fecha de nacimiento: February 1985 has 28 days",
            "9": "refused: Situación migratoria: is not a legal status",
            "10": "imported",
        },
    },
    "us_clinic_utf8_comma.csv": {
        "date_order": "month-first",
        "rows": {
            "2": "imported",
            "4": "refused: Status country: granted as to a named country",
            "5": "refused: A#: 7 to 9 digits",
            "6": "imported",
            "7": "refused: DOB: neither part is a month",
            "8": "refused: Immigration Status: is not a legal status",
        },
    },
    "familias_utf16_tab.txt": {
        "date_order": "day-first",
        "rows": {
            "2": "imported",
            "3": "imported",
            "4": "imported",
            "6": "refused: Notas: control character",
            "7": "imported",
        },
    },
    "roster_utf8bom_semicolon.csv": {
        "date_order": "day-first",
        "rows": {
            "2": "imported",
            "4": "imported",
            "5": "refused: Status country: granted as to a named country",
            "6": "refused: Apellidos y nombres: no name",
        },
    },
    "intake_openpyxl.xlsx": {
        "date_order": "day-first",
        "rows": {"2": "imported", "3": "imported", "4": "imported"},
    },
    "intake_libreoffice.xlsx": {
        "date_order": "day-first",
        "rows": {
            "2": "imported",
            "3": "imported",
            "4": "imported",
            "5": "refused: Número de extranjero: 7 to 9 digits",
            "6": "imported",
        },
    },
    "actualizacion_cp1252.csv": {
        "date_order": "day-first",
        "after": "clinica_cp1252_semicolon.csv",
        "rows": {"2": "imported", "3": "imported"},
    },
}


def _csv(name: str, lines: list[str], encoding: str, newline: str) -> None:
    (HERE / name).write_bytes((newline.join(lines) + newline).encode(encoding))


def _xlsx(name: str) -> None:
    from openpyxl import Workbook  # noqa: PLC0415 - only when regenerating

    wb = Workbook()
    ws = wb.active
    ws.title = "Intake"
    ws.append(["Nombre", "Apellidos", "Nº A", "Fecha de nacimiento", "Estatus", "Observaciones"])
    ws.append(
        ["Fabiola", "Rincón", 215334871, datetime(1989, 5, 14), "Asilo pendiente", "Madre en Zulia"]
    )
    ws.append(
        ["Gustavo", "Lira Paz", None, datetime(1978, 1, 2), "Orden final", "Línea 1\nLínea 2"]
    )
    ws.append(["Irene", "Mata", "A-220-331-442", "03/1992", "TPS", None])
    for cell in ws["D"][1:3]:
        cell.number_format = "DD/MM/YYYY"
    wb.properties.creator = "clinic intake"
    wb.save(HERE / name)


def _libreoffice(name: str, lines: list[str]) -> None:
    """Save ``lines`` (a semicolon CSV) as LibreOffice Calc would, read as Spanish text:
    filter options 59 (";"), 34 ('"'), 76 (UTF-8), from line 1, language 3082 (es-ES),
    quoted fields not forced to text, special numbers (dates) detected."""
    import shutil  # noqa: PLC0415 - only when regenerating
    import subprocess  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (Path(name).stem + ".csv")
        source.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--infilter=CSV:59,34,76,1,,3082,false,true",
                "--convert-to",
                "xlsx",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(tmp) / name, HERE / name)


def build() -> None:
    _csv("clinica_cp1252_semicolon.csv", CLINICA, "cp1252", "\r\n")
    _csv("us_clinic_utf8_comma.csv", US_CLINIC, "utf-8", "\n")
    _csv("familias_utf16_tab.txt", FAMILIAS, "utf-16", "\r\n")
    _csv("roster_utf8bom_semicolon.csv", ROSTER, "utf-8-sig", "\n")
    _csv("actualizacion_cp1252.csv", ACTUALIZACION, "cp1252", "\r\n")
    _xlsx("intake_openpyxl.xlsx")
    _libreoffice("intake_libreoffice.xlsx", LIBREOFFICE)
    (HERE / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build()
