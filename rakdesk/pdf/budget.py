"""How much of a text is printed.

A workspace may hold texts far longer than a page (an import keeps 20,000
characters per cell; a merge or a file edited elsewhere can bring more), and
laying out such a text costs reportlab time that grows faster than the text.
So every printed field goes through one budget: beyond a number of characters
and lines it is cut for print, and the page says so where it was cut. The
workspace keeps every character.

Fields that reportlab cannot split across pages (headings, the lines of the
title and signature blocks, column headers) are also fitted to a few printed
lines (rakdesk.pdf.text.fitted), so that they always fit on one page and the
table always has room below its header.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as _html_escape


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as markup entities (quotes stay: reportlab's
    paragraph markup needs only these). html is loaded by reportlab anyway;
    xml.sax.saxutils would load urllib, http and ssl with it."""
    return _html_escape(text, quote=False)

CUT_NOTE = "… (teks dipotong untuk cetak; lengkap di berkas kerja)"
NOTE_MARKUP = f"<i>{escape(CUT_NOTE)}</i>"
WORD_CUT = 40  # a cut moves back to a space at most this many characters


@dataclass(frozen=True)
class Budget:
    """At most ``chars`` characters in at most ``lines`` lines."""

    chars: int
    lines: int


# A table cell (kegiatan, pelaksana, sasaran, indikator, IKU columns): at most
# about a page and a half of the KEGIATAN column, split across pages.
CELL = Budget(2000, 80)
# A target (a figure and its unit) or a number, in a narrow column: about a
# page of it.
SHORT = Budget(300, 20)
# A month or quarter cell of the schedule (its weeks and note): at most about
# half a page of that narrow column.
MARK = Budget(120, 12)
# A name, title, heading, office line or column header.
HEADING = Budget(500, 6)
# A running text outside the table (the IKU's Tugas, one Fungsi).
PASSAGE = Budget(2000, 30)
# How many lines a list of lines keeps (the IKU's Fungsi, the office lines).
LIST_LINES = 40
# At most this many printed lines, so that the table always starts on the
# first page: a column title, the title, and one line of the title block.
HEADER_LINES = 6
TITLE_LINES = 4
LINE_LINES = 3


def bound(text: str | None, budget: Budget) -> tuple[str, bool]:
    """The part of ``text`` within ``budget``, and whether anything was cut.
    Linear in the part kept, whatever the length of ``text``."""
    text = text or ""
    if len(text) <= budget.chars and text.count("\n") + text.count("\r") < budget.lines:
        return text, False
    head = text[: budget.chars + budget.lines]  # a kept \r\n counts as one character
    cut = len(head) < len(text)
    lines = head.replace("\r\n", "\n").replace("\r", "\n").split("\n", budget.lines)
    if len(lines) > budget.lines:
        lines, cut = lines[: budget.lines], True
    kept = "\n".join(lines)
    if len(kept) > budget.chars:
        kept, cut = shorten(kept, budget.chars), True
    return (kept.rstrip(), True) if cut else (kept, False)


def shorten(text: str, chars: int) -> str:
    """The first ``chars`` characters of ``text``, ending at a space when one
    is near, so that a cut falls between words."""
    kept = text[:chars]
    if len(kept) < len(text):
        space = max(kept.rfind(" "), kept.rfind("\n"))
        if space > 0 and space >= len(kept) - WORD_CUT:
            kept = kept[:space]
    return kept.rstrip()
