"""Spanish intake headers and values matched with tolerance, not by one fixed spelling."""

import pytest

from casedesk.domain.date_order import DateOrder
from casedesk.formats.mapping import ColumnMapping, guess_field, guess_mapping
from casedesk.formats.synonyms import looks_spanish, normalise_status


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("n.º A", "a_number"),
        ("N° de A", "a_number"),
        ("Nro. A", "a_number"),
        ("Número de extranjero", "a_number"),
        ("Estado", "status"),
        ("Estatus", "status"),
        ("Situación migratoria", "status"),
        ("Fecha de estado", "status_date"),
        ("Observaciones", "note"),
        ("F. Nac.", "dob"),
        ("Nacimiento, fecha de", "dob"),
        ("Lugar de detención", "place"),
    ],
)
def test_spanish_headers(header: str, field: str) -> None:
    assert guess_field(header)[0] == field


def test_values_in_another_word_order() -> None:
    assert normalise_status("En trámite de asilo") == "pending_asylum"
    assert normalise_status("Orden de deportación final") == "final_order"
    assert normalise_status("Asilo denegado") is None  # a negation is never the status


def test_mapping_keeps_date_order_and_as_of_when_saved_and_reloaded() -> None:
    mapping = guess_mapping(["Nombre", "Apellidos", "Estado"]).with_options(
        date_order=DateOrder.DAY_FIRST, as_of="01/05/2025"
    )
    again = ColumnMapping.from_json(mapping.to_json())
    assert again.date_order is DateOrder.DAY_FIRST
    assert again.as_of == "01/05/2025"
    reused = guess_mapping(["Nombre", "Apellidos", "Estado"], saved=again)
    assert (reused.date_order, reused.as_of) == (DateOrder.DAY_FIRST, "01/05/2025")
    assert looks_spanish(["Nombre", "Apellidos", "Fecha de nacimiento"])
    assert not looks_spanish(["Last Name", "First Name", "DOB"])
