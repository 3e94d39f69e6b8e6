"""What an .xlsx may be before any of it is parsed (size, archive, members
that expand too far), the limits on the work reading one may take, and how
its problems and refusals are told to the user."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rakdesk.core.i18n import tr
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


class ImportRefused(RakdeskError):
    """The workbook cannot be imported; the message says why."""


class ImportCancelled(ImportRefused):
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


def check_archive(path: Path) -> None:
    """Refuse what is not a sane .xlsx before any of it is parsed."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ImportRefused(tr("{name} tidak bisa dibaca: {error}").format(
            name=path.name, error=exc.strerror)) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(tr("{name} berformat Excel lama (.xls). Buka di Excel atau "
                              "LibreOffice lalu simpan sebagai .xlsx, kemudian impor lagi.")
                           .format(name=path.name))
    if not head.startswith(b"PK"):
        raise ImportRefused(not_xlsx(path.name))
    if size > MAX_FILE:
        raise ImportRefused(tr("{name} terlalu besar ({size} MB; paling besar {limit} MB).")
                           .format(name=path.name, size=size // 2**20, limit=MAX_FILE // 2**20))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, NotImplementedError):
        raise ImportRefused(damaged(path.name)) from None
    if "[Content_Types].xml" not in {m.filename for m in members}:
        raise ImportRefused(not_xlsx(path.name))
    total = 0
    for m in members:
        total += m.file_size
        if m.compress_size and m.file_size / max(1, m.compress_size) > MAX_RATIO \
                and m.file_size > 10 * 2**20:
            raise ImportRefused(tr("{name} mencurigakan: bagian {part} mengembang terlalu besar "
                                  "saat dibuka (zip bomb).").format(name=path.name,
                                                                    part=m.filename))
    if total > MAX_UNCOMPRESSED:
        raise ImportRefused(tr("{name} terlalu besar setelah dibuka ({size} MB; paling besar "
                              "{limit} MB).").format(name=path.name, size=total // 2**20,
                                                     limit=MAX_UNCOMPRESSED // 2**20))


def not_xlsx(name: str) -> str:
    return tr("{name} bukan berkas Excel (.xlsx).").format(name=name)


def damaged(name: str) -> str:
    return tr("{name} rusak atau bukan berkas Excel (.xlsx).").format(name=name)


def dangerous(name: str, part: str) -> str:
    return tr("{name} memuat XML berbahaya (DTD atau entitas di {part}); berkas tidak dibuka.") \
        .format(name=name, part=part)


def not_xml(name: str, part: str, line) -> str:
    return tr("{name} rusak: {part} bukan XML yang sah (baris {line}).").format(
        name=name, part=part, line=line)


def unopenable(name: str, part: str, error: BaseException) -> str:
    return tr("{name} rusak: {part} tidak bisa dibuka ({error}).").format(
        name=name, part=part, error=type(error).__name__)


def too_big(name: str, what: str) -> str:
    """``what``: "berisi lebih dari ... sel" and the like, already translated."""
    return tr("{name} {what}; terlalu besar untuk sebuah RAK/IKU.").format(name=name, what=what)
