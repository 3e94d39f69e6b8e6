"""The demo's year of monitoring: example figures (marked "Contoh") for one
plan, read from ``rakdesk/data/demo_realisasi.json``, so that every
monitoring report prints out of the box. Kept apart from demo.json: these are
made-up figures, not a transcription of a signed document."""

from __future__ import annotations

import datetime as dt
import json
import struct
import zlib
from importlib import resources

from sqlmodel import Session

from rakdesk.core import monitoring
from rakdesk.core import plans as ops
from rakdesk.core.performance import quarter_periods

EXAMPLE = "Contoh"


def demo_monitoring() -> dict:
    text = resources.files("rakdesk").joinpath("data/demo_realisasi.json").read_text(
        encoding="utf-8")
    return json.loads(text)


def example_png() -> bytes:
    """A small grey PNG (16 × 16), the demo's example evidence file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes([200]) * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def load(session: Session, data: dict | None = None) -> None:
    data = demo_monitoring() if data is None else data
    for spec in data["plans"]:
        satker = next((s for s in ops.all_satkers(session) if s.name == spec["satker"]), None)
        plan = satker and next((p for p in satker.plans if p.kind == spec["kind"]
                                and p.year == spec["year"]), None)
        if plan is None:
            continue
        _load_plan(session, plan, spec)


def _indikator(plan, sasaran: int, indikator: int):
    """The plan's indikator at these 1-based numbers; None when the plan has no such
    one (a demo cut short, e.g. by a test)."""
    if not 1 <= sasaran <= len(plan.sasaran):
        return None
    items = plan.sasaran[sasaran - 1].indikator
    return items[indikator - 1] if 1 <= indikator <= len(items) else None


def _load_plan(session: Session, plan, spec: dict) -> None:
    note = spec.get("note", EXAMPLE)
    for row in spec["indikator"]:
        ind = _indikator(plan, row["sasaran"], row["indikator"])
        if ind is None:
            continue
        ind.aggregation = row.get("aggregation", ind.aggregation)
        ind.polarity = row.get("polarity", ind.polarity)
        ind.renstra_target = row.get("renstra_target", "")
        followup = row.get("followup", {})
        for quarter, value in enumerate(row["quarters"], 1):
            period = quarter_periods(plan, quarter)[-1]  # a quarter's figure in its last month
            extra = dict(followup.get(str(quarter), {}))
            if extra.get("batas_waktu"):
                extra["batas_waktu"] = dt.date.fromisoformat(extra["batas_waktu"])
            if value or extra:
                monitoring.set_realisasi(session, ind, period, value=value, note=note, **extra)
    missed = {tuple(m[:4]): (m[4], m[5]) for m in spec.get("progress", {}).get("missed", [])}
    for si, sasaran in enumerate(plan.sasaran, 1):
        for ii, ind in enumerate(sasaran.indikator, 1):
            for ki, kegiatan in enumerate(ind.kegiatan, 1):
                for period in kegiatan.schedule():
                    status, text = missed.get((si, ii, ki, period), ("terlaksana", note))
                    monitoring.set_progress(session, kegiatan, period, status, text)
    for ev in spec.get("evidence", []):
        ind = _indikator(plan, ev["sasaran"], ev["indikator"])
        if ind is None:
            continue
        period = quarter_periods(plan, ev["quarter"])[-1]
        if ev.get("link"):
            monitoring.attach_link(session, ind, period, ev["link"], ev.get("name", ""))
        else:
            monitoring.attach_file(session, ind, period, ev["file"], example_png())
