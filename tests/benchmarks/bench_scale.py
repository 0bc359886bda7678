"""Any size: briefs in bounded memory and a lean command line, each beside a floor.

Every figure comes from a fresh process (so one measurement's memory never counts in
another's) and stands beside a floor measured in the same run:

- roster briefs of 10,000 and 100,000 people (streamed, as the store passes them):
  time and peak memory, beside a bare ReportLab canvas writing the same number of pages
  with as many ``drawString`` calls on each;
- the largest matter's roster printed from the demo store by ``casedesk brief``;
- ``casedesk search`` as a whole process, beside ``python -c "import sqlmodel"`` plus the
  same FTS5 query through the stdlib ``sqlite3``;
- ``casedesk --help``, beside a bare ``python -c "import argparse"``.

Run alone:  .venv/bin/python -m tests.benchmarks bench_scale
"""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import Result, bench_clients, cached_store

ROOT = Path(__file__).resolve().parents[2]
PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""
ROSTER = (
    PEAK
    + """
import json, sys, time
from dataclasses import replace
from casedesk.briefs import render_matter_roster
from casedesk.briefs.rows import StreamedRows
from tests.unit.briefs import samples
count, out = int(sys.argv[1]), sys.argv[2]
base = samples.roster(2)
member = base.members[1]
def produce():
    for i in range(count):
        yield replace(member, person=replace(member.person, full_name=samples.roster_name(i)))
data = replace(base, members=StreamedRows(count, produce))
start = time.perf_counter()
pages = render_matter_roster(data, samples.options(), __import__("pathlib").Path(out))
print(json.dumps({"s": time.perf_counter() - start, "pages": pages, "peak": peak_mb()}))
"""
)
CANVAS = (
    PEAK
    + """
import io, json, sys, time
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas
from casedesk.briefs import fonts
pages, per_page, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
fonts.register_fonts()
start = time.perf_counter()
canvas = Canvas(out, pagesize=LETTER, initialFontName=fonts.REGULAR)
for page in range(pages):
    canvas.setFont(fonts.REGULAR, 8)
    for i in range(per_page):
        canvas.drawString(72 + (i % 8) * 58, 720 - (i // 8) * 20, f"Cell {page}.{i}")
    canvas.showPage()
canvas.save()
print(json.dumps({"s": time.perf_counter() - start, "pages": pages, "peak": peak_mb()}))
"""
)
CLI_BRIEF = (
    PEAK
    + """
import json, sys, time
start = time.perf_counter()
from casedesk.cli import main
code = main(sys.argv[1:])
assert code == 0, code
print(json.dumps({"s": time.perf_counter() - start, "peak": peak_mb()}))
"""
)
SEARCH_FLOOR = """
import sqlite3, sys
import sqlmodel
from casedesk.storage.search import match_expression
conn = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in conn.execute(
    "SELECT rowid FROM client_fts WHERE client_fts MATCH ? "
    "ORDER BY bm25(client_fts, 10.0, 5.0, 1.0) LIMIT 50", (match_expression(sys.argv[2]),))]
rows = conn.execute(f"SELECT * FROM client WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
print(len(rows))
"""
CELLS_PER_ROW = 8


def _child(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _process_s(args: list[str], repeat: int = 5) -> float:
    """Median wall time of a whole process (after one warm-up run)."""
    samples = []
    for n in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
        if n:
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _roster(count: int, work: Path) -> list[Result]:
    made = _child(ROSTER, str(count), str(work / f"roster-{count}.pdf"))
    pages = int(made["pages"])
    per_page = CELLS_PER_ROW * -(-count // pages)
    floor = _child(CANVAS, str(pages), str(per_page), str(work / f"floor-{count}.pdf"))
    target = "< 10 s" if count <= 10_000 else "< 100 s"
    name = f"brief: roster of {count:,} people ({pages:,} pages)"
    floor_name = f"bare canvas, {pages:,} pages x {per_page} drawString"
    return [
        Result(name, made["s"], floor["s"], target, floor_name),
        Result("  peak memory (process)", made["peak"], floor["peak"], "< 300 MB", floor_name,
               unit="MB"),
    ]  # fmt: skip


def _store_roster(store: Path, work: Path) -> list[Result]:
    import sqlite3  # noqa: PLC0415

    conn = sqlite3.connect(store)
    matter, members = conn.execute(
        "SELECT matter_id, count(*) FROM matter_party GROUP BY matter_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    conn.close()
    out = work / "store-roster.pdf"
    args = ["--db", str(store), "brief", "matter", str(matter), "--profile", "court"]
    made = _child(CLI_BRIEF, *args, "--out", str(out))
    from pypdf import PdfReader  # noqa: PLC0415

    pages = len(PdfReader(out).pages)
    per_page = CELLS_PER_ROW * -(-members // pages)
    floor = _child(CANVAS, str(pages), str(per_page), str(work / "floor-store.pdf"))
    floor_name = f"bare canvas, {pages:,} pages x {per_page} drawString"
    name = f"casedesk brief matter: {members:,} people ({pages:,} pages)"
    return [
        Result(name, made["s"], floor["s"], "linear", floor_name),
        Result("  peak memory (process)", made["peak"], floor["peak"], "< 300 MB", floor_name,
               unit="MB"),
    ]  # fmt: skip


def run() -> list[Result]:
    clients = bench_clients()
    store = cached_store(clients)
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cli = [sys.executable, "-m", "casedesk", "--db", str(store)]
        search = _process_s([*cli, "search", "garcia"])
        floor = _process_s([sys.executable, "-c", SEARCH_FLOOR, str(store), "garcia"])
        results.append(
            Result(f"casedesk search (process, {clients:,} clients)", search, floor, "<= 1.3x",
                   "import sqlmodel + same FTS5 query (sqlite3)")
        )  # fmt: skip
        help_s = _process_s([sys.executable, "-m", "casedesk", "--help"])
        bare = _process_s([sys.executable, "-c", "import argparse"])
        results.append(
            Result("casedesk --help (process)", help_s, bare, "no SQLAlchemy, no Qt",
                   "python -c 'import argparse'")
        )  # fmt: skip
        for count in (10_000, 100_000):
            results += _roster(count, work)
        results += _store_roster(store, work)
    return results


def main() -> None:
    from tests.benchmarks.common import print_table  # noqa: PLC0415

    print_table(run())


if __name__ == "__main__":
    main()
