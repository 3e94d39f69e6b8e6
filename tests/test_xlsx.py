"""Excel out and in: the export has the printed layout and opens in LibreOffice
with nothing clipped; hand-made workbooks in the layouts offices use (built
from the seed documents) import with every sasaran, indikator, target,
kegiatan and mark; hostile or broken files get a clear message."""

import io
import subprocess
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from rakdesk.core import plans as ops
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.xlsx import ImportRefused, apply_import, export_plan, read_workbook
from tests import seedtext
from tests.conftest import require_tool


def comparable(plan_dict: dict) -> dict:
    """A plan without ids, labels or counts: what must survive a round trip."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "label")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(plan_dict)


@pytest.fixture(scope="module")
def demo_session(demo_master):
    ws = open_workspace(demo_master, readonly=True)
    session = ws.session()
    yield session
    session.close()
    ws.close()


def demo_plans(session):
    """The demo's RAK and IKU plans (the PK's workbook has tests of its own)."""
    return [(s, p) for s in ops.all_satkers(session) for p in s.plans if p.kind != "PK"]


@pytest.mark.parametrize("index", range(4))
def test_round_trip_every_demo_plan(demo_session, tmp_path, index):
    satker, plan = demo_plans(demo_session)[index]
    path = export_plan(plan, tmp_path / "rak.xlsx")
    imported = read_workbook(path)
    assert imported.problems == []
    assert (imported.satker_name, imported.year, imported.kind, imported.granularity) == (
        satker.name, plan.year, plan.kind, plan.granularity)
    ws = create_workspace(tmp_path / "baru.sqlite")
    with ws.session() as session:
        new = apply_import(session, imported)
        session.commit()
        before, after = comparable(ops.plan_to_dict(plan)), comparable(ops.plan_to_dict(new))
        assert after["sasaran"] == before["sasaran"]
        assert after["signature"] == before["signature"]
        assert after.get("fungsi") == before.get("fungsi")
        assert after.get("tugas") == before.get("tugas")
    ws.close()


def test_export_layout_merges_titles_heights_and_print_setup(demo_session, tmp_path):
    _, plan = next((s, p) for s, p in demo_plans(demo_session)
                   if s.name.startswith("SEKRETARIAT KPU"))
    path = export_plan(plan, tmp_path / "kubu.xlsx")
    ws = load_workbook(path).active
    assert ws["A1"].value == "RENCANA AKSI KINERJA"
    header = [ws.cell(row=7, column=c).value for c in range(1, 18)]
    assert header[:5] == ["SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN",
                          "RENCANA PELAKSANAAN"] and header[16] == "PELAKSANA"
    assert [ws.cell(row=8, column=c).value for c in range(5, 17)] == [f"B{m}" for m in
                                                                        range(1, 13)]
    assert [ws.cell(row=9, column=c).value for c in range(1, 18)] == [str(n) for n in
                                                                        range(1, 18)]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "E7:P7" in merged and "A11:A13" in merged  # the periods' group; sasaran 2 spans 3
    assert ws.print_title_rows == "$7:$9"  # header rows repeat on every printed page
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    # The tallest kegiatan gets a row tall enough for its lines.
    assert max(ws.row_dimensions[r].height or 0 for r in range(10, 70)) >= 48


def test_user_text_starting_like_a_formula_stays_text(tmp_path):
    ws = create_workspace(tmp_path / "w.sqlite")
    with ws.session() as session:
        satker = ops.add_satker(session, name="=HYPERLINK(\"http://x\",\"klik\")")
        plan = ops.add_plan(session, satker, "RAK", 2025)
        s = ops.add_sasaran(session, plan, "=1+1")
        i = ops.add_indikator(session, s, "+SUM(A1:A9)", "-5%")
        ops.add_kegiatan(session, i, "@cmd|' /C calc'!A0", ["=Subbag"])
        session.commit()
        path = export_plan(plan, tmp_path / "x.xlsx")
    ws.close()
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    values = {c.value for row in load_workbook(path).active.iter_rows() for c in row}
    assert {"=1+1", "+SUM(A1:A9)", "-5%", "@cmd|' /C calc'!A0", "=Subbag"} <= values


def test_exported_workbook_opens_in_libreoffice_with_nothing_clipped(demo_session, tmp_path):
    """LibreOffice prints the export to PDF; every word of every cell is on the
    page (clipped rows would lose words) and the header repeats on each page."""
    soffice = require_tool("soffice", "libreoffice-calc-nogui")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    _, plan = next((s, p) for s, p in demo_plans(demo_session)
                   if s.name.startswith("SEKRETARIAT KPU"))
    path = export_plan(plan, tmp_path / "kubu.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "kubu.pdf"
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.split("\f")
    words = seedtext.words(text)
    expected = seedtext.words("\n".join(
        [s.text for s in plan.sasaran] + [i.text for s in plan.sasaran for i in s.indikator]
        + [k.text for s in plan.sasaran for i in s.indikator for k in i.kegiatan]))
    assert expected - words == {}, "words clipped from the printed spreadsheet"
    body = [p for p in pages if p.strip()]
    assert len(body) >= 3 and all("RENCANA PELAKSANAAN" in p for p in body[:-1])
    assert "FITRI" in body[-1]


# ------------------------------------------------------------ hand-made layouts


def build_rak(rows, *, no_column=False, labels="B", merged=True, tick="√",
              repeat_header_at=None, weeks=None, title=True, start_col=1,
              numbered_sasaran=False):
    """A workbook laid out like the offices' own, from seed rows
    (sasaran, indikator, target, kegiatan, marks, pelaksana)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "RAK"
    c0 = start_col
    r = 1
    if title:
        ws.cell(row=1, column=c0, value="RENCANA AKSI KINERJA")
        ws.cell(row=3, column=c0,
                value="Nama/Unit Organisasi : SEKRETARIAT KPU KABUPATEN KUBU RAYA")
        ws.cell(row=4, column=c0, value="Tahun")
        ws.cell(row=4, column=c0 + 1, value=": 2024")
        r = 6
    month_labels = {"B": [f"B{m}" for m in range(1, 13)], "num": [m for m in range(1, 13)],
                    "names": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep",
                              "Okt", "Nov", "Des"]}[labels]

    def header(r):
        heads = (["NO"] if no_column else []) + ["SASARAN KEGIATAN", "INDIKATOR KINERJA",
                                                  "TARGET", "KEGIATAN"]
        for i, h in enumerate(heads):
            ws.cell(row=r, column=c0 + i, value=h)
        p0 = c0 + len(heads)
        ws.cell(row=r, column=p0, value="RENCANA PELAKSANAAN")
        for m, label in enumerate(month_labels):
            ws.cell(row=r + 1, column=p0 + m, value=label)
        ws.cell(row=r, column=p0 + 12, value="PELAKSANA")
        for n in range(1, p0 + 13 - c0 + 1):
            ws.cell(row=r + 2, column=c0 + n - 1, value=n)
        return r + 3, p0

    r, p0 = header(r)
    offset = 1 if no_column else 0
    number = 0
    prev = None
    for index, (s, i, t, k, marks, pel) in enumerate(rows):
        if repeat_header_at is not None and index == repeat_header_at:
            r, p0 = header(r + 1)
        first_of_sasaran = bool(s) and s != prev
        if s:
            prev = s
        if first_of_sasaran:
            number += 1
        if no_column and first_of_sasaran:
            ws.cell(row=r, column=c0, value=number)
        if s and (first_of_sasaran or not merged):
            ws.cell(row=r, column=c0 + offset, value=f"{number}. {s}" if numbered_sasaran else s)
        ws.cell(row=r, column=c0 + offset + 1, value=i)
        ws.cell(row=r, column=c0 + offset + 2, value=t)
        ws.cell(row=r, column=c0 + offset + 3, value=k)
        for m, mark in enumerate(marks):
            if mark == "v":
                ws.cell(row=r, column=p0 + m, value=(weeks or {}).get((index, m + 1), tick))
        ws.cell(row=r, column=p0 + 12, value=pel)
        r += 1
    ws.cell(row=r + 2, column=p0 + 8, value="SUNGAI RAYA, JANUARI 2024")
    ws.cell(row=r + 3, column=p0 + 8, value="KOMISI PEMILIHAN UMUM")
    ws.cell(row=r + 4, column=p0 + 8, value="KABUPATEN KUBU RAYA")
    ws.cell(row=r + 5, column=p0 + 8, value="SEKRETARIS,")
    ws.cell(row=r + 9, column=p0 + 8, value="FITRI")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def imported_rows(imported):
    out = []
    for s in imported.sasaran:
        for ii, i in enumerate(s["indikator"]):
            for kk, k in enumerate(i["kegiatan"]):
                out.append((s["text"] if ii == 0 and kk == 0 else "", i["text"], i["target"],
                            k["text"], k["schedule"], ", ".join(k["pelaksana"])))
    return out


SEED = seedtext.rows_001()


@pytest.mark.parametrize("variant", [
    {}, {"no_column": True}, {"labels": "num"}, {"labels": "names"}, {"merged": False},
    {"tick": "✓"}, {"tick": "v"}, {"repeat_header_at": 20}, {"start_col": 3},
    {"numbered_sasaran": True, "no_column": True},
])
def test_hand_made_layouts_import_every_row_of_the_seed(tmp_path, variant):
    path = tmp_path / "rak.xlsx"
    path.write_bytes(build_rak(SEED, **variant))
    imported = read_workbook(path)
    assert imported.problems == []
    assert (imported.satker_name, imported.year, imported.granularity) == (
        "SEKRETARIAT KPU KABUPATEN KUBU RAYA", 2024, "monthly")
    assert imported_rows(imported) == SEED
    sig = imported.signature
    assert (sig["place"], sig["month"], sig["year"], sig["name"]) == ("SUNGAI RAYA", 1, 2024,
                                                                      "FITRI")


def test_week_notes_in_cells_become_weeks(tmp_path):
    weeks = {(0, 2): "Minggu ke 2 dan ke 3", (0, 4): "Minggu ke 1 - 4", (1, 1): "Minggu ke-4"}
    path = tmp_path / "rak.xlsx"
    path.write_bytes(build_rak(SEED[:3], weeks=weeks))
    imported = read_workbook(path)
    cells = [k["cells"] for s in imported.sasaran for i in s["indikator"] for k in i["kegiatan"]]
    assert cells[0][2].weeks == {2, 3} and cells[0][4].weeks == {1, 2, 3, 4}
    assert cells[1][1].weeks == {4}


def test_quarterly_layout_of_seed_004_with_tw_labels(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI KINERJA"])
    ws.append(["Nama /Unit Organisasi : KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR"])
    ws.append(["Tahun Anggaran : 2020"])
    ws.append([])
    ws.append(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "TARGET", "KEGIATAN",
               "RENCANA PELAKSANAAN", None, None, None, "PELAKSANA"])
    ws.append([None, None, None, None, None, "TW I", "TW II", "TW III", "TW IV"])
    ws.append(["1.", "Meningkatnya Penyelenggaraan Pemilu/ Pemilihan Yang Demokratis",
               "Persentase Partisipasi Pemilih Dalam Pemilu/Pemilihan", "75%",
               "Melaksanakan Program Nasional KPU RI", "✓", "✓", None, None,
               "1.Divisi Teknis Penyelenggara 2.Divisi Hukum dan Pengawasan"])
    ws.append([None, None, "Persentase Sengketa Hukum Yang Dimenangkan KPU", "95%",
               "Bantuan Hukum Penyelesaian Kasus Hukum Pemilu", None, "✓", None, None,
               "Divisi Hukum dan Pengawasan"])
    ws.append([None, None, None, None, "- Advokasi permasalahan hukum (lanjutan)"])
    ws.append([])
    ws.append([None, None, None, None, None, None, "Selong, 22 Januari 2020"])
    ws.append([None, None, None, None, None, None, "KETUA KOMISI PEMILIHAN UMUM"])
    ws.append([None, None, None, None, None, None, "KABUPATEN LOMBOK TIMUR"])
    ws.append([])
    ws.append([])
    ws.append([None, None, None, None, None, None, "Dr. M. JUNAIDI"])
    path = tmp_path / "lotim.xlsx"
    wb.save(path)
    imported = read_workbook(path)
    assert (imported.granularity, imported.year, imported.year_label) == ("quarterly", 2020,
                                                                         "Tahun Anggaran")
    (s,) = imported.sasaran
    a, b = s["indikator"]
    assert a["kegiatan"][0]["schedule"] == "vv--"
    assert a["kegiatan"][0]["pelaksana"] == ["Divisi Teknis Penyelenggara",
                                             "Divisi Hukum dan Pengawasan"]
    assert [k["text"] for k in b["kegiatan"]] == ["Bantuan Hukum Penyelesaian Kasus Hukum "
                                                  "Pemilu", "- Advokasi permasalahan hukum "
                                                  "(lanjutan)"]
    ws_ = create_workspace(tmp_path / "w.sqlite")
    with ws_.session() as session:
        plan = apply_import(session, imported)
        session.commit()
        sig = ops.signature_lines(plan)
        assert sig["date"] == "Selong, 22 Januari 2020"
        assert sig["heading"] == ["KETUA KOMISI PEMILIHAN UMUM", "KABUPATEN LOMBOK TIMUR"]
        assert sig["name"] == "Dr. M. JUNAIDI"
    ws_.close()


def test_iku_layout_of_seed_002(tmp_path):
    seed = seedtext.seed_text("002")
    fungsi = [line.split(". ", 1)[1] for line in seed.splitlines()
              if line[:3].strip().rstrip(".").isdigit() and ". " in line]
    wb = Workbook()
    ws = wb.active
    ws.append(["INDIKATOR KINERJA UTAMA TAHUN 2024"])
    ws.append(["Nama /Unit", ": KPU KAB.KUTAI BARAT"])
    ws.append(["Tugas", ": Menyelenggarakan Pemilihan Gubernur dan Wakil Gubernur"])
    ws.append(["FUNGSI :"])
    for n, text in enumerate(fungsi, 1):
        ws.append([f"{n}.", text])
    ws.append([])
    ws.append(["No", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "KETERANGAN", "SUMBER DATA"])
    table = seed[seed.index("No\tSASARAN STRATEGIS"):seed.index("Sendawar")].splitlines()[1:]
    expected = []
    for line in table:
        cells = line.split("\t")
        if len(cells) >= 4 and not set(cells[1]) <= set("-"):
            ws.append(cells[:1] + [cells[1], cells[2], "", cells[3]])
            expected.append(cells[2].strip())
    ws.append([])
    ws.append([None, None, None, "Sendawar, 03 Januari 2024"])
    ws.append([None, None, None, "Ketua KPU Kab. Kutai Barat"])
    ws.append([])
    ws.append([None, None, None, "ARKADIUS HANYE, SH"])
    path = tmp_path / "iku.xlsx"
    wb.save(path)
    imported = read_workbook(path)
    assert imported.kind == "IKU" and imported.year == 2024
    assert imported.fungsi == fungsi and len(fungsi) == 15
    got = [i["text"] for s in imported.sasaran for i in s["indikator"]]
    assert got == expected
    assert imported.signature["name"] == "ARKADIUS HANYE, SH"


# ------------------------------------------------------------ bad input


def write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("content, words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Excel lama (.xls)"),
    (b"Sasaran;Indikator;Target\n", "bukan berkas Excel"),
    (b"PK\x03\x04 broken", "rusak"),
])
def test_non_excel_files_get_a_clear_message(tmp_path, content, words):
    with pytest.raises(ImportRefused, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_workbook(write(tmp_path / "x.xlsx", content))


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", "<a>" + "0" * (60 * 2**20) + "</a>")
    with pytest.raises(ImportRefused, match="zip bomb"):
        read_workbook(path)


def test_openpyxl_parses_through_defusedxml_not_lxml():
    """pyHanko installs lxml; openpyxl would then bypass defusedxml."""
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True and openpyxl.xml.LXML is False


def test_entity_expansion_is_refused(tmp_path):
    buffer = io.BytesIO()
    Workbook().save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    path = tmp_path / "laughs.xlsx"
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheets><sheet name="&lol2;" sheetId="1" r:id="rId1" xmlns:r="http://schemas.'
              'openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>')
    with zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = laughs.encode() if item.filename == "xl/workbook.xml" else src.read(item)
            out.writestr(item, data)
    with pytest.raises(ImportRefused, match="XML berbahaya|rusak"):
        read_workbook(path)


def test_sheet_without_a_table_says_so(tmp_path):
    wb = Workbook()
    wb.active.append(["Daftar hadir rapat"])
    wb.save(tmp_path / "lain.xlsx")
    with pytest.raises(ImportRefused, match="tidak ditemukan"):
        read_workbook(tmp_path / "lain.xlsx")


def test_huge_cells_and_odd_marks_are_reported_not_guessed(tmp_path):
    rows = [list(r) for r in SEED[:2]]
    rows[0][3] = "x" * 25_000
    path = tmp_path / "rak.xlsx"
    path.write_bytes(build_rak([tuple(r) for r in rows], weeks={(1, 1): "rapat koordinasi"}))
    imported = read_workbook(path)
    messages = [str(p) for p in imported.problems]
    assert any("dipotong" in m and "RAK!D" in m for m in messages)
    assert any("rapat koordinasi" in m and "centang dengan catatan" in m for m in messages)
    k = imported.sasaran[0]["indikator"][0]["kegiatan"][0]
    assert len(k["text"]) == 20_000


def test_import_command_creates_the_file_and_reports(run_cli, tmp_path):
    path = tmp_path / "rak.xlsx"
    path.write_bytes(build_rak(SEED))
    target = tmp_path / "baru.sqlite"
    code, out, err = run_cli("import-xlsx", target, path)
    assert code == 0, err
    assert "36 sasaran" in out and "53 kegiatan" in out
    code, out, err = run_cli("list", "--json", target)
    import json

    (satker,) = json.loads(out)["satkers"]
    assert satker["name"] == "SEKRETARIAT KPU KABUPATEN KUBU RAYA"
    code, out, err = run_cli("import-xlsx", target, tmp_path / "tidak-ada.xlsx")
    assert code == 1 and err.startswith("rakdesk: ") and "Traceback" not in err


def test_export_command(run_cli, demo_file, tmp_path):
    import json

    code, out, _ = run_cli("list", "--json", demo_file)
    plan_id = json.loads(out)["satkers"][0]["plans"][0]["id"]
    code, out, err = run_cli("export-xlsx", demo_file, "--plan", plan_id,
                             "-o", tmp_path / "a.xlsx")
    assert code == 0, err
    assert read_workbook(tmp_path / "a.xlsx").counts()["kegiatan"] == 12
