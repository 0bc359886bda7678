"""Column mapping from English and Spanish headers, and status/whereabouts values."""

import pytest

from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.formats.csv_rows import EXTRA_KEY, RawRow, read_csv
from casedesk.formats.errors import FormatError
from casedesk.formats.mapping import (
    FIELDS,
    ColumnMapping,
    Mapping,
    apply,
    guess_mapping,
    normalise_custody_kind,
    normalise_status,
)
from casedesk.formats.synonyms import HEADER_SYNONYMS, text_key


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Apellidos", "surname"), ("Apellido", "surname"), ("Primer apellido", "surname"),
        ("Last Name", "surname"), ("Segundo apellido", "second_surname"),
        ("Apellido materno", "second_surname"), ("Nombres", "given"), ("First name", "given"),
        ("Nombre completo", "full_name"), ("Full name", "full_name"), ("Name", "full_name"),
        ("Número A", "a_number"), ("Numero A", "a_number"), ("A-Number", "a_number"),
        ("A#", "a_number"), ("Alien number", "a_number"), ("A number", "a_number"),
        ("No. A", "a_number"), ("Nº A", "a_number"), ("N° A", "a_number"),
        ("Fecha de nacimiento", "dob"), ("DOB", "dob"), ("Date of birth", "dob"),
        ("F. nac.", "dob"), ("Nacionalidad", "nationality"), ("Nationality", "nationality"),
        ("País", "nationality"), ("Country of citizenship", "nationality"),
        ("Estatus", "status"), ("Estado migratorio", "status"), ("Status", "status"),
        ("Legal status", "status"), ("Idiomas", "languages"), ("Languages", "languages"),
        ("Etiquetas", "tags"), ("Tags", "tags"), ("Notas", "note"), ("Notes", "note"),
        ("Observaciones", "note"), ("Fuente", "source"), ("Source", "source"),
        ("Lugar", "place"), ("Place", "place"), ("Ubicación", "place"),
        ("Paradero", "whereabouts"), ("Whereabouts", "whereabouts"), ("Country", "country"),
        ("status_country", "status_country"), ("whereabouts_date", "whereabouts_date"),
        ("  FECHA   DE NACIMIENTO: ", "dob"), ("Descripción", "description"), ("id", "id"),
    ],
)  # fmt: skip
def test_header_recognised(header, field):
    assert guess_mapping([header]).columns == {header: field}


def test_spanish_file_maps_completely():
    data = "Apellidos;Nombres;Número A;Fecha de nacimiento;Nacionalidad;Estatus\nPeña;José;A123456789;1990;VE;asilo pendiente\n"
    table = read_csv(data.encode("cp1252"), name="lista.csv")
    mapping = guess_mapping(table.headers)
    assert mapping.unmapped == []
    assert apply(mapping, table.rows[0]) == {
        "surname": "Peña",
        "given": "José",
        "a_number": "A123456789",
        "dob": "1990",
        "nationality": "VE",
        "status": "asilo pendiente",
    }
    assert normalise_status(apply(mapping, table.rows[0])["status"]) == LegalStatus.PENDING_ASYLUM


def test_never_two_headers_to_one_field_and_unmapped_reported():
    mapping = guess_mapping(["Apellido", "Apellidos", "Color favorito", "Apelidos"])
    assert mapping.columns == {
        "Apellido": "surname",
        "Apellidos": None,
        "Color favorito": None,
        "Apelidos": None,
    }
    assert mapping.unmapped == ["Apellidos", "Color favorito", "Apelidos"]
    assert "already taken by 'Apellido'" in mapping.notes["Apellidos"]
    assert "not recognised" in mapping.notes["Color favorito"]


def test_typo_is_guessed_and_flagged():
    mapping = guess_mapping(["Nacionalidd", "Apelidos"])
    assert mapping.columns == {"Nacionalidd": "nationality", "Apelidos": "surname"}
    assert "check it" in mapping.notes["Apelidos"]
    assert guess_mapping(["Job"]).columns == {"Job": None}  # short headers are never guessed


def test_lone_nombre_is_the_whole_name():
    assert guess_mapping(["Nombre", "Nacionalidad"]).columns["Nombre"] == "full_name"
    assert guess_mapping(["Nombre", "Apellido"]).columns["Nombre"] == "given"


def test_mapping_json_round_trip_and_saved_mapping():
    mapping = guess_mapping(["Apellidos", "Nombres", "Teléfono"]).with_column("Teléfono", "note")
    restored = ColumnMapping.from_json(mapping.to_json())
    assert restored == mapping
    assert Mapping is ColumnMapping
    reused = guess_mapping(["Teléfono", "Apellidos", "Nacionalidad"], saved=restored)
    assert reused.columns == {
        "Teléfono": "note",
        "Apellidos": "surname",
        "Nacionalidad": "nationality",
    }


def test_with_column_moves_a_field():
    mapping = guess_mapping(["Apellidos", "Apellido del padre"]).with_column(
        "Apellido del padre", "surname"
    )
    assert mapping.columns == {"Apellidos": None, "Apellido del padre": "surname"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"format": "x"}', "is not a casedesk column mapping"),
        ('{"format": "casedesk-mapping", "version": 9, "columns": {}}', "mapping version 9"),
        (
            '{"format": "casedesk-mapping", "version": 1, "columns": {"a": 1}}',
            "must map each header",
        ),
        (
            '{"format": "casedesk-mapping", "version": 1, "columns": {"a": "colour"}}',
            "'colour' .* is not a casedesk field",
        ),
        (
            '{"format": "casedesk-mapping", "version": 1, "columns": {"a": "dob", "b": "dob"}}',
            "both map to 'dob'",
        ),
    ],
)
def test_bad_mapping_files(text, message):
    with pytest.raises(FormatError, match=message):
        ColumnMapping.from_json(text, source="MAP.json")


def test_apply_trims_skips_absent_and_passes_extra():
    mapping = ColumnMapping({"Apellidos": "surname", "Notas": "note", "X": None})
    row = RawRow(line=4, values={"Apellidos": "  Peña ", "X": "ignored", EXTRA_KEY: "a,b"})
    assert apply(mapping, row) == {"surname": "Peña", EXTRA_KEY: "a,b"}


def test_synonym_tables_are_consistent():
    assert FIELDS[0] == "id"
    assert len(set(FIELDS)) == len(FIELDS) == 20
    keys = [text_key(name) for names in HEADER_SYNONYMS.values() for name in names]
    assert all(keys)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("asilo pendiente", "pending_asylum"), ("Asylum pending", "pending_asylum"),
        ("Asylum pending (I-589 filed 2023)", "pending_asylum"),
        ("orden final", "final_order"), ("Final order of removal", "final_order"),
        ("refugiado aprobado", "refugee_approved"), ("Refugiada", "refugee_approved"),
        ("retención de deportación", "withholding_granted"), ("withholding", "withholding_granted"),
        ("Withholding of removal granted by IJ in 2019", "withholding_granted"),
        ("CAT", "cat_protection"), ("TPS", "tps"), ("parole", "parole"),
        ("permiso humanitario", "parole"), ("residente permanente", "lpr"), ("LPR", "lpr"),
        ("green card", "lpr"), ("ciudadano", "us_citizen"), ("ciudadana estadounidense", "us_citizen"),
        ("US citizen", "us_citizen"), ("U.S. citizen", "us_citizen"), ("desconocido", "unknown"),
        ("unknown", "unknown"), ("?", "unknown"), ("pending_asylum", "pending_asylum"),
        ("Refugee approved", "refugee_approved"),
        ("", None), ("asylum denied", None), ("refugee application", None), ("no withholding", None),
        ("asylum pending and final order", None), ("banana", None),
    ],
)  # fmt: skip
def test_normalise_status(text, status):
    assert normalise_status(text) == status
    if status is not None:
        assert status in LegalStatus.values()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("detenido", "detained"), ("Detenida en CECOT", "detained"), ("deportado a El Salvador", "removed"), ("en custodia", "detained"),
        ("deportado", "removed"), ("Deportada", "removed"), ("trasladado", "transferred"),
        ("liberado", "released"), ("puesto en libertad", "released"), ("repatriado", "repatriated"),
        ("regresó a EE. UU.", "returned_to_us"), ("Returned to US", "returned_to_us"),
        ("contacto restablecido", "contact"), ("paradero desconocido", "whereabouts_unknown"),
        ("incomunicado", "whereabouts_unknown"), ("fallecido", "deceased"), ("arrested", "arrested"),
        ("llegada", "arrived"), ("Whereabouts unknown", "whereabouts_unknown"), ("", None),
    ],
)  # fmt: skip
def test_normalise_custody_kind(text, kind):
    assert normalise_custody_kind(text) == kind
    if kind is not None:
        assert kind in CustodyKind.values()
