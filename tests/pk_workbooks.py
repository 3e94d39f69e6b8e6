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
             column_numbers=False, group_quarters=True, percent_numbers=False,
             anggaran_heading="ANGGARAN", extra=None) -> bytes:
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
        cell = ws.cell(row=r, column=c0 + len(heads) - 1, value=value)
        if percent_numbers and (m := re.fullmatch(r"(\d+)(?:,(\d+))?%", value)):
            # as Excel stores a typed "87,5%": the number 0.875, shown as a percentage
            cell.value = float(f"{m.group(1)}.{m.group(2) or 0}") / 100
            cell.number_format = "0.0%" if m.group(2) else "0%"
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
        ws.cell(row=r, column=c0 + 3, value=anggaran_heading)
        r += 1
        for n, (text, amount) in enumerate(budget, 1):
            ws.cell(row=r, column=c0, value=n)
            ws.cell(row=r, column=c0 + 1, value=text)
            if amounts == "number":
                ws.cell(row=r, column=c0 + 3, value=amount)
                ws.cell(row=r, column=c0 + 3).number_format = '"Rp "#,##0'
            elif amounts == "rp-column" and amount is not None:  # "Rp" in a cell of its own
                ws.cell(row=r, column=c0 + 3, value="Rp")
                ws.cell(row=r, column=c0 + 4, value=f"{amount:,}".replace(",", ".") + ",-")
            elif amounts == "english" and amount is not None:
                ws.cell(row=r, column=c0 + 3, value=f"Rp{amount:,}.00")
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
        ws.cell(row=row, column=col).value = value
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


# ------------------------------------------------------------ raw rows (hostile cases)

# Where the raw PK sheet puts things (1-based): the lampiran header, its first
# body row, the budget's first line and its amount column, the Jumlah row.
PK_HEADER, PK_BODY, PK_AMOUNT_COL = 4, 5, 4


def pk_rows(indikator: int = 3, *, bad: dict[tuple[int, int], object] | None = None,
            total: object = None) -> list[list]:
    """A small raw PK sheet (for tests/hostile_workbooks.xlsx): title, unit, the
    lampiran (one sasaran over ``indikator`` rows), the budget table with its
    Jumlah row, the signatures. ``bad`` puts a value at (row, column)."""
    seed = rows_001()
    rows: list[list] = [
        ["PERJANJIAN KINERJA TAHUN 2024"],
        [UNIT],
        [],
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
    ]
    for n in range(indikator):
        _, text, target = seed[1 + n % 3]
        rows.append(["1." if n == 0 else "", seed[1][0] if n == 0 else "", text, target])
    rows += [[], ["NO", "PROGRAM", "", "ANGGARAN"]]
    for n, (text, amount) in enumerate(BUDGET, 1):
        rows.append([n, text, "", amount])
    rows.append(["JUMLAH", "", "", sum(a for _, a in BUDGET) if total is None else total])
    rows += [[], ["", "", "", "Sungai Raya, 2 Januari 2024"],
             ["", "Pihak Kedua,", "", "Pihak Pertama,"],
             ["", "KETUA KPU KABUPATEN KUBU RAYA", "", "SEKRETARIS KPU KABUPATEN KUBU RAYA"],
             [], [], ["", "SRI HARTATI, S.Sos", "", "FITRI, S.E"]]
    for (r, c), value in (bad or {}).items():
        while len(rows) < r:
            rows.append([])
        row = rows[r - 1]
        while len(row) < c:
            row.append("")
        row[c - 1] = value
    return rows


def budget_row(indikator: int = 3) -> int:
    """The sheet row of the first budget line in pk_rows(indikator)."""
    return PK_BODY + indikator + 2


def hostile_cases():
    """Hostile and damaged PK workbooks (the Case of tests/hostile_workbooks.py):
    values that do not fit the budget, huge cells, formulas with and without a
    stored value, merged cells, a total that lies, a date not in the calendar,
    dangerous XML, too many rows. Each is built around pk_rows(), so a case that
    imports proves the PK survived."""
    from tests import hostile_workbooks as hw

    line = budget_row()
    amount = (line, PK_AMOUNT_COL)
    ref = f"{hw.col(PK_AMOUNT_COL)}{line}"

    def pk(bad=None, total=None, sheet_extra="", prolog="", rows=3, **kw) -> bytes:
        xml = hw.sheet_xml(pk_rows(rows, bad=bad, total=total), prolog=prolog)
        if sheet_extra:
            xml = xml.replace("</sheetData>", "</sheetData>" + sheet_extra)
        return hw.xlsx([("PK", xml)], **kw)

    merged = ('<mergeCells count="3"><mergeCell ref="A5:A7"/><mergeCell ref="B5:B7"/>'
              f'<mergeCell ref="A{line + 2}:C{line + 2}"/></mergeCells>')
    Case = hw.Case
    return [
        Case("pk-amount-formula-with-value", lambda: pk(bad={amount: hw.Raw(
            '<c r="{ref}"><f>4000000000+512345000</f><v>4512345000</v></c>')}), "ok"),
        Case("pk-amount-formula-without-value", lambda: pk(bad={amount: hw.Raw(
            '<c r="{ref}"><f>SUM(X1:X9)</f></c>')}), "ok", "berbeda dari jumlah baris"),
        Case("pk-amount-error-cell", lambda: pk(bad={amount: hw.Raw(
            '<c r="{ref}" t="e"><v>#REF!</v></c>')}), "ok",
            f"PK!{ref}: '#REF!' bukan jumlah rupiah"),
        Case("pk-amount-words", lambda: pk(bad={amount: "lima miliar rupiah"}), "ok",
             f"PK!{ref}: 'lima miliar rupiah' bukan jumlah rupiah"),
        Case("pk-amount-negative", lambda: pk(bad={amount: -4512345000}), "ok",
             "anggaran negatif"),
        Case("pk-amount-5000-digits", lambda: pk(bad={amount: hw.Raw(
            '<c r="{ref}"><v>' + "9" * 5000 + "</v></c>")}), "ok", "terlalu besar"),
        Case("pk-amount-nan", lambda: pk(bad={amount: hw.Raw('<c r="{ref}"><v>nan</v></c>')}),
             "ok", "bukan jumlah rupiah"),
        Case("pk-amount-with-cents", lambda: pk(bad={amount: "Rp 4.512.345.000,75"},
                                                total=4_512_345_001 + 1_234_567_000), "ok",
             "dibaca Rp 4.512.345.001"),
        Case("pk-total-lies", lambda: pk(total=1), "ok", "Jumlah di lembar Rp 1 berbeda"),
        Case("pk-indikator-100000-characters", lambda: pk(bad={(PK_BODY + 1, 3): "x" * 100_000}),
             "ok", "dipotong menjadi 20000"),
        Case("pk-merged-cells", lambda: pk(sheet_extra=merged), "ok"),
        Case("pk-sign-31-februari", lambda: pk(bad={(line + 4, 4): "Sungai Raya, 31 Februari "
                                                                   "2024"}), "ok",
             "tidak ada di kalender"),
        Case("pk-without-target-column", lambda: pk(bad={(PK_HEADER, 4): ""}), "refused",
             "tidak punya kolom TARGET"),
        Case("pk-budget-without-anggaran-column", lambda: pk(bad={(line - 1, 4): ""}),
             "refused", "tidak punya kolom ANGGARAN"),
        Case("pk-xml-laughs-in-sheet", lambda: pk(prolog=hw.LAUGHS), "refused",
             "XML berbahaya"),
        Case("pk-statement-sheet-after-it-with-laughs", lambda: hw.xlsx([
            ("PK", hw.sheet_xml(pk_rows())),
            ("Pernyataan", hw.sheet_xml([["PERJANJIAN KINERJA TAHUN 2024"]], prolog=hw.LAUGHS))]),
             "ok", "XML berbahaya"),
        Case("pk-20000-indikator", lambda: pk(rows=20_000), "refused",
             "lebih dari 10.000 baris", True),
    ]
