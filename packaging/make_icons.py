"""Render resources/icons/casedesk.svg to the PNG, ICO and ICNS icons beside it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

PNGs (16-256 px) come from Qt's SVG renderer (PySide6.QtSvg, part of Essentials); the
Windows .ico and macOS .icns are assembled from those PNGs with Pillow (installed with
ReportLab). Commit the outputs: the build does not regenerate them.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "casedesk.svg"))
    if not renderer.isValid():
        raise SystemExit("casedesk.svg is not valid SVG")
    pngs = {}
    for size in SIZES:
        out = ICONS / f"casedesk-{size}.png"
        render(renderer, size, out)
        pngs[size] = out
        print(f"wrote {out.relative_to(ICONS.parents[1])}")
    largest = Image.open(pngs[256]).convert("RGBA")
    others = [Image.open(pngs[s]).convert("RGBA") for s in SIZES if s != 256]
    ico = ICONS / "casedesk.ico"
    largest.save(ico, sizes=[(s, s) for s in SIZES], append_images=others)
    print(f"wrote {ico.relative_to(ICONS.parents[1])}")
    icns = ICONS / "casedesk.icns"
    # ICNS wants 512 and 1024 too; Pillow scales the 256 up for those (only Retina Finder
    # views use them).
    big = largest.resize((1024, 1024), Image.Resampling.LANCZOS)
    big.save(icns, append_images=[largest, *others])
    print(f"wrote {icns.relative_to(ICONS.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
