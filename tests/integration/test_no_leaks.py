"""Every brief and every export, per profile, checked for leaks with third-party readers.

A marker of each kind (A-Number, phone number, e-mail address, full date of birth,
street address) is typed into every free-text field of every record kind: a client's
description and tags, an alias's source, a status's source and note, a whereabouts'
place, source and note, notes, a contact, an order's history, compliance evidence, a
deadline's title and note, and (as the public record) a matter's and an order's text.
Each PDF is read by poppler (``pdftotext``, ``pdfinfo``) and its raw objects by qpdf
(uncompressed, so metadata and every string object are searchable; both are Debian
packages, poppler-utils and qpdf, which .ci/run installs); CSV and XLSX are
read by the csv module and openpyxl, ICS as text.

* ``full`` shows everything (the privileged file).
* ``court`` shows no marker but the address: identifiers are masked in free text as in
  the structured fields.
* ``public`` shows no marker at all, and no typed free text but the public record.
"""

import csv
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

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

A_NUMBER = "A-555-123-987"
PHONE = "+58 412 555 0199"
EMAIL = "marker.leak@example.org"
DOB = "3 May 1994"
ADDRESS = "Calle Falsa 742"
MARKED = f"{A_NUMBER}, {PHONE}, {EMAIL}, born {DOB}, {ADDRESS}"

# What must never appear, per kind, in whatever form a reader extracts.
LEAKS = {
    "a_number": re.compile(r"555[\s.-]?123[\s.-]?987|555[\s.-]?123"),
    "phone": re.compile(r"412[\s.-]?555|5550199"),
    "email": re.compile(r"marker\.leak|example\.org"),
    "dob": re.compile(r"3 May 1994|1994-05-03|May 3,? 1994|03/05/1994"),
    "address": re.compile(r"Calle Falsa"),
}
TYPED_ONLY = "ZZTYPED"  # a word only typed free text holds (never the public record)


@pytest.fixture
def case(services: Services) -> dict[str, int]:
    return build_case(services)


def build_case(services: Services) -> dict[str, int]:
    """A client, an unidentified person, a matter, an order and a deadline, with a
    marker of each kind in every free-text field; returns their ids."""
    services.settings.set("organisation", "Clínica Jurídica (fictional)")
    cid = services.clients.add(
        ClientCreate(
            given="Ana",
            surname="Pérez-Soto",
            a_number="A-204-118-733",
            dob="1994-05-03",
            nationality="VE",
            tags=f"{TYPED_ONLY} {MARKED}"[:60].replace(",", " "),
        )
    ).new_id
    unknown = services.clients.add(
        ClientCreate(description=f"{TYPED_ONLY} man on second flight {MARKED}")
    ).new_id
    assert cid is not None
    assert unknown is not None
    services.clients.add_alias(cid, "Ana", "Peres Soto", source=f"{TYPED_ONLY} {MARKED}")
    services.clients.add_status(
        cid,
        StatusCreate(
            status="pending_asylum",
            date="2024-01",
            source=f"{TYPED_ONLY} src {MARKED}",
            note=f"{TYPED_ONLY} note {MARKED}",
        ),
    )
    services.clients.add_custody(
        cid,
        CustodyCreate(
            kind="detained",
            date="2025-03-15",
            place=f"{TYPED_ONLY} {ADDRESS} {PHONE}",
            country="SV",
            source=f"{TYPED_ONLY} Mother María, {MARKED}",
            note=f"{TYPED_ONLY} {MARKED}",
        ),
    )
    services.clients.add_custody(
        cid, CustodyCreate(kind="contact", date="2025-04-20", source=f"{TYPED_ONLY} {MARKED}")
    )
    services.clients.add_note(cid, f"{TYPED_ONLY} shared {MARKED}", private=False)
    services.clients.add_note(cid, f"{TYPED_ONLY} private {MARKED}", private=True)
    services.clients.add_contact(
        cid, "María Soto", phone=PHONE, email=EMAIL, address=ADDRESS, note=MARKED
    )
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
    services.matters.link(unknown, mid, "class_member")
    oid = services.orders.add(
        OrderCreate(
            matter_id=mid,
            kind="tro",
            title="TRO barring removals",
            issued="2025-03-15T18:45-04:00",
            summary=f"Public record citing {A_NUMBER} and {PHONE}",
        )
    ).new_id
    assert oid is not None
    services.orders.set_status(
        oid, "stayed", "2025-04-01", source=f"{TYPED_ONLY} {MARKED}", note=f"{TYPED_ONLY} {MARKED}"
    )
    ob = services.orders.add_obligation(
        ObligationCreate(
            order_id=oid,
            text=f"Return class members; contact {EMAIL}",
            due="2025-03-15T19:00-04:00",
            client_ids=(cid, unknown),
        )
    ).new_id
    assert ob is not None
    services.orders.set_compliance(
        ComplianceSet(
            obligation_id=ob,
            client_id=cid,
            status="not_complied",
            evidence=f"{TYPED_ONLY} {MARKED}",
        )
    )
    services.deadlines.add(
        f"{TYPED_ONLY} call {MARKED}",
        "2025-03-20T12:00-04:00",
        client_id=cid,
        matter_id=mid,
        note=f"{TYPED_ONLY} {MARKED}",
    )
    return {"client": cid, "unknown": unknown, "matter": mid, "order": oid}


def _pdf_readings(path: Path) -> str:
    """What poppler extracts and what qpdf shows of the raw, uncompressed objects."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    raw = path.with_suffix(".qdf")
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), str(raw)],
        capture_output=True,
        check=True,
    )
    objects = raw.read_bytes().decode("latin-1")
    return "\n".join((re.sub(r"\s+", " ", text), info, objects))


def _check(reading: str, profile: str, where: str) -> None:
    flat = re.sub(r"\s+", " ", reading)
    found = {kind for kind, pattern in LEAKS.items() if pattern.search(flat)}
    if profile == "full":
        return
    allowed = {"address"} if profile == "court" else set()
    assert found <= allowed, f"{where} ({profile}) leaks {sorted(found - allowed)}"
    if profile == "public":
        assert TYPED_ONLY not in flat, f"{where} (public) prints typed free text"


@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_every_brief_leaks_nothing_its_profile_withholds(
    services: Services, case: dict[str, int], tmp_path: Path, profile: str
) -> None:
    jobs = [
        ("client", case["client"]),
        ("client", case["unknown"]),
        ("matter", case["matter"]),
        ("order", case["order"]),
        ("deadlines", None),
    ]
    from datetime import date  # noqa: PLC0415

    for document, key in jobs:
        out = tmp_path / f"{document}-{key}-{profile}.pdf"
        services.briefs.render(
            document, key, profile, out, start=date(2025, 3, 1), end=date(2025, 4, 30)
        )
        reading = _pdf_readings(out)
        _check(reading, profile, f"{document} brief {key}")
        info = subprocess.run(
            ["pdfinfo", str(out)], capture_output=True, text=True, check=True
        ).stdout
        author = re.search(r"^Author:[ \t]*(.*)$", info, re.MULTILINE)
        shown_author = author.group(1).strip() if author else ""
        # The organisation, or nobody for the public version; never a login name.
        assert shown_author == ("" if profile == "public" else "Clínica Jurídica (fictional)")
        if profile == "full":
            # The privileged file does show what was typed (the markers are real data).
            assert "555-123-987" in reading
            assert TYPED_ONLY in reading
        if profile != "full" and document == "client" and key == case["client"]:
            assert "A-XXX-XXX-733" in reading or profile == "public"
        if profile == "public" and document == "client" and key == case["unknown"]:
            assert f"Unidentified person #{case['unknown']}" in reading
        if profile == "public" and document == "matter":
            assert "A. P. S." in reading
            assert f"Unidentified person #{case['unknown']}" in reading


@pytest.mark.parametrize("profile", ["full", "court", "public"])
def test_every_export_leaks_nothing_its_profile_withholds(
    services: Services, case: dict[str, int], tmp_path: Path, profile: str
) -> None:
    csv_out = tmp_path / f"clients-{profile}.csv"
    xlsx_out = tmp_path / f"clients-{profile}.xlsx"
    ics_out = tmp_path / f"deadlines-{profile}.ics"
    services.exports.clients_table(csv_out, fmt="csv", profile=profile)
    services.exports.clients_table(xlsx_out, fmt="xlsx", profile=profile)
    services.exports.calendar_ics(ics_out, profile=profile)
    with csv_out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    _check(" ".join(" ".join(r.values()) for r in rows), profile, "CSV")
    workbook = load_workbook(xlsx_out, read_only=True)
    try:
        cells = [str(c) for row in workbook.active.iter_rows(values_only=True) for c in row if c]
    finally:
        workbook.close()
    _check(" ".join(cells), profile, "XLSX")
    _check(ics_out.read_text(encoding="utf-8").replace("\r\n ", ""), profile, "ICS")
    if profile == "public":
        # One initials rule: the public CSV says what the public PDF says.
        names = {r["name"] for r in rows}
        assert "A. P. S." in names
        assert f"Unidentified person #{case['unknown']}" in names
