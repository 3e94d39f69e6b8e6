"""The printed RAK and IKU: everything the plan holds is on the page, where it
belongs, and nothing a user types can break or subvert the document."""

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rakdesk.core import plans as ops
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.pdf import render_plan
from tests import pdftext
from tests.pdftext import squash


@pytest.fixture(scope="module")
def demo_plans(demo_master):
    ws = open_workspace(demo_master, readonly=True)
    session = ws.session()
    plans = {f"{s.name}|{p.kind}": p for s in ops.all_satkers(session) for p in s.plans}
    rendered = {key: render_plan(plan) for key, plan in plans.items()}
    yield plans, rendered
    session.close()
    ws.close()


KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA|RAK"
LOTIM_K = "KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR|RAK"
LOTIM_S = "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR|RAK"
KUBAR = "KPU KAB.KUTAI BARAT|IKU"


@pytest.mark.parametrize("key", [KUBU, LOTIM_K, LOTIM_S, KUBAR])
def test_every_text_of_the_seed_plans_is_printed(demo_plans, key):
    plans, rendered = demo_plans
    plan, data = plans[key], rendered[key]
    text = squash("".join(pdftext.pages_text(data)))
    expected = []
    for s in plan.sasaran:
        expected.append(s.text)
        for i in s.indikator:
            expected += [i.text, i.target, i.keterangan, i.sumber_data]
            for k in i.kegiatan:
                expected += [k.text] + [p.name for p in k.pelaksana]
    missing = [t for t in expected if t and squash(t) not in text]
    assert missing == []
    sig = ops.signature_lines(plan)
    last = squash(pdftext.pages_text(data)[-1])
    for line in [sig["date"], *sig["heading"], sig["name"]]:
        assert squash(line) in last


@pytest.mark.parametrize("key, periods", [(KUBU, 12), (LOTIM_K, 4), (LOTIM_S, 12)])
def test_ticks_print_under_their_months(demo_plans, key, periods):
    """Every tick sits in the column of its month/quarter, on its kegiatan's row."""
    plans, rendered = demo_plans
    plan, data = plans[key], rendered[key]
    prefix = "B" if periods == 12 else "T"
    labels = [f"{prefix}{n}" for n in range(1, periods + 1)]
    tick = plan.tick_style
    expected_total = sum(len(k.schedule()) for s in plan.sasaran for i in s.indikator
                         for k in i.kegiatan)
    found_total = 0
    kegiatan = {k.text.splitlines()[0][:25]: k for s in plan.sasaran for i in s.indikator
                for k in i.kegiatan}
    checked_rows = 0
    for page in pdftext.reader(data).pages:
        runs = pdftext.positioned(page)
        columns = {t: x for t, x, _ in runs if t in labels}
        if not columns:
            continue
        assert set(columns) == set(labels), "every page repeats the period header"
        ticks = [(x, y) for t, x, y in runs if t == tick]
        found_total += len(ticks)
        xs = sorted(columns.values())
        width = xs[1] - xs[0]
        for x, _ in ticks:  # each tick is inside one period column
            assert min(abs(x - cx) for cx in xs) < width / 2
        # On a row whose kegiatan starts a line, the ticks at its height are its schedule.
        for t, _x, y in runs:
            k = next((k for start, k in kegiatan.items() if t.startswith(start)), None)
            if k is None or len(t) < 25:
                continue
            row_ticks = {min(columns, key=lambda lab: abs(columns[lab] - tx))
                         for tx, ty in ticks if abs(ty - y) < 40 and ty <= y + 2}
            if row_ticks and len(k.schedule()) == len(row_ticks):
                assert row_ticks == {f"{prefix}{p}" for p in k.schedule()}
                checked_rows += 1
    assert found_total == expected_total
    assert checked_rows >= 3


@pytest.mark.parametrize("key", [KUBU, LOTIM_S])
def test_headers_repeat_on_every_page_of_a_long_plan(demo_plans, key):
    plans, rendered = demo_plans
    texts = pdftext.pages_text(rendered[key])
    body = texts[1:] if plans[key].cover_page else texts
    assert len(body) >= 4
    for n, page in enumerate(body, 1):
        for word in ("KEGIATAN", "TARGET", "PELAKSANA", "RENCANAPELAKSANAAN",
                     squash(plans[key].sasaran_header)):
            assert word in squash(page), f"page {n} lacks {word}"
    assert f"Halaman {len(texts)} dari {len(texts)}" in texts[-1]


def test_cover_page_of_seed_001(demo_plans):
    plans, rendered = demo_plans
    cover = squash(pdftext.pages_text(rendered[KUBU])[0])
    for line in ("KOMISI PEMILIHAN UMUM", "KABUPATEN KUBU RAYA", "RENCANA AKSI KINERJA",
                 "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KUBU RAYA", "TAHUN 2024",
                 "Jl. Adisucipto KM 15,2 Sungai Raya", "Telp. (0561) 6726899"):
        assert squash(line) in cover


def test_iku_header_has_tugas_and_numbered_fungsi(demo_plans):
    plans, rendered = demo_plans
    plan = plans[KUBAR]
    first = squash(pdftext.pages_text(rendered[KUBAR])[0])
    assert squash(plan.tugas) in first
    for n, fungsi in enumerate(plan.fungsi_list, 1):
        assert squash(f"{n}.{fungsi}") in first
    page = pdftext.reader(rendered[KUBAR]).pages[1]
    assert page.mediabox.width < page.mediabox.height  # portrait


# ------------------------------------------------------------ made-up plans


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    ws = create_workspace(tmp_path_factory.mktemp("pdf") / "w.sqlite")
    session = ws.session()
    yield session
    session.close()
    ws.close()


def make_plan(session, sasaran, kind="RAK", **options):
    """sasaran: [(text, [(indikator, target, [(kegiatan, {period: Cell}, [pelaksana])])])]"""
    satker = ops.add_satker(session, name="SEKRETARIAT KPU KABUPATEN CONTOH",
                            office_heading="KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH")
    official = ops.add_official(session, satker, "THOMAS DOHU, S.Hut", "SEKRETARIS",
                                nip="196804111993031009", acting="Plt.")
    plan = ops.add_plan(session, satker, kind, 2025, sign_place="Contoh",
                        sign_office="KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH", **options)
    plan.signatory = official
    plan.sign_date = dt.date(2025, 1, 22)
    for s_text, indikators in sasaran:
        s = ops.add_sasaran(session, plan, s_text)
        for i_text, target, kegiatans in indikators:
            i = ops.add_indikator(session, s, i_text, target, keterangan=i_text[:50])
            for k_text, cells, pelaksana in kegiatans:
                k = ops.add_kegiatan(session, i, k_text, pelaksana)
                for period, cell in cells.items():
                    ops.set_cell(session, k, period, cell)
    session.flush()
    return plan


def test_signature_block_with_acting_prefix_and_nip(workspace):
    plan = make_plan(workspace, [("S", [("I", "1", [("K", {1: TICK}, [])])])])
    last = pdftext.pages_text(render_plan(plan))[-1]
    for line in ("Contoh, 22 Januari 2025", "Plt. SEKRETARIS,", "THOMAS DOHU, S.Hut",
                 "NIP. 19680411 199303 1 009"):
        assert line in last


def test_week_notes_and_multiline_kegiatan(workspace):
    plan = make_plan(workspace, [("Sasaran", [("Indikator", "12 Kali", [(
        "1. Menyusun laporan\n2. Mengirim laporan\n3. Rapat evaluasi",
        {1: Cell(weeks={4}), 2: Cell(weeks={1, 2, 3, 4}), 3: Cell(weeks={2, 3}), 4: TICK},
        ["Subbag. Keuangan", "Subbag. Teknis"])])])])
    text = pdftext.pages_text(render_plan(plan))[0]
    flat = squash(text)
    for expected in ("1.Menyusunlaporan", "2.Mengirimlaporan", "3.Rapatevaluasi",
                     "1.Subbag.Keuangan", "2.Subbag.Teknis"):
        assert expected in flat
    lines = text.splitlines()
    assert any(line.strip().startswith("2. Mengirim laporan") for line in lines)
    # Weeks in the month columns: short, each on one line, never a word broken in two;
    # one line under the table says what "Mg" means.
    runs = [t for t, _, _ in pdftext.positioned(pdftext.reader(render_plan(plan)).pages[0])]
    for cell in ("Mg 4", "Mg 1–4", "Mg 2, 3"):
        assert cell in runs
    assert not any(t in ("Ming", "gu ke", "Mgg") for t in runs)
    assert "Mg = minggu ke-" in runs


def test_markup_in_user_text_prints_literally(workspace, tmp_path):
    secret = tmp_path / "rahasia.png"
    secret.write_bytes(b"not an image")
    hostile = f'<b>tebal</b> & <img src="{secret}"/> <font size=40>besar</font> &amp; <br/>'
    plan = make_plan(workspace, [(hostile, [(hostile, "<i>75%</i>", [(hostile, {1: TICK},
                                                                      [hostile])])])])
    text = "".join(pdftext.pages_text(render_plan(plan)))
    assert squash(hostile) in squash(text)
    assert text.count("<b>tebal</b>") >= 4


def test_a_cell_taller_than_a_page_splits_across_pages(workspace):
    words = " ".join(f"kata{n:05d}" for n in range(195))  # ~1,950 characters: printed whole
    plan = make_plan(workspace, [("Sasaran singkat", [("Indikator", "100%", [
        (words, {m: TICK for m in range(1, 13)}, ["Subbag"])])])])
    pages = pdftext.pages_text(render_plan(plan))
    assert len(pages) >= 2
    text = squash("".join(pages))
    assert all(f"kata{n:05d}" in text for n in range(195))
    assert "dipotong" not in text
    for page in pages:
        assert "KEGIATAN" in page and "PELAKSANA" in page


def test_a_sasaran_taller_than_a_page_and_an_indikator_with_200_kegiatan(workspace):
    long_sasaran = " ".join(f"tujuan{n:04d}" for n in range(180))  # within a printed cell
    kegiatan = [(f"Kegiatan nomor {n:03d}", {(n % 12) + 1: TICK}, ["Subbag"])
                for n in range(200)]
    plan = make_plan(workspace, [(long_sasaran, [("Indikator besar", "100%", kegiatan)]),
                                 ("Sasaran kedua", [("I2", "WTP", [("K", {}, [])])])])
    pages = pdftext.pages_text(render_plan(plan))
    text = squash("".join(pages))
    assert all(f"tujuan{n:04d}" in text for n in range(180))
    assert all(f"Kegiatannomor{n:03d}" in text for n in range(200))
    assert sum("(lanjutan) Indikator besar" in p for p in pages) >= 3
    for page in pages:
        assert "INDIKATORKINERJA" in squash(page)


def test_empty_plan_renders_header_and_signature(workspace):
    plan = make_plan(workspace, [])
    pages = pdftext.pages_text(render_plan(plan))
    assert len(pages) == 1 and "KEGIATAN" in pages[0] and "THOMAS DOHU" in pages[0]


def test_f4_paper_and_numeric_month_labels(workspace):
    plan = make_plan(workspace, [("S", [("I", "1", [("K", {5: TICK}, [])])])], paper="F4",
                     numeric_month_labels=True, column_numbers="paren")
    data = render_plan(plan)
    page = pdftext.reader(data).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 330
    assert round(float(page.mediabox.height) / 72 * 25.4) == 210
    text = pdftext.pages_text(data)[0]
    assert "B1" not in text and "(17)" in text


def test_quarterly_iku_and_rak_from_the_same_builder(workspace):
    plan = make_plan(workspace, [("S", [("I", "1", [("K", {4: TICK}, [])])])],
                     granularity="quarterly")
    text = pdftext.pages_text(render_plan(plan))[0]
    assert all(f"T{q}" in text for q in range(1, 5))


plain_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
markupish = st.sampled_from(["<b>", "&", "<img src='x'/>", "</para>", "😀🗳️", "\n\n", "\t",
                             "\x00\x07", "A" * 400, ""])
texts = st.one_of(plain_text, markupish, st.lists(markupish, max_size=5).map("".join))
cells = st.dictionaries(st.integers(1, 12), st.builds(
    Cell, ticked=st.booleans(), weeks=st.frozensets(st.integers(1, 4), max_size=3),
    note=st.sampled_from(["", "catatan"])), max_size=12)
plans = st.lists(st.tuples(texts, st.lists(st.tuples(texts, texts, st.lists(
    st.tuples(texts, cells, st.lists(texts, max_size=3)), max_size=4)), max_size=3)),
    max_size=4)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(plans, st.sampled_from(["RAK", "IKU"]), st.booleans())
def test_generated_plans_always_render(workspace, sasaran, kind, quarterly):
    if quarterly:
        sasaran = [(s, [(i, t, [(k, {p: c for p, c in cs.items() if p <= 4}, pel)
                                for k, cs, pel in ks]) for i, t, ks in inds])
                   for s, inds in sasaran]
    plan = make_plan(workspace, sasaran, kind=kind,
                     granularity="quarterly" if quarterly else "monthly")
    data = render_plan(plan)
    assert data.startswith(b"%PDF") and len(pdftext.reader(data).pages) >= 1


def test_render_command(run_cli, demo_file, tmp_path):
    code, out, err = run_cli("render", demo_file, "--all", "-o", tmp_path / "pdf")
    assert code == 0, err
    files = sorted((tmp_path / "pdf").glob("*.pdf"))
    # every plan (with the Kubu Raya PK 2024), and the Kubu Raya RAK's monitoring reports
    # (four triwulan, the Pengukuran)
    assert len(files) == 6 + 5
    code, out, err = run_cli("list", "--json", demo_file)
    import json

    plan_id = json.loads(out)["satkers"][0]["plans"][0]["id"]
    code, out, err = run_cli("render", demo_file, "--plan", plan_id, "-o", tmp_path / "a.pdf")
    assert code == 0 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_render_is_qt_free():
    """The core renders without Qt: importing it loads no PySide6 module."""
    code = ("import sys, rakdesk.pdf, rakdesk.core.storage, rakdesk.core.demo; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_ticks_use_a_font_that_has_them(demo_plans):
    from rakdesk.pdf.fonts import fonts, has_glyph

    fs = fonts()
    assert has_glyph(fs.symbols, "✓") and has_glyph(fs.symbols, "√")
    plans, rendered = demo_plans
    page = pdftext.reader(rendered[LOTIM_K]).pages[0]
    names = [str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()]
    assert any("DejaVuSansCondensed" in name for name in names)
    assert (pdftext.ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()


def png(width=60, height=30, color=(20, 40, 160)) -> bytes:
    from PIL import Image

    buffer = __import__("io").BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def image_count(data: bytes) -> int:
    total = 0
    for page in pdftext.reader(data).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        total += sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")
    return total


def test_logo_signature_and_stamp_images_are_printed(workspace):
    plan = make_plan(workspace, [("S", [("I", "1", [("K", {1: TICK}, [])])])], cover_page=True)
    plan.satker.logo = png(80, 80)
    plan.signatory.signature_image = png(120, 40)
    plan.signatory.stamp_image = png(80, 80, (150, 20, 150))
    data = render_plan(plan)
    assert image_count(data) == 3
    assert "THOMAS DOHU" in pdftext.pages_text(data)[-1]


def test_damaged_images_do_not_stop_printing(workspace):
    plan = make_plan(workspace, [("S", [("I", "1", [("K", {1: TICK}, [])])])], cover_page=True)
    plan.satker.logo = b"\x89PNG broken"
    plan.signatory.signature_image = b"<svg onload=alert(1)>"
    data = render_plan(plan)
    assert image_count(data) == 0 and "THOMAS DOHU" in pdftext.pages_text(data)[-1]


@pytest.mark.parametrize("kind", ["RAK", "IKU"])
def test_signature_never_stands_alone_on_a_page(workspace, kind):
    """Whatever the plan's length, the last page holds table rows as well as the
    signature, and the signature is whole on it."""
    filler = "Melakukan pemeliharaan terhadap gedung kantor dan aset " * 3
    for n in range(1, 40, 3):
        if kind == "RAK":
            rows = [(f"Indikator {n}", "100%", [(f"{filler} {j}", {1: TICK}, ["Subbag"])
                                               for j in range(n)])]
        else:
            rows = [(f"{filler} {j}", "", []) for j in range(n)]
        plan = make_plan(workspace, [(f"Sasaran {n}", rows)], kind=kind)
        last = pdftext.pages_text(render_plan(plan))[-1]
        assert "THOMAS DOHU" in last and "NIP. 19680411 199303 1 009" in last
        assert ("KEGIATAN" if kind == "RAK" else "SUMBER DATA") in last, n


def test_a_word_too_wide_for_its_column_breaks_after_a_slash():
    from reportlab.lib.styles import ParagraphStyle

    from rakdesk.pdf.text import slash_breaks

    style = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8)
    assert slash_breaks("SASARAN PROGRAM/KEGIATAN", style, 50) == "SASARAN PROGRAM/\nKEGIATAN"
    # words that fit, and a slash at a word's end, stay as they are
    assert slash_breaks("SASARAN PROGRAM/KEGIATAN", style, 300) == "SASARAN PROGRAM/KEGIATAN"
    assert slash_breaks("DAN/ ATAU", style, 5) == "DAN/ ATAU"
