"""An import seals the rows it adds batch by batch (each row digested once): a client or
a history row of any batch, edited in the file afterwards, is named by ``check``; the
untouched store passes."""

from pathlib import Path

import pytest

from casedesk.services import imports
from tests.unit.services.test_audit_tamper import _open, _problems, _tamper


@pytest.fixture(autouse=True)
def _own_key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_AUDIT_KEYS", str(tmp_path / "keys"))


def test_rows_of_every_batch_are_sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "BATCH", 3)  # seven rows: three batches
    sheet = tmp_path / "lista.csv"
    rows = [f"Nombre{chr(65 + i)};Apellido{chr(65 + i)};Detenido;2025-03-1{i}" for i in range(7)]
    sheet.write_text("Nombre;Apellidos;Paradero;Fecha del paradero\n" + "\n".join(rows) + "\n")
    path = tmp_path / "s.sqlite"
    svc = _open(path, "plain")
    try:
        assert svc.imports.run(sheet).imported == 7
    finally:
        svc.close()
    assert _problems(path, "plain") == []
    _tamper(
        path,
        "plain",
        "UPDATE client SET surname = 'Otro' WHERE id = 2",  # first batch
        "UPDATE custody_event SET place = 'Krome' WHERE id = 5",  # second batch
        "UPDATE client SET given = 'Otra' WHERE id = 7",  # last batch
    )
    found = " | ".join(_problems(path, "plain"))
    for named in (
        "client 2 was changed",
        "client 7 was changed",
        "whereabouts event 5 was changed",
    ):
        assert named in found, found
