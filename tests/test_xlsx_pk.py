"""Perjanjian Kinerja workbooks in and out: the lampiran and budget tables are
found by their headings in the layouts offices keep (built from seed 001), with
every sasaran, indikator, satuan, target and amount; a missing column is named
and nothing is written."""

import pytest

from rakdesk.xlsx import ImportRefused, read_workbook
from rakdesk.xlsx.amounts import AmountError, parse_amount
from rakdesk.xlsx.pk_import import is_pk
from tests import pk_workbooks as pw
from tests.test_xlsx import SEED, build_rak


def write(tmp_path, data: bytes, name="pk.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def structure(imported):
    return [(s["text"], [i["text"] for i in s["indikator"]]) for s in imported.sasaran]


def targets(imported):
    return [i["target"] for s in imported.sasaran for i in s["indikator"]]


@pytest.mark.parametrize("variant", [
    {}, {"satuan": True}, {"quarters": True},
    {"quarters": True, "group_quarters": False, "column_numbers": True},
    {"merged": False}, {"no_column": False}, {"repeat_header_at": 20}, {"start_col": 3},
    {"numbered_sasaran": True}, {"amounts": "text"}, {"amended": True},
    {"percent_numbers": True}, {"amounts": "rp-column", "anggaran_heading": "PAGU (Rp)"},
    {"amounts": "english", "anggaran_heading": "JUMLAH ANGGARAN"},
    {"heading": "SASARAN KEGIATAN", "budget_heading": "KEGIATAN"},
], ids=lambda v: "-".join(f"{k}={x}" for k, x in v.items()) or "plain")
def test_pk_layouts_import_every_sasaran_indikator_target_and_amount(tmp_path, variant):
    imported = read_workbook(write(tmp_path, pw.build_pk(**variant)))
    assert imported.problems == []
    assert (imported.kind, imported.satker_name, imported.year) == ("PK", pw.UNIT, 2024)
    assert structure(imported) == pw.expected_sasaran()
    seed_targets = [t for _, _, t in pw.rows_001()]
    if variant.get("satuan"):
        got = [(i["target"], i["satuan"]) for s in imported.sasaran for i in s["indikator"]]
        assert got == [pw.split_target(t) for t in seed_targets]
    else:
        assert targets(imported) == seed_targets
    if variant.get("quarters"):
        got = [[i["quarters"].get(q, "") for q in range(1, 5)]
               for s in imported.sasaran for i in s["indikator"]]
        assert got == [pw.quarters_of(t) for t in seed_targets]
        assert imported.show_quarters
    assert [(b["text"], b["amount"]) for b in imported.budget] == pw.BUDGET
    assert imported.budget_heading == ("Kegiatan" if variant.get("budget_heading") else
                                       "Program")
    assert imported.amended == bool(variant.get("amended"))
    assert imported.show_no_column == variant.get("no_column", True)
    sig = imported.signature
    assert (sig["place"], sig["day"], sig["month"], sig["year"]) == ("Sungai Raya", 2, 1, 2024)
    assert (sig["name"], sig["nip"]) == ("FITRI, S.E", "197905142009122001")
    assert sig["heading"] == ["SEKRETARIS KPU KABUPATEN KUBU RAYA"]
    assert imported.party2 == {"heading": ["KETUA KPU KABUPATEN KUBU RAYA"],
                               "name": "SRI HARTATI, S.Sos", "nip": ""}


def test_a_total_that_is_not_the_sum_is_named_and_not_imported(tmp_path):
    imported = read_workbook(write(tmp_path, pw.build_pk(total_value=5_000_000_000)))
    (problem,) = imported.problems
    assert "Jumlah di lembar Rp 5.000.000.000 berbeda dari jumlah baris anggaran " \
           "Rp 5.746.912.000" in str(problem)
    assert str(problem).startswith("Lampiran PK!D")
    assert [b["text"] for b in imported.budget] == [t for t, _ in pw.BUDGET]


def test_a_pk_without_a_budget_table_imports_with_a_warning(tmp_path):
    imported = read_workbook(write(tmp_path, pw.build_pk(budget=None)))
    assert imported.budget == [] and structure(imported) == pw.expected_sasaran()
    assert any("tabel anggaran" in str(p) for p in imported.problems)


@pytest.mark.parametrize("cell, column", [
    ((4, 4), "TARGET"), ((4, 3), "INDIKATOR KINERJA"), ("anggaran", "ANGGARAN"),
])
def test_a_missing_column_is_named_and_nothing_is_written(tmp_path, run_cli, cell, column):
    if cell == "anggaran":
        # The budget header's ANGGARAN cell, below the lampiran (53 rows from row 5).
        cell = (4 + 1 + len(pw.rows_001()) + 1, 4)
    path = write(tmp_path, pw.build_pk(extra={cell: None}))
    with pytest.raises(ImportRefused, match=f"tidak punya kolom {column}\\."):
        read_workbook(path)
    target = tmp_path / "baru.sqlite"
    code, out, err = run_cli("import-xlsx", target, path)
    assert code == 1 and f"tidak punya kolom {column}." in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert not target.exists()


def test_a_rak_or_iku_sheet_is_not_taken_for_a_pk(tmp_path):
    rak = read_workbook(write(tmp_path, build_rak(SEED), "rak.xlsx"))
    assert rak.kind == "RAK" and rak.counts()["kegiatan"] == 53
    no_title = read_workbook(write(tmp_path, pw.build_pk(title=False, budget=None,
                                                         parties=False), "iku.xlsx"))
    assert no_title.kind == "IKU"  # No | Sasaran | Indikator | Target alone: an IKU
    assert not is_pk([["RENCANA AKSI KINERJA"], ["SASARAN", "INDIKATOR KINERJA", "TARGET",
                                                 "KEGIATAN", "PELAKSANA"]])
    # An IKU whose indikator speaks of the perjanjian kinerja stays an IKU.
    assert not is_pk([["INDIKATOR KINERJA UTAMA TAHUN 2024"],
                      ["No", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
                      ["1.", "Terwujudnya akuntabilitas", "Perjanjian kinerja yang tepat waktu",
                       "100%"]])


@pytest.mark.parametrize("text, amount", [
    ("1234567000", 1_234_567_000), ("1234567000.0", 1_234_567_000),
    ("1.2345E+9", 1_234_500_000), ("Rp 1.234.567.000", 1_234_567_000),
    ("Rp. 1.234.567.000,-", 1_234_567_000), ("Rp1.234.567.000,00", 1_234_567_000),
    ("Rp 1,234,567,000", 1_234_567_000), ("IDR 500.000", 500_000), ("750", 750),
    ("Rp 999.999.999.999.999", 999_999_999_999_999), ("", None), ("-", None), ("Rp", None),
])
def test_amounts_are_read_exactly(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text, words", [
    ("satu miliar", "bukan jumlah rupiah"), ("#REF!", "bukan jumlah rupiah"),
    ("-5.000.000", "negatif"), ("(5.000.000)", "negatif"),
    ("1000000000000000", "terlalu besar"), ("1e400", "terlalu besar"),
    ("Rp 1.234.567,50", "bukan rupiah utuh; dibaca Rp 1.234.568"),
    ("1234567.5", "bukan rupiah utuh"), ("nan", "bukan jumlah rupiah"),
    ("inf", "bukan jumlah rupiah"),
])
def test_amounts_that_are_no_whole_rupiah_say_why(text, words):
    with pytest.raises(AmountError, match=words.replace("(", r"\(")):
        parse_amount(text)


def test_a_cell_of_5000_digits_is_no_period_label():
    """Python refuses to turn more than 4300 digits into a number: the label
    reader must not try (it crashed the import of such a sheet)."""
    from rakdesk.xlsx.layout import period_of

    assert period_of("9" * 5000) is None and period_of("12") == ("monthly", 12)


# ------------------------------------------------------------ round trip


# The wording some offices use (issue 15: "Dalam mewujudkan…", "selaku atasan pihak pertama").
OWN_STATEMENT = """Dalam mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel \
serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:

{pihak_pertama}
selanjutnya disebut pihak pertama.

{pihak_kedua}
selaku atasan pihak pertama, selanjutnya disebut pihak kedua.

Pihak pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini.

Pihak kedua akan melakukan supervisi dan evaluasi terhadap capaian kinerja dari perjanjian ini."""


def make_pk(session, *, satuan=False, quarters=False, typed_party2=False, reason="",
            heading="Program", paper="A4", statement=""):
    """A PK like the demo's, from seed 001: Sekretariat KPU Kabupaten Kubu Raya
    2024, its sasaran, indikator and targets, two programs with example amounts
    and one not filled in yet."""
    from rakdesk.core import pk as core
    from rakdesk.core import plans as ops

    satker = ops.add_satker(session, name=pw.UNIT, level="kabupaten", body="sekretariat",
                            city="Sungai Raya")
    ops.add_official(session, satker, "FITRI, S.E", "SEKRETARIS", "197905142009122001")
    ops.add_official(session, satker, "SRI HARTATI, S.Sos", "KETUA")
    session.flush()
    plan = core.new_pk(session, satker, 2024, show_satuan=satuan, show_quarters=quarters,
                       budget_heading=heading, paper=paper)
    plan.sign_office = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"
    if typed_party2:
        plan.party2_official_id = None
        plan.party2_name, plan.party2_title = "Dr. H. ANTONIUS, S.H., M.H.", "KETUA"
        plan.party2_acting, plan.party2_office = "Plh.", "KPU PROVINSI KALIMANTAN BARAT"
        plan.party2_nip = "196804111993031009"
    sasaran = None
    for s, i, t in pw.rows_001():
        if s:
            sasaran = ops.add_sasaran(session, plan, s)
        target, unit = pw.split_target(t) if satuan else (t, "")
        indikator = ops.add_indikator(session, sasaran, i, target)
        indikator.satuan = unit
        if quarters:
            for q, text in enumerate(pw.quarters_of(t), 1):
                core.set_period_target(session, indikator, q, text)
    for text, amount in pw.BUDGET + [("Program contoh yang anggarannya belum diisi", None)]:
        core.add_budget_line(session, plan, text, amount)
    plan.amendment_reason = reason
    plan.statement = statement
    session.flush()
    return plan


def pk_content(plan, session=None):
    """What a PK must keep through Excel."""
    from rakdesk.core import pk as core

    return {
        "title": core.title(plan), "year": plan.year, "satker": plan.satker.name,
        "headers": (plan.sasaran_header, plan.indikator_header, plan.budget_heading),
        "columns": (plan.show_no_column, plan.show_satuan, plan.show_quarters),
        "sasaran": [(s.text, [(i.text, i.satuan, i.target,
                               [core.period_target(i, q) for q in range(1, 5)])
                              for i in s.indikator]) for s in plan.sasaran],
        "budget": [(b.text, b.amount) for b in plan.budget_lines],
        "reason": plan.amendment_reason,
        "sign": (plan.sign_place, plan.sign_date, plan.sign_date_precision),
        "party1": core.party1(plan), "party2": core.party2(plan, session),
        "statement": core.statement_paragraphs(plan),
    }


@pytest.mark.parametrize("variant", [
    {}, {"satuan": True, "quarters": True}, {"typed_party2": True, "heading": "Kegiatan"},
    {"reason": "Pergantian pejabat", "paper": "F4"}, {"statement": OWN_STATEMENT},
], ids=["plain", "satuan-quarters", "party-above", "perubahan", "own-statement"])
def test_a_pk_exported_then_imported_keeps_everything(tmp_path, variant):
    from rakdesk.core.storage import create_workspace
    from rakdesk.xlsx import apply_import, export_plan

    with create_workspace(tmp_path / "a.sqlite") as ws, ws.session() as session:
        plan = make_pk(session, **variant)
        session.commit()
        before = pk_content(plan, session)
        path = export_plan(plan, tmp_path / "pk.xlsx")
    imported = read_workbook(path)
    assert imported.problems == []
    with create_workspace(tmp_path / "b.sqlite") as ws, ws.session() as session:
        new = apply_import(session, imported)
        session.commit()
        after = pk_content(new, session)
    assert after == before
    assert sum(a for _, a in after["budget"] if a) == 5_746_912_000


def test_the_commands_export_a_pk_and_import_it_once(tmp_path, run_cli):
    """export-xlsx writes the PK; import-xlsx makes it a PK plan in a new file and
    says so; importing it again where that satker already has its PK 2024 is
    refused in one line and changes nothing."""
    import hashlib

    from rakdesk.core.storage import create_workspace

    source = tmp_path / "a.sqlite"
    with create_workspace(source) as ws, ws.session() as session:
        plan_id = make_pk(session, quarters=True).id
        session.commit()
    out = tmp_path / "pk.xlsx"
    code, said, err = run_cli("export-xlsx", source, "--plan", plan_id[:8], "-o", out)
    assert code == 0, err
    target = tmp_path / "b.sqlite"
    code, said, err = run_cli("import-xlsx", target, out)
    assert code == 0, err
    assert said.startswith("Diimpor dari lembar PK 2024: PK 2024 untuk SEKRETARIAT KPU "
                           "KABUPATEN KUBU RAYA: 36 sasaran, 53 indikator, 3 baris anggaran.")
    assert "PERHATIAN" not in said
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    code, said, err = run_cli("import-xlsx", target, out)
    assert code == 1 and "sudah punya PK 2024" in err and err.count("\n") == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


@pytest.fixture
def exported(tmp_path):
    """A PK with satuan and quarter targets, exported."""
    from rakdesk.core.storage import create_workspace
    from rakdesk.xlsx import export_plan

    with create_workspace(tmp_path / "a.sqlite") as ws, ws.session() as session:
        plan = make_pk(session, satuan=True, quarters=True, typed_party2=True)
        session.commit()
        return export_plan(plan, tmp_path / "pk.xlsx")


def test_the_export_has_the_printed_layout(exported):
    from openpyxl import load_workbook

    book = load_workbook(exported)
    assert book.sheetnames == ["Pernyataan", "PK 2024"]
    statement = [c.value for row in book["Pernyataan"].iter_rows() for c in row if c.value]
    assert "PERJANJIAN KINERJA TAHUN 2024" in statement
    assert statement[statement.index("PERJANJIAN KINERJA TAHUN 2024") + 1].startswith(
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif")
    assert "Plh. KETUA KPU PROVINSI KALIMANTAN BARAT" in statement
    ws = book["PK 2024"]
    assert (ws["A1"].value, ws["A2"].value) == ("PERJANJIAN KINERJA TAHUN 2024", pw.UNIT)
    head = [ws.cell(row=4, column=c).value for c in range(1, 10)]
    assert head[:6] == ["No", "SASARAN KEGIATAN", "INDIKATOR KINERJA", "SATUAN", "TARGET",
                        "TARGET PER TRIWULAN"]
    assert [ws.cell(row=5, column=c).value for c in range(6, 10)] == ["TW I", "TW II", "TW III",
                                                                     "TW IV"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"F4:I4", "A4:A5", "B7:B9"} <= merged  # sasaran 2 spans its 3 indicators
    assert ws.print_title_rows == "$4:$5"
    assert ws.page_setup.orientation == "portrait" and ws.page_setup.fitToWidth == 1
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    amount = ws.cell(row=cells["Program Dukungan Manajemen"].row, column=4)
    assert amount.value == 4_512_345_000 and '"Rp "#,##0' in amount.number_format
    total = ws.cell(row=cells["Jumlah"].row, column=4)
    assert total.value == 5_746_912_000
    kedua, pertama = cells["Pihak Kedua,"], cells["Pihak Pertama,"]
    assert kedua.row == pertama.row and kedua.column < pertama.column
    assert cells["Sungai Raya, 02 Januari 2024"].column == pertama.column
    # A page starts only where a sasaran starts: a merged sasaran is never cut.
    breaks = [b.id + 1 for b in ws.row_breaks.brk]
    assert breaks and all(str(ws.cell(row=r, column=1).value).rstrip(".").isdigit()
                          for r in breaks)


def test_the_export_prints_in_libreoffice_with_nothing_clipped(exported, tmp_path):
    import subprocess

    from tests import seedtext
    from tests.conftest import require_tool

    soffice = require_tool("soffice", "libreoffice-calc-nogui")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(exported)],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "pk.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    expected = seedtext.words("\n".join(s + "\n" + i for s, i, _ in pw.rows_001()))
    assert expected - seedtext.words(text) == {}, "words clipped from the printed sheet"
    assert "Rp 4.512.345.000" in text and "Rp 5.746.912.000" in text
    assert "Dalam rangka mewujudkan" in pages[0] and "INDIKATOR KINERJA" not in pages[0]
    assert len(pages) >= 3 and all("INDIKATOR KINERJA" in p for p in pages[1:])
    signing = next(line for line in pages[-1].splitlines() if "Pihak Kedua," in line)
    assert signing.index("Pihak Kedua,") < signing.index("Pihak Pertama,")


def test_the_demo_pk_goes_to_excel_and_back_unchanged(demo_master, tmp_path):
    from rakdesk.core import plans as ops
    from rakdesk.core.storage import create_workspace, open_workspace
    from rakdesk.xlsx import apply_import, export_plan

    with open_workspace(demo_master, readonly=True) as ws, ws.session() as session:
        (plan,) = [p for s in ops.all_satkers(session) for p in s.plans if p.kind == "PK"]
        before = pk_content(plan, session)
        path = export_plan(plan, tmp_path / "demo-pk.xlsx")
    imported = read_workbook(path)
    assert imported.problems == []
    with create_workspace(tmp_path / "b.sqlite") as ws, ws.session() as session:
        after = pk_content(apply_import(session, imported), session)
    assert after == before
    assert len(after["sasaran"]) == 36 and all(a for _, a in after["budget"])


def test_a_pk_sheet_without_title_takes_satker_and_year_from_the_options(tmp_path, run_cli):
    """No title rows: the budget table still makes it a PK; the command asks for
    the satker and year as for a RAK, and takes them from --satker and --year."""
    path = write(tmp_path, pw.build_pk(title=False))
    imported = read_workbook(path)
    assert imported.kind == "PK" and (imported.satker_name, imported.year) == ("", None)
    target = tmp_path / "b.sqlite"
    code, out, err = run_cli("import-xlsx", target, path)
    assert code == 1 and "--satker" in err and not target.exists()
    code, out, err = run_cli("import-xlsx", target, path, "--satker", "KPU KABUPATEN CONTOH",
                             "--year", "2025")
    assert code == 0, err
    assert "PK 2025 untuk KPU KABUPATEN CONTOH: 36 sasaran, 53 indikator, 2 baris anggaran" \
        in out


def test_an_indikator_that_begins_with_pihak_pertama_does_not_end_the_table(tmp_path):
    text = "Pihak pertama menyampaikan laporan kinerja tepat waktu kepada pihak kedua"
    imported = read_workbook(write(tmp_path, pw.build_pk(extra={(6, 3): text})))
    indikator = [i["text"] for s in imported.sasaran for i in s["indikator"]]
    assert len(indikator) == 53 and indikator[1] == text
    assert imported.party2["name"] == "SRI HARTATI, S.Sos"


def test_without_the_words_pihak_the_block_under_the_date_is_pihak_pertama(tmp_path):
    rows = pw.pk_rows()
    at = rows.index(["", "Pihak Kedua,", "", "Pihak Pertama,"])
    rows[at - 1:] = [["", "", "", "SUNGAI RAYA, JANUARI 2024"],
                     ["", "", "", "KOMISI PEMILIHAN UMUM"], ["", "", "", "SEKRETARIS,"],
                     [], [], ["", "", "", "FITRI, S.E"], ["", "", "", "NIP. 197905142009122001"]]
    from tests import hostile_workbooks as hw

    imported = read_workbook(write(tmp_path, hw.xlsx([("PK", hw.sheet_xml(rows))])))
    assert imported.problems == [] and imported.party2 == {}
    sig = imported.signature
    assert (sig["place"], sig["day"], sig["month"], sig["year"], sig["upper"]) == (
        "SUNGAI RAYA", None, 1, 2024, True)
    assert sig["heading"] == ["KOMISI PEMILIHAN UMUM", "SEKRETARIS,"]
    assert (sig["name"], sig["nip"]) == ("FITRI, S.E", "197905142009122001")


def test_a_budget_kept_on_a_sheet_of_its_own_is_found_there(tmp_path):
    """Lampiran I (the indicators) and Lampiran II (the budget) as two sheets:
    the budget is read from the second, and what is wrong there names it."""
    from tests import hostile_workbooks as hw

    rows = pw.pk_rows()
    header = rows.index(["NO", "PROGRAM", "", "ANGGARAN"])
    lampiran, budget = rows[:header], [[], [], ["NO", "PROGRAM", "", "ANGGARAN"]]
    budget += [[n, text, "", amount] for n, (text, amount) in enumerate(pw.BUDGET, 1)]
    budget += [["JUMLAH", "", "", 1]]
    data = hw.xlsx([("Lampiran I", hw.sheet_xml(lampiran)),
                    ("Lampiran II", hw.sheet_xml(budget))])
    imported = read_workbook(write(tmp_path, data))
    assert [(b["text"], b["amount"]) for b in imported.budget] == pw.BUDGET
    (problem,) = imported.problems
    assert str(problem).startswith(f"Lampiran II!D{len(budget)}: Jumlah di lembar Rp 1 berbeda")
    alone = read_workbook(write(tmp_path, hw.xlsx([("Lampiran I", hw.sheet_xml(lampiran))]),
                                "tanpa.xlsx"))
    assert alone.budget == [] and "tabel anggaran" in str(alone.problems[0])


def test_a_first_row_without_sasaran_gets_an_empty_sasaran_named_in_rak_and_pk(tmp_path):
    """Both readers share one rule: an indikator with no sasaran above it is
    kept under an empty sasaran, and the cell is named."""
    rak_rows = [list(r) for r in SEED[:3]]
    rak_rows[0][0] = ""
    rak = read_workbook(write(tmp_path, build_rak([tuple(r) for r in rak_rows]), "rak.xlsx"))
    pk_rows = [("", i, t) for _, i, t in pw.rows_001()[:2]] + pw.rows_001()[2:4]
    pk = read_workbook(write(tmp_path, pw.build_pk(pk_rows, merged=False)))
    for imported, sheet in ((rak, "RAK"), (pk, "Lampiran PK")):
        assert imported.sasaran[0]["text"] == ""
        assert imported.sasaran[0]["indikator"], sheet
        messages = [str(p) for p in imported.problems if "tanpa sasaran" in str(p)]
        assert len(messages) == 1 and messages[0].startswith(f"{sheet}!"), imported.problems
