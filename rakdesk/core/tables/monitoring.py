"""The tables of the monitoring reports, described once (PDF, .xlsx and .docx
render these):

- :func:`describe_quarter`: Laporan Monitoring Rencana Aksi, one triwulan:
  per sasaran and indikator the target of the triwulan, realisasi, capaian,
  kategori, kendala, upaya, rencana tindak lanjut, PIC and batas waktu; per
  kegiatan whether it was carried out.
- :func:`describe_pengukuran`: LKjIP Bab III, Pengukuran Kinerja: No |
  Sasaran | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
  Kategori, one row per indikator.
- :func:`describe_last_year`: the comparison with last year's plan.
- :func:`describe_renstra`: the comparison with the Renstra end-period target.
- :func:`describe_budget`: Realisasi Anggaran per program (pagu from the PK).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from rakdesk.core import capaian as cp
from rakdesk.core import performance as pf
from rakdesk.core.monitoring_values import realisasi_by_period
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Indikator, Plan

NO_BUDGET = "Data anggaran belum tersedia: pagu dan realisasi per program diambil dari " \
    "Perjanjian Kinerja."


def satuan_of(indikator: Indikator) -> str:
    """The indikator's satuan: typed on the PK's indikator when there is one
    (``indikator.satuan``), else read from its target ("%", "Laporan")."""
    typed = getattr(indikator, "satuan", "") or ""
    if typed.strip():
        return typed.strip()
    m = cp.measure(indikator.target, indikator.text)
    if m.kind == "number":
        return "%" if m.unit == "%" else (m.unit or "Angka")
    if m.kind == "grade":
        return "Nilai"
    if m.kind == "opinion":
        return "Opini"
    return ""


def _group_spans(table: TableDescription, keys_by_level: dict[str, tuple[str, ...]]) -> None:
    """Spans of the sasaran-level and indikator-level cells over their rows."""
    for level, id_of in (("sasaran", lambda r: r.sasaran_id),
                         ("indikator", lambda r: (r.sasaran_id, r.indikator_id))):
        keys = keys_by_level.get(level, ())
        start = 0
        rows = table.rows
        for i in range(1, len(rows) + 1):
            if i == len(rows) or id_of(rows[i]) != id_of(rows[start]):
                if i - start > 1:
                    table.spans += [Span(start, key, i - start) for key in keys]
                start = i


# --- Laporan Monitoring Rencana Aksi --------------------------------------------------------

def quarter_columns(quarter: int) -> list[Column]:
    q = pf.quarter_name(quarter)
    return [
        Column("no", "No", "sasaran"),
        Column("sasaran", "Sasaran", "sasaran"),
        Column("indikator", "Indikator Kinerja", "indikator"),
        Column("target", f"Target TW {q}", "indikator"),
        Column("realisasi", f"Realisasi TW {q}", "indikator"),
        Column("capaian", "Capaian (%)", "indikator"),
        Column("kategori", "Kategori", "indikator"),
        Column("kegiatan", "Kegiatan", "row"),
        Column("pelaksanaan", "Pelaksanaan", "row"),
        Column("kendala", "Kendala", "indikator"),
        Column("upaya", "Upaya / Solusi", "indikator"),
        Column("tindak_lanjut", "Rencana Tindak Lanjut", "indikator"),
        Column("pic", "PIC", "indikator"),
        Column("batas_waktu", "Batas Waktu", "indikator"),
    ]


def _followup(indikator: Indikator, quarter: int) -> dict[str, str]:
    """Kendala, upaya, tindak lanjut, PIC and batas waktu written in the
    triwulan's periods (one line per period that has any), and whether the
    previous triwulan's tindak lanjut was done."""
    plan = indikator.sasaran.plan
    rows = realisasi_by_period(indikator)
    out = {k: [] for k in ("kendala", "upaya", "tindak_lanjut", "pic", "batas_waktu")}
    for period in pf.quarter_periods(plan, quarter):
        r = rows.get(period)
        if r is None:
            continue
        for key in ("kendala", "upaya", "tindak_lanjut", "pic"):
            if getattr(r, key).strip():
                out[key].append(getattr(r, key).strip())
        if r.batas_waktu is not None:
            out["batas_waktu"].append(r.batas_waktu.strftime("%d-%m-%Y"))
    if quarter > 1:
        before = [rows[p] for p in pf.quarter_periods(plan, quarter - 1)
                  if p in rows and rows[p].tindak_lanjut.strip()]
        for r in before:
            word = "sudah dilaksanakan" if r.tindak_lanjut_done else "belum dilaksanakan"
            out["tindak_lanjut"].insert(0, f"Tindak lanjut TW {pf.quarter_name(quarter - 1)} "
                                           f"{word}.")
    return {k: "\n".join(v) for k, v in out.items()}


def describe_quarter(plan: Plan, quarter: int) -> TableDescription:
    cols = quarter_columns(quarter)
    table = TableDescription(cols, [str(n) for n in range(1, len(cols) + 1)])
    scale = pf.scale_of(plan)
    keys = [c.key for c in cols]
    for number, sasaran in enumerate(plan.sasaran, 1):
        first_of_sasaran = True
        for indikator in sasaran.indikator or [None]:
            ind_cells: dict[str, str] = {}
            if indikator is not None:
                fig = pf.quarter_figures(indikator, quarter, scale)
                ind_cells = {"indikator": indikator.text,
                             "target": _with_note(fig.target or "-", indikator),
                             "realisasi": fig.realisasi_text, "capaian": fig.capaian.text,
                             "kategori": fig.kategori, **_followup(indikator, quarter)}
            kegiatan = (indikator.kegiatan if indikator is not None else []) or [None]
            for n, k in enumerate(kegiatan):
                cells = dict.fromkeys(keys, "")
                if first_of_sasaran:
                    cells.update(no=f"{number}.", sasaran=sasaran.text)
                    first_of_sasaran = False
                if n == 0:
                    cells.update(ind_cells)
                if k is not None:
                    cells["kegiatan"] = k.text
                    cells["pelaksanaan"] = pf.kegiatan_status(k, quarter) or "Tidak dijadwalkan"
                table.rows.append(Row(number, sasaran.id, indikator and indikator.id,
                                      k and k.id, cells))
    _group_spans(table, {"sasaran": ("no", "sasaran"),
                         "indikator": tuple(c.key for c in cols if c.level == "indikator")})
    return table


# --- Pengukuran Kinerja (LKjIP Bab III) -----------------------------------------------------

PENGUKURAN_COLUMNS = [
    Column("no", "No", "sasaran"),
    Column("sasaran", "Sasaran", "sasaran"),
    Column("indikator", "Indikator Kinerja", "row"),
    Column("satuan", "Satuan", "row"),
    Column("target", "Target", "row"),
    Column("realisasi", "Realisasi", "row"),
    Column("capaian", "Capaian (%)", "row"),
    Column("kategori", "Kategori", "row"),
]


def _by_indikator(plan: Plan, cols: list[Column], cells_of) -> TableDescription:
    table = TableDescription(cols, [str(n) for n in range(1, len(cols) + 1)])
    keys = [c.key for c in cols]
    for number, sasaran in enumerate(plan.sasaran, 1):
        for n, indikator in enumerate(sasaran.indikator or [None]):
            cells = dict.fromkeys(keys, "")
            if n == 0:
                cells.update(no=f"{number}.", sasaran=sasaran.text)
            if indikator is not None:
                cells.update(cells_of(indikator))
            table.rows.append(Row(number, sasaran.id, indikator and indikator.id, None, cells))
    _group_spans(table, {"sasaran": tuple(k for k in ("no", "sasaran") if k in keys)})
    return table


def describe_pengukuran(plan: Plan) -> TableDescription:
    scale = pf.scale_of(plan)

    def cells(indikator: Indikator) -> dict[str, str]:
        fig = pf.year_figures(indikator, scale)
        return {"indikator": indikator.text, "satuan": satuan_of(indikator),
                "target": _with_note(indikator.target, indikator),
                "realisasi": fig.realisasi_text,
                "capaian": fig.capaian.text, "kategori": fig.kategori}
    return _by_indikator(plan, PENGUKURAN_COLUMNS, cells)


def _with_note(target: str, indikator: Indikator) -> str:
    """A target, and under it the note that it was changed after realisation
    was entered (a PK Perubahan or a RAK revision), naming the earlier one."""
    note = pf.target_change_note(indikator)
    return f"{target}\n{note}" if note else target


def describe_last_year(plan: Plan) -> TableDescription:
    before, now = plan.year - 1, plan.year
    cols = [Column("no", "No", "sasaran"), Column("sasaran", "Sasaran", "sasaran"),
            Column("indikator", "Indikator Kinerja", "row"),
            Column("target_before", "Target", "row", group=f"Tahun {before}"),
            Column("realisasi_before", "Realisasi", "row", group=f"Tahun {before}"),
            Column("capaian_before", "Capaian (%)", "row", group=f"Tahun {before}"),
            Column("target", "Target", "row", group=f"Tahun {now}"),
            Column("realisasi", "Realisasi", "row", group=f"Tahun {now}"),
            Column("capaian", "Capaian (%)", "row", group=f"Tahun {now}")]
    pairs = pf.last_year(plan)
    scale = pf.scale_of(plan)

    def cells(indikator: Indikator) -> dict[str, str]:
        fig = pf.year_figures(indikator, scale)
        out = {"indikator": indikator.text, "target": indikator.target,
               "realisasi": fig.realisasi_text, "capaian": fig.capaian.text,
               "target_before": "-", "realisasi_before": "-", "capaian_before": "-"}
        old = pairs.get(indikator.id)
        if old is not None:
            prev = pf.year_figures(old, scale)
            out.update(target_before=old.target or "-", realisasi_before=prev.realisasi_text,
                       capaian_before=prev.capaian.text)
        return out
    return _by_indikator(plan, cols, cells)


def describe_renstra(plan: Plan) -> TableDescription:
    cols = [Column("no", "No", "sasaran"), Column("sasaran", "Sasaran", "sasaran"),
            Column("indikator", "Indikator Kinerja", "row"),
            Column("realisasi", f"Realisasi {plan.year}", "row"),
            Column("renstra", "Target Akhir Renstra", "row"),
            Column("capaian", "Capaian terhadap Renstra (%)", "row")]
    scale = pf.scale_of(plan)

    def cells(indikator: Indikator) -> dict[str, str]:
        fig = pf.year_figures(indikator, scale)
        renstra = indikator.renstra_target.strip()
        result = cp.compute(renstra, fig.realisasi, indikator.polarity,
                            indikator.capaian_formula, indikator.text) if renstra else None
        return {"indikator": indikator.text, "realisasi": fig.realisasi_text,
                "renstra": renstra or "-", "capaian": result.text if result else "-"}
    return _by_indikator(plan, cols, cells)


def format_rupiah(amount: int | None) -> str:
    if amount is None:
        return "-"
    return f"{amount:,}".replace(",", ".")


def describe_budget(plan: Plan) -> TableDescription:
    """Realisasi Anggaran per program: pagu from the PK (rakdesk.core.performance.pk_budget)."""
    cols = [Column("no", "No", "row"), Column("program", "Program", "row"),
            Column("pagu", "Pagu (Rp)", "row"), Column("realisasi", "Realisasi (Rp)", "row"),
            Column("persen", "%", "row")]
    table = TableDescription(cols, [])
    lines = pf.pk_budget(plan)
    total_pagu = total_real = 0
    for n, (program, pagu, real) in enumerate(lines, 1):
        percent = cp.format_percent(Decimal(real) / pagu * 100) if pagu and real is not None \
            else "-"
        table.rows.append(Row(n, "", None, None, {
            "no": f"{n}.", "program": program, "pagu": format_rupiah(pagu),
            "realisasi": format_rupiah(real), "persen": percent}))
        total_pagu += pagu or 0
        total_real += real or 0
    if lines:
        percent = cp.format_percent(Decimal(total_real) / total_pagu * 100) \
            if total_pagu else "-"
        table.rows.append(Row(0, "", None, None, {
            "no": "", "program": "Jumlah", "pagu": format_rupiah(total_pagu),
            "realisasi": format_rupiah(total_real), "persen": percent}))
    return table
