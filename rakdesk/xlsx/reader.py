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

import datetime as dt
import math
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from rakdesk.core.i18n import format_count, tr
from rakdesk.errors import RakdeskError

MAX_FILE = 25 * 1024 * 1024  # bytes on disk
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all members together
MAX_RATIO = 200  # uncompressed / compressed for one member
MAX_SHEETS = 250
MAX_SHARED = 200_000  # distinct texts (shared strings)
MAX_SHARED_CHARS = 20_000_000  # characters in all shared strings together
MAX_CELLS = 500_000  # cells and rows parsed in one workbook, empty ones included
MAX_ROWS = 10_000
MAX_COLUMNS = 200  # columns further right are ignored
MAX_CELL = 20_000  # characters; longer text is cut and reported

Progress = Callable[[int, int], None]


class ImportError_(RakdeskError):
    """The workbook cannot be imported; the message says why."""


class ImportCancelled(ImportError_):
    """The user stopped a long import."""


def column_letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Problem:
    sheet: str
    row: int
    column: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}!{column_letter(self.column)}{self.row}" if self.column \
            else tr("{sheet} baris {row}").format(sheet=self.sheet, row=self.row)
        return f"{where}: {self.message}"


# ------------------------------------------------------------ archive


def check_archive(path: Path) -> None:
    """Refuse what is not a sane .xlsx before any of it is parsed."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ImportError_(tr("{name} tidak bisa dibaca: {error}").format(
            name=path.name, error=exc.strerror)) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportError_(tr("{name} berformat Excel lama (.xls). Buka di Excel atau "
                              "LibreOffice lalu simpan sebagai .xlsx, kemudian impor lagi.")
                           .format(name=path.name))
    if not head.startswith(b"PK"):
        raise ImportError_(_not_xlsx(path.name))
    if size > MAX_FILE:
        raise ImportError_(tr("{name} terlalu besar ({size} MB; paling besar {limit} MB).")
                           .format(name=path.name, size=size // 2**20, limit=MAX_FILE // 2**20))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, NotImplementedError):
        raise ImportError_(_damaged(path.name)) from None
    if "[Content_Types].xml" not in {m.filename for m in members}:
        raise ImportError_(_not_xlsx(path.name))
    total = 0
    for m in members:
        total += m.file_size
        if m.compress_size and m.file_size / max(1, m.compress_size) > MAX_RATIO \
                and m.file_size > 10 * 2**20:
            raise ImportError_(tr("{name} mencurigakan: bagian {part} mengembang terlalu besar "
                                  "saat dibuka (zip bomb).").format(name=path.name,
                                                                    part=m.filename))
    if total > MAX_UNCOMPRESSED:
        raise ImportError_(tr("{name} terlalu besar setelah dibuka ({size} MB; paling besar "
                              "{limit} MB).").format(name=path.name, size=total // 2**20,
                                                     limit=MAX_UNCOMPRESSED // 2**20))


def _not_xlsx(name: str) -> str:
    return tr("{name} bukan berkas Excel (.xlsx).").format(name=name)


def _damaged(name: str) -> str:
    return tr("{name} rusak atau bukan berkas Excel (.xlsx).").format(name=name)


def _dangerous(name: str, part: str) -> str:
    return tr("{name} memuat XML berbahaya (DTD atau entitas di {part}); berkas tidak dibuka.") \
        .format(name=name, part=part)


def _not_xml(name: str, part: str, line) -> str:
    return tr("{name} rusak: {part} bukan XML yang sah (baris {line}).").format(
        name=name, part=part, line=line)


def _unopenable(name: str, part: str, error: BaseException) -> str:
    return tr("{name} rusak: {part} tidak bisa dibuka ({error}).").format(
        name=name, part=part, error=type(error).__name__)


def _too_big(name: str, what: str) -> str:
    """``what``: "berisi lebih dari ... sel" and the like, already translated."""
    return tr("{name} {what}; terlalu besar untuk sebuah RAK/IKU.").format(name=name, what=what)


# ------------------------------------------------------------ XML names


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


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


# ------------------------------------------------------------ dates

_BUILTIN_DATES = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]')


def is_date_format(code: str) -> bool:
    code = _FORMAT_NOISE.sub("", code.split(";")[0]).lower()
    return code != "general" and bool(re.search(r"[dmyhs]", code))


def is_percent_format(code: str) -> bool:
    return "%" in _FORMAT_NOISE.sub("", code.split(";")[0])


def percent_text(number: str) -> str:
    """A number shown as a percentage, as typed in Indonesian: 0.75 -> "75%",
    0.975 -> "97,5%" (Excel stores a typed 75% as 0.75)."""
    value = (Decimal(number) * 100).quantize(Decimal("1e-9")).normalize()
    text = format(value, "f")
    return text.replace(".", ",") + "%"


def excel_date(serial: float, epoch1904: bool) -> str | None:
    """An Excel date serial as ISO text; None when there is no such day."""
    if not -1 < serial < 2_958_466:
        return None
    if epoch1904:
        base = dt.datetime(1904, 1, 1)
    else:
        base = dt.datetime(1899, 12, 31 if serial < 60 else 30)
    moment = base + dt.timedelta(days=serial)
    if serial < 1:
        return moment.time().isoformat()
    return moment.date().isoformat()


# ------------------------------------------------------------ the workbook


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
            raise ImportError_(_damaged(self.path.name)) from None
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
            raise ImportError_(_dangerous(name, member.filename)) from None
        except ParseError as exc:
            raise ImportError_(_not_xml(name, member.filename, exc.position[0])) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as exc:
            raise ImportError_(_unopenable(name, member.filename, exc)) from None

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
            raise ImportError_(tr("{name} rusak atau bukan berkas Excel (.xlsx): bagian buku "
                                  "kerja tidak ada.").format(name=self.path.name))
        rels = self._rels(book)
        self.epoch1904 = False
        sheets: list[tuple[str, str]] = []
        for _, elem in self._parse(book):
            kind = _local(elem.tag)
            if kind == "sheet":
                sheets.append((_printable(elem.get("name") or ""), _attr(elem, "id") or ""))
                if len(sheets) > MAX_SHEETS:
                    raise ImportError_(tr("{name} berisi lebih dari {limit} lembar; pisahkan "
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
            raise ImportError_(tr("{name} tidak berisi lembar kerja.").format(
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
                if (is_date_format(formats[fmt]) if fmt in formats else fmt in _BUILTIN_DATES)}

    def _shared_strings(self, part: str) -> list[str]:
        handler = _SharedStrings(self)
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
        parser.StartDoctypeDeclHandler = _no_dtd
        parser.EntityDeclHandler = _no_entities
        parser.UnparsedEntityDeclHandler = _no_unparsed_entities
        parser.ExternalEntityRefHandler = _no_external
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
            raise ImportError_(_dangerous(name, member.filename)) from None
        except expat.ExpatError as exc:
            raise ImportError_(_not_xml(name, member.filename, exc.lineno)) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as exc:
            raise ImportError_(_unopenable(name, member.filename, exc)) from None
        finally:
            self.read_bytes = start + member.file_size

    def rows(self, sheet: Sheet, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cell texts) of each row that has any text, in order;
        bounded by MAX_ROWS and by the workbook's MAX_CELLS."""
        handler = _SheetRows(self, sheet.name, problems)
        for done in self._stream(sheet.part, handler):
            yield from done

    def _too_many_cells(self) -> ImportError_:
        return ImportError_(_too_big(self.path.name, tr("berisi lebih dari {limit} sel").format(
            limit=format_count(MAX_CELLS))))


def _printable(text: str) -> str:
    """A name from the file as it may be printed: no control characters (a sheet
    named with terminal escape codes must not recolour the user's terminal)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "?", text)[:100]


def _int(text: str | None, default: int) -> int:
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default


def _column(ref: str | None, default: int) -> int:
    if not ref:
        return default
    column = 0
    for ch in ref:
        o = ord(ch) - 64
        if 1 <= o <= 26:
            column = column * 26 + o
            if column > 20_000:
                return column
        else:
            break
    return column or default


def _no_dtd(name, sysid, pubid, has_internal_subset):
    raise DTDForbidden(name, sysid, pubid)


def _no_entities(name, is_parameter_entity, value, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)


def _no_unparsed_entities(name, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)


def _no_external(context, base, sysid, pubid):
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


class _Handler:
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


class _SharedStrings(_Handler):
    """<si> texts: plain <t> or runs of <r><t>; phonetic hints (<rPh>) skipped."""

    def __init__(self, book: Workbook):
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
            text = _unescape("".join(self.parts))
            self.strings.append(text)
            self.chars_seen += len(text)
            if len(self.strings) > MAX_SHARED:
                raise ImportError_(_too_big(self.book.path.name, tr(
                    "berisi lebih dari {limit} teks berbeda").format(
                    limit=format_count(MAX_SHARED))))
            if self.chars_seen > MAX_SHARED_CHARS:
                raise ImportError_(_too_big(self.book.path.name, tr(
                    "berisi lebih dari {limit} karakter teks").format(
                    limit=format_count(MAX_SHARED_CHARS))))


class _SheetRows(_Handler):
    """Rows of a worksheet as they are parsed: ``done`` gets (row, cell texts)."""

    def __init__(self, book: Workbook, sheet: str, problems: list[Problem]):
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
                raise book._too_many_cells()
            self.column = _column(attrs.get("r"), self.column + 1)
            self.kind, self.style, self.raw, self.inline = attrs.get("t"), attrs.get("s"), \
                None, None
        elif local == "v":
            self.text = []
        elif local == "row":
            self.book.cells += 1
            if self.book.cells > MAX_CELLS:
                raise self.book._too_many_cells()
            self.row = max(1, _int(attrs.get("r"), self.row + 1))
            if self.row > MAX_ROWS:
                raise ImportError_(tr("Lembar {sheet} berisi lebih dari {limit} baris.").format(
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
        text = _value(self.kind or "n", self.raw, self.inline, self.style, self.book,
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


def _value(kind: str, raw: str | None, inline: list[str] | None, style: str | None,
           book: Workbook, problem: Callable[[str], None]) -> str:
    """A cell as text; a value that does not fit its type is reported."""
    if kind == "inlineStr":
        return _unescape("".join(inline)) if inline is not None else (raw or "")
    if raw is None:
        return ""
    shown = raw[:30]
    if kind == "s":
        try:
            index = int(raw)
        except ValueError:
            problem(tr("rujukan teks '{value}' bukan angka; sel dibiarkan kosong").format(
                value=shown))
            return ""
        if not 0 <= index < len(book.shared):
            problem(tr("rujukan teks {index} tidak ada di berkas; sel dibiarkan kosong")
                    .format(index=index))
            return ""
        return book.shared[index]
    if kind in ("str", "e"):
        return _unescape(raw)
    if kind == "b":
        flag = raw.strip().lower()
        if flag in ("1", "true"):
            return "True"
        if flag in ("0", "false"):
            return "False"
        problem(tr("nilai benar/salah '{value}' tidak terbaca; dibaca sebagai teks").format(
            value=shown))
        return raw
    if kind == "d":
        try:
            return dt.datetime.fromisoformat(raw.strip()).date().isoformat()
        except ValueError:
            problem(tr("tanggal '{value}' tidak terbaca; dibaca sebagai teks").format(
                value=shown))
            return raw
    # a number ("n", or an unknown type read as one)
    text = raw.strip()
    try:
        if "." in text or "e" in text or "E" in text or "n" in text.lower():
            number = float(text)
            if not math.isfinite(number):
                raise ValueError
            whole = number.is_integer()
        else:
            number = int(text)
            whole = True
    except (ValueError, OverflowError):
        problem(tr("angka '{value}' tidak terbaca; dibaca sebagai teks").format(value=shown))
        return raw
    if style is not None and book.percents and _int(style, -1) in book.percents \
            and abs(number) < 1e12:
        return percent_text(text)
    if style is not None and _int(style, -1) in book.dates:
        date = excel_date(float(number), book.epoch1904)
        if date is None:
            problem(tr("tanggal (angka {value}) tidak ada di kalender; sel dibiarkan kosong")
                    .format(value=shown))
            return ""
        return date
    if whole:
        return str(int(number))
    return str(number)
