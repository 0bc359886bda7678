"""The Spanish catalogue: complete, compiled from the current .ts, covering every label."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from casedesk.domain import enums
from casedesk.ui.labels import SOURCE_TEXTS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "casedesk_es.ts"
QM = TS.with_suffix(".qm")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_every_enum_label_is_offered_for_translation() -> None:
    labelled = [
        enums.LegalStatus,
        enums.CustodyKind,
        enums.MatterKind,
        enums.PartyRole,
        enums.OrderKind,
        enums.OrderStatus,
        enums.Compliance,
        enums.Confidence,
        enums.ContactKind,
    ]
    wanted = {m.label for cls in labelled for m in cls}
    assert wanted <= set(SOURCE_TEXTS)


def test_spanish_catalogue_is_complete_and_keeps_placeholders() -> None:
    root = ET.parse(TS).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 500
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", source
        texts = [t.text or "" for t in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            assert text.strip(), source
            for marker in ("%1", "%2"):
                assert (marker in source) == (marker in text), (source, text)


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is installed with PySide6")
def test_compiled_catalogue_matches_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "es.qm"
    subprocess.run([str(LRELEASE), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations` and commit the .qm"
