"""Briefs of any size: flat memory, correct page numbers, cancel leaves no file.

The roster here is streamed (``StreamedRows``), as the services layer passes it, so the
test sees the same path as a 60,000-person class printed from the store.
"""

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.briefs import RosterData, RosterMember, render_matter_roster
from casedesk.briefs.progress import BriefCancelledError
from casedesk.briefs.rows import StreamedRows
from tests.unit.briefs import samples

#: How much more peak resident memory 20,000 rows may take than 1,000 rows laid out the
#: same way in the same run. The interpreter, ReportLab and the fonts are in both peaks,
#: so the difference is what grows with the roster; holding the rows, their cells or the
#: pages' drawing operations took over a gigabyte (about 50 KB a row).
GROWTH_ALLOWANCE_MB = 40


def _streamed_roster(count: int) -> RosterData:
    base = samples.roster(2)
    template = base.members[1]

    def produce() -> object:
        for i in range(count):
            person = replace(template.person, full_name=samples.roster_name(i))
            yield replace(template, person=person)

    members: StreamedRows[RosterMember] = StreamedRows(count, produce)  # type: ignore[arg-type]
    return replace(base, members=members)


_CHILD = """
import sys
from casedesk.briefs import render_matter_roster
from tests.unit.briefs import samples
from tests.unit.briefs.test_streaming import _streamed_roster
seen = []
count = int(sys.argv[2])
with open(sys.argv[1], "wb") as fh:
    pages = render_matter_roster(
        _streamed_roster(count), samples.options(), fh,
        progress=lambda done, total: seen.append((done, total)),
    )
assert len(seen) == pages and seen[-1] == (count, count), seen[-3:]
assert [d for d, _ in seen] == sorted(d for d, _ in seen)
# VmHWM, not ru_maxrss: the latter survives exec and would report the parent's peak.
peak_kb = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(pages, peak_kb // 1024)
"""


def _render_in_fresh_process(out: Path, count: int) -> tuple[int, int]:
    """Pages and peak resident MB of a fresh process (so nothing earlier in the test run
    counts) printing ``count`` people to ``out``."""
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(out), str(count)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pages, peak_mb = (int(v) for v in done.stdout.split())
    return pages, peak_mb


def test_a_roster_of_20000_people_renders_in_bounded_memory(tmp_path: Path) -> None:
    """Memory does not grow with the roster: 20,000 people peak within a small allowance
    of 1,000 people printed the same way, whatever the machine's baseline."""
    small_pages, small_peak = _render_in_fresh_process(tmp_path / "small.pdf", 1_000)
    out = tmp_path / "roster.pdf"
    pages, peak_mb = _render_in_fresh_process(out, 20_000)
    assert pages > 10 * small_pages  # the big roster really is many times the small one
    assert peak_mb < small_peak + GROWTH_ALLOWANCE_MB, (
        f"peak {peak_mb} MB for 20,000 people vs {small_peak} MB for 1,000"
    )
    reader = PdfReader(out)
    assert len(reader.pages) == pages > 500
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert "20,000 people" in first
    assert f"Page 1 of {pages}" in first
    assert f"Page {pages} of {pages}" in last
    assert samples.roster_name(19_999) in last  # the last row is on the last page


def test_streamed_rows_print_the_same_as_a_tuple() -> None:
    streamed = _streamed_roster(300)
    plain = replace(streamed, members=tuple(streamed.members))

    def text(data: RosterData) -> list[str]:
        buffer = io.BytesIO()
        render_matter_roster(data, samples.options(), buffer)
        return [p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]

    assert text(streamed) == text(plain)


def test_a_cancelled_brief_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"

    def cancel_on_page_3(_done: int, _total: int) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise BriefCancelledError

    calls: list[int] = []
    from casedesk.briefs.roster import _members  # noqa: PLC0415
    from casedesk.briefs.templates import build  # noqa: PLC0415

    data = _streamed_roster(2_000)
    with pytest.raises(BriefCancelledError):
        build(
            [_members(data, samples.options().profile, 468.0)],
            samples.options(),
            title="Roster",
            subject="Roster",
            out=out,
            units=2_000,
            progress=cancel_on_page_3,
        )
    assert len(calls) == 3
    assert list(tmp_path.iterdir()) == []
