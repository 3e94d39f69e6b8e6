"""Parts every printed table uses, whatever the document (RAK, IKU): the
"(lanjutan)" line that repeats a cell's text on the next page, and the height
a block of flowables takes. A document's module imports these, never another
document's module."""

from __future__ import annotations

from rakdesk.pdf.text import para


def continued(text: str, st: dict):
    short = text if len(text) <= 90 else text[:88].rstrip() + "…"
    return para(f"(lanjutan) {short}", st["muted"])


def height_of(flowables: list, width: float, page_height: float) -> float:
    return sum(f.wrap(width, page_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)
