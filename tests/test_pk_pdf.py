"""The printed Perjanjian Kinerja: the standard statement with both parties,
the signatures side by side (Pihak Kedua left, Pihak Pertama right), a
lampiran over several pages with nothing lost, the budget with its Jumlah,
and a PK Perubahan whose original revision still verifies."""

from __future__ import annotations

import re
import subprocess
from contextlib import contextmanager

import pytest

from rakdesk.core import pk as core
from rakdesk.core import plans as ops
from rakdesk.core import revisions, storage
from rakdesk.core.loading import load_plan
from rakdesk.pdf import render_plan
from tests.pdftext import pages_text, positioned, reader, squash

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"


@contextmanager
def session_of(path):
    ws = storage.open_workspace(path)
    try:
        with ws.session() as session:
            yield session
            session.commit()
    finally:
        ws.close()


def demo_pk(session):
    """The demo's PK 2024 (seed 001's targets), with an acting Ketua as pihak
    kedua and a budget of two lines."""
    satker = next(s for s in ops.all_satkers(session) if s.name == KUBU)
    ketua = ops.add_official(session, satker, "AHMAD SYARIF, S.Sos., M.Si.", "KETUA",
                             "197001012000031001", acting="Plh.")
    session.flush()
    pk = next(p for p in satker.plans if p.kind == "PK")
    pk.party2_official_id = ketua.id
    pk.sign_date_precision, pk.sign_upper = "month", True
    for line in list(pk.budget_lines):
        ops.delete_row(session, line)
    core.add_budget_line(session, pk, "Program Dukungan Manajemen", "1.234.567.000")
    core.add_budget_line(session, pk, "Program Penyelenggaraan Pemilu", "Rp 2.000.000.000,00")
    session.flush()
    return load_plan(session, pk.id)


def pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "pk.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_statement_page_prints_the_standard_text_and_both_parties(demo_file, tmp_path):
    with session_of(demo_file) as session:
        data = render_plan(demo_pk(session))
    text = pdftotext(data, tmp_path)
    first = text.split("\f")[0]
    flat = " ".join(first.split())
    assert "PERJANJIAN KINERJA TAHUN 2024" in flat and "PERUBAHAN" not in flat
    for sentence in re.split(r"\n\s*\n", core.STANDARD_STATEMENT):
        for part in sentence.split("\n"):
            if part not in (core.PARTY1, core.PARTY2):
                assert " ".join(part.split()) in flat, part
    # pihak pertama is named first, pihak kedua (the Ketua, acting) second
    assert flat.index("Nama : FITRI") < flat.index("selanjutnya disebut pihak pertama") \
        < flat.index("Nama : AHMAD SYARIF, S.Sos., M.Si.") \
        < flat.index("Jabatan : Plh. KETUA KOMISI PEMILIHAN UMUM KABUPATEN KUBU RAYA") \
        < flat.index("selaku atasan langsung pihak pertama")
    # signatures side by side: Pihak Kedua at the left, Pihak Pertama at the right
    runs = positioned(reader(data).pages[0])
    where = {t: (x, y) for t, x, y in runs}
    (x2, y2), (x1, y1) = where["Pihak Kedua,"], where["Pihak Pertama,"]
    assert x2 < x1 and abs(y2 - y1) < 1
    name_x = {t: x for t, x, _ in runs}
    assert name_x["AHMAD SYARIF, S.Sos., M.Si."] < name_x["FITRI"]
    assert "NIP. 19700101 200003 1 001" in flat and "Plh. KETUA," in flat
    assert "SUNGAI RAYA, JANUARI 2024" in flat  # the date line, at the right
    assert where["SUNGAI RAYA, JANUARI 2024"][0] > x2


def test_both_signature_names_stand_level_when_one_position_takes_two_lines(demo_file):
    """A pihak kedua typed for the office above, its position two lines long:
    the two names (and the room to sign above them) still stand level."""
    with session_of(demo_file) as session:
        pk = demo_pk(session)
        pk.party2_official_id = None
        pk.party2_name, pk.party2_nip = "Dr. BUDI SANTOSO, M.Si", "196501011990031002"
        pk.party2_title = "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN BARAT"
        session.flush()
        data = render_plan(load_plan(session, pk.id))
    for page in (reader(data).pages[0], reader(data).pages[-1]):
        where = {t: y for t, _, y in positioned(page)}
        assert where["KETUA KOMISI PEMILIHAN UMUM PROVINSI"] > where["SEKRETARIS,"] - 1
        assert "KALIMANTAN BARAT," in where  # its second line
        assert abs(where["Dr. BUDI SANTOSO, M.Si"] - where["FITRI"]) < 1


def test_a_budget_over_a_page_break_is_one_table_headed_once_per_page(demo_file):
    """Forty budget lines and one longer than a page: every line prints once,
    each page has the heading once (a second table used to start mid-page
    with its own heading), and the Jumlah closes the last page's table."""
    with session_of(demo_file) as session:
        pk = demo_pk(session)
        for n in range(40):
            core.add_budget_line(session, pk, f"Program contoh {n + 3}", 1_000_000)
        core.add_budget_line(session, pk, "Program panjang " + "kata " * 1500, 5)
        session.flush()
        data = render_plan(load_plan(session, pk.id))
    texts = [[t for t, _, _ in positioned(page)] for page in reader(data).pages]
    budget_pages = [t for t in texts if "ANGGARAN" in t]
    assert len(budget_pages) >= 2
    assert all(t.count("ANGGARAN") == 1 for t in budget_pages)
    printed = [t for page in budget_pages for t in page if t.startswith("Program contoh")]
    assert printed == [f"Program contoh {n + 3}" for n in range(40)]
    assert "Rp 3.274.567.005" in budget_pages[-1] and "Jumlah" in budget_pages[-1]


def test_lampiran_over_several_pages_loses_nothing_and_sums_the_budget(demo_file, tmp_path):
    with session_of(demo_file) as session:
        pk = demo_pk(session)
        pk.show_satuan = True
        for i in (i for s in pk.sasaran for i in s.indikator):
            i.satuan = "Persen" if "%" in i.target else ""
        texts = [(s.text, i.text, i.target) for s in pk.sasaran for i in s.indikator]
        data = render_plan(pk)
    pages = pages_text(data)
    assert len(pages) >= 3  # the statement and a lampiran of two pages or more
    lampiran = squash("".join(pages[1:]))
    for sasaran, indikator, target in texts:
        assert squash(indikator) in lampiran, indikator
        assert squash(target) in lampiran
        assert squash(sasaran)[:40] in lampiran
    assert "SATUAN" in lampiran and "Persen" in lampiran
    assert squash("SASARAN KEGIATAN") in lampiran
    assert "Rp1.234.567.000" in lampiran and "Rp2.000.000.000" in lampiran
    assert "JumlahRp3.234.567.000" in lampiran
    whole = "".join(pages[1:])
    assert whole.index("Jumlah") < whole.index("Pihak Kedua,")  # the signatures again
    assert "Pihak Pertama," in pages[-1] and "FITRI" in pages[-1]


def test_quarter_columns_print_their_targets(demo_file):
    with session_of(demo_file) as session:
        pk = demo_pk(session)
        pk.show_quarters = True
        first = pk.sasaran[0].indikator[0]
        for period, target in ((1, "3 Kali"), (2, "6 Kali"), (3, "9 Kali"), (4, "12 Kali")):
            core.set_period_target(session, first, period, target)
        session.flush()
        page = squash(pages_text(render_plan(pk))[1])
    assert squash("TARGET PER TRIWULAN") in page and "TWIV" in page
    assert "12Kali3Kali6Kali9Kali12Kali" in page


def test_pk_perubahan_keeps_the_original_revision_and_both_verify(demo_file):
    with session_of(demo_file) as session:
        pk = demo_pk(session)
        first = revisions.finalize(session, pk, render=render_plan)
        session.flush()
        with pytest.raises(Exception, match="alasan"):
            core.amend(session, pk, "  ")
        assert core.amend(session, pk, "Pergantian pejabat") == 2
        indikator = pk.sasaran[0].indikator[0]
        ops.set_target(indikator, "10 Kali")
        assert [(i.id, then, now) for i, then, now in core.changed_targets(pk)] == [
            (indikator.id, "12 Kali", "10 Kali")]
        second = revisions.finalize(session, pk, render=render_plan)
        session.flush()
        assert [r.number for r in pk.revisions] == [1, 2]
        assert second.code.startswith("PK24-R2-")
        one, two = pages_text(first.pdf), pages_text(second.pdf)
        assert "PERJANJIAN KINERJA TAHUN 2024" in one[0] and "PERUBAHAN" not in one[0]
        assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024" in two[0]
        assert "Pergantian pejabat" in two[0]
        for rev in (first, second):
            check = revisions.verify_pdf(session, rev.pdf)
            assert check.status == "match" and check.revision.id == rev.id
        assert revisions.verify_pdf(session, first.pdf + b"\n% edited").status == "altered"


def test_cli_renders_a_pk(demo_file, tmp_path, run_cli):
    with session_of(demo_file) as session:
        pk_id = demo_pk(session).id
    out = tmp_path / "pk.pdf"
    code, _, err = run_cli("render", demo_file, "--plan", pk_id[:8], "-o", out)
    assert code == 0, err
    assert "PERJANJIAN KINERJA TAHUN 2024" in pages_text(out.read_bytes())[0]
