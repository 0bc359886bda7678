"""Every model of the import, duplicates and export GUI passes Qt's model checks."""

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from casedesk.formats.csv_rows import RawRow
from casedesk.formats.mapping import guess_mapping
from casedesk.services.duplicates import Candidate
from casedesk.services.import_rows import Rejection
from casedesk.services.imports import read_table
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.imports.duplicates_model import CandidateModel, ComparisonModel
from casedesk.ui.imports.models import MappingModel, PreviewModel, RejectionModel

pytestmark = pytest.mark.gui


def test_mapping_and_preview_models(qtmodeltester: ModelTester, spanish_csv: Path) -> None:
    table = read_table(spanish_csv)
    mapping = guess_mapping(table.headers)
    model = MappingModel()
    model.load(table.headers, {"Apellidos": "Pérez"}, mapping)
    qtmodeltester.check(model)
    model.set_mapping(mapping.with_column("Estatus", None))
    qtmodeltester.check(model)
    preview = PreviewModel()
    rows = [(raw, []) for raw in table.rows]
    rows[0] = (table.rows[0], [Rejection(2, "Número A", "bad"), Rejection(2, "(beyond)", "x")])
    preview.load(table.headers, set(mapping.fields.values()), rows)
    qtmodeltester.check(preview)
    assert preview.problem(0, table.headers.index("Número A") + 1) == "bad"
    assert "(beyond): x" in preview.problem(0, len(preview.headers) - 2)  # Problems
    assert preview.headers[-1] == "Import as"


def test_rejection_and_candidate_models(qtmodeltester: ModelTester) -> None:
    rejections = RejectionModel()
    rejections.load([Rejection(4, "Número A", "too short")])
    qtmodeltester.check(rejections)
    pairs = CandidateModel()
    pairs.load(
        [Candidate(1, 2, "A B", "A C", 91.0, "similar names"), Candidate(3, 4, "X", "Y", 80, "r")]
    )
    qtmodeltester.check(pairs)
    pairs.remove_involving(2)
    assert pairs.rowCount() == 1
    qtmodeltester.check(pairs)
    assert RawRow(1, {}).line == 1


def test_comparison_model(qtmodeltester: ModelTester, services: Services) -> None:
    a = services.clients.add(ClientCreate(given="Andry", surname="Hernández")).new_id
    b = services.clients.add(ClientCreate(given="Andry", surname="Hernandez")).new_id
    assert a
    assert b
    model = ComparisonModel()
    model.load(services.clients.get(a), services.clients.get(b))
    qtmodeltester.check(model)
    assert model.is_different(0)
    model.load(None, None)
    assert model.rowCount() == 0
