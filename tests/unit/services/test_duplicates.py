"""Duplicate detection (the matching rules one by one), merging, and refusals."""

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services.duplicate_match import NameIndex, simplify
from casedesk.services.duplicates import build_index, describe, looks_like
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
)
from tests.conftest import snapshot

CHILD_TABLES = (
    "alias",
    "status_entry",
    "custody_event",
    "note",
    "contact",
    "document",
    "deadline",
    "compliance_record",
    "obligation_client",
    "matter_party",
)


def add(svc: Services, given: str, surname: str, second: str = "", **kw: str) -> int:
    changes = svc.clients.add(
        ClientCreate(given=given, surname=surname, second_surname=second, **kw)
    )
    assert changes.new_id is not None
    return changes.new_id


def paired(svc: Services, a: int, b: int) -> bool:
    return any({c.keep_id, c.other_id} == {a, b} for c in svc.duplicates.candidates())


# ---------------------------------------------------------------------------- the rules
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("José", "Pérez", ""), ("JOSE", "perez", "")),  # accents and case
        (("Ana", "de la Cruz", ""), ("Ana", "Cruz", "")),  # particles
        (("Ana", "de la Cruz", ""), ("Ana", "Delacruz", "")),  # particle glued on
        (("Andry", "Hernández-Romero", ""), ("Andry", "Hernández", "Romero")),  # hyphen
        (("Andry", "Hernández", "Romero"), ("Andry", "Romero", "Hernández")),  # order
        (("Andry José", "Hernández", "Romero"), ("Andry", "Hernández", "")),  # missing parts
        (("Yeferson", "Vásquez", ""), ("Jefferson", "Vazquez", "")),  # Spanish spellings
        (("Yohandry", "Zúñiga", ""), ("Johandry", "Zuniga", "")),
        (("Brayan", "Muñoz", ""), ("Bryan", "Munoz", "")),  # a close spelling (ratio)
        (("Jhonny", "Peña", ""), ("Johnny", "Pena", "")),
        (("J.", "Ruiz", "Parra"), ("Julián", "Ruiz", "Parra")),  # an initial
    ],
)
def test_names_that_match(
    services: Services, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    a, b = add(services, *first), add(services, *second)
    assert paired(services, a, b)
    assert b in looks_like_ids(services, *first)


def looks_like_ids(svc: Services, given: str, surname: str, second: str) -> list[int]:
    with svc.ctx.store.read() as session:
        found = looks_like(session, given, surname, second)
        assert found == build_index(session).matches(given, surname, second)
        return found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("José", "Pérez", "García"), ("José", "Pérez", "López")),  # another second surname
        (("José", "Pérez", ""), ("Luis", "Pérez", "")),  # another given name
        (("José Luis", "Pérez", ""), ("José Carlos", "Pérez", "")),  # given sets disagree
        (("Luis José", "Pérez", ""), ("José", "Pérez", "")),  # first given names differ
        (("José", "Pérez", ""), ("José", "Gómez", "")),
    ],
)
def test_names_that_do_not_match(
    services: Services, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    a, b = add(services, *first), add(services, *second)
    assert not paired(services, a, b)


def test_alias_matches_another_client(services: Services) -> None:
    a = add(services, "Wílmer", "Urdaneta")
    b = add(services, "Nestor", "Colmenares")
    assert not paired(services, a, b)
    services.clients.add_alias(a, "Néstor", "Colmenares", "Parra", source="press list")
    assert paired(services, a, b)
    assert "alias" in next(c for c in services.duplicates.candidates()).reason


@pytest.mark.parametrize(
    ("dob_a", "dob_b", "match"),
    [
        ("1990-05-17", "1990", True),
        ("1990-05-17", "1990-05", True),
        ("1990-05-17", None, True),
        ("~1990", "1992-01-01", True),
        ("1990-05-17", "1990-05-18", False),
        ("1990-05", "1990-06", False),
        ("1990", "1991", False),
        ("~1990", "1993", False),
    ],
)
def test_dates_of_birth(services: Services, dob_a: str, dob_b: str | None, match: bool) -> None:
    a = add(services, "Carlos", "Medina", dob=dob_a)
    b = add(services, "Carlos", "Medina", **({"dob": dob_b} if dob_b else {}))
    assert paired(services, a, b) is match


def test_different_a_numbers_are_never_candidates(services: Services) -> None:
    a = add(services, "Carlos", "Medina", a_number="A123-456-789")
    b = add(services, "Carlos", "Medina", a_number="A987-654-321")
    c = add(services, "Carlos", "Medina")
    assert not paired(services, a, b)
    assert paired(services, a, c)
    assert paired(services, b, c)


def test_distinct_pair_and_archived_are_not_suggested(services: Services) -> None:
    a, b = add(services, "Carlos", "Medina"), add(services, "Carlos", "Medina")
    services.duplicates.mark_distinct(b, a)
    entries = audit_count(services)
    assert services.duplicates.mark_distinct(a, b).clients == frozenset()  # idempotent
    assert audit_count(services) == entries
    assert not paired(services, a, b)
    c, d = add(services, "Rubén", "Ortiz"), add(services, "Ruben", "Ortiz")
    services.clients.set_archived(d, True)
    assert not paired(services, c, d)
    assert any(
        {x.keep_id, x.other_id} == {c, d}
        for x in services.duplicates.candidates(include_archived=True)
    )
    with pytest.raises(NotFoundError):
        services.duplicates.mark_distinct(a, 999)


def test_best_first_and_describe(services: Services) -> None:
    a = add(services, "Carlos", "Medina", "Parra", a_number="123456789", dob="1990-02-03")
    b = add(services, "Carlos", "Medina", "Parra", dob="1990-02-03")
    c = add(services, "Carlos", "Medina", dob="1990")
    found = services.duplicates.candidates()
    assert (found[0].keep_id, found[0].other_id, found[0].score) == (a, b, 100.0)
    assert {(x.keep_id, x.other_id) for x in found} == {(a, b), (a, c), (b, c)}
    assert json.loads(json.dumps(describe(found[0])))["keep_name"] == "Medina Parra, Carlos"
    assert services.duplicates.candidates(limit=1) == found[:1]


def test_simplify_spellings() -> None:
    assert simplify("yeferson") == simplify("jefferson")
    assert simplify("vasquez") == simplify("vazquez") == simplify("basques")
    assert simplify("yohandry") == simplify("johandry")
    assert simplify("cesar") == simplify("sesar") != simplify("carlos")


def test_index_grows_during_an_import() -> None:
    index = NameIndex()
    index.add(7, "María", "Núñez", "León", "1985")
    assert index.matches("Maria", "Nunez", "", "1985-04-02") == [7]
    assert index.matches("Maria", "Nunez", "", "1986") == []
    index.add(8, "Maria", "Nunez", "")
    assert index.matches("María", "Núñez", "León", None) == [7, 8]


def test_demo_duplicates_are_found(services: Services) -> None:
    services.demo.generate(clients=3000, seed=1)
    found = services.duplicates.candidates()
    pairs = {(min(c.keep_id, c.other_id), max(c.keep_id, c.other_id)) for c in found}
    with services.ctx.store.read() as session:
        planted = [
            r[0]
            for r in session.execute(text("SELECT id FROM client WHERE tags = 'check-duplicate'"))
        ]
    assert planted
    hits = [d for d in planted if (d - 1, d) in pairs]
    assert len(hits) >= 0.9 * len(planted)
    assert len(found) < 100, f"{len(found)} candidates over 3,000 demo clients"


# ---------------------------------------------------------------------------- merging
def audit_count(svc: Services) -> int:
    with svc.ctx.store.read() as session:
        return int(session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one())


def counts(svc: Services, *ids: int) -> dict[str, int]:
    marks = ",".join(map(str, ids))
    with svc.ctx.store.read() as session:
        return {
            t: int(
                session.execute(
                    text(f"SELECT count(*) FROM {t} WHERE client_id IN ({marks})")
                ).scalar_one()
            )
            for t in CHILD_TABLES
        }


def rich_pair(svc: Services) -> tuple[int, int, int]:
    """Two records of one person with history on both, sharing one matter link."""
    keep = add(svc, "Andry José", "Hernández", "Romero", a_number="A123-456-789", nationality="VE")
    other = add(svc, "Andry", "Hernandez", dob="1994", languages="Spanish, English", tags="press")
    matter = svc.matters.add(
        MatterCreate(
            title="J.G.G. v. Trump", kind="class_action", court="D.D.C.", docket="1:25-cv-00766"
        )
    ).new_id
    second = svc.matters.add(
        MatterCreate(title="A.H.R. v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-00951")
    ).new_id
    assert matter is not None
    assert second is not None
    order = svc.orders.add(
        OrderCreate(matter_id=matter, kind="tro", title="TRO", issued="2025-03-15T18:45-04:00")
    ).new_id
    assert order is not None
    for cid in (keep, other):
        svc.matters.link(cid, matter, "class_member")
        svc.clients.add_note(cid, f"note about {cid}")
        svc.clients.add_contact(cid, "Carmen Romero", relationship="mother")
        svc.deadlines.add("Declaration", "2025-06-01", client_id=cid)
        svc.documents.attach_bytes(cid, f"decl-{cid}.txt", b"declaration")
    svc.matters.link(other, second, "petitioner")
    svc.clients.add_alias(other, "Andri", "Hernandes", source="manifest")
    ob = svc.orders.add_obligation(
        ObligationCreate(
            order_id=order, text="Return", due="2025-04-07T23:59-04:00", client_ids=(keep, other)
        )
    ).new_id
    assert ob is not None
    svc.orders.set_compliance(
        ComplianceSet(obligation_id=ob, client_id=other, status="not_complied")
    )
    return keep, other, matter


def test_merge_keeps_every_child_row(services: Services) -> None:
    keep, other, _matter = rich_pair(services)
    third = add(services, "Luis", "Ruiz")
    services.duplicates.mark_distinct(other, third)
    before = counts(services, keep, other)
    changes = services.duplicates.merge(keep, other)
    assert changes.clients == {keep, other}
    after = counts(services, keep)
    assert counts(services, other) == dict.fromkeys(CHILD_TABLES, 0)
    for table in CHILD_TABLES:
        expected = before[table] - (1 if table in ("matter_party", "obligation_client") else 0)
        expected += 1 if table == "alias" else 0  # the dropped spelling
        assert after[table] == expected, table
    with services.ctx.store.read() as session:
        row = session.execute(
            text(
                "SELECT a_number, dob, nationality, languages, tags, version FROM client WHERE id = :k"
            ),
            {"k": keep},
        ).one()
        assert tuple(row) == ("123456789", "1994", "VE", "Spanish, English", "press", 2)
        assert (
            session.execute(
                text("SELECT count(*) FROM client WHERE id = :o"), {"o": other}
            ).scalar_one()
            == 0
        )
        aliases = session.execute(
            text("SELECT given, surname, source FROM alias WHERE client_id = :k ORDER BY id"),
            {"k": keep},
        ).all()
        assert ("Andry", "Hernandez", f"merged from client {other}") in [tuple(a) for a in aliases]
        assert session.execute(text("SELECT low_id, high_id FROM distinct_pair")).all() == [
            (keep, third)
        ]
        entry = session.execute(
            text("SELECT action, before, after FROM audit_entry ORDER BY id DESC LIMIT 1")
        ).one()
    assert entry[0] == AuditAction.MERGE.value
    before_json, after_json = json.loads(entry[1]), json.loads(entry[2])
    assert before_json["other"]["id"] == other
    assert before_json["keep"]["a_number"] == "123456789"
    assert after_json["merged"] == other
    assert after_json["dob"] == "1994"
    assert keep in [h.id for h in services.search.clients("Hernandes Andri")]
    assert keep in [h.id for h in services.search.clients("Andry Hernandez")]
    assert other not in [h.id for h in services.search.clients("Andry")]
    assert services.maintenance.check().problems == []


def test_merge_identical_name_adds_no_alias(services: Services) -> None:
    a, b = add(services, "Ana", "Ruiz"), add(services, "Ana", "Ruiz", dob="1990")
    services.duplicates.merge(a, b)
    assert counts(services, a)["alias"] == 0


@pytest.mark.parametrize("case", ["self", "numbers", "missing_keep", "missing_other"])
def test_refused_merges_change_nothing(services: Services, store_path: Path, case: str) -> None:
    keep, other, _matter = rich_pair(services)
    different = add(services, "Andry", "Hernández", a_number="A987-654-321")
    before = snapshot(services)
    args = {
        "self": (keep, keep),
        "numbers": (keep, different),
        "missing_keep": (999, other),
        "missing_other": (keep, 999),
    }[case]
    error = ValidationError if case in ("self", "numbers") else NotFoundError
    with pytest.raises(error) as raised:
        services.duplicates.merge(*args)
    if case == "numbers":
        assert isinstance(raised.value, ValidationError)
        assert raised.value.field == "a_number"
    assert snapshot(services) == before
