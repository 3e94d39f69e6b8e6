"""The shared strings and the rows of a worksheet as expat parses them, one
element at a time, with defusedxml's refusals (no DTD, no entities, nothing
external) and the limits on rows, cells and shared text counted as they come.
``book`` is the :class:`rakdesk.xlsx.reader.Workbook` being read."""

from __future__ import annotations

from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from rakdesk.core.i18n import format_count, tr
from rakdesk.xlsx.archive import (
    MAX_CELL,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHARED,
    MAX_SHARED_CHARS,
    ImportRefused,
    Problem,
    too_big,
)
from rakdesk.xlsx.cells import cell_text, column_number, to_int, unescape


def no_dtd(name, sysid, pubid, has_internal_subset):
    raise DTDForbidden(name, sysid, pubid)


def no_entities(name, is_parameter_entity, value, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)


def no_unparsed_entities(name, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)


def no_external(context, base, sysid, pubid):
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


class Handler:
    """expat callbacks keyed by local element names (either OOXML namespace)."""

    def __init__(self):
        self.done: list = []
        self.names: dict[str, str] = {}
        self.text: list[str] | None = None

    def local(self, name: str) -> str:
        local = self.names.get(name)
        if local is None:
            local = self.names[name] = name.rpartition(" ")[2]
        return local

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)


class SharedStrings(Handler):
    """<si> texts: plain <t> or runs of <r><t>; phonetic hints (<rPh>) skipped."""

    def __init__(self, book):
        super().__init__()
        self.book = book
        self.strings: list[str] = []
        self.chars_seen = 0
        self.parts: list[str] = []
        self.phonetic = False

    def start(self, name, attrs):
        local = self.names.get(name) or self.local(name)
        if local == "t" and not self.phonetic:
            self.text = []
        elif local == "si":
            self.parts = []
        elif local == "rPh":
            self.phonetic = True

    def end(self, name):
        local = self.names.get(name) or self.local(name)
        if local == "t" and self.text is not None:
            self.parts.append("".join(self.text))
            self.text = None
        elif local == "rPh":
            self.phonetic = False
        elif local == "si":
            text = unescape("".join(self.parts))
            self.strings.append(text)
            self.chars_seen += len(text)
            if len(self.strings) > MAX_SHARED:
                raise ImportRefused(too_big(self.book.path.name, tr(
                    "berisi lebih dari {limit} teks berbeda").format(
                    limit=format_count(MAX_SHARED))))
            if self.chars_seen > MAX_SHARED_CHARS:
                raise ImportRefused(too_big(self.book.path.name, tr(
                    "berisi lebih dari {limit} karakter teks").format(
                    limit=format_count(MAX_SHARED_CHARS))))


class SheetRows(Handler):
    """Rows of a worksheet as they are parsed: ``done`` gets (row, cell texts)."""

    def __init__(self, book, sheet: str, problems: list[Problem]):
        super().__init__()
        self.book, self.sheet, self.problems = book, sheet, problems
        self.values: dict[int, str] = {}
        self.row = self.column = 0
        self.kind = self.style = self.raw = None
        self.inline: list[str] | None = None
        self.phonetic = False

    def start(self, name, attrs):
        local = self.names.get(name) or self.local(name)
        if local == "c":
            book = self.book
            book.cells += 1
            if book.cells > MAX_CELLS:
                raise book.too_many_cells()
            self.column = column_number(attrs.get("r"), self.column + 1)
            self.kind, self.style, self.raw, self.inline = attrs.get("t"), attrs.get("s"), \
                None, None
        elif local == "v":
            self.text = []
        elif local == "row":
            self.book.cells += 1
            if self.book.cells > MAX_CELLS:
                raise self.book.too_many_cells()
            self.row = max(1, to_int(attrs.get("r"), self.row + 1))
            if self.row > MAX_ROWS:
                raise ImportRefused(tr("Lembar {sheet} berisi lebih dari {limit} baris.").format(
                    sheet=self.sheet, limit=format_count(MAX_ROWS)))
            self.column = 0
        elif local == "is":
            self.inline = []
        elif local == "t" and self.inline is not None and not self.phonetic:
            self.text = []
        elif local == "rPh":
            self.phonetic = True

    def end(self, name):
        local = self.names.get(name) or self.local(name)
        if local == "c":
            if self.column <= MAX_COLUMNS:
                self._cell()
        elif local == "v":
            self.raw = "".join(self.text or ())
            self.text = None
        elif local == "t" and self.text is not None:
            self.inline.append("".join(self.text))
            self.text = None
        elif local == "rPh":
            self.phonetic = False
        elif local == "row":
            if self.values:
                cells = [""] * max(self.values)
                for c, text in self.values.items():
                    cells[c - 1] = text
                self.values = {}
                self.done.append((self.row, cells))

    def _cell(self) -> None:
        text = cell_text(self.kind or "n", self.raw, self.inline, self.style, self.book,
                      self._problem)
        if not text:
            return
        if len(text) > MAX_CELL:
            self._problem(tr("teks {length} karakter dipotong menjadi {limit}").format(
                length=len(text), limit=MAX_CELL))
            text = text[:MAX_CELL]
        self.values[self.column] = text.replace("\r\n", "\n").strip()

    def _problem(self, message: str) -> None:
        self.problems.append(Problem(self.sheet, self.row, self.column, message))
