"""A plan's monitoring rows as reports read them (an indikator's realisasi by
period, a kegiatan's pelaksanaan): light (no ORM), so a report printed from a
plan read by rakdesk.core.plain reads them the same way;
rakdesk.core.monitoring re-exports them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rakdesk.core.model import Indikator, Kegiatan, KegiatanProgress, Realisasi

STATUS_WORDS = {"terlaksana": "Terlaksana", "sebagian": "Sebagian",
                "tidak": "Tidak terlaksana", "": ""}


def realisasi(indikator: Indikator, period: int) -> Realisasi | None:
    return next((r for r in indikator.realisasi if r.period == period), None)


def realisasi_by_period(indikator: Indikator) -> dict[int, Realisasi]:
    return {r.period: r for r in indikator.realisasi}


def progress(kegiatan: Kegiatan, period: int) -> KegiatanProgress | None:
    return next((p for p in kegiatan.progress if p.period == period), None)
