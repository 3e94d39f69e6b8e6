"""Perjanjian Kinerja workbooks laid out as offices keep them, built with
openpyxl from seed 001 (Sekretariat KPU Kabupaten Kubu Raya 2024): its sasaran,
indikator and targets, a budget table of the KPU programs with example
amounts, and the two signature blocks."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook

from tests import seedtext

UNIT = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"
# The two programs of a KPU secretariat; the amounts are examples.
BUDGET = [("Program Dukungan Manajemen", 4_512_345_000),
          ("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 1_234_567_000)]


def rows_001() -> list[tuple[str, str, str]]:
    """(sasaran or '' when continued, indikator, target) of seed 001."""
    return [(s, i, t) for s, i, t, *_ in seedtext.rows_001()]


def split_target(target: str) -> tuple[str, str]:
    """"12 Kali" -> ("12", "Kali"); "75%" -> ("75", "%"); "3,5" -> ("3,5", "")."""
    m = re.fullmatch(r"([\d.,]+)\s*(%|\D.*)?", target)
    if not m:
        return target, ""
    return m.group(1), (m.group(2) or "").strip()


def quarters_of(target: str) -> list[str]:
    """Quarterly targets rising to the year's target (as offices predict them)."""
    value, unit = split_target(target)
    if unit == "%":
        return [f"{q * 25}%" for q in (1, 2, 3)] + [target]
    return ["", "", "", target]


def build_pk(rows=None, *, no_column=True, satuan=False, quarters=False, merged=True,
             budget=BUDGET, amounts="number", total=True, total_value=None, title=True,
             amended=False, repeat_header_at=None, start_col=1, numbered_sasaran=False,
             heading="SASARAN STRATEGIS", budget_heading="PROGRAM", parties=True,
             column_numbers=False, group_quarters=True, extra=None) -> bytes:
    """A PK lampiran sheet: title, unit, the lampiran table, the budget table with
    its Jumlah row, and Pihak Kedua (left) / Pihak Pertama (right)."""
    rows = rows_001() if rows is None else rows
    wb = Workbook()
    ws = wb.active
    ws.title = "Lampiran PK"
    c0 = start_col
    r = 1
    if title:
        ws.cell(row=1, column=c0, value="PERJANJIAN KINERJA " + ("PERUBAHAN " if amended else "")
                + "TAHUN 2024")
        ws.cell(row=2, column=c0, value=UNIT)
        r = 4
    heads = (["NO"] if no_column else []) + [heading, "INDIKATOR KINERJA"] + (
        ["SATUAN"] if satuan else []) + ["TARGET"]
    q0 = c0 + len(heads)

    def header(r):
        for i, h in enumerate(heads):
            ws.cell(row=r, column=c0 + i, value=h)
        if quarters:
            if group_quarters:
                ws.cell(row=r, column=q0, value="TARGET/PREDIKSI CAPAIAN PER TRIWULAN")
                for q in range(4):
                    ws.cell(row=r + 1, column=q0 + q, value=["TW I", "TW II", "TW III",
                                                             "TW IV"][q])
                r += 1
            else:
                for q in range(4):
                    ws.cell(row=r, column=q0 + q, value=f"Triwulan {q + 1}")
        r += 1
        if column_numbers:
            for n in range(1, len(heads) + (4 if quarters else 0) + 1):
                ws.cell(row=r, column=c0 + n - 1, value=n)
            r += 1
        return r

    r = header(r)
    offset = 1 if no_column else 0
    number = 0
    previous = None
    for index, (s, i, t) in enumerate(rows):
        if repeat_header_at is not None and index == repeat_header_at:
            r = header(r + 1)
        first = bool(s) and s != previous
        if s:
            previous = s
        if first:
            number += 1
        if no_column and first:
            ws.cell(row=r, column=c0, value=f"{number}.")
        if s and (first or not merged):
            ws.cell(row=r, column=c0 + offset, value=f"{number}. {s}" if numbered_sasaran else s)
        ws.cell(row=r, column=c0 + offset + 1, value=i)
        value, unit = split_target(t) if satuan else (t, "")
        if satuan:
            ws.cell(row=r, column=c0 + offset + 2, value=unit)
        ws.cell(row=r, column=c0 + len(heads) - 1, value=value)
        if quarters:
            for q, text in enumerate(quarters_of(t)):
                ws.cell(row=r, column=q0 + q, value=text or None)
        r += 1
    if merged and repeat_header_at is None:  # a sasaran spans its indicators' rows, as printed
        _merge_sasaran(ws, rows, r, c0, offset, no_column)
    r += 1
    if budget is not None:
        ws.cell(row=r, column=c0, value="NO")
        ws.cell(row=r, column=c0 + 1, value=budget_heading)
        ws.cell(row=r, column=c0 + 3, value="ANGGARAN")
        r += 1
        for n, (text, amount) in enumerate(budget, 1):
            ws.cell(row=r, column=c0, value=n)
            ws.cell(row=r, column=c0 + 1, value=text)
            if amounts == "number":
                ws.cell(row=r, column=c0 + 3, value=amount)
                ws.cell(row=r, column=c0 + 3).number_format = '"Rp "#,##0'
            elif amount is not None:
                ws.cell(row=r, column=c0 + 3,
                        value="Rp " + f"{amount:,}".replace(",", "."))
            r += 1
        if total:
            ws.cell(row=r, column=c0, value="JUMLAH")
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 2)
            value = total_value if total_value is not None else sum(a or 0 for _, a in budget)
            ws.cell(row=r, column=c0 + 3, value=value)
            r += 1
    if parties:
        r += 1
        right = c0 + 3
        ws.cell(row=r, column=right, value="Sungai Raya, 2 Januari 2024")
        ws.cell(row=r + 1, column=c0 + 1, value="Pihak Kedua,")
        ws.cell(row=r + 1, column=right, value="Pihak Pertama,")
        ws.cell(row=r + 2, column=c0 + 1, value="KETUA KPU KABUPATEN KUBU RAYA")
        ws.cell(row=r + 2, column=right, value="SEKRETARIS KPU KABUPATEN KUBU RAYA")
        ws.cell(row=r + 6, column=c0 + 1, value="SRI HARTATI, S.Sos")
        ws.cell(row=r + 6, column=right, value="FITRI, S.E")
        ws.cell(row=r + 7, column=right, value="NIP. 197905142009122001")
    for (row, col), value in (extra or {}).items():
        ws.cell(row=row, column=col, value=value)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _merge_sasaran(ws, rows, end, c0, offset, no_column):
    """Merge each sasaran's cells (and its number's) over its indicators' rows."""
    body = [r for r in range(1, end) if ws.cell(row=r, column=c0 + offset + 1).value
            in {i for _, i, _ in rows}]
    starts = [body[n] for n, (s, _, _) in enumerate(rows) if s]
    for a, b in zip(starts, starts[1:] + [body[-1] + 1], strict=True):
        if b - 1 > a:
            cols = [c0 + offset] + ([c0] if no_column else [])
            for col in cols:
                ws.merge_cells(start_row=a, start_column=col, end_row=b - 1, end_column=col)


def expected_sasaran(rows=None) -> list[tuple[str, list[str]]]:
    """(sasaran, its indikator texts) in order."""
    out: list[tuple[str, list[str]]] = []
    for s, i, _ in rows_001() if rows is None else rows:
        if s and (not out or out[-1][0] != s):
            out.append((s, []))
        out[-1][1].append(i)
    return out
