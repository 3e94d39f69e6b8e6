"""Decrees (SK): the Tim Reformasi Birokrasi of seed 000, its staff register,
numbering, copying to the next year, merging, printing and the .docx."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from sqlmodel import select

from rakdesk.core import decree as sk
from rakdesk.core import merge, revisions
from rakdesk.core.model import DecreeMember, Plan
from rakdesk.pdf import render_plan
from tests import pdftext
from tests.files import edit


def the_sk(session) -> Plan:
    return session.exec(select(Plan).where(Plan.kind == "SK")).one()


def text_of(plan: Plan) -> str:
    return " ".join(" ".join(pdftext.pages_text(render_plan(plan))).split())


@pytest.mark.parametrize(("n", "word"), [
    (1, "KESATU"), (2, "KEDUA"), (7, "KETUJUH"), (10, "KESEPULUH"), (11, "KESEBELAS"),
    (12, "KEDUA BELAS"), (19, "KESEMBILAN BELAS"), (20, "KEDUA PULUH"),
    (21, "KEDUA PULUH SATU"), (100, "KESERATUS"), (111, "KESERATUS SEBELAS"),
    (245, "KEDUA RATUS EMPAT PULUH LIMA")])
def test_ordinal_words_for_any_count(n, word):
    assert sk.ordinal(n) == word


def test_number_from_its_pattern_with_roman_month_and_year(demo_file):
    with edit(demo_file) as session:
        plan = the_sk(session)
        assert sk.number_text(plan) == "175/ORT.04-Kpt/6408/KPU-Kab/IV/2021"
        plan.sign_date = dt.date(2021, 12, 30)
        assert sk.number_text(plan) == "175/ORT.04-Kpt/6408/KPU-Kab/XII/2021"
        plan.decree.number_typed = "12/PP.01-Kpt/6408/2021"
        assert sk.number_text(plan) == "12/PP.01-Kpt/6408/2021"


def test_inserting_and_deleting_a_diktum_renumbers_the_rest(demo_file):
    with edit(demo_file) as session:
        plan = the_sk(session)
        decree = plan.decree
        text = text_of(plan)
        assert "KEDUA : Susunan keanggotaan" in text and "KETUJUH : Keputusan ini mulai" in text
        added = sk.add_item(session, decree, "diktum", "Menugaskan Tim menyusun rencana aksi.",
                            index=1)
        session.flush()
        text = text_of(plan)
        assert "KEDUA : Menugaskan Tim menyusun rencana aksi." in text
        assert "KETIGA : Susunan keanggotaan" in text
        assert "KEDELAPAN : Keputusan ini mulai berlaku" in text
        # the diktum list stays a diktum list: the menimbang are still a. .. d.
        assert [sk.label("menimbang", n) for n in range(1, 5)] == ["a.", "b.", "c.", "d."]
        assert len(sk.items(decree, "menimbang")) == 4
        sk.delete(session, added)
        first = sk.items(decree, "diktum")[0]
        sk.delete(session, first)
        session.flush()
        text = text_of(plan)
        assert "KESATU : Susunan keanggotaan" in text
        assert "KEENAM : Keputusan ini mulai berlaku" in text and "KETUJUH" not in text


def test_moving_a_diktum_keeps_it_among_the_diktum(demo_file):
    with edit(demo_file) as session:
        decree = the_sk(session).decree
        diktum = sk.items(decree, "diktum")
        assert sk.move(diktum[0], -1) is False
        assert sk.move(diktum[1], -1) is True
        assert [i.text[:9] for i in sk.items(decree, "diktum")[:2]] == ["Susunan k", "Membentuk"]
        assert sk.items(decree, "diktum")[1].points[0].text == "Tim Pengarah;"
        assert len(sk.items(decree, "memperhatikan")) == 3


def test_renamed_staff_member_changes_every_draft_and_no_final_revision(demo_file):
    with edit(demo_file) as session:
        plan = the_sk(session)
        final = plan
        revision = revisions.finalize(session, final, render=render_plan)
        assert revision.code.startswith("SK21-R1-")
        assert revisions.verify_pdf(session, revision.pdf).status == "match"
        draft = sk.copy_to_next_year(session, plan)
        draft2 = sk.copy_to_next_year(session, draft)
        session.flush()
        official = sk.find_staff(plan.satker, "Listiana Astar")
        official.name = "Listiana Astar, S.H."
        session.flush()
        for copy in (draft, draft2):
            text = text_of(copy)
            assert text.count("Listiana Astar, S.H.") == 4  # in four teams
        stored = " ".join(pdftext.pages_text(revisions.plan_of_record(final).pdf))
        assert "Listiana Astar" in stored and "S.H." not in stored
        assert revisions.plan_of_record(final).pdf == revision.pdf


def test_copy_to_next_year_moves_year_and_dates_clears_number_keeps_members(demo_file):
    with edit(demo_file) as session:
        plan = the_sk(session)
        copy = sk.copy_to_next_year(session, plan)
        session.flush()
        assert (copy.kind, copy.year, copy.status, copy.paper) == ("SK", 2022, "draft", "F4")
        assert copy.sign_date == dt.date(2022, 4, 2) and copy.sign_place == "Sangatta"
        # the sequence's place stays blank, not dropped: the printed number is
        # visibly incomplete until the signed decree is numbered
        assert copy.decree.number_sequence == "" and sk.number_text(copy) == \
            "\u00a0" * 6 + "/ORT.04-Kpt/6408/KPU-Kab/IV/2022"
        assert copy.decree.lampiran_title.endswith("TAHUN 2022")
        assert "Tahun 2022, yang terdiri dari" in sk.items(copy.decree, "diktum")[0].text
        # regulations keep their own years
        assert "Tahun 1999" in sk.items(copy.decree, "mengingat")[0].text
        before = [(m.official_id, m.kedudukan, m.printed_jabatan)
                  for _, _, m in sk.members(plan.decree)]
        after = [(m.official_id, m.kedudukan, m.printed_jabatan)
                 for _, _, m in sk.members(copy.decree)]
        assert after == before and len(after) == 39
        assert {m.id for _, _, m in sk.members(copy.decree)}.isdisjoint(
            {m.id for _, _, m in sk.members(plan.decree)})
        assert plan.year == 2021 and sk.number_text(plan).endswith("/IV/2021")


def test_merge_of_two_copies_each_adding_members_keeps_both_once(demo_file, tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_file, a)
    shutil.copyfile(demo_file, b)
    with edit(a) as session:
        plan = the_sk(session)
        team = plan.decree.teams[3]  # I. TIM MANAJEMEN PERUBAHAN
        new = sk.add_staff(session, plan.satker, "Rina Kartika, S.E.", "Bendahara")
        sk.add_member(session, team, new, "Anggota")
    with edit(b) as session:
        plan = the_sk(session)
        team = plan.decree.teams[3]
        sk.add_member(session, team, sk.find_staff(plan.satker, "Sunarsih"), "Anggota")
    merge.merge_files(demo_file, a)
    merge.merge_files(demo_file, b)
    merge.merge_files(demo_file, a)  # again: nothing new
    with edit(demo_file) as session:
        plan = the_sk(session)
        team = plan.decree.teams[3]
        names = [m.name for m in team.members]
        assert names[:3] == ["Muhammad Bashori", "Aziz Ali Achmadi", "Agus"]
        assert sorted(names[3:]) == ["Rina Kartika, S.E.", "Sunarsih"]
        assert len(sk.members(plan.decree)) == 41
        assert [o.name for o in plan.satker.officials].count("Rina Kartika, S.E.") == 1
        text = text_of(plan)
        assert re.search(r"\b1[89]\. Rina Kartika, S\.E\. Bendahara Anggota", text)
        assert re.search(r"\b1[89]\. Sunarsih Analisis Hukum Anggota", text)


def test_demo_sk_has_eleven_teams_39_members_and_prints_every_name(demo_file):
    data = sk.standard()
    with edit(demo_file) as session:
        plan = the_sk(session)
        assert plan.satker.name == data["satker"] and plan.paper == "F4"
        assert len(plan.decree.teams) == 11
        assert len(sk.members(plan.decree)) == 39
        assert session.exec(select(DecreeMember)).all().__len__() == 39
        pages = pdftext.pages_text(render_plan(plan))
        text = " ".join(" ".join(pages).split())
        squashed = pdftext.squash(text)
        for team in data["teams"]:
            for m in team["members"]:
                assert m["name"] in text
                assert pdftext.squash(m["jabatan"]) in squashed
            for task in team["tasks"]:
                assert pdftext.squash(task) in squashed, task
        for n in range(1, 40):
            assert f"{n}. " in text
        for heading in ("NOMOR : 175/ORT.04-Kpt/6408/KPU-Kab/IV/2021", "MEMUTUSKAN:",
                        "Ditetapkan di Sangatta", "Pada tanggal 2 April 2021",
                        "Salinan sesuai dengan aslinya", "NO NAMA JABATAN KEDUDUKAN DALAM TIM",
                        "TUGAS DALAM TIM", "ULFA JAMILATUL FARIDA"):
            assert heading in text, heading
        for section in ("menimbang", "mengingat", "memperhatikan"):
            for entry in data[section]:
                assert pdftext.squash(entry) in squashed, entry
        for diktum in data["diktum"]:
            assert pdftext.squash(diktum["text"]) in squashed
        # the header rows are printed on every lampiran page
        lampiran = [p for p in pages if "TUGAS DALAM TIM" in p]
        assert len(lampiran) >= 2
        assert all("KEDUDUKAN DALAM" in p for p in lampiran)


def test_a_long_team_splits_its_tasks_across_pages_and_reads_on(demo_file):
    """Tasks longer than a page: the part that does not fit continues on the
    next page, every word once and in order, under the repeated header."""
    with edit(demo_file) as session:
        plan = the_sk(session)
        team = plan.decree.teams[0]
        tasks = [" ".join(f"t{t}w{n}" for n in range(220)) for t in range(6)]
        team.tasks = "\n".join(tasks)
        staff = plan.satker.officials
        for n in range(30):
            sk.add_member(session, team, staff[n % len(staff)], f"Anggota {n}")
        session.flush()
        pages = pdftext.pages_text(render_plan(plan))
        words = re.findall(r"t\d+w\d+", " ".join(pages))
        assert words == " ".join(tasks).split()
        holding = [n for n, p in enumerate(pages) if re.search(r"t\d+w\d+", p)]
        assert len(holding) >= 2  # it did split
        assert all("TUGAS DALAM TIM" in pages[n] for n in holding)


def test_long_team_tasks_run_beside_its_members_across_pages(demo_file):
    """Tasks longer than a page do not push the team's other members after
    them: the members stand beside the tasks, which read on on the next page."""
    with edit(demo_file) as session:
        plan = the_sk(session)
        team = plan.decree.teams[0]  # Ulfa, Sayuti, Muhammad Indra, Hasan Basri, Handoko
        tasks = [" ".join(f"t{t}w{n}" for n in range(120)) for t in range(6)]
        team.tasks = "\n".join(tasks)
        session.flush()
        pages = pdftext.pages_text(render_plan(plan))
        first = next(p for p in pages if "t0w0" in p)
        for name in ("Ulfa Jamiliatul Farida", "Sayuti Ibrahim", "Hasan Basri"):
            assert name in first, name
        # the last member goes on with the rest of the tasks
        assert any("Handoko" in p and "t5w119" in p for p in pages)
        words = re.findall(r"t\d+w\d+", " ".join(pages))
        assert words == " ".join(tasks).split()  # every word once, in order


def test_docx_has_numbered_lists_and_the_lampiran_table_with_39_member_rows(demo_file, run_cli,
                                                                            tmp_path):
    import docx

    code, out, err = run_cli("list", "--json", demo_file)
    import json

    plans = [p for s in json.loads(out)["satkers"] for p in s["plans"] if p["kind"] == "SK"]
    target = tmp_path / "sk.docx"
    code, out, err = run_cli("export-docx", demo_file, "--plan", plans[0]["id"], "-o", target)
    assert code == 0, err
    document = docx.Document(target)
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "NO"]
    assert len(tables) == 1
    table = tables[0]
    assert [c.text for c in table.rows[0].cells] == ["NO", "NAMA", "JABATAN",
                                                     "KEDUDUKAN DALAM TIM", "TUGAS DALAM TIM"]
    assert [c.text for c in table.rows[1].cells] == ["1", "2", "3", "4", "5"]
    members = [r for r in table.rows[2:] if r.cells[0].text.rstrip(".").isdigit()]
    assert len(members) == 39
    assert [r.cells[0].text for r in members] == [f"{n}." for n in range(1, 40)]
    data = sk.standard()
    expected = [m["name"] for t in data["teams"] for m in t["members"]]
    assert [r.cells[1].text for r in members] == expected
    # each team's tasks sit in one cell merged down its members' rows
    tugas = [r.cells[4] for r in members]
    assert tugas[0]._tc is tugas[4]._tc and tugas[0]._tc is not tugas[5]._tc
    assert "Memberikan arahan" in tugas[0].text
    headings = [r.cells[0].text for r in table.rows if r.cells[0]._tc is r.cells[4]._tc]
    assert headings == [t["name"] for t in data["teams"] if t["name"]]
    # the menimbang and mengingat are Word-numbered paragraphs, not typed letters
    body = document.element.body
    numbered = body.xpath(".//w:p[w:pPr/w:numPr]")
    texts = ["".join(n.itertext()) for n in numbered]
    assert texts[0].startswith("Bahwa dalam rangka") and len(numbered) >= 4 + 16 + 3 + 11
    assert not any(t.startswith(("a.", "1.")) for t in texts)


def test_export_docx_refuses_a_rak(demo_file, run_cli, tmp_path):
    import json

    code, out, err = run_cli("list", "--json", demo_file)
    rak = json.loads(out)["satkers"][0]["plans"][0]
    code, out, err = run_cli("export-docx", demo_file, "--plan", rak["id"], "-o",
                             tmp_path / "x.docx")
    assert code == 1 and "bukan keputusan" in err and not (tmp_path / "x.docx").exists()


def test_export_xlsx_of_an_sk_says_to_use_word(demo_file, run_cli, tmp_path):
    import json

    code, out, err = run_cli("list", "--json", demo_file)
    sk_id = next(p["id"] for s in json.loads(out)["satkers"] for p in s["plans"]
                 if p["kind"] == "SK")
    code, out, err = run_cli("export-xlsx", demo_file, "--plan", sk_id, "-o", tmp_path / "x.xlsx")
    assert code == 1 and "export-docx" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_merge_of_an_sk_written_separately_matches_its_decree_teams_and_members(tmp_path):
    """Two offices each typed the same SK (no shared ids): the decree is the
    same one by its TENTANG, teams by heading, items by text, and a member by
    the person, through the official matched by name; only what one of them
    added comes in."""
    from rakdesk.core.demo import write_demo
    from rakdesk.core.model import Decree, DecreeItem, DecreeTeam

    here, there = write_demo(tmp_path / "sini.sqlite"), write_demo(tmp_path / "sana.sqlite")
    with edit(there) as session:
        plan = the_sk(session)
        new = sk.add_staff(session, plan.satker, "Rina Kartika, S.E.", "Bendahara")
        sk.add_member(session, plan.decree.teams[3], new, "Anggota")
    with edit(here) as session:
        before = {m: len(session.exec(select(m)).all())
                  for m in (Decree, DecreeItem, DecreeTeam, DecreeMember)}
    summary = merge.merge_files(here, there)
    assert summary.conflicts == []
    with edit(here) as session:
        after = {m: len(session.exec(select(m)).all()) for m in before}
        assert after == {**before, DecreeMember: before[DecreeMember] + 1}
        team = the_sk(session).decree.teams[3]
        assert team.members[-1].name == "Rina Kartika, S.E."
        assert [m.name for m in team.members].count("Agus") == 1


def test_docx_through_libreoffice_shows_the_diktum_and_all_39_members(demo_file, tmp_path):
    """The .docx as Word users get it, opened by LibreOffice: the diktum
    KESATU..KETUJUH in order, and every member's name in the lampiran table."""
    import subprocess

    from rakdesk.word.decree import write_docx
    from tests.conftest import require_tool

    soffice = require_tool("soffice", "libreoffice-writer-nogui")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    with edit(demo_file) as session:
        write_docx(the_sk(session), tmp_path / "sk.docx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "sk.docx")],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run([pdftotext, str(tmp_path / "sk.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    layout = subprocess.run([pdftotext, "-layout", str(tmp_path / "sk.pdf"), "-"], check=True,
                            capture_output=True, text=True).stdout
    ordinals = re.findall(r"^\s*(KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN)"
                          r"\s+:", layout, re.MULTILINE)
    assert ordinals == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"]
    # the number reads whole on one line in the decree's heading and the lampiran's
    assert layout.count("NOMOR : 175/ORT.04-Kpt/6408/KPU-Kab/IV/2021") == 2
    squashed = pdftext.squash(text)
    names = [m["name"] for t in sk.standard()["teams"] for m in t["members"]]
    assert len(names) == 39
    missing = [n for n in names if pdftext.squash(n) not in squashed]
    assert missing == []
    # numbered 1. .. 39. in the NO column, in order
    lampiran = text[text.index("TUGAS DALAM TIM"):]
    numbers = [int(n) for n in re.findall(r"^(\d{1,2})\.(?=\s|$)", lampiran, re.MULTILINE)]
    assert numbers == list(range(1, 40))


def test_new_sk_for_another_satker_names_that_office_not_kutai_timur(demo_file):
    """The standard structure is seed 000's; a new SK of another satker
    prints its own region everywhere but in the cited laws, and leaves the
    satker code of the number to fill in."""
    from rakdesk.core.model import Satker

    with edit(demo_file) as session:
        satker = next(s for s in session.exec(select(Satker)).all()
                      if s.name == "KPU KAB.KUTAI BARAT")
        plan = sk.new_sk(session, satker, 2025)
        session.flush()
        decree = plan.decree
        assert decree.issuer_title == "KETUA KOMISI PEMILIHAN UMUM KABUPATEN KUTAI BARAT"
        assert decree.number_satker_code == ""
        assert "Kabupaten Kutai Barat" in sk.items(decree, "menimbang")[0].text
        text = text_of(plan)
        mengingat = " ".join(i.text for i in sk.items(decree, "mengingat"))
        assert text.upper().count("KUTAI TIMUR") == mengingat.upper().count("KUTAI TIMUR")
        assert "KABUPATEN KUTAI BARAT" in text and "TAHUN 2025" in text


def test_a_team_going_on_on_a_new_page_says_which_team_it_is(demo_file):
    """Seed 000's last member stands alone on the lampiran's last page, under
    the repeated header: the TUGAS cell names the team it continues."""
    with edit(demo_file) as session:
        pages = pdftext.pages_text(render_plan(the_sk(session)))
    last = " ".join(pages[-1].split())
    assert "39. Mulyanti Sari" in last and "VIII. TIM PENINGKATAN" not in last.replace(
        "(lanjutan) VIII. TIM PENINGKATAN", "")
    assert "(lanjutan) VIII. TIM PENINGKATAN KUALITAS PELAYANAN PUBLIK" in last
