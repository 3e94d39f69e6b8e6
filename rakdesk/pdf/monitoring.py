"""The printed monitoring reports of a plan:

- :func:`render_quarter`: Laporan Monitoring Rencana Aksi Triwulan I–IV
  (landscape), with the plan's progress and the signature block;
- :func:`render_pengukuran`: Pengukuran Kinerja, LKjIP Bab III (portrait):
  capaian per indikator, its charts, the comparison with last year and with
  the Renstra target, and Realisasi Anggaran per program.

The tables come from rakdesk.core.tables.monitoring; pages are cut by
rakdesk.pdf.grid, so a long sasaran never breaks the layout.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from rakdesk.core import performance as pf
from rakdesk.core.tables import monitoring as tables
from rakdesk.core.tables.description import TableDescription
from rakdesk.pdf import charts
from rakdesk.pdf.budget import LINE_LINES, TITLE_LINES
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, build_pdf, signature_block
from rakdesk.pdf.fonts import FontSet, fonts
from rakdesk.pdf.parts import height_of
from rakdesk.pdf.table import Look, body_rows, table_layout
from rakdesk.pdf.text import fitted, para, styles

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

CENTRED = {"no", "satuan", "target", "realisasi", "capaian", "kategori", "pelaksanaan",
           "batas_waktu", "target_before", "realisasi_before", "capaian_before", "renstra",
           "persen"}
RIGHT = {"pagu"}
# Share of the flexible width, and fixed widths in mm
QUARTER_FIXED = {"no": 8, "target": 16, "realisasi": 16, "capaian": 14, "kategori": 16,
                 "pelaksanaan": 18, "pic": 20, "batas_waktu": 17}
QUARTER_SHARE = {"sasaran": 0.15, "indikator": 0.19, "kegiatan": 0.18, "kendala": 0.16,
                 "upaya": 0.16, "tindak_lanjut": 0.16}
PENGUKURAN_FIXED = {"no": 8, "satuan": 15, "target": 17, "realisasi": 17, "capaian": 16,
                    "kategori": 18}
PENGUKURAN_SHARE = {"sasaran": 0.45, "indikator": 0.55}


def _widths(desc: TableDescription, width: float, fixed: dict, share: dict) -> dict:
    out = {k: v * mm for k, v in fixed.items() if k in desc.keys}
    flexible = width - sum(out.values())
    total = sum(v for k, v in share.items() if k in desc.keys)
    for key in desc.keys:
        if key not in out:
            out[key] = flexible * share.get(key, 0) / total if key in share else 0
    return out


def _even_widths(desc: TableDescription, width: float, wide: dict[str, float]) -> dict:
    """``wide`` columns take these shares of the width; the others share the rest evenly."""
    rest = [k for k in desc.keys if k not in wide]
    left = width * (1 - sum(wide.values()))
    out = {k: width * v for k, v in wide.items()}
    out.update({k: left / len(rest) for k in rest})
    return out


def _looks(desc: TableDescription, widths: dict) -> dict[str, Look]:
    """How each column prints: centred figures, right-aligned money, and the
    sasaran and indikator texts repeated where they continue on a new page."""
    def style(key: str) -> str:
        return "center" if key in CENTRED else "right" if key in RIGHT else "cell"
    return {k: Look(widths[k], style(k), repeat=k in ("sasaran", "indikator"))
            for k in desc.keys}


def _grid(desc: TableDescription, widths: dict, st: dict, fs: FontSet):
    """The description's grid layout (rakdesk.pdf.table), its rows, and the
    header's height."""
    looks = _looks(desc, widths)
    layout = table_layout(desc, looks, st, fs, min_row=14)
    return layout, body_rows(desc, looks, st), sum(layout.header_heights)


def _styles(size: float):
    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=size)
    st["right"] = st["center"].clone("right", alignment=2)
    st["heading"] = st["line_bold"].clone("heading", alignment=0)
    return fs, st


def _title(lines: list[str], st: dict, width: float) -> list:
    story = [fitted(lines[0], st["title"], width, TITLE_LINES)]
    story += [fitted(line, st["center_bold"], width, LINE_LINES) for line in lines[1:] if line]
    return story + [Spacer(1, 4 * mm)]


# --- Laporan Monitoring Rencana Aksi Triwulan ------------------------------------------------

def render_quarter(plan: Plan, quarter: int, stamp=None) -> bytes:
    fs, st = _styles(7)
    page = Page.of(plan, "landscape", stamped=stamp is not None)
    desc = tables.describe_quarter(plan, quarter)
    widths = _widths(desc, page.width, QUARTER_FIXED, QUARTER_SHARE)
    layout, rows, head = _grid(desc, widths, st, fs)
    satker = plan.satker
    progress = pf.plan_progress(plan, quarter)
    done = progress.percent
    summary = (f"Pelaksanaan kegiatan s.d. Triwulan {pf.quarter_name(quarter)}: "
               f"{_count(progress.done)} dari {progress.scheduled} jadwal kegiatan terlaksana"
               + (f" ({tables.cp.format_percent(done)}%)." if done is not None else "."))
    title = _title([f"LAPORAN MONITORING RENCANA AKSI TRIWULAN {pf.quarter_name(quarter)}",
                    satker.full_name or satker.name, f"TAHUN {plan.year}"], st, page.width)
    title += [para(summary, st["line"]), Spacer(1, 2 * mm)]
    sign = signature_block(plan, st, 95 * mm, date=pf.report_date_line(plan, quarter))
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    pages = layout.paginate(rows, first=page.height - title_h - head, rest=page.height - head,
                            tail=sign_h)
    story = list(title)
    for i, table in enumerate(layout.tables(pages)):
        if i:
            story.append(PageBreak())
        story.append(table)
    story += [Spacer(1, GAP), sign]
    return build_pdf(plan, page, story, fs, stamp)


def _count(value) -> str:
    return tables.cp.spell(value)


# --- Pengukuran Kinerja (LKjIP Bab III) ------------------------------------------------------

def _section(desc: TableDescription, widths: dict, heading: list, st: dict, fs: FontSet,
             page: Page, tail: list | None = None) -> list:
    """A heading and its table, starting on a new page, cut into pages."""
    layout, rows, head = _grid(desc, widths, st, fs)
    heading_h = height_of(heading, page.width, page.height)
    tail_h = height_of(tail, page.width, page.height) if tail else 0.0
    if not rows:
        return heading + (tail or [])
    pages = layout.paginate(rows, first=page.height - heading_h - head,
                            rest=page.height - head, tail=tail_h)
    story = list(heading)
    for i, table in enumerate(layout.tables(pages)):
        if i:
            story.append(PageBreak())
        story.append(table)
    return story + (tail or [])


def chart_flowables(plan: Plan, width: float, font: str) -> list:
    """Capaian per indikator (against 100 %) and per triwulan, numbered as in the table."""
    indikator = [i for s in plan.sasaran for i in s.indikator]
    scale = pf.scale_of(plan)
    labels = [_label(plan, i) for i in indikator]
    story = []
    values = [pf.year_figures(i, scale).capaian.value for i in indikator]
    for n, part in enumerate(charts.chunks(len(indikator))):
        title = "Grafik 1. Capaian kinerja per indikator tahun " + str(plan.year) + (
            f" (bagian {n + 1})" if len(indikator) > charts.PER_CHART else "")
        story += [CondPageBreak(60 * mm), charts.capaian_chart(
            [labels[i] for i in part], [values[i] for i in part], width, font, title,
            charts.axis_max(values)), Spacer(1, 4 * mm)]
    series = [[pf.quarter_figures(i, q, scale).capaian.value for i in indikator]
              for q in range(1, 5)]
    for n, part in enumerate(charts.chunks(len(indikator), 15)):
        title = "Grafik 2. Capaian per triwulan" + (
            f" (bagian {n + 1})" if len(indikator) > 15 else "")
        story += [CondPageBreak(72 * mm), charts.quarter_chart(
            [labels[i] for i in part], [[q[i] for i in part] for q in series], width, font,
            title, charts.axis_max([v for q in series for v in q])), Spacer(1, 4 * mm)]
    return story


def _label(plan: Plan, indikator) -> str:
    """"3.2": the sasaran's number and the indikator's within it."""
    s = indikator.sasaran
    return f"{plan.sasaran.index(s) + 1}.{s.indikator.index(indikator) + 1}"


def render_pengukuran(plan: Plan, stamp=None) -> bytes:
    fs, st = _styles(8)
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    satker = plan.satker
    title = _title(["PENGUKURAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                    satker.full_name or satker.name, f"TAHUN {plan.year}"], st, page.width)
    head_a = title + [para("A. Capaian Kinerja", st["heading"]), Spacer(1, 2 * mm)]
    pengukuran = tables.describe_pengukuran(plan)
    legend = [Spacer(1, 3 * mm), para(
        "Grafik menomori indikator menurut sasaran (1.2 = sasaran 1, indikator 2). Realisasi "
        "yang belum diisi tidak dihitung sebagai nol.", st["muted"])]
    story = _section(pengukuran, _widths(pengukuran, page.width, PENGUKURAN_FIXED,
                                         PENGUKURAN_SHARE), head_a, st, fs, page, tail=legend)
    story.append(PageBreak())
    story += chart_flowables(plan, page.width, fs.regular)
    story.append(PageBreak())
    before = tables.describe_last_year(plan)
    previous = pf.previous_plan(plan)
    note = [] if previous is not None else [para(
        f"Rencana tahun {plan.year - 1} tidak ada di berkas ini; kolom tahun "
        f"{plan.year - 1} dikosongkan.", st["muted"]), Spacer(1, 2 * mm)]
    story += _section(before, _even_widths(before, page.width, {"no": 0.04, "sasaran": 0.2,
                                                                "indikator": 0.26}),
                      [para(f"B. Perbandingan Realisasi dan Capaian Tahun {plan.year} dengan "
                            f"Tahun {plan.year - 1}", st["heading"]), Spacer(1, 2 * mm)] + note,
                      st, fs, page)
    story.append(PageBreak())
    renstra = tables.describe_renstra(plan)
    budget = tables.describe_budget(plan)
    budget_part = [Spacer(1, 6 * mm), para("D. Realisasi Anggaran", st["heading"]),
                   Spacer(1, 2 * mm)]
    if not budget.rows:
        budget_part.append(para(tables.NO_BUDGET, st["muted"]))
        tail = budget_part
    else:
        tail = None
    story += _section(renstra, _even_widths(renstra, page.width, {"no": 0.05, "sasaran": 0.27,
                                                                  "indikator": 0.33}),
                      [para("C. Perbandingan Realisasi dengan Target Akhir Renstra",
                            st["heading"]), Spacer(1, 2 * mm)], st, fs, page, tail=tail)
    if budget.rows:
        story.append(PageBreak())
        story += _section(budget, _even_widths(budget, page.width, {"no": 0.06,
                                                                    "program": 0.46}),
                          budget_part[1:], st, fs, page)
    return build_pdf(plan, page, story, fs, stamp)


# --- files -----------------------------------------------------------------------------------

def report_names(plan: Plan) -> list[tuple[str, str]]:
    """(kind, file stem) of every monitoring report the plan can print now: a
    triwulan report for each triwulan holding realisasi, and the Pengukuran
    Kinerja once any is filled."""
    quarters = pf.quarters_with_realisasi(plan)
    out = [(f"tw{q}", f"Monitoring TW {pf.quarter_name(q)}") for q in quarters]
    if quarters:
        out.append(("pengukuran", "Pengukuran Kinerja"))
    return out


def render_report(plan: Plan, kind: str, stamp=None) -> bytes:
    """The report as the plan holds it now; with a finalised report's ``stamp``
    (rakdesk.core.revisions.Stamp) its code and QR code in every footer."""
    if kind == "pengukuran":
        return render_pengukuran(plan, stamp)
    return render_quarter(plan, int(kind[2:]), stamp)


def report_of_record_or_render(plan: Plan, kind: str) -> bytes:
    """A final report's stored bytes (what 'rakdesk verify' recognises);
    otherwise the report as the plan holds it now."""
    from rakdesk.core.records import report_bytes

    return report_bytes(plan, kind, render_report)


def render_report_to_file(plan: Plan, kind: str, path: str | os.PathLike) -> Path:
    """Write the report: a final one's stored bytes, byte for byte."""
    from rakdesk.core.safefiles import write_atomically

    data = report_of_record_or_render(plan, kind)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data))
