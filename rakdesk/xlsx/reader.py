"""Reading an .xlsx as a stream of rows of text, with bounded work.

The parts of the archive are parsed one element at a time (``iterparse``
through defusedxml: no DTD, no entities), so the work is bounded by what is
read, not by what the file claims: the archive, its members, the number of
sheets and of shared strings are checked before a sheet is parsed, and rows
and cells are counted while streaming. A value that does not match its cell
type (a shared-string index that is not there, ``not-a-number`` in a number
cell, a boolean ``yes``, an impossible date, ``nan``) becomes a problem with
its sheet, row and column, never an exception: the text as written is kept
where there is any.

No openpyxl here: it loads every shared string and style before the first row,
raises on the first malformed value, and cannot stop half-way through a sheet.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from rakdesk.core.i18n import format_count, tr
from rakdesk.xlsx.archive import (  # noqa: F401  (ImportCancelled: the window stops an import with it)
    MAX_CELLS,
    MAX_SHEETS,
    ImportCancelled,
    ImportRefused,
    Problem,
    Progress,
    check_archive,
    damaged,
    dangerous,
    not_xml,
    too_big,
    unopenable,
)
from rakdesk.xlsx.cells import (
    BUILTIN_DATES,
    is_date_format,
    is_percent_format,
    printable_name,
)
from rakdesk.xlsx.streams import (
    SharedStrings,
    SheetRows,
    no_dtd,
    no_entities,
    no_external,
    no_unparsed_entities,
)


def _local(tag: str) -> str:
    """An element's name without its namespace (either OOXML flavour, or none)."""
    return tag.rpartition("}")[2]


def _attr(elem, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (r:id in either OOXML flavour)."""
    value = elem.get(name)
    if value is not None:
        return value
    for key, value in elem.attrib.items():
        if key.rpartition("}")[2] == name:
            return value
    return None


class _Counting:
    """A member stream that reports how far it has been read (and may be cancelled)."""

    def __init__(self, stream, book: Workbook):
        self.stream, self.book = stream, book

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size and size > 0 else 1 << 16)
        self.book.read_bytes += len(data)
        if self.book.progress is not None and self.book.total_bytes:
            self.book.progress(min(self.book.read_bytes, self.book.total_bytes),
                               self.book.total_bytes)
        return data


@dataclass
class Sheet:
    name: str
    part: str


class Workbook:
    """An open .xlsx: its sheets' names, and each sheet's rows as text."""

    def __init__(self, path, progress: Progress | None = None):
        self.path = Path(path)
        self.progress = progress
        check_archive(self.path)
        try:
            self.archive = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ImportRefused(damaged(self.path.name)) from None
        self.names = {m.filename.lower(): m for m in self.archive.infolist()}
        self.cells = 0
        self.read_bytes = self.total_bytes = 0
        try:
            self._open()
        except BaseException:
            self.archive.close()
            raise

    def close(self) -> None:
        self.archive.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- parts

    def _member(self, part: str):
        return self.names.get(part.lstrip("/").lower())

    def _parse(self, part: str, events=("end",)):
        """Elements of one part, parsed as they are read; bad or dangerous XML
        ends with a one-line message naming the part."""
        member = self._member(part)
        if member is None:
            return iter(())
        return self._guarded(member, events)

    def _guarded(self, member, events):
        name = self.path.name
        try:
            with self.archive.open(member) as raw:
                yield from iterparse(_Counting(raw, self), events, forbid_dtd=True)
        except DefusedXmlException:
            raise ImportRefused(dangerous(name, member.filename)) from None
        except ParseError as exc:
            raise ImportRefused(not_xml(name, member.filename, exc.position[0])) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as exc:
            raise ImportRefused(unopenable(name, member.filename, exc)) from None

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of a part: id -> (type, absolute target part)."""
        folder, _, base = part.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        out = {}
        for _, elem in self._parse(rels):
            if _local(elem.tag) == "Relationship":
                target = elem.get("Target") or ""
                if elem.get("TargetMode") == "External":
                    continue
                path = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
                out[elem.get("Id") or ""] = (elem.get("Type") or "", path)
        return out

    def _open(self) -> None:
        root_rels = self._rels("")
        book = next((path for kind, path in root_rels.values()
                     if kind.endswith("/officeDocument")), "xl/workbook.xml")
        if self._member(book) is None:
            raise ImportRefused(tr("{name} rusak atau bukan berkas Excel (.xlsx): bagian buku "
                                  "kerja tidak ada.").format(name=self.path.name))
        rels = self._rels(book)
        self.epoch1904 = False
        sheets: list[tuple[str, str]] = []
        for _, elem in self._parse(book):
            kind = _local(elem.tag)
            if kind == "sheet":
                sheets.append((printable_name(elem.get("name") or ""), _attr(elem, "id") or ""))
                if len(sheets) > MAX_SHEETS:
                    raise ImportRefused(tr("{name} berisi lebih dari {limit} lembar; pisahkan "
                                          "lembar RAK/IKU ke berkas sendiri.").format(
                                              name=self.path.name, limit=MAX_SHEETS))
            elif kind == "workbookPr":
                self.epoch1904 = (elem.get("date1904") or "").lower() in ("1", "true")
        self.sheets = []
        for name, rid in sheets:
            kind, part = rels.get(rid, ("", ""))
            if kind.endswith("/worksheet") and self._member(part) is not None:
                self.sheets.append(Sheet(name, part))
        if not self.sheets:
            raise ImportRefused(tr("{name} tidak berisi lembar kerja.").format(
                name=self.path.name))
        parts = [self._member(s.part) for s in self.sheets]
        strings = next((path for kind, path in rels.values()
                        if kind.endswith("/sharedStrings")), None)
        styles = next((path for kind, path in rels.values() if kind.endswith("/styles")), None)
        self.total_bytes = sum(m.file_size for m in parts) + sum(
            m.file_size for m in (self._member(strings or ""), self._member(styles or ""))
            if m is not None)
        self.read_bytes = 0
        self.percents: set[int] = set()  # filled with the dates: styles showing 0.75 as 75%
        self.dates = self._date_styles(styles) if styles else set()
        self.shared = self._shared_strings(strings) if strings else []

    def _date_styles(self, part: str) -> set[int]:
        """Indexes of the cell styles that show numbers as dates."""
        formats: dict[int, str] = {}
        xfs: list[int] = []
        in_xfs = False
        for event, elem in self._parse(part, ("start", "end")):
            kind = _local(elem.tag)
            if kind == "cellXfs":
                in_xfs = event == "start"
            elif event == "end" and kind == "numFmt":
                try:
                    formats[int(elem.get("numFmtId") or "")] = elem.get("formatCode") or ""
                except ValueError:
                    pass
            elif event == "end" and kind == "xf" and in_xfs:
                try:
                    xfs.append(int(elem.get("numFmtId") or "0"))
                except ValueError:
                    xfs.append(0)
                if len(xfs) > 100_000:
                    break
        self.percents = {i for i, fmt in enumerate(xfs)
                         if (is_percent_format(formats[fmt]) if fmt in formats else fmt in (9, 10))}
        return {i for i, fmt in enumerate(xfs)
                if (is_date_format(formats[fmt]) if fmt in formats else fmt in BUILTIN_DATES)}

    def _shared_strings(self, part: str) -> list[str]:
        handler = SharedStrings(self)
        for _ in self._stream(part, handler):
            pass
        return handler.strings

    # -- rows

    def _stream(self, part: str, handler) -> Iterator[list]:
        """Feed a part to ``handler`` (start, end, chars) through expat, with
        defusedxml's guards; yields what the handler finished after each chunk."""
        member = self._member(part)
        if member is None:
            return
        name = self.path.name
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = no_dtd
        parser.EntityDeclHandler = no_entities
        parser.UnparsedEntityDeclHandler = no_unparsed_entities
        parser.ExternalEntityRefHandler = no_external
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.chars
        start = self.read_bytes
        try:
            with self.archive.open(member) as raw:
                stream = _Counting(raw, self)
                while chunk := stream.read(1 << 16):
                    parser.Parse(chunk, False)
                    if handler.done:
                        yield handler.done
                        handler.done = []
                parser.Parse(b"", True)
                if handler.done:
                    yield handler.done
        except DefusedXmlException:
            raise ImportRefused(dangerous(name, member.filename)) from None
        except expat.ExpatError as exc:
            raise ImportRefused(not_xml(name, member.filename, exc.lineno)) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as exc:
            raise ImportRefused(unopenable(name, member.filename, exc)) from None
        finally:
            self.read_bytes = start + member.file_size

    def rows(self, sheet: Sheet, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cell texts) of each row that has any text, in order;
        bounded by MAX_ROWS and by the workbook's MAX_CELLS."""
        handler = SheetRows(self, sheet.name, problems)
        for done in self._stream(sheet.part, handler):
            yield from done

    def too_many_cells(self) -> ImportRefused:
        return ImportRefused(too_big(self.path.name, tr("berisi lebih dari {limit} sel").format(
            limit=format_count(MAX_CELLS))))
