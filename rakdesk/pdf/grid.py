"""A grouped table laid out page by page, so that it never fails.

reportlab refuses a span taller than a page (LayoutError), and a sasaran in a
real RAK can span more rows than a page holds. So rakdesk paginates itself:

* the table is a list of :class:`Row` objects (one per kegiatan, or per
  indikator on the IKU), each belonging to one :class:`Group` per level
  (level 0: sasaran, level 1: indikator);
* rows are measured once, then cut into pages greedily; on each page a group
  spans just its rows there, and its rows grow when its text needs more room;
* a group that continues onto the next page carries its text over: the part
  that did not fit, or, when all of it was printed, its text again in grey;
* a single cell taller than a page is split across pages; every page takes
  some of it, so pagination always ends (texts are bounded before they get
  here, rakdesk.pdf.budget, so it ends soon).

Each page then becomes one reportlab ``Table`` with explicit row heights, with
the data grid, the span list and the style commands built separately (as
rst2pdf and xhtml2pdf do), headed by the column header rows.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from reportlab.platypus import Paragraph, Table, TableStyle

from rakdesk.errors import RakdeskError

PAD_X = 2.5
PAD_TOP = 2
PAD_BOTTOM = 3
BIG = 1e7
EPSILON = 0.5


class PageTooSmall(RakdeskError):
    """Not one line of a row fits below the table's header on an empty page."""


@dataclass
class Column:
    key: str
    header: str
    width: float
    level: int | None = None  # 0 or 1: belongs to that group level; None: the row's own
    mark: bool = False  # a schedule column: centred, symbol font
    group_header: str = ""  # header spanning a run of consecutive columns (RENCANA PELAKSANAAN)


@dataclass(eq=False)
class Group:
    level: int
    cells: dict[str, Paragraph]  # key -> content printed where the group starts
    repeat: dict[str, Paragraph] = field(default_factory=dict)  # shown where it continues
    carry: dict[str, Paragraph] = field(default_factory=dict)  # unprinted remainder
    started: bool = False


@dataclass(eq=False)
class Row:
    groups: tuple[Group, ...]
    cells: dict  # key -> Paragraph or str (a plain tick)
    height: float = 0.0
    # A heading row across the whole table (a decree's team): its one cell,
    # under the first column's key, spans every column; it is never left
    # alone at the foot of a page.
    wide: bool = False


def measure(content, width: float) -> float:
    """A cell's height in a column of ``width``. A paragraph is wrapped once
    per width: pagination asks again for the same cell as it tries pages."""
    if content is None or content == "":
        return 0.0
    if isinstance(content, str):
        return 10.0 + PAD_TOP + PAD_BOTTOM
    known = getattr(content, "_rakdesk_height", None)
    if known is None or known[0] != width:
        known = (width, content.wrap(width - 2 * PAD_X, BIG)[1] + PAD_TOP + PAD_BOTTOM)
        content._rakdesk_height = known
    return known[1]


class GridLayout:
    """Cut rows into pages. ``first`` and ``rest`` are the heights left for
    table rows (below the header rows) on the first and on later pages;
    ``tail`` is what must follow the last row on its page (the signature)."""

    def __init__(self, columns: list[Column], header_rows: list[list], header_heights: list[float],
                 header_spans: list, base_style: list, min_row: float = 14.0,
                 flow: bool = False):
        self.columns = columns
        # ``flow``: an outer group's text longer than a page runs on beside its
        # rows: the page takes as many of its rows as fit, the text fills the
        # page down to its foot and continues beside the rows on the next page
        # (a decree's team tasks). Without it the first row grows to hold the
        # text and the other rows follow it.
        self.flow = flow
        self.index = {c.key: i for i, c in enumerate(columns)}
        self.widths = {c.key: c.width for c in columns}
        self.header_rows = header_rows
        self.header_heights = header_heights
        self.header_spans = header_spans
        self.base_style = base_style
        self.min_row = min_row
        self.levels = sorted({c.level for c in columns if c.level is not None})

    # ------------------------------------------------------------ measuring

    def _tallest(self, cells: dict) -> float:
        return max([0.0] + [measure(v, self.widths[k]) for k, v in cells.items()
                            if k in self.widths])

    def _row_height(self, row: Row) -> float:
        if not row.height:
            if row.wide:
                total = sum(self.widths.values())
                tallest = max([0.0] + [measure(v, total) for v in row.cells.values()])
            else:
                tallest = self._tallest(row.cells)
            row.height = max(self.min_row, tallest)
        return row.height

    def _group_content(self, group: Group) -> dict:
        if not group.started:
            return group.cells
        if group.carry:
            return group.carry
        return group.repeat

    def _group_need(self, group: Group, cache: dict) -> float:
        if group not in cache:
            content = self._group_content(group)
            cache[group] = self._tallest(content)
        return cache[group]

    def _runs(self, rows: list[Row], level: int):
        """(first, last) index ranges of consecutive rows sharing a group at ``level``."""
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i].groups[level] is not rows[start].groups[level]:
                yield start, i - 1
                start = i

    def _heights(self, rows: list[Row], cache: dict) -> list[float]:
        heights = [self._row_height(r) for r in rows]
        for level in reversed(self.levels):  # inner groups first, outer ones see them
            for first, last in self._runs(rows, level):
                need = self._group_need(rows[first].groups[level], cache)
                have = sum(heights[first:last + 1])
                if need > have:
                    heights[last] += need - have
        return heights

    # ------------------------------------------------------------ paginating

    def paginate(self, rows: list[Row], first: float, rest: float, tail: float = 0.0):
        """Return the pages as lists of (rows, heights, contents-per-group)."""
        pages = []
        queue = deque(rows)
        current: list[Row] = []
        avail = first
        cache: dict = {}
        flowing = None  # the group whose text runs on past this page's foot
        while queue:
            row = queue.popleft()
            trial = current + [row]
            total = sum(self._heights(trial, cache))
            last = not queue
            fits = total <= avail - EPSILON
            if not fits and self._flows(trial, queue, avail, cache):
                fits, flowing = True, row.groups[0]
            room_for_tail = avail - tail >= 2 * self.min_row
            if last and room_for_tail:
                # the signature follows the last row and must not stand alone
                fits = fits and total + tail <= avail - EPSILON
            if fits and row.wide and queue and current:
                # a heading goes to the next page with the row it heads
                fits = sum(self._heights(trial + [queue[0]], cache)) <= avail - EPSILON
            if fits:
                current = trial
                continue
            if current:
                pages.append(self._finish(current, cache, avail, flowing))
                current, cache, avail, flowing = [], {}, rest, None
                queue.appendleft(row)
                continue
            # One row alone is too tall for a page (with the signature, if it is
            # the last): split what is too tall. A last row taller than the page
            # fills it; the signature follows the part that comes after.
            reserve = last and room_for_tail and total <= avail - EPSILON
            height = avail - tail if reserve else avail
            done, remainder, now, later = self._split(row, height)
            if remainder is not None and avail == rest and not self._advances(done, now):
                # nothing fits on an empty page: every later page would be the same
                raise PageTooSmall("Tabel tidak dapat dicetak: kepala tabel dan halaman tidak "
                                   "menyisakan ruang untuk satu baris pun.")
            pages.append(self._close([done], {}, override=now))
            for group, content in later.items():
                group.carry = content
            cache, avail = {}, rest
            if remainder is not None:
                queue.appendleft(remainder)
        if current:
            pages.append(self._finish(current, cache, avail, flowing))
        if not pages:
            pages.append(([], [], {}))
        return pages

    def _flows(self, trial: list[Row], queue, avail: float, cache: dict) -> bool:
        """Whether ``trial`` fits when its last outer group's text may run on
        to the next page: the group goes on after it, and its rows fit."""
        row = trial[-1]
        if not self.flow or not queue or row.wide or not row.groups or not self.levels:
            return False
        group = row.groups[0]
        if queue[0].wide or not queue[0].groups or queue[0].groups[0] is not group:
            return False
        without = dict(cache)
        without[group] = 0.0
        return sum(self._heights(trial, without)) <= avail - EPSILON

    def _finish(self, rows: list[Row], cache: dict, avail: float, flowing):
        """Close a page; a group whose text runs on fills it to its foot."""
        if flowing is None or rows[-1].groups[0] is not flowing or \
                sum(self._heights(rows, cache)) <= avail - EPSILON:
            return self._close(rows, cache)
        first = next(i for i, r in enumerate(rows) if r.groups[0] is flowing)
        without = {flowing: 0.0}
        room = avail - EPSILON - sum(self._heights(rows, without)[:first])
        now, later = {}, {}
        for key, value in self._group_content(flowing).items():
            if key not in self.widths:
                continue
            part, more = _split_content(value, self.widths[key], room - PAD_TOP - PAD_BOTTOM)
            now[key] = part
            if more is not None:
                later[key] = more
        page = self._close(rows, {}, override={flowing: now})
        flowing.carry = later
        heights = page[1]
        heights[-1] += max(0.0, avail - EPSILON - sum(heights))  # down to the page's foot
        return page

    def _close(self, rows: list[Row], cache: dict, override: dict | None = None):
        """Fix a page: its row heights and what each group prints on it."""
        override = override or {}
        for group, content in override.items():
            cache[group] = self._tallest(content)
        heights = self._heights(rows, cache)
        contents = {}
        for level in self.levels:
            for first, _ in self._runs(rows, level):
                group = rows[first].groups[level]
                contents[group] = override.get(group) or self._group_content(group)
                group.carry = {}
                group.started = True
        return rows, heights, contents

    def _advances(self, done: Row, now: dict) -> bool:
        """Whether a split row prints some of its text, or of a group's text
        other than its repeated heading, on this page."""
        contents = [done.cells] + [content for group, content in now.items()
                                   if self._group_content(group) is not group.repeat]
        return any(v not in (None, "") for cells in contents for v in cells.values())

    def _split(self, row: Row, avail: float):
        """Split one over-tall row, and the text its groups print with it, at
        ``avail``: returns the row printed now, the row that continues (or
        None), and per group the content printed now and the remainder."""
        room = avail - PAD_TOP - PAD_BOTTOM - EPSILON
        done_cells, rest_cells = {}, {}
        for key, value in row.cells.items():
            if key not in self.widths:
                continue
            part, more = _split_content(value, self.widths[key], room)
            done_cells[key] = part
            if more is not None:
                rest_cells[key] = more
        now, later = {}, {}
        for group in row.groups:
            for key, value in self._group_content(group).items():
                if key not in self.widths:
                    continue
                part, more = _split_content(value, self.widths[key], room)
                now.setdefault(group, {})[key] = part
                if more is not None:
                    later.setdefault(group, {})[key] = more
        remainder = Row(row.groups, rest_cells) if rest_cells or later else None
        return Row(row.groups, done_cells), remainder, now, later

    # ------------------------------------------------------------ building

    def tables(self, pages) -> list[Table]:
        return [self._table(rows, heights, contents) for rows, heights, contents in pages]

    def _table(self, rows: list[Row], heights: list[float], contents: dict) -> Table:
        ncols = len(self.columns)
        header = len(self.header_rows)
        data = [list(r) for r in self.header_rows]
        spans = list(self.header_spans)
        for n, row in enumerate(rows):
            if row.wide:
                data.append([next(iter(row.cells.values()), "")] + [""] * (ncols - 1))
                spans.append(("SPAN", (0, header + n), (ncols - 1, header + n)))
                continue
            data.append([row.cells.get(c.key, "") for c in self.columns])
        for level in self.levels:
            keys = [c.key for c in self.columns if c.level == level]
            for first, last in self._runs(rows, level):
                content = contents.get(rows[first].groups[level], {})
                for key in keys:
                    col = self.index[key]
                    if rows[first].wide:
                        continue
                    data[header + first][col] = content.get(key, "")
                    if last > first:
                        spans.append(("SPAN", (col, header + first), (col, header + last)))
        if not rows:
            data.append([""] * ncols)
            heights = [self.min_row]
        style = TableStyle(self.base_style + spans)
        return Table(data, colWidths=[c.width for c in self.columns],
                     rowHeights=self.header_heights + heights, style=style, hAlign="CENTER")


def _split_content(value, width: float, room: float):
    """(part that fits in ``room``, remainder or None)."""
    if value is None or isinstance(value, str):
        return value, None
    if measure(value, width) - PAD_TOP - PAD_BOTTOM <= room:
        return value, None
    parts = value.split(width - 2 * PAD_X, room)
    if len(parts) >= 2:
        return parts[0], parts[1]
    if not parts:  # not even one line fits: print nothing here, all of it later
        return "", value
    return parts[0], None
