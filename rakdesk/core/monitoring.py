"""Recording the year against a plan: realisasi per indikator and period,
whether each kegiatan was carried out, and bukti dukung (evidence).

A plan is written in January and signed; these are filled in every quarter
on the signed plan, so nothing here asks for a draft. One row per indikator
(or kegiatan) and period, whose id comes from the parent and the period
(``identity`` in rakdesk.core.registry): two copies of a file that both
fill the same quarter hold the same row (a merge compares them), copies that
filled different quarters add up, and the same evidence file attached in two copies is one row.

Every function takes the rows and returns the row it changed (or None), so
the window's undo command can call it with the old values to undo.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlmodel import Session

from rakdesk.core import registry
from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    Evidence,
    Indikator,
    Kegiatan,
    KegiatanProgress,
    Plan,
    Realisasi,
    Tombstone,
)
from rakdesk.core.monitoring_values import (  # noqa: F401  (re-exported: callers use them here)
    STATUS_WORDS,
    progress,
    realisasi,
    realisasi_by_period,
)
from rakdesk.core.schedule import MONTHS_ID
from rakdesk.errors import ValidationError

REALISASI_FIELDS = ("target", "value", "note", "kendala", "upaya", "tindak_lanjut", "pic",
                    "batas_waktu", "tindak_lanjut_done")
STATUSES = ("terlaksana", "sebagian", "tidak")
MAX_EVIDENCE = 10 * 1024 * 1024  # bytes of one evidence file
# What a file starts with -> its type. Only these are kept inside a workspace.
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"\x89PNG\r\n\x1a\n", "image/png"))


def periods(plan: Plan) -> int:
    """How many periods the plan's year has: 4 quarters or 12 months."""
    return plan.gran.periods


def _check_period(plan: Plan, period: int) -> int:
    """A period of the plan, whose realisasi no final report shows."""
    if not isinstance(period, int) or not 1 <= period <= periods(plan):
        raise ValidationError(tr("Periode {period} tidak ada pada rencana ini (1 sampai {last})."
                                 ).format(period=period, last=periods(plan)))
    if plan.final_reports:
        from rakdesk.core.report_revisions import check_open

        check_open(plan, period)
    return period


def plan_of(indikator: Indikator) -> Plan:
    return indikator.sasaran.plan


def _lift_tombstone(session: Session, row_id: str) -> None:
    """A row made again under an id it had before is no longer deleted."""
    tomb = session.get(Tombstone, row_id)
    if tomb is not None:
        session.delete(tomb)


# --- realisasi ---------------------------------------------------------------------------

def set_realisasi(session: Session, indikator: Indikator, period: int, **values) -> Realisasi:
    """Set fields of an indikator's period (``value``, ``target``, ``note``,
    ``kendala``, ``upaya``, ``tindak_lanjut``, ``pic``, ``batas_waktu``,
    ``tindak_lanjut_done``). Text is kept as typed; "" for ``value`` means
    belum diisi, "0" is a real zero. Returns the row."""
    _check_period(plan_of(indikator), period)
    unknown = set(values) - set(REALISASI_FIELDS)
    if unknown:
        raise ValueError(f"not a realisasi field: {sorted(unknown)}")
    for name, value in values.items():
        if name == "batas_waktu":
            if isinstance(value, str):
                value = parse_date(value)
            if value is not None and not isinstance(value, dt.date):
                raise ValidationError(tr("Batas waktu bukan tanggal."))
        elif name == "tindak_lanjut_done":
            value = bool(value)
        else:
            value = "" if value is None else str(value).strip()
        values[name] = value
    row = realisasi(indikator, period)
    if row is None:
        row = Realisasi(id=registry.row_id(Realisasi, indikator.id, period=period), period=period)
        _lift_tombstone(session, row.id)
        indikator.realisasi.append(row)
        session.add(row)
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return row


def parse_date(text: str) -> dt.date | None:
    """A date as typed: "31-03-2024", "31/03/2024", "2024-03-31", "31 Maret 2024"; "" is None."""
    s = " ".join((text or "").split())
    if not s:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        months = {name.casefold(): i for i, name in enumerate(MONTHS_ID, 1)}
        if (m := re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", s)) and m[2].casefold() in months:
            return dt.date(int(m[3]), months[m[2].casefold()], int(m[1]))
    except ValueError:
        pass
    raise ValidationError(tr("«{text}» bukan tanggal (tulis misalnya 31-03-2024).").format(
        text=s))


# --- how an indikator is measured, and the satker's scale -------------------------------------

SETTINGS = {"polarity": ("higher", "lower"), "capaian_formula": ("standard", "inverse"),
            "aggregation": ("cumulative", "last", "average")}


def set_measurement(indikator: Indikator, **values) -> Indikator:
    """Set ``polarity``, ``capaian_formula``, ``aggregation``, ``renstra_target``
    or ``satuan`` of an indikator (allowed on a final RAK: none of them is printed
    on it; the satuan a PK prints changes only while the PK is a draft)."""
    for name, value in values.items():
        if name == "satuan":
            value = " ".join((value or "").split())
            if len(value) > 60:
                raise ValidationError(tr("Satuan terlalu panjang (paling banyak 60 huruf)."))
            if indikator.sasaran is not None and indikator.sasaran.plan.kind != "RAK" \
                    and value != indikator.satuan:
                from rakdesk.core.plans import ensure_draft
                ensure_draft(indikator)
        elif name == "renstra_target":
            value = (value or "").strip()
        elif name not in SETTINGS:
            raise ValueError(f"not a measurement setting: {name}")
        elif value not in SETTINGS[name]:
            raise ValidationError(tr("«{value}» bukan pilihan yang dikenal.").format(value=value))
        if getattr(indikator, name) != value:
            setattr(indikator, name, value)
    return indikator


def set_capaian_scale(satker, text: str) -> None:
    """The satker's kategori scale, one band per line ("76 – 90 Baik"); "" is the
    default. Refused, naming the line, when a line cannot be read."""
    from rakdesk.core.capaian import parse_scale

    text = (text or "").strip()
    if text:
        try:
            parse_scale(text)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
    satker.capaian_scale = text


# --- kegiatan progress -------------------------------------------------------------------

def set_progress(session: Session, kegiatan: Kegiatan, period: int, status: str,
                 note: str | None = None) -> KegiatanProgress:
    """Whether a kegiatan was carried out in a period: "terlaksana",
    "sebagian", "tidak" or "" (not yet said)."""
    _check_period(kegiatan.indikator.sasaran.plan, period)
    status = (status or "").strip().lower()
    aliases = {"tidak terlaksana": "tidak", "belum": "tidak", "ya": "terlaksana",
               "sudah": "terlaksana", "sebagian terlaksana": "sebagian"}
    status = aliases.get(status, status)
    if status and status not in STATUSES:
        raise ValidationError(tr("Status pelaksanaan «{status}» tidak dikenal (terlaksana, "
                                 "sebagian, tidak).").format(status=status))
    row = progress(kegiatan, period)
    if row is None:
        row = KegiatanProgress(id=registry.row_id(KegiatanProgress, kegiatan.id, period=period),
                               period=period)
        _lift_tombstone(session, row.id)
        kegiatan.progress.append(row)
        session.add(row)
    if row.status != status:
        row.status = status
    if note is not None and row.note != note.strip():
        row.note = note.strip()
    return row


# --- evidence ----------------------------------------------------------------------------

def file_type(data: bytes) -> str | None:
    """The mime type of a PDF, JPG or PNG file by its first bytes, else None."""
    return next((mime for magic, mime in _MAGIC if data.startswith(magic)), None)


def attach_file(session: Session, indikator: Indikator, period: int, name: str,
                data: bytes) -> Evidence:
    """Keep a file (PDF, JPG or PNG, at most 10 MB) as evidence of a period.
    The same file attached twice to the same period is one row."""
    _check_period(plan_of(indikator), period)
    if len(data) > MAX_EVIDENCE:
        raise ValidationError(tr("{name} terlalu besar ({size} MB); bukti dukung paling besar "
                                 "10 MB.").format(name=name, size=len(data) // (1024 * 1024)))
    mime = file_type(data)
    if mime is None:
        raise ValidationError(tr("{name} bukan PDF, JPG atau PNG.").format(name=name))
    digest = hashlib.sha256(data).hexdigest()
    row_id = registry.row_id(Evidence, indikator.id, period=period, sha256=digest)
    existing = next((e for e in indikator.evidence if e.id == row_id or (
        e.period == period and e.sha256 == digest)), None)
    if existing is not None:
        return existing
    row = Evidence(id=row_id, period=period, name=name.strip() or digest[:12], mime=mime,
                   sha256=digest, data=data, link="")
    _lift_tombstone(session, row.id)
    indikator.evidence.append(row)
    session.add(row)
    return row


def attach_link(session: Session, indikator: Indikator, period: int, link: str,
                name: str = "") -> Evidence:
    """Keep a link (a shared folder, an address) as evidence of a period."""
    _check_period(plan_of(indikator), period)
    link = " ".join((link or "").split())
    if not link:
        raise ValidationError(tr("Tautan bukti dukung kosong."))
    row_id = registry.row_id(Evidence, indikator.id, period=period, link=link)
    existing = next((e for e in indikator.evidence if e.id == row_id or (
        e.period == period and not e.sha256 and e.link == link)), None)
    if existing is not None:
        return existing
    row = Evidence(id=row_id, period=period, name=name.strip() or link, mime="", sha256="",
                   data=None, link=link)
    _lift_tombstone(session, row.id)
    indikator.evidence.append(row)
    session.add(row)
    return row


def remove_evidence(session: Session, evidence: Evidence) -> None:
    """Remove an evidence row (a tombstone keeps a merge from bringing it back)."""
    from rakdesk.core.plans import delete_row

    _check_period(plan_of(evidence.indikator), evidence.period)
    delete_row(session, evidence)
