"""Reading rendered briefs back: text, metadata and fonts, through pypdf."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from casedesk.briefs import BriefOptions

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


@dataclass
class Rendered:
    pages: int
    reader: PdfReader
    page_texts: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts)

    @property
    def flat(self) -> str:
        """All text with runs of whitespace collapsed, so wrapped names read whole."""
        return re.sub(r"\s+", " ", self.text)

    @property
    def metadata_text(self) -> str:
        info: dict[str, Any] = dict(self.reader.metadata or {})
        return " ".join(str(v) for v in info.values())


def render(fn: Callable[..., int], data: Any, options: BriefOptions) -> Rendered:
    buffer = io.BytesIO()
    pages = fn(data, options, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return Rendered(pages, reader, [p.extract_text() for p in reader.pages])


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(reader: PdfReader) -> Iterator[DictionaryObject]:
    """Every font dictionary reachable from the pages' resources (and their XObjects)."""
    seen: set[int] = set()

    def walk(resources: Any) -> Iterator[DictionaryObject]:
        resources = _resolve(resources)
        if not resources:
            return
        for ref in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(ref)
            if id(font) not in seen:
                seen.add(id(font))
                yield font
        for ref in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(ref)
            if "/Resources" in xobject:
                yield from walk(xobject["/Resources"])

    for page in reader.pages:
        yield from walk(page.get("/Resources"))


def font_is_embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = _resolve(font["/DescendantFonts"][0])
    descriptor = _resolve(font.get("/FontDescriptor"))
    return descriptor is not None and "/FontFile2" in descriptor
