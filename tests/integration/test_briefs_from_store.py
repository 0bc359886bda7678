"""Briefs produced from a real store: content, redaction end to end, audit, CLI errors."""

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    CustodyCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
    StatusCreate,
)
from casedesk.storage.tables import AuditEntry

DOB_DAY = "17 May 1994"


def _text(path: Path) -> str:
    reader = PdfReader(path)
    parts = [p.extract_text() for p in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    return re.sub(r"\s+", " ", "\n".join(parts))


@pytest.fixture
def case(services: Services) -> dict[str, int]:
    cid = services.clients.add(
        ClientCreate(
            given="Andry José",
            surname="Hernández",
            second_surname="Muñoz",
            a_number="A-123-456-789",
            dob="1994-05-17",
            nationality="VE",
        )
    ).new_id
    assert cid is not None
    services.clients.add_status(
        cid,
        StatusCreate(
            status="pending_asylum", date="2024-01", source="I-589 receipt", confidence="confirmed"
        ),
    )
    services.clients.add_custody(
        cid,
        CustodyCreate(
            kind="removed", date="2025-03-15", place="Flight to El Salvador", source="Press reports"
        ),
    )
    services.clients.add_custody(
        cid,
        CustodyCreate(
            kind="contact",
            date="2025-04-20",
            place="Call with sister",
            source="Family",
            confidence="confirmed",
        ),
    )
    services.clients.add_note(cid, "PRIVATENOTEMARKER client fears return", private=True)
    mid = services.matters.add(
        MatterCreate(
            title="J.G.G. v. Trump",
            kind="class_action",
            court="D.D.C.",
            docket="1:25-cv-00766",
            judge="Chief Judge Boasberg",
        )
    ).new_id
    assert mid is not None
    services.matters.link(cid, mid, "class_member")
    oid = services.orders.add(
        OrderCreate(
            matter_id=mid,
            kind="tro",
            title="TRO barring AEA removals",
            issued="2025-03-15T18:45-04:00",
        )
    ).new_id
    assert oid is not None
    ob = services.orders.add_obligation(
        ObligationCreate(
            order_id=oid,
            text="Return class members in the air",
            due="2025-03-15T19:00-04:00",
            client_ids=(cid,),
        )
    ).new_id
    assert ob is not None
    services.orders.set_compliance(
        ComplianceSet(
            obligation_id=ob,
            client_id=cid,
            status="not_complied",
            evidence="Flight landed in El Salvador",
        )
    )
    return {"client": cid, "matter": mid, "order": oid}


def test_client_brief_full_shows_everything_with_sources(
    services: Services, case: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "client.pdf"
    pages = services.briefs.render("client", case["client"], "full", out)
    text = _text(out)
    assert pages >= 1
    assert f"Page 1 of {pages}" in text
    for expected in (
        "Hernández Muñoz",
        "A-123-456-789",
        DOB_DAY,
        "Asylum pending",
        "I-589 receipt",
        "Flight to El Salvador",
        "Press reports",
        "J.G.G. v. Trump",
        "1:25-cv-00766",
        "Return class members in the air",
        "PRIVATENOTEMARKER",
        "PRIVILEGED",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("profile", "withheld", "shown"),
    [
        (
            "court",
            ["A-123-456-789", DOB_DAY, "PRIVATENOTEMARKER"],
            ["A-XXX-XXX-789", "1994", "Hernández"],
        ),
        (
            "public",
            ["A-123-456-789", "A-XXX-XXX-789", "Hernández", "Andry", DOB_DAY, "PRIVATENOTEMARKER"],
            ["A. J. H. M."],
        ),
    ],
)
def test_redaction_profiles_from_the_store(
    services: Services,
    case: dict[str, int],
    tmp_path: Path,
    profile: str,
    withheld: list[str],
    shown: list[str],
) -> None:
    for document in ("client", "matter", "order"):
        out = tmp_path / f"{document}-{profile}.pdf"
        services.briefs.render(document, case[document], profile, out)
        text = _text(out)
        for value in withheld:
            assert value not in text, (document, value)
        if document == "client":
            for value in shown:
                assert value in text, (document, value)


def test_roster_compliance_and_docket(
    services: Services, case: dict[str, int], tmp_path: Path
) -> None:
    services.briefs.render("matter", case["matter"], "full", tmp_path / "roster.pdf")
    roster = _text(tmp_path / "roster.pdf")
    assert "Hernández Muñoz" in roster
    assert "Not complied" in roster
    services.briefs.render("order", case["order"], "full", tmp_path / "order.pdf")
    report = _text(tmp_path / "order.pdf")
    assert "Flight landed in El Salvador" in report
    services.briefs.render(
        "deadlines",
        None,
        "full",
        tmp_path / "docket.pdf",
        start=date(2025, 3, 1),
        end=date(2025, 3, 31),
    )
    docket = _text(tmp_path / "docket.pdf")
    assert "Return class members in the air" in docket


def test_each_brief_is_audited_and_bad_requests_write_nothing(
    services: Services, case: dict[str, int], tmp_path: Path
) -> None:
    services.briefs.render("client", case["client"], "court", tmp_path / "c.pdf")
    with services.ctx.store.read() as session:
        last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None
    assert last.action == "brief"
    assert '"profile":"court"' in last.after
    with pytest.raises(ValidationError, match="profile"):
        services.briefs.render("client", case["client"], "secret", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        services.briefs.render("matter", 999, "full", tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="pdf"):
        services.briefs.render("client", case["client"], "full", tmp_path / "x.txt")
    assert not (tmp_path / "x.pdf").exists()
    assert not list(tmp_path.glob("*.part"))
