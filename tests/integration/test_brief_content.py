"""What the briefs print beyond redaction: Spanish name order, the judge of each matter,
and an unknown status date shown as such."""

import re
import subprocess
from pathlib import Path

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate, ObligationCreate, OrderCreate


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def test_compliance_names_in_spanish_order_and_client_brief_shows_the_judge(
    services: Services, tmp_path: Path
) -> None:
    ids = [
        services.clients.add(ClientCreate(given="Luis", surname="Aguilar", second_surname=s)).new_id
        for s in ("Zúñiga", "Álvarez", "Ñáñez")
    ]
    mid = services.matters.add(
        MatterCreate(
            title="D.V.D. v. DHS",
            kind="class_action",
            court="D. Mass.",
            docket="1:25-cv-10676",
            judge="Judge Murphy",
        )
    ).new_id
    assert mid is not None
    for cid in ids:
        assert cid is not None
        services.matters.link(cid, mid, "class_member")
    oid = services.orders.add(
        OrderCreate(matter_id=mid, kind="tro", title="TRO", issued="2025-03-28T12:00-04:00")
    ).new_id
    assert oid is not None
    services.orders.add_obligation(
        ObligationCreate(
            order_id=oid,
            text="Give notice",
            due="2025-04-01T12:00-04:00",
            client_ids=tuple(c for c in ids if c is not None),
        )
    )
    out = tmp_path / "order.pdf"
    services.briefs.render("order", oid, "full", out)
    text = _text(out)
    # Spanish order: accents ignored, "ñ" a letter of its own between "n" and "o".
    positions = [text.index(f"Aguilar {s}") for s in ("Álvarez", "Ñáñez", "Zúñiga")]
    assert positions == sorted(positions), text
    brief = tmp_path / "client.pdf"
    services.briefs.render("client", ids[0], "full", brief)
    assert "Judge Murphy" in _text(brief)
