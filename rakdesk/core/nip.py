"""NIP (Nomor Induk Pegawai): the 18-digit number of an Indonesian civil servant.

Layout: ``YYYYMMDD`` date of birth, ``YYYYMM`` month of appointment, ``G`` sex
(1 male, 2 female), ``NNN`` sequence. It is printed grouped:
``19680411 199303 1 009``.
"""

from __future__ import annotations

import datetime as dt
import re

from rakdesk.core.i18n import tr
from rakdesk.errors import ValidationError


def normalize_nip(text: str) -> str:
    """Strip the spaces, dots and the ``NIP.`` prefix people type around a NIP."""
    s = re.sub(r"^\s*NIP\.?\s*:?\s*", "", text or "", flags=re.IGNORECASE)
    return re.sub(r"[\s.\-]", "", s)


def nip_problem(text: str) -> str | None:
    """Why ``text`` is not a valid NIP (Indonesian), or ``None`` when it is."""
    nip = normalize_nip(text)
    if not nip:
        return tr("NIP kosong.")
    if not nip.isdigit():
        return tr("NIP hanya boleh berisi angka.")
    if len(nip) != 18:
        return tr("NIP harus 18 angka, bukan {count}.").format(count=len(nip))
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return tr("Tanggal lahir pada NIP ({digits}) bukan tanggal yang ada.").format(
            digits=nip[0:8])
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return tr("Bulan pengangkatan pada NIP ({digits}) tidak ada.").format(digits=nip[8:14])
    if year < born.year + 15:
        return tr("Tahun pengangkatan pada NIP terlalu dekat dengan tahun lahir.")
    if nip[14] not in "12":
        return tr("Angka jenis kelamin pada NIP harus 1 atau 2.")
    if nip[15:] == "000":
        return tr("Nomor urut pada NIP tidak boleh 000.")
    return None


def validate_nip(text: str) -> str:
    """Return the 18 digits of a valid NIP, or raise :class:`ValidationError`."""
    problem = nip_problem(text)
    if problem:
        raise ValidationError(problem)
    return normalize_nip(text)


def format_nip(nip: str) -> str:
    """``196804111993031009`` -> ``19680411 199303 1 009`` (other text unchanged)."""
    digits = normalize_nip(nip)
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}"
