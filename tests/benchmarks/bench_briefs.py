"""Benchmark of the PDF briefs: a plain script, not a pytest test.

Run from the repository root:  .venv/bin/python tests/benchmarks/bench_briefs.py

Each figure stands beside a floor measured in the same run: the same text lines (as
extracted from the rendered PDF) drawn with bare ``canvas.drawString`` calls in the same
embedded font, one line after another. The ratio says how much the layout costs over
simply putting the text on pages, independently of the machine's speed.

Targets: client brief median < 150 ms; roster of 1,000 and of 2,000 people < 3 s each,
and 2,000 / 1,000 <= 2.5 (linear, not quadratic, splitting).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make casedesk and tests importable
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from casedesk.briefs import fonts, render_client_brief, render_matter_roster  # noqa: E402
from tests.benchmarks.common import Result, median_time, print_table  # noqa: E402
from tests.unit.briefs import samples  # noqa: E402


def _render(fn: Callable[..., int], data: Any) -> bytes:
    buffer = io.BytesIO()
    fn(data, samples.options(), buffer)
    return buffer.getvalue()


def _lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


def _floor(lines: list[str]) -> None:
    """The same text on Letter pages with bare drawString: no measuring, no wrapping."""
    # The stubs type initialFontName as a number; ReportLab takes a font name.
    canvas = Canvas(io.BytesIO(), pagesize=LETTER, initialFontName=fonts.REGULAR)  # type: ignore[arg-type]
    y = 720.0
    canvas.setFont(fonts.REGULAR, 8)
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 9.6
        if y < 72:
            canvas.showPage()
            canvas.setFont(fonts.REGULAR, 8)
            y = 720.0
    canvas.save()


def run() -> list[Result]:
    """The figures, for ``python -m tests.benchmarks`` (one table for every benchmark)."""
    fonts.register_fonts()
    results: list[Result] = []
    floor_name = "same text lines, bare drawString"

    brief = samples.client_brief()
    brief_lines = _lines(_render(render_client_brief, brief))
    results.append(
        Result(
            "briefs: client brief (median of 15)",
            median_time(partial(_render, render_client_brief, brief), 15),
            median_time(partial(_floor, brief_lines), 15),
            "< 150 ms",
            floor_name,
        )
    )
    roster_s: dict[int, float] = {}
    for count in (1000, 2000):
        data = samples.roster(count)
        lines = _lines(_render(render_matter_roster, data))
        roster_s[count] = median_time(partial(_render, render_matter_roster, data), 5)
        floor = median_time(partial(_floor, lines), 5)
        results.append(
            Result(f"briefs: roster, {count:,} people (median of 5)", roster_s[count], floor,
                   "< 3 s", floor_name)
        )  # fmt: skip
    # Scaling as a row of its own: the "floor" is the 1,000-person roster, so the ratio
    # column reads 2,000 / 1,000 directly (linear: ~2, quadratic: ~4).
    results.append(
        Result("briefs: roster scaling 2,000 / 1,000", roster_s[2000], roster_s[1000],
               "ratio <= 2.5", "roster of 1,000")
    )  # fmt: skip
    return results


def main() -> None:
    print_table(run())


if __name__ == "__main__":
    main()
