"""Printing ends, at a cost that grows with the text and is bounded, whatever a
plan holds: every field at the import's cap, thousands of lines in one cell,
one unbroken word, headings taller than a page, huge signature fields. Text
beyond what a page can usefully show is cut for print, the page says so where
it was cut, and the workspace keeps all of it.

Each case is generated here from its own input. None is timed: a case that
stops making progress is ended by pytest's faulthandler timeout."""

import datetime as dt
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rakdesk.core import plans as ops
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.pdf import render_plan
from rakdesk.pdf.budget import CELL, CUT_NOTE, Budget, bound
from rakdesk.pdf.document import Stamp
from rakdesk.xlsx.importer import MAX_CELL
from tests import pdftext
from tests.conftest import require_tool
from tests.pdftext import squash

NOTE = squash(CUT_NOTE)
WORDS = ("rencana", "kinerja", "pelaksanaan", "evaluasi", "laporan", "pemilu", "data")


def text_of(tag: str, length: int = MAX_CELL, line_every: int = 0) -> str:
    """``length`` characters starting with ``tag``: words, and a newline after
    every ``line_every`` words when asked."""
    words, size, n = [tag], len(tag), 0
    while size < length:
        n += 1
        word = WORDS[n % len(WORDS)]
        sep = "\n" if line_every and n % line_every == 0 else " "
        words.append(sep + word)
        size += len(word) + 1
    return "".join(words)[:length]


def pdf_text(data: bytes) -> str:
    """All the text of a PDF in the order it was drawn, so a cell's lines stay
    together however narrow its column."""
    return "\f".join(pdftext.pages_text(data))


def poppler_text(data: bytes) -> str:
    """All the text of a PDF as poppler's pdftotext reads it (fast on long PDFs)."""
    tool = require_tool("pdftotext", "poppler-utils")
    return subprocess.run([tool, "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


def page_count(data: bytes) -> int:
    return len(pdftext.reader(data).pages)


@pytest.fixture
def session(tmp_path):
    ws = create_workspace(tmp_path / "w.sqlite")
    session = ws.session()
    yield session
    session.close()
    ws.close()


def satker_and_official(session, **fields):
    satker = ops.add_satker(session, **{
        "name": "SEKRETARIAT KPU KABUPATEN CONTOH",
        "office_heading": "KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH", **fields})
    official = ops.add_official(session, satker, "THOMAS DOHU, S.Hut", "SEKRETARIS",
                                nip="196804111993031009")
    return satker, official


def small_plan(session, kind="RAK", satker_fields=None, kegiatan=("Rapat koordinasi",),
               target="100%", pelaksana=("Subbag Teknis",), note="", **fields):
    satker, official = satker_and_official(session, **(satker_fields or {}))
    fields = {"sign_place": "Contoh", "sign_office": "KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH",
              **fields}
    plan = ops.add_plan(session, satker, kind, 2025, **fields)
    plan.signatory, plan.sign_date = official, dt.date(2025, 1, 22)
    sasaran = ops.add_sasaran(session, plan, "Meningkatnya kualitas perencanaan")
    indikator = ops.add_indikator(session, sasaran, "Nilai SAKIP", target,
                                  keterangan="Rumus", sumber_data="LKj")
    for n, text in enumerate(kegiatan):
        k = ops.add_kegiatan(session, indikator, text, list(pelaksana))
        ops.set_cell(session, k, 1, Cell(ticked=True, note=note) if note and not n else TICK)
    session.flush()
    return plan


def every_field_at_cap(session, kind: str):
    """A plan whose every printed text holds the import's cap (20,000
    characters), each starting with its own tag; office lines, signature
    office and Fungsi hold many lines."""
    satker, official = satker_and_official(
        session, name=text_of("SATKERNAMA"), full_name=text_of("SATKERPENUH"),
        parent_office=text_of("KANTORINDUK"), office_heading=text_of("KANTORKOP", line_every=3),
        address=text_of("ALAMATKANTOR"), phone=text_of("TELEPONKANTOR"),
        city=text_of("KOTAKANTOR"))
    official.name, official.title = text_of("PEJABATNAMA"), text_of("JABATANNAMA")
    plan = ops.add_plan(
        session, satker, kind, 2025, title=text_of("JUDULRENCANA"),
        sign_place=text_of("TEMPATTTD"), sign_office=text_of("KANTORTTD", line_every=2),
        sasaran_header=text_of("KEPALASASARAN"), indikator_header=text_of("KEPALAINDIKATOR"),
        year_label=text_of("LABELTAHUN"), tugas=text_of("TUGASIKU"),
        fungsi=text_of("FUNGSIIKU", line_every=4), cover_page=True)
    plan.signatory, plan.sign_date = official, dt.date(2025, 1, 22)
    for s in range(2):
        sasaran = ops.add_sasaran(session, plan, text_of(f"SASARAN{s}"))
        for i in range(2):
            indikator = ops.add_indikator(
                session, sasaran, text_of(f"INDIKATOR{s}{i}"), text_of(f"TARGET{s}{i}"),
                keterangan=text_of(f"KETERANGAN{s}{i}"), sumber_data=text_of(f"SUMBER{s}{i}"))
            for k in range(2):
                kegiatan = ops.add_kegiatan(session, indikator, text_of(f"KEGIATAN{s}{i}{k}"),
                                            [text_of(f"PELAKSANA{s}{i}{k}a"),
                                             text_of(f"PELAKSANA{s}{i}{k}b")])
                if kind == "RAK":
                    for month in range(1, 13):
                        ops.set_cell(session, kegiatan, month, Cell(
                            ticked=True, note=text_of(f"CATATAN{s}{i}{k}m{month}")))
    session.flush()
    return plan


@pytest.mark.parametrize("kind", ["RAK", "IKU"])
def test_a_plan_with_every_field_at_the_import_cap_prints_with_cut_notes(session, kind):
    plan = every_field_at_cap(session, kind)
    for stamp in (None, Stamp("RAK25-R1-ABCDEFGH", "rakdesk:x:1:y", 1)):  # draft and final
        data = render_plan(plan, stamp)
        text = squash(pdf_text(data))
        assert NOTE in text
        tags = ["SATKERNAMA", "SATKERPENUH", "KANTORKOP", "ALAMATKANTOR", "PEJABATNAMA",
                "JABATANNAMA", "TEMPATTTD", "KANTORTTD", "KEPALASASARAN", "KEPALAINDIKATOR",
                "SASARAN1", "INDIKATOR11", "TARGET11"]
        if kind == "RAK":
            tags += ["JUDULRENCANA", "LABELTAHUN", "KEGIATAN111", "PELAKSANA111a"]
        else:
            tags += ["KETERANGAN10", "SUMBER01", "TUGASIKU", "FUNGSIIKU"]
        assert [t for t in tags if t not in text] == []  # each field starts on the page
        # bounded: a few pages per kegiatan, whatever its cells hold
        assert page_count(data) <= 50
    # the workspace keeps every character
    assert len(plan.satker.name) == MAX_CELL
    assert all(len(k.text) == MAX_CELL for s in plan.sasaran for i in s.indikator
               for k in i.kegiatan)


def test_400_kegiatan_of_20000_characters_print_with_a_note_each(session):
    plan = small_plan(session, kegiatan=[text_of(f"KEGIATAN{n:03d}") for n in range(400)])
    data = render_plan(plan)
    text = poppler_text(data)
    assert text.count("dipotong") == 400
    flat = squash(text)
    assert all(f"KEGIATAN{n:03d}" in flat for n in range(400))
    assert page_count(data) <= 400 * 2 + 1  # a cell prints on two pages at most


@pytest.mark.parametrize("field", ["kegiatan", "target", "pelaksana", "note"])
def test_one_unbroken_word_of_100000_characters_is_broken_and_cut(session, field):
    word = "W" + "x" * 99_999
    options = {"kegiatan": {"kegiatan": (word,)}, "target": {"target": word},
               "pelaksana": {"pelaksana": (word,)},
               "note": {"note": word, "kegiatan": ("Rapat", "Evaluasi")}}[field]
    data = render_plan(small_plan(session, **options))
    text = squash(pdf_text(data))
    assert NOTE in text
    assert "W" + "x" * 20 in text  # its start is printed, broken over lines
    assert text.count("x") <= CELL.chars
    assert page_count(data) <= 3


def test_a_kegiatan_of_50000_newlines_prints_its_first_lines_and_a_note(session):
    text = "".join(f"baris{n}\n" for n in range(50_000))
    data = render_plan(small_plan(session, kegiatan=(text,)))
    printed = pdf_text(data)
    assert f"baris{CELL.lines - 1}" in printed and f"baris{CELL.lines}" not in printed
    assert NOTE in squash(printed)
    assert page_count(data) <= 3


def test_a_cell_of_short_lines_at_the_cap_prints_in_a_few_pages(session):
    cell = text_of("GARISPENDEK", line_every=1)  # 20,000 characters, one word a line
    data = render_plan(small_plan(session, kegiatan=(cell,), pelaksana=(cell,)))
    assert NOTE in squash(pdf_text(data))
    assert page_count(data) <= 3


@pytest.mark.parametrize("kind, field", [
    ("RAK", "sasaran_header"), ("RAK", "indikator_header"), ("RAK", "title"),
    ("RAK", "year_label"), ("IKU", "sasaran_header"), ("IKU", "indikator_header")])
def test_a_heading_taller_than_a_page_is_cut_and_the_table_still_prints(session, kind, field):
    kegiatan = [f"Kegiatan nomor {n:02d}" for n in range(60)]
    plan = small_plan(session, kind, kegiatan=kegiatan, **{field: text_of("KEPALA", 10_000)})
    data = render_plan(plan)
    pages = [squash(p) for p in pdf_text(data).split("\f") if p.strip()]
    assert NOTE in "".join(pages) and "KEPALA" in "".join(pages)
    assert len(pages) <= 6
    if kind == "RAK":
        assert all(f"Kegiatannomor{n:02d}" in "".join(pages) for n in range(60))
        assert all("KEGIATAN" in p for p in pages)  # the header repeats on every page
    else:
        assert all("SUMBERDATA" in p for p in pages[1:])


@pytest.mark.parametrize("where", ["sign_office", "official_name", "official_title",
                                   "sign_place", "satker_name", "office_heading"])
@pytest.mark.parametrize("kind", ["RAK", "IKU"])
def test_huge_signature_and_title_fields_print_cut_without_layout_error(session, where, kind):
    huge = text_of("RAKSASA", 100_000)
    satker_fields = {"satker_name": {"name": huge},
                     "office_heading": {"office_heading": text_of("RAKSASA", 100_000, 1)}}
    plan = small_plan(session, kind, satker_fields=satker_fields.get(where, {}),
                      cover_page=True,
                      **({where: huge} if where in ("sign_office", "sign_place") else {}))
    if where.startswith("official_"):
        setattr(plan.signatory, where.removeprefix("official_"), huge)
    data = render_plan(plan)
    text = squash(pdf_text(data))
    assert "RAKSASA" in text and NOTE in text
    assert page_count(data) <= 6


def test_render_and_finalize_from_the_command_line_end_with_a_pdf(run_cli, tmp_path):
    path = tmp_path / "kerja.sqlite"
    ws = create_workspace(path)
    session = ws.session()
    plan = small_plan(session, satker_fields={"name": text_of("SATKER", 20_000)},
                      sign_office=text_of("KANTOR", 100_000))
    plan.signatory.name = text_of("PEJABAT", 100_000)
    plan_id = plan.id
    session.commit()
    session.close()
    ws.close()
    code, _, err = run_cli("render", path, "--plan", plan_id, "-o", tmp_path / "rak.pdf")
    assert code == 0 and "Traceback" not in err, err
    assert NOTE in squash(pdf_text((tmp_path / "rak.pdf").read_bytes()))
    code, _, err = run_cli("finalize", path, "--plan", plan_id, "-o", tmp_path / "final.pdf")
    assert code == 0 and "Traceback" not in err, err
    ws = open_workspace(path)
    session = ws.session()
    try:  # the workspace keeps every character
        kept = ops.all_satkers(session)[0]
        assert len(kept.name) == 20_000 and len(kept.officials[0].name) == 100_000
    finally:
        session.close()
        ws.close()
    # Every plan to a folder: the file is named after the satker, cut to a length
    # every file system takes (a 20,000-character name once failed "File name too long").
    code, _, err = run_cli("render", path, "--all", "-o", tmp_path / "semua")
    assert code == 0 and "Traceback" not in err, err
    [written] = (tmp_path / "semua").iterdir()
    assert written.suffix == ".pdf" and "SATKER" in written.name and len(written.name) <= 124


def test_the_demo_plans_are_never_cut(demo_master):
    ws = open_workspace(demo_master, readonly=True)
    session = ws.session()
    try:
        for satker in ops.all_satkers(session):
            for plan in satker.plans:
                assert "dipotong" not in pdf_text(render_plan(plan))
    finally:
        session.close()
        ws.close()


def test_a_table_whose_header_leaves_no_room_stops_with_a_message_instead_of_looping():
    from rakdesk.pdf.fonts import fonts
    from rakdesk.pdf.grid import Column, GridLayout, PageTooSmall, Row
    from rakdesk.pdf.text import para, styles

    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic)
    layout = GridLayout([Column("kegiatan", "KEGIATAN", 100)], [["KEGIATAN"]], [12], [], [])
    rows = [Row((), {"kegiatan": para("kata " * 100, st["cell"])})]
    with pytest.raises(PageTooSmall, match="ruang"):
        layout.paginate(rows, first=4, rest=4)


@given(st.text(st.sampled_from("ab \n\r"), max_size=400), st.integers(1, 60),
       st.integers(1, 8))
def test_the_budget_keeps_the_start_of_a_text_within_its_bound(text, chars, lines):
    def normal(text):  # as printed: every line ending is one line break
        return text.replace("\r\n", "\n").replace("\r", "\n")

    kept, cut = bound(text, Budget(chars, lines))
    assert len(normal(kept)) <= chars and normal(kept).count("\n") < lines
    assert normal(text).startswith(normal(kept))
    assert cut == (normal(kept) != normal(text))


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 1500), st.integers(0, 1500),
                          st.integers(0, 60)), min_size=1, max_size=4),
       st.floats(40, 500), st.floats(0, 1), st.floats(0, 200))
def test_pagination_always_ends_and_every_page_takes_its_share(cells, rest, first_share, tail):
    """Random groups and rows of long cells, on pages from tiny to full: the
    table is laid out, in at most about one page per page-height of text."""
    from rakdesk.pdf.fonts import fonts
    from rakdesk.pdf.grid import Column, GridLayout, Group, Row, measure
    from rakdesk.pdf.text import para, styles

    fs = fonts()
    sty = styles(fs.regular, fs.bold, fs.italic)
    columns = [Column("sasaran", "S", 90, level=0), Column("indikator", "I", 90, level=1),
               Column("kegiatan", "K", 120)]
    layout = GridLayout(columns, [["S", "I", "K"]], [12], [], [])
    rows, height = [], 0.0
    for n, (s_len, i_len, k_len, newlines) in enumerate(cells):
        texts = [text_of(f"T{n}", length, line_every=newlines) for length in (s_len, i_len,
                                                                              k_len)]
        sasaran = Group(0, {"sasaran": para(texts[0], sty["cell"])},
                        repeat={"sasaran": para("(lanjutan)", sty["muted"])})
        indikator = Group(1, {"indikator": para(texts[1], sty["cell"])},
                          repeat={"indikator": para("(lanjutan)", sty["muted"])})
        rows.append(Row((sasaran, indikator), {"kegiatan": para(texts[2], sty["cell"])}))
        height += sum(measure(para(t, sty["cell"]), 90) for t in texts)
    pages = layout.paginate(rows, first=rest * first_share, rest=rest, tail=tail)
    assert 1 <= len(pages) <= 2 * height / (rest - 20) + 2 * len(rows) + 2
