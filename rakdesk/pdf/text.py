"""User text into reportlab paragraphs, always as plain text.

Paragraph text is markup to reportlab, so every user string is escaped here:
``<b>``, ``&`` and ``<img src=...>`` print literally and never load files or
change formatting. Control characters that would upset the parser are dropped.
Every string is bounded for print first (rakdesk.pdf.budget).
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from rakdesk.pdf.budget import (
    CELL,
    HEADING,
    MARK,
    NOTE_MARKUP,
    SHORT,
    Budget,
    bound,
    escape,
    shorten,
)

BIG = 1e7
# reportlab's default right padding of a table cell, which the title and
# signature tables keep
CELL_PAD = 6
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def markup(text: str) -> str:
    """Plain text -> safe paragraph markup (newlines become line breaks)."""
    clean = _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [escape(line).replace("\t", " ") for line in clean.split("\n")]
    # Keep runs of spaces people use to indent, without letting them collapse.
    lines = [re.sub(r"  +", lambda m: "&nbsp;" * len(m.group()), line) for line in lines]
    return "<br/>".join(lines)


def para(text: str, style: ParagraphStyle, budget: Budget | None = None, cut: bool = False,
         template: str = "{}") -> Paragraph:
    """A paragraph of ``text`` within ``budget`` (by default the style's own,
    else a table cell's), ending in the cut note where it was cut (or when
    ``cut`` says an earlier part of it was). ``template`` wraps the escaped
    text in markup of rakdesk's own (underlining)."""
    kept, was_cut = bound(text, budget or getattr(style, "budget", CELL))
    body = template.format(markup(kept)) if kept else ""
    if was_cut or cut:
        body = f"{body} {NOTE_MARKUP}" if body else NOTE_MARKUP
    return Paragraph(body, style)


def fitted(text: str, style: ParagraphStyle, width: float, lines: int,
           budget: Budget = HEADING, cut: bool = False, template: str = "{}") -> Paragraph:
    """A paragraph that reportlab never has to split: ``text`` within
    ``budget`` and shortened further, with the cut note, until it takes at
    most ``lines`` lines at ``width``. Texts that fit print exactly as
    :func:`para` prints them."""
    limit = (lines + 0.5) * style.leading
    text = slash_breaks(text, style, width)
    paragraph = para(text, style, budget, cut, template)
    if paragraph.wrap(width, BIG)[1] <= limit:
        return paragraph
    kept, _ = bound(text, budget)
    best, low, high = para("", style, budget, True), 0, len(kept)
    while low < high:  # the longest start of the text that fits with the note
        middle = (low + high + 1) // 2
        trial = para(shorten(kept, middle), style, budget, True, template)
        if trial.wrap(width, BIG)[1] <= limit:
            best, low = trial, middle
        else:
            high = middle - 1
    return best


def slash_breaks(text: str, style: ParagraphStyle, width: float) -> str:
    """``text`` with a line break after each "/" inside a word too wide for
    ``width`` ("SASARAN PROGRAM/KEGIATAN" over a narrow column), so the word
    breaks there rather than between two of its letters."""
    def fix(word: str) -> str:
        if "/" in word and stringWidth(word, style.fontName, style.fontSize) > width:
            return re.sub(r"/(?=[^/\s])", "/\n", word)
        return word

    return " ".join(fix(word) for word in text.split(" "))


def fitted_lines(lines: list[str], max_lines: int) -> tuple[list[str], bool]:
    """At most ``max_lines`` of ``lines``, and whether some were left out."""
    if len(lines) <= max_lines:
        return lines, False
    return lines[:max_lines], True


def styles(font_regular: str, font_bold: str, font_italic: str, size: float = 8) -> dict:
    base = ParagraphStyle("cell", fontName=font_regular, fontSize=size, leading=size * 1.2,
                          splitLongWords=True, wordWrap=None)
    return {
        "cell": base,
        "center": ParagraphStyle("center", parent=base, alignment=1, budget=SHORT),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.15, alignment=1, budget=MARK),
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
