"""The core edits behind the grid editor, without a window."""

import sqlite3

import pytest
from sqlmodel import select

from rakdesk.core import editing, snapshot
from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Plan, Sasaran, Satker, Tombstone
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import open_workspace
from rakdesk.errors import ValidationError


def test_delete_and_restore_a_sasaran_keeps_every_id(kubu_plan, demo_file):
    session, plan = kubu_plan
    sasaran = plan.sasaran[1]
    before = snapshot.dump(sasaran)
    parent, position = snapshot.parent_of(sasaran)
    ops.delete_row(session, sasaran)
    session.commit()
    assert session.get(Tombstone, before["id"]) is not None
    snapshot.restore(session, Sasaran, before, parent, position)
    session.commit()
    assert snapshot.dump(plan.sasaran[1]) == before
    assert session.get(Tombstone, before["id"]) is None
    con = sqlite3.connect(demo_file)
    assert con.execute("SELECT count(*) FROM kegiatan").fetchone()[0] == 53 + 12 + 23 + 16
    con.close()


def test_delete_and_restore_a_whole_satker(demo_file):
    ws = open_workspace(demo_file)
    with ws.session() as session:
        satker = session.exec(select(Satker).where(Satker.name.startswith("SEKRETARIAT KPU"))).one()
        before = snapshot.dump(satker)
        ops.delete_row(session, satker)
        session.commit()
        restored = snapshot.restore(session, Satker, before)
        session.commit()
        assert snapshot.dump(restored) == before
        assert restored.plans[0].signatory.name == "FITRI"
    ws.close()


def test_copy_plan_to_next_year(kubu_plan):
    session, plan = kubu_plan
    plan.status = "final"
    copy = snapshot.copy_plan(session, plan, plan.year + 1)
    session.commit()
    assert (copy.year, copy.status, copy.satker_id) == (2025, "draft", plan.satker_id)
    assert copy.id != plan.id
    a, b = ops.plan_to_dict(plan), ops.plan_to_dict(copy)
    assert [s["text"] for s in a["sasaran"]] == [s["text"] for s in b["sasaran"]]
    assert a["sasaran"][0]["indikator"][0]["kegiatan"][0]["schedule"] == \
        b["sasaran"][0]["indikator"][0]["kegiatan"][0]["schedule"]
    assert not {s["id"] for s in a["sasaran"]} & {s["id"] for s in b["sasaran"]}
    assert b["signature"]["date"] == "SUNGAI RAYA, JANUARI 2025"


def test_move_within_siblings(kubu_plan):
    session, plan = kubu_plan
    first, second = plan.sasaran[0], plan.sasaran[1]
    assert editing.move(first, +1)
    assert plan.sasaran[:2] == [second, first] and [s.position for s in plan.sasaran[:2]] == [0, 1]
    assert not editing.move(plan.sasaran[0], -1)


def test_set_field_parses_targets_and_refuses_huge_text(kubu_plan):
    session, plan = kubu_plan
    ind = plan.sasaran[0].indikator[0]
    assert editing.set_field(ind, "target", "2.498 Orang") == "12 Kali"
    assert (ind.target_kind, ind.target_value, ind.target_unit) == ("count", "2498", "Orang")
    with pytest.raises(ValidationError, match="terlalu panjang"):
        editing.set_field(ind, "text", "x" * 20_001)
    editing.set_field(ind, "text", "y" * 10_000)  # a 10,000-character cell is fine


def test_copy_rows_as_tsv_and_paste_them_back(kubu_plan):
    session, plan = kubu_plan
    rows = [k for s in plan.sasaran[:2] for i in s.indikator for k in i.kegiatan]
    text = editing.rows_as_tsv(plan, rows)
    parsed = editing.parse_tsv(text)
    assert parsed[0][:4] == ["Terwujudnya rencana kerja dan anggaran KPU Kab.Kubu Raya yang "
                             "tertib,efektif dan efisien",
                             "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah "
                             "ditetapkan", "12 Kali", "Melakukan revisi untuk mengoptimalkan "
                             "penggunaan anggaran"]
    assert parsed[0][4:16] == ["", "√", "", "√", "", "√", "", "√", "√", "√", "√", "√"]
    before = ops.plan_counts(plan)
    # Pasted with the cursor on the first kegiatan of sasaran 1: the kegiatan go under it.
    created = editing.paste_rows(session, plan, parsed, plan.sasaran[0].indikator[0].kegiatan[0])
    session.commit()
    after = ops.plan_counts(plan)
    assert after["sasaran"] == before["sasaran"]
    assert after["kegiatan"] == before["kegiatan"] + len(rows)
    assert all(isinstance(r, Kegiatan) for r in created)
    dup = plan.sasaran[0].indikator[0].kegiatan[1]
    assert sorted(dup.schedule()) == [2, 4, 6, 8, 9, 10, 11, 12]


def test_paste_goes_where_the_cursor_is_not_where_the_text_matches(kubu_plan):
    session, plan = kubu_plan
    source = plan.sasaran[0].indikator[0]
    text = editing.rows_as_tsv(plan, list(source.kegiatan))
    sasaran2 = plan.sasaran[1]
    anchor = sasaran2.indikator[1].kegiatan[0]
    before = len(source.kegiatan)
    created = editing.paste_rows(session, plan, editing.parse_tsv(text), anchor)
    session.commit()
    assert len(source.kegiatan) == before  # not matched back to indikator 1.1 by its text
    assert sasaran2.indikator[1].kegiatan[1:] == created
    assert [k.text for k in created] == [k.text for k in source.kegiatan]
    # With the cursor in the indikator column: a new indikator below the current one.
    (new,) = editing.paste_rows(session, plan, editing.parse_tsv(text), sasaran2.indikator[0])
    assert sasaran2.indikator[1] is new and new.text == source.text
    assert new.target == source.target and len(new.kegiatan) == len(source.kegiatan)
    # Into an indikator that has no kegiatan yet.
    empty = ops.add_indikator(session, sasaran2, "Indikator baru")
    created = editing.paste_rows(session, plan, editing.parse_tsv(text), into=empty)
    assert empty.kegiatan == created and len(created) == len(source.kegiatan)
    # In the sasaran column: a new sasaran below the current one.
    (new_s,) = editing.paste_rows(session, plan, editing.parse_tsv(text), sasaran2)
    assert plan.sasaran[2] is new_s and new_s.text == plan.sasaran[0].text


def test_paste_excel_rows_with_no_column_weeks_and_carried_down_blanks(kubu_plan):
    session, plan = kubu_plan
    text = ("1.\tSasaran baru dari Excel\tIndikator A\t75%\tKegiatan A1\t√\t\t\t\t\t\t\t\t\t\t\t"
            "Minggu ke 2 dan ke 3\tSubbag. A; Subbag. B\n"
            "\t\t\t\tKegiatan A2\tv\tx\t\t\t\t\t\t\t\t\t\t\t\n"
            "\t\tIndikator B\t2 Laporan\t\"Kegiatan B1\nbaris kedua\"\t\t\t1\t\t\t\t\t\t\t\t\t\t\n")
    created = editing.paste_rows(session, plan, editing.parse_tsv(text))
    session.commit()
    (new,) = created
    assert new.text == "Sasaran baru dari Excel" and new is plan.sasaran[-1]
    a, b = new.indikator
    assert [k.text for k in a.kegiatan] == ["Kegiatan A1", "Kegiatan A2"]
    assert a.kegiatan[0].schedule() == {1: TICK, 12: Cell(weeks={2, 3})}
    assert [p.name for p in a.kegiatan[0].pelaksana] == ["Subbag. A", "Subbag. B"]
    assert sorted(a.kegiatan[1].schedule()) == [1, 2]
    assert b.target_kind == "count" and b.kegiatan[0].text == "Kegiatan B1\nbaris kedua"
    assert sorted(b.kegiatan[0].schedule()) == [3]
    assert isinstance(plan, Plan)
