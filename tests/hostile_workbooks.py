"""Hostile and damaged .xlsx files, written part by part (zip + XML), because
openpyxl cannot write most of these broken forms.

``cases()`` returns every case as a :class:`Case`: its name, a function that
writes the workbook to a path, and what a user must get: ``ok`` (the plan is
imported; ``words`` are found in one of its warnings) or ``refused`` (one line
containing ``words``). Each case is built around a small but real RAK table, so
a case that imports proves the plan survived the damage.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
EXTERNAL = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


class Raw(str):
    """A cell given as its XML, written as is."""


def col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref: str, value) -> str:
    if isinstance(value, Raw):
        return value.replace("{ref}", ref)
    if value is None or value == "":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = escape(str(value))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet_xml(rows: list[list], prolog: str = "", dimension: str | None = None,
              start_row: int = 1) -> str:
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
           f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for r, values in enumerate(rows, start_row):
        cells = "".join(cell(f"{col(c)}{r}", v) for c, v in enumerate(values, 1))
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


MONTHS = [f"B{m}" for m in range(1, 13)]


def rak_rows(kegiatan: int = 2, *, bad: dict[tuple[int, int], object] | None = None,
             signing: str = "SUNGAI RAYA, 22 JANUARI 2024") -> list[list]:
    """A RAK of ``kegiatan`` rows (header at row 4, body from row 7): title, header,
    month labels, column numbers, body, signature. ``bad`` puts a value at (row, column)."""
    rows: list[list] = [
        ["RENCANA AKSI KINERJA"],
        ["Nama/Unit Organisasi : SEKRETARIAT KPU KABUPATEN CONTOH"],
        ["Tahun : 2024"],
        ["SASARAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN", "RENCANA PELAKSANAAN"]
        + [""] * 11 + ["PELAKSANA"],
        ["", "", "", ""] + MONTHS,
        list(range(1, 18)),
    ]
    for k in range(kegiatan):
        first = k == 0
        marks = ["✓" if (k + m) % 3 == 0 else "" for m in range(12)]
        rows.append(["Terwujudnya tata kelola" if first else "",
                     f"Persentase laporan {k // 4}" if k % 4 == 0 else "",
                     "100%" if k % 4 == 0 else "", f"Menyusun laporan ke-{k + 1}", *marks,
                     "Subbag Umum"])
    rows += [[], [], [""] * 13 + [signing], [""] * 13 + ["SEKRETARIS,"], [], [],
             [""] * 13 + ["FITRI"]]
    for (r, c), value in (bad or {}).items():
        while len(rows) < r:
            rows.append([])
        row = rows[r - 1]
        while len(row) < c:
            row.append("")
        row[c - 1] = value
    return rows


def content_types(sheets: int = 1, shared: bool = False, styles: bool = False) -> str:
    ml = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    over = [("/xl/workbook.xml", "sheet.main+xml")] + [
        (f"/xl/worksheets/sheet{i}.xml", "worksheet+xml") for i in range(1, sheets + 1)]
    if shared:
        over.append(("/xl/sharedStrings.xml", "sharedStrings+xml"))
    if styles:
        over.append(("/xl/styles.xml", "styles+xml"))
    parts = "".join(f'<Override PartName="{name}" ContentType="{ml}{kind}"/>'
                    for name, kind in over)
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/>' + parts + "</Types>")


def workbook_parts(sheet_names: list[str], *, shared: bool, styles: bool,
                   workbook_prolog: str = "", date1904: bool = False) -> dict[str, str]:
    sheets = "".join(f'<sheet name={quoteattr(n)} sheetId="{i}" r:id="rId{i}"/>'
                     for i, n in enumerate(sheet_names, 1))
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    rels = "".join(f'<Relationship Id="rId{i}" Type="{TYPE}worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheet_names) + 1))
    if shared:
        rels += f'<Relationship Id="rIdS" Type="{TYPE}sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rIdT" Type="{TYPE}styles" Target="styles.xml"/>'
    return {
        "[Content_Types].xml": content_types(len(sheet_names), shared, styles),
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}"><Relationship '
                       f'Id="rId1" Type="{TYPE}officeDocument" Target="xl/workbook.xml"/>'
                       "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0"?>{workbook_prolog}<workbook xmlns="{MAIN}" '
                           f'xmlns:r="{REL}">{pr}<sheets>{sheets}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">'
                                      f"{rels}</Relationships>",
    }


def shared_xml(strings: list[str], prolog: str = "") -> str:
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return f'<?xml version="1.0"?>{prolog}<sst xmlns="{MAIN}">{items}</sst>'


DATE_STYLES = (f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}"><cellXfs count="2">'
               '<xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')


def xlsx(sheets: list[tuple[str, str]], *, shared: str | None = None,
         styles: str | None = None, extra: dict[str, bytes | str] | None = None,
         replace: dict[str, bytes | str | None] | None = None, workbook_prolog: str = "",
         date1904: bool = False, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A workbook from sheet XML texts; ``replace`` swaps (or with None drops) parts."""
    parts: dict[str, bytes | str] = workbook_parts(
        [name for name, _ in sheets], shared=shared is not None, styles=styles is not None,
        workbook_prolog=workbook_prolog, date1904=date1904)
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    if styles is not None:
        parts["xl/styles.xml"] = styles
    parts.update(extra or {})
    for name, data in (replace or {}).items():
        if data is None:
            parts.pop(name, None)
        else:
            parts[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


def rak(kegiatan: int = 2, **kw) -> bytes:
    bad = kw.pop("bad", None)
    signing = kw.pop("signing", "SUNGAI RAYA, 22 JANUARI 2024")
    return xlsx([("RAK", sheet_xml(rak_rows(kegiatan, bad=bad, signing=signing)))], **kw)


@dataclass
class Case:
    name: str
    write: Callable[[], bytes]
    expect: str  # "ok" or "refused"
    words: str = ""  # in a warning (ok) or in the one-line message (refused)
    heavy: bool = False  # bounded work on a big file: also run as a separate process

    def build(self, path) -> None:
        path.write_bytes(self.write())


# Row and column of the first kegiatan's first month cell and its text
BODY, MONTH1, KEGIATAN = 7, 5, 4


def value_cases() -> list[Case]:
    """18.7: values that do not fit their cell type (all in the first kegiatan's
    first month, RAK!E7); the plan imports, the cell is named."""
    raw = {
        "shared-index-out-of-range": ('<c r="{ref}" t="s"><v>999</v></c>', "rujukan teks 999"),
        "shared-index-not-a-number": ('<c r="{ref}" t="s"><v>abc</v></c>',
                                      "rujukan teks 'abc' bukan angka"),
        "shared-index-negative": ('<c r="{ref}" t="s"><v>-1</v></c>', "rujukan teks -1"),
        "number-not-a-number": ('<c r="{ref}"><v>not-a-number</v></c>', "angka 'not-a-number'"),
        "number-nan": ('<c r="{ref}"><v>nan</v></c>', "angka 'nan'"),
        "number-inf": ('<c r="{ref}"><v>inf</v></c>', "angka 'inf'"),
        "number-minus-infinity": ('<c r="{ref}"><v>-Infinity</v></c>', "angka '-Infinity'"),
        "number-overflow": ('<c r="{ref}"><v>1e999</v></c>', "angka '1e999'"),
        "number-5000-digits": ('<c r="{ref}"><v>' + "9" * 5000 + "</v></c>", "angka '999"),
        "boolean-yes": ('<c r="{ref}" t="b"><v>yes</v></c>', "benar/salah 'yes'"),
        "date-month-13": ('<c r="{ref}" t="d"><v>2024-13-01</v></c>', "tanggal '2024-13-01'"),
        "date-garbage": ('<c r="{ref}" t="d"><v>kemarin</v></c>', "tanggal 'kemarin'"),
        "date-serial-out-of-range": ('<c r="{ref}" s="1"><v>99999999</v></c>',
                                     "tanggal (angka 99999999) tidak ada"),
        "date-serial-negative": ('<c r="{ref}" s="1"><v>-5</v></c>',
                                 "tanggal (angka -5) tidak ada"),
    }
    out = []
    for name, (xml, words) in raw.items():
        styles = DATE_STYLES if "serial" in name else None
        out.append(Case(name, lambda xml=xml, styles=styles: rak(
            bad={(BODY, MONTH1): Raw(xml)}, styles=styles), "ok", words))
    # shared strings that are really there, so the index cases have a table to miss
    out.append(Case("shared-strings-used", lambda: xlsx(
        [("RAK", sheet_xml(rak_rows(2, bad={(BODY, KEGIATAN): Raw(
            '<c r="{ref}" t="s"><v>1</v></c>')})))],
        shared=shared_xml(["satu", "Rapat koordinasi_x000D_ bulanan"])), "ok"))
    return out


def signature_cases() -> list[Case]:
    """18.7: a signature date that is not in the calendar: the plan imports without it."""
    out = []
    for name, line in {
        "sign-31-februari": "Selong, 31 Februari 2024",
        "sign-29-februari-2023": "Selong, 29 Februari 2023",
        "sign-day-0": "Selong, 0 Januari 2024",
        "sign-day-99": "Selong, 99 Januari 2024",
        "sign-year-0": "Selong, 12 Januari 0000",
        "sign-31-april-upper": "SUNGAI RAYA, 31 APRIL 2024",
    }.items():
        out.append(Case(name, lambda line=line: rak(signing=line), "ok", "tidak ada di kalender"))
    out.append(Case("sign-29-februari-2024-is-real",
                    lambda: rak(signing="Selong, 29 Februari 2024"), "ok"))
    return out


def xml_cases() -> list[Case]:
    """18.13: a DTD, entity expansion or external entity in any part."""
    body = sheet_xml(rak_rows())
    out = []
    for prolog_name, prolog in (("laughs", LAUGHS), ("external", EXTERNAL),
                                ("doctype", "<!DOCTYPE worksheet>")):
        out.append(Case(f"xml-{prolog_name}-in-sheet", lambda p=prolog: xlsx(
            [("RAK", sheet_xml(rak_rows(), prolog=p))]), "refused", "XML berbahaya"))
        out.append(Case(f"xml-{prolog_name}-in-workbook", lambda p=prolog: xlsx(
            [("RAK", body)], workbook_prolog=p), "refused", "XML berbahaya"))
    out.append(Case("xml-laughs-in-shared-strings", lambda: xlsx(
        [("RAK", body)], shared=shared_xml(["a"], prolog=LAUGHS)), "refused", "XML berbahaya"))
    out.append(Case("xml-laughs-in-styles", lambda: xlsx(
        [("RAK", body)], styles=DATE_STYLES.replace('?>', '?>' + LAUGHS, 1)), "refused",
        "XML berbahaya"))
    out.append(Case("xml-external-in-rels", lambda: xlsx(
        [("RAK", body)], replace={"xl/_rels/workbook.xml.rels": workbook_parts(
            ["RAK"], shared=False, styles=False)["xl/_rels/workbook.xml.rels"].replace(
            "?>", "?>" + EXTERNAL, 1)}), "refused", "XML berbahaya"))
    out.append(Case("xml-entity-used-in-cell", lambda: xlsx(
        [("RAK", sheet_xml(rak_rows(bad={(BODY, KEGIATAN): Raw(
            '<c r="{ref}" t="inlineStr"><is><t>&xxe;</t></is></c>')}), prolog=EXTERNAL))]),
        "refused", "XML berbahaya"))
    return out


def bound_cases() -> list[Case]:
    """18.8: work bounded by cells, rows, sheets and shared strings."""
    def many_sheets(n: int) -> bytes:
        tiny = sheet_xml([["catatan"]])
        return xlsx([(f"L{i}", tiny) for i in range(n - 1)] + [("RAK", sheet_xml(rak_rows()))])

    def no_table_sheets(n: int, rows: int) -> bytes:
        xml = sheet_xml([[f"baris {r}", "Daftar hadir", r] for r in range(rows)])
        return xlsx([(f"Lembar{i}", xml) for i in range(n)], compression=zipfile.ZIP_DEFLATED)

    def max_cells() -> bytes:
        # one header row, then every cell of every row present (empty, as some tools write)
        empty = "".join(f'<c r="{col(c)}{{r}}"/>' for c in range(1, 201))
        rows = [f'<row r="{r}">{empty.replace("{r}", str(r))}</row>' for r in range(8, 2700)]
        xml = sheet_xml(rak_rows(1)[:7]).replace("</sheetData>", "".join(rows) + "</sheetData>")
        return xlsx([("RAK", xml)], compression=zipfile.ZIP_STORED)

    def last_row() -> bytes:
        xml = sheet_xml(rak_rows()).replace(
            "</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>akhir</t>'
            "</is></c></row></sheetData>")
        return xlsx([("RAK", xml)])

    def every_row(rows: int) -> bytes:
        xml = sheet_xml(rak_rows()).replace("</sheetData>", "".join(
            f'<row r="{r}"/>' for r in range(20, rows)) + "</sheetData>")
        return xlsx([("RAK", xml)])

    def tiny_shared(size: int) -> bytes:
        count = size // 17
        return xlsx([("RAK", sheet_xml(rak_rows()))],  # stored: no zip bomb, only strings
                    shared=f'<sst xmlns="{MAIN}">' + "<si><t>a</t></si>" * count + "</sst>",
                    compression=zipfile.ZIP_STORED)

    def lying_dimension() -> bytes:
        return xlsx([("RAK", sheet_xml(rak_rows(), dimension="A1:XFD1048576"))])

    def wide_row() -> bytes:
        wide = Raw("".join(f'<c r="{col(c)}{{row}}"><v>1</v></c>' for c in range(1, 16385)))
        xml = sheet_xml(rak_rows()).replace(
            "</sheetData>", f'<row r="30">{wide.replace("{row}", "30")}</row></sheetData>')
        return xlsx([("RAK", xml)])

    return [
        Case("sheets-5000", lambda: many_sheets(5000), "refused", "lebih dari 250 lembar", True),
        Case("sheets-250-one-table-last", lambda: many_sheets(250), "ok"),
        Case("sheets-19-without-table", lambda: no_table_sheets(19, 20_000), "refused",
             "tidak ada lembar berisi tabel", True),
        Case("rows-7765-without-table", lambda: no_table_sheets(1, 7765), "refused",
             "tidak ditemukan", True),
        Case("plan-5000-rows", lambda: rak(5000), "ok", "", True),
        Case("plan-20000-kegiatan", lambda: rak(20_000), "refused", "lebih dari 10.000 baris",
             True),
        Case("row-1048576", last_row, "refused", "lebih dari 10.000 baris"),
        Case("rows-every-one-to-200000", lambda: every_row(200_000), "refused",
             "lebih dari 10.000 baris", True),
        Case("cells-over-half-a-million", max_cells, "refused", "lebih dari 500.000 sel", True),
        Case("shared-strings-10mb-tiny", lambda: tiny_shared(10 * 2**20), "refused",
             "teks berbeda", True),
        Case("dimension-claims-whole-sheet", lying_dimension, "ok"),
        Case("row-of-16384-cells", wide_row, "ok"),
        Case("cell-100000-characters", lambda: rak(bad={(BODY, KEGIATAN): "x" * 100_000}), "ok",
             "dipotong menjadi 20000"),
        Case("zip-bomb-member", lambda: xlsx([("RAK", sheet_xml(rak_rows()))], extra={
            "xl/media/bomb.bin": b"\0" * (60 * 2**20)}), "refused", "zip bomb"),
    ]


def structure_cases() -> list[Case]:
    """Damaged archives and parts: a one-line message, or the plan when it can be read."""
    body = sheet_xml(rak_rows())

    def zipped(files: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            for name, data in files.items():
                z.writestr(name, data)
        return buffer.getvalue()

    def crc_broken() -> bytes:
        data = bytearray(xlsx([("RAK", body)], compression=zipfile.ZIP_STORED))
        at = bytes(data).find(b"Menyusun laporan")
        data[at] ^= 0x20
        return bytes(data)

    def truncated_archive() -> bytes:
        data = xlsx([("RAK", body)])
        return data[: len(data) // 2]

    def utf16() -> bytes:
        xml = body.replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return xlsx([("RAK", xml.encode("utf-16"))])  # type: ignore[list-item]

    return [
        Case("empty-file", lambda: b"", "refused", "bukan berkas Excel"),
        Case("xls-header", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "refused",
             "Excel lama"),
        Case("csv-text", lambda: b"SASARAN;INDIKATOR\n", "refused", "bukan berkas Excel"),
        Case("zip-without-content-types", lambda: zipped({"a.txt": b"x"}), "refused",
             "bukan berkas Excel"),
        Case("zip-truncated", truncated_archive, "refused", "rusak"),
        Case("zip-crc-broken", crc_broken, "refused", "rusak"),
        Case("workbook-part-missing", lambda: xlsx([("RAK", body)],
                                                   replace={"xl/workbook.xml": None}),
             "refused", "bagian buku kerja tidak ada"),
        Case("sheet-part-missing", lambda: xlsx([("RAK", body)],
                                                replace={"xl/worksheets/sheet1.xml": None}),
             "refused", "tidak berisi lembar kerja"),
        Case("workbook-rels-missing", lambda: xlsx(
            [("RAK", body)], replace={"xl/_rels/workbook.xml.rels": None}), "refused",
            "tidak berisi lembar kerja"),
        Case("root-rels-missing-default-path", lambda: xlsx(
            [("RAK", body)], replace={"_rels/.rels": None}), "ok"),
        Case("rels-target-outside-archive", lambda: xlsx([("RAK", body)], replace={
            "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL}"><Relationship '
            f'Id="rId1" Type="{TYPE}worksheet" Target="../../../../etc/passwd"/>'
            "</Relationships>"}), "refused", "tidak berisi lembar kerja"),
        Case("sheet-xml-truncated", lambda: xlsx([("RAK", body[: len(body) // 2])]), "refused",
             "bukan XML yang sah"),
        Case("sheet-xml-not-utf8", lambda: xlsx([("RAK", body.encode().replace(
            b"Menyusun", b"Meny\xff\xfesun"))]), "refused", "bukan XML yang sah"),
        Case("sheet-xml-utf16", utf16, "ok"),
        Case("sheet-xml-is-binary", lambda: xlsx([("RAK", b"\x00\x01\x02" * 1000)]), "refused",
             "bukan XML yang sah"),
        Case("shared-strings-broken-xml", lambda: xlsx([("RAK", body)], shared="<sst><si>"),
             "refused", "bukan XML yang sah"),
        Case("styles-garbage-numbers", lambda: xlsx([("RAK", body)], styles=(
            f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="x" formatCode="d"/>'
            '</numFmts><cellXfs><xf numFmtId="zz"/></cellXfs></styleSheet>')), "ok"),
        Case("style-index-not-a-number", lambda: rak(bad={(BODY, MONTH1): Raw(
            '<c r="{ref}" s="banyak"><v>1</v></c>')}, styles=DATE_STYLES), "ok"),
        Case("rows-numbered-backwards", lambda: xlsx([("RAK", body.replace(
            '<row r="8">', '<row r="3">'))]), "ok"),
        Case("row-number-garbage", lambda: xlsx([("RAK", body.replace(
            '<row r="9">', '<row r="sembilan">'))]), "ok"),
        Case("cell-refs-missing", lambda: xlsx([("RAK", body.replace(' r="E', ' x="E'))]), "ok"),
        Case("cell-ref-beyond-last-column", lambda: rak(bad={(BODY, KEGIATAN): Raw(
            '<c r="ZZZZZ7"><v>1</v></c>')}), "ok"),
        Case("sheet-name-with-terminal-escape", lambda: xlsx(
            [("\x9b31mMERAH\x9b0m", sheet_xml([["kosong"]]))]), "refused", "tidak ditemukan"),
        Case("chartsheet-only", lambda: xlsx([("RAK", body)], replace={
            "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL}"><Relationship '
            f'Id="rId1" Type="{TYPE}chartsheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"}), "refused", "tidak berisi lembar kerja"),
        Case("inline-string-without-text", lambda: rak(bad={(BODY, KEGIATAN + 1): Raw(
            '<c r="{ref}" t="inlineStr"/>')}), "ok"),
        Case("rich-text-with-phonetic-hints", lambda: rak(bad={(BODY, KEGIATAN): Raw(
            '<c r="{ref}" t="inlineStr"><is><r><t>Rapat </t></r><r><t>koordinasi</t></r>'
            "<rPh><t>rappu</t></rPh></is></c>")}), "ok"),
        Case("error-and-formula-cells", lambda: rak(bad={
            (BODY, MONTH1): Raw('<c r="{ref}" t="e"><v>#DIV/0!</v></c>'),
            (BODY, MONTH1 + 1): Raw('<c r="{ref}"><f>SUM(A1:A2)</f></c>')}), "ok"),
        Case("unknown-cell-type", lambda: rak(bad={(BODY, MONTH1): Raw(
            '<c r="{ref}" t="zzz"><v>1</v></c>')}), "ok"),
        Case("date-1904-workbook", lambda: rak(bad={(3, 3): Raw(
            '<c r="{ref}" s="1"><v>43000</v></c>')}, styles=DATE_STYLES, date1904=True), "ok"),
        Case("deeply-nested-elements", lambda: xlsx([("RAK", body.replace(
            "</sheetData>", "</sheetData>" + "<x>" * 50_000 + "</x>" * 50_000))]), "ok"),
        Case("header-below-row-400", lambda: xlsx([("RAK", sheet_xml(rak_rows(), start_row=401))]),
             "refused", "tidak ditemukan"),
        Case("header-at-row-390", lambda: xlsx([("RAK", sheet_xml(rak_rows(), start_row=390))]),
             "ok"),
    ]


def cases() -> list[Case]:
    from tests.pk_workbooks import hostile_cases as pk_cases  # Perjanjian Kinerja sheets

    return value_cases() + signature_cases() + xml_cases() + bound_cases() + structure_cases() \
        + pk_cases()


def write_all(folder) -> list[tuple[Case, object]]:
    """Write every case into ``folder``; (case, path) pairs."""
    from pathlib import Path

    out = []
    for case in cases():
        path = Path(folder) / f"{case.name}.xlsx"
        case.build(path)
        out.append((case, path))
    return out


if __name__ == "__main__":  # python -m tests.hostile_workbooks OUT_DIR
    import sys

    for case, path in write_all(sys.argv[1]):
        print(case.expect, path)
