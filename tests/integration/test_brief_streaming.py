"""A roster printed from the store streams its people in chunks, and can be cancelled."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, func, select

from casedesk.briefs.progress import BriefCancelledError
from casedesk.services import brief_data
from casedesk.services.registry import Services
from casedesk.storage.tables import AuditEntry, Matter, MatterParty


def _biggest_matter(services: Services) -> tuple[int, int]:
    with services.ctx.store.read() as session:
        mid, count = session.exec(
            select(MatterParty.matter_id, func.count())
            .group_by(col(MatterParty.matter_id))
            .order_by(func.count().desc())
        ).first() or (0, 0)
    return int(mid), int(count)


@pytest.fixture
def crowded(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    services.demo.generate(clients=600, seed=3)
    # Small chunks, so the roster below crosses many chunk boundaries.
    monkeypatch.setattr(brief_data, "ROSTER_CHUNK", 37)
    return services


def test_a_streamed_roster_holds_every_member_once_in_order(crowded: Services) -> None:
    mid, count = _biggest_matter(crowded)
    assert count > 100
    with crowded.ctx.store.read() as session:
        matter = session.get(Matter, mid)
        assert matter is not None
        data = brief_data.roster(session, crowded.ctx, matter)
    people = [m.person.full_name for m in data.members]
    assert len(data.members) == len(people) == count
    # Iterating again reads the store again and gives the same roster.
    assert [m.person.full_name for m in data.members] == people


def test_cancelling_a_roster_leaves_no_file_and_no_audit_entry(
    crowded: Services, tmp_path: Path
) -> None:
    mid, _count = _biggest_matter(crowded)
    folder = tmp_path / "briefs"
    folder.mkdir()
    out = folder / "roster.pdf"
    with crowded.ctx.store.read() as session:
        audits = session.exec(select(func.count()).select_from(AuditEntry)).one()
    pages_seen: list[int] = []

    def stop_after_two_pages(done: int, total: int) -> None:
        pages_seen.append(done)
        if len(pages_seen) == 2:
            raise BriefCancelledError

    with pytest.raises(BriefCancelledError):
        crowded.briefs.render("matter", mid, "court", out, progress=stop_after_two_pages)
    assert list(folder.iterdir()) == []
    with crowded.ctx.store.read() as session:
        assert session.exec(select(func.count()).select_from(AuditEntry)).one() == audits

    # The same brief, not cancelled, is complete.
    pages = crowded.briefs.render("matter", mid, "court", out)
    assert len(PdfReader(out).pages) == pages > 2
