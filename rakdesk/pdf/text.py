"""User text into reportlab paragraphs, always as plain text.

Paragraph text is markup to reportlab, so every user string is escaped here:
``<b>``, ``&`` and ``<img src=...>`` print literally and never load files or
change formatting. Control characters that would upset the parser are dropped.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def markup(text: str) -> str:
    """Plain text -> safe paragraph markup (newlines become line breaks)."""
    clean = _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [escape(line).replace("\t", " ") for line in clean.split("\n")]
    # Keep runs of spaces people use to indent, without letting them collapse.
    lines = [re.sub(r"  +", lambda m: "&nbsp;" * len(m.group()), line) for line in lines]
    return "<br/>".join(lines)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def styles(font_regular: str, font_bold: str, font_italic: str, size: float = 8) -> dict:
    base = ParagraphStyle("cell", fontName=font_regular, fontSize=size, leading=size * 1.2,
                          splitLongWords=True, wordWrap=None)
    return {
        "cell": base,
        "center": ParagraphStyle("center", parent=base, alignment=1),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.15, alignment=1),
        "muted": ParagraphStyle("muted", parent=base, fontName=font_italic,
                                textColor="#555555"),
        "head": ParagraphStyle("head", parent=base, fontName=font_bold, alignment=1),
        "title": ParagraphStyle("title", parent=base, fontName=font_bold, fontSize=size + 5,
                                leading=(size + 5) * 1.25, alignment=1),
        "line": ParagraphStyle("line", parent=base, fontSize=size + 2, leading=(size + 2) * 1.3),
        "line_bold": ParagraphStyle("line_bold", parent=base, fontName=font_bold,
                                    fontSize=size + 2, leading=(size + 2) * 1.3),
        "center_bold": ParagraphStyle("center_bold", parent=base, fontName=font_bold,
                                      fontSize=size + 2, leading=(size + 2) * 1.3, alignment=1),
    }
