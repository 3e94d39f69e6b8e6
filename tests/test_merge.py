"""Merging copies of a workspace that travelled on USB sticks.

The files are copied byte for byte (as Explorer does), edited apart with the
core, and merged back. Test data is the demo workspace, transcribed from the
seeds' signed plans (Kubu Raya's RAK 2024)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from rakdesk.core import editing, merge, storage
from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Plan, Satker
from rakdesk.core.schedule import Cell
from rakdesk.errors import ValidationError, WorkspaceError
from tests.files import edit, kubu


def all_kegiatan(plan: Plan) -> list[Kegiatan]:
    return [k for s in plan.sasaran for i in s.indikator for k in i.kegiatan]


def state(path) -> dict:
    """Every kegiatan of every plan: text, schedule and pelaksana, by id."""
    with edit(path) as session:
        out = {}
        for satker in ops.all_satkers(session):
            for plan in satker.plans:
                for k in all_kegiatan(plan):
                    out[k.id] = (k.text, {p: c.text() for p, c in k.schedule().items()},
                                 tuple(p.name for p in k.pelaksana))
        return out


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def do_merge(into, source, **kw):
    return merge.merge_files(into, source, **kw)


@pytest.fixture
def three(demo_file, tmp_path):
    """The secretary's file and two sub-units' copies of it."""
    secretary = demo_file
    a, b = tmp_path / "umum.sqlite", tmp_path / "teknis.sqlite"
    shutil.copyfile(secretary, a)
    shutil.copyfile(secretary, b)
    with edit(secretary) as session:
        # Kegiatan with an empty month 11 and 7 and 9 first: the tests tick those.
        ks = all_kegiatan(kubu(session))
        ids = sorted((k.id for k in ks), key=lambda kid: not {7, 9, 11, 5}.isdisjoint(
            session.get(Kegiatan, kid).schedule()))
    return secretary, a, b, ids


def test_three_file_scenario_keeps_every_edit_and_reports_each_conflict_once(three):
    secretary, a, b, ids = three
    assert len(ids) >= 8
    # Sub-unit A: adds a kegiatan, edits one, ticks a month on another, deletes one.
    with edit(a) as session:
        plan = kubu(session)
        ind = plan.sasaran[0].indikator[0]
        new_a = ops.add_kegiatan(session, ind, "Sosialisasi PKPU di kecamatan", ["Subbag Umum"])
        ops.set_cell(session, new_a, 3, Cell(ticked=True))
        ops.set_cell(session, new_a, 4, Cell(weeks=frozenset({2})))
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "Rapat koordinasi (Umum)")
        ops.set_cell(session, session.get(Kegiatan, ids[1]), 11, Cell(ticked=True))
        ops.delete_row(session, session.get(Kegiatan, ids[2]))
        new_a_id = new_a.id
    # Sub-unit B: adds a kegiatan, edits another, and edits the same two A did.
    with edit(b) as session:
        plan = kubu(session)
        ind = plan.sasaran[-1].indikator[-1]
        new_b = ops.add_kegiatan(session, ind, "Evaluasi pemutakhiran data", ["Subbag Teknis"])
        ops.set_cell(session, new_b, 12, Cell(ticked=True, note="akhir tahun"))
        editing.set_field(session.get(Kegiatan, ids[3]), "text", "Monitoring (Teknis)")
        ops.set_cell(session, session.get(Kegiatan, ids[4]), 7, Cell(ticked=True))
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "Rapat koordinasi (Teknis)")
        ops.set_cell(session, session.get(Kegiatan, ids[1]), 11, Cell(note="ditunda"))
        new_b_id = new_b.id
    # The secretary went on working meanwhile.
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[5]), "text", "Penyusunan laporan (Sekretaris)")
    a_before, b_before = sha(a), sha(b)

    first = do_merge(secretary, a)
    assert first.conflicts == []
    assert first.added["kegiatan"] == 1 and first.updated["kegiatan"] == 1
    assert first.deleted["kegiatan"] == 1 and first.updated["cell"] == 1

    second = do_merge(secretary, b)
    assert sha(a) == a_before and sha(b) == b_before  # merged from, never written
    assert second.added["kegiatan"] == 1 and second.updated["kegiatan"] == 1
    assert second.deletions_kept == 1  # B never touched the kegiatan A deleted
    conflicts = {c.key: c for c in second.conflicts}
    assert set(conflicts) == {f"kegiatan:{ids[0]}", f"cell:{ids[1]}:11"}
    text_conflict = conflicts[f"kegiatan:{ids[0]}"]
    assert "Umum" in text_conflict.mine and "Teknis" in text_conflict.theirs
    assert all(c.resolution is None for c in second.conflicts)

    merged = state(secretary)
    assert merged[new_a_id][0] == "Sosialisasi PKPU di kecamatan"
    assert merged[new_a_id][1] == {3: "✓", 4: "Minggu ke 2"}
    assert merged[new_a_id][2] == ("Subbag Umum",)
    assert merged[new_b_id] == ("Evaluasi pemutakhiran data", {12: "✓\nakhir tahun"},
                                ("Subbag Teknis",))
    assert ids[2] not in merged
    assert merged[ids[3]][0] == "Monitoring (Teknis)"
    assert merged[ids[4]][1][7] == "✓"
    assert merged[ids[5]][0] == "Penyusunan laporan (Sekretaris)"
    # Left in conflict: the secretary's file keeps what it had (A's versions).
    assert merged[ids[0]][0] == "Rapat koordinasi (Umum)"
    assert merged[ids[1]][1][11] == "✓"

    # Merging the same files again changes nothing and reports only what is open.
    assert do_merge(secretary, a).changed is False
    again = do_merge(secretary, b)
    assert again.changed is False and {c.key for c in again.conflicts} == set(conflicts)

    # Resolved by taking theirs, the conflicts are gone for good.
    resolved = do_merge(secretary, b, policy=merge.THEIRS)
    assert {c.resolution for c in resolved.conflicts} == {merge.THEIRS}
    merged = state(secretary)
    assert merged[ids[0]][0] == "Rapat koordinasi (Teknis)"
    assert merged[ids[1]][1][11] == "ditunda"
    for source in (a, b):
        final = do_merge(secretary, source)
        assert final.conflicts == [] and not final.changed


def test_a_later_edit_on_one_side_is_taken_even_after_a_value_went_back(three):
    """A, B, A on one side is a change, not "unchanged"."""
    secretary, a, _, ids = three
    with edit(secretary) as session:
        original = session.get(Kegiatan, ids[0]).text
    with edit(a) as session:
        k = session.get(Kegiatan, ids[0])
        editing.set_field(k, "text", "sementara")
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", original + " (final)")
    assert do_merge(secretary, a).updated["kegiatan"] == 1
    # Secretary reverts to the original text after merging: a newer change here.
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", original)
    summary = do_merge(secretary, a)
    assert summary.newer_here == 1 and not summary.changed
    assert state(secretary)[ids[0]][0] == original


def test_keep_mine_and_keep_both(three):
    secretary, a, _, ids = three
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "versi sub-unit")
        ops.set_cell(session, session.get(Kegiatan, ids[0]), 5, Cell(note="catatan sub-unit"))
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "versi sekretaris")
        ops.set_cell(session, session.get(Kegiatan, ids[0]), 5, Cell(ticked=True))
    mine = tmp_copy(secretary, "mine")
    summary = do_merge(mine, a, policy=merge.MINE)
    assert len(summary.conflicts) == 2 and not summary.changed
    assert state(mine)[ids[0]][0] == "versi sekretaris"
    assert do_merge(mine, a).conflicts == []  # decided once, not asked again

    summary = do_merge(secretary, a, policy=merge.BOTH)
    after = state(secretary)
    texts = [v[0] for v in after.values()]
    assert "versi sekretaris" in texts and "versi sub-unit" in texts
    assert after[ids[0]][1][5] == "✓\ncatatan sub-unit"  # both cells' content kept


def tmp_copy(path, name):
    target = path.with_name(f"{name}.sqlite")
    shutil.copyfile(path, target)
    return target


def test_deleted_on_one_side_changed_on_the_other_is_a_conflict(three):
    secretary, a, _, ids = three
    with edit(a) as session:
        ops.set_cell(session, session.get(Kegiatan, ids[0]), 9, Cell(ticked=True))
    with edit(secretary) as session:
        ops.delete_row(session, session.get(Kegiatan, ids[0]))
    summary = do_merge(secretary, a)
    assert [(c.key, c.kind) for c in summary.conflicts] == [(f"kegiatan:{ids[0]}",
                                                             "deleted_here")]
    assert ids[0] not in state(secretary)
    do_merge(secretary, a, policy=merge.THEIRS)
    assert state(secretary)[ids[0]][1][9] == "✓"  # brought back with the other file's edit

    # The other way round: deleted there, changed here.
    with edit(a) as session:
        ops.delete_row(session, session.get(Kegiatan, ids[1]))
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[1]), "text", "diubah di sini")
    summary = do_merge(secretary, a)
    assert [(c.key, c.kind) for c in summary.conflicts] == [(f"kegiatan:{ids[1]}",
                                                             "deleted_there")]
    assert ids[1] in state(secretary)


def test_plans_written_separately_are_combined_by_text(demo_file, tmp_path):
    """Two offices typed the same RAK apart: no shared ids. The other file's
    kegiatan are appended under the sasaran and indikator with the same text."""
    other = tmp_path / "terpisah.sqlite"
    with storage.create_workspace(other) as ws, ws.session() as session:
        with edit(demo_file) as mine:
            source = kubu(mine)
            satker_name, year = source.satker.name, source.year
            sasaran_text = source.sasaran[0].text
            indikator_text = source.sasaran[0].indikator[0].text
            before = len(source.sasaran[0].indikator[0].kegiatan)
            sasaran_count = len(source.sasaran)
        satker = ops.add_satker(session, name="  " + satker_name.upper())
        plan = ops.add_plan(session, satker, "RAK", year)
        s = ops.add_sasaran(session, plan, sasaran_text + " ")
        i = ops.add_indikator(session, s, indikator_text)
        k = ops.add_kegiatan(session, i, "Kegiatan dari kantor lain", ["Subbag Hukum"])
        ops.set_cell(session, k, 6, Cell(ticked=True))
        # A plan of another year, signed by an official both files know by name.
        with edit(demo_file) as mine:
            signer = kubu(mine).signatory
            signer_name, signer_id = signer.name, signer.id
        official = ops.add_official(session, satker, signer_name, "SEKRETARIS")
        next_year = ops.add_plan(session, satker, "RAK", year + 1)
        session.flush()
        next_year.signatory_id = official.id
        new_s = ops.add_sasaran(session, plan, "Sasaran yang belum ada")
        ops.add_kegiatan(session, ops.add_indikator(session, new_s, "Indikator baru", "100%"),
                         "Kegiatan baru")
        session.commit()
    summary = do_merge(demo_file, other)
    assert summary.conflicts == []
    assert any("Rencana" in c for c in summary.combined)
    with edit(demo_file) as session:
        plan = kubu(session)
        satkers = [s for s in ops.all_satkers(session) if s.name.casefold() ==
                   satker_name.casefold()]
        assert len(satkers) == 1  # the same satker, not a second one
        kegiatan = plan.sasaran[0].indikator[0].kegiatan
        assert len(kegiatan) == before + 1
        assert kegiatan[-1].text == "Kegiatan dari kantor lain"
        assert kegiatan[-1].schedule()[6].ticked
        assert len(plan.sasaran) == sasaran_count + 1
        # A sasaran only the other file has comes in where it stands there: after the first.
        assert plan.sasaran[1].text == "Sasaran yang belum ada"
        assert plan.sasaran[1].indikator[0].kegiatan[0].text == "Kegiatan baru"
        added = next(p for p in satkers[0].plans if p.year == year + 1)
        assert added.signatory_id == signer_id  # matched by name, not a second official
        assert [o.name for o in satkers[0].officials].count(signer_name) == 1
    # Combining again adds nothing twice.
    again = do_merge(demo_file, other)
    assert not again.changed


def test_dry_run_and_plan_filter(three, run_cli):
    secretary, a, _, ids = three
    with edit(a) as session:
        plan = kubu(session)
        plan_id = plan.id
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "diubah")
        other_plan = next(p for s in ops.all_satkers(session) for p in s.plans
                          if p.id != plan_id)
        editing.set_field(all_kegiatan(other_plan)[0], "text", "rencana lain diubah") \
            if all_kegiatan(other_plan) else None
        other_id = other_plan.id
    before = sha(secretary)
    code, out, err = run_cli("merge", secretary, a, "--dry-run")
    assert code == 0, err
    assert "Diperbarui" in out and "tidak ada yang ditulis" in out.lower()
    assert sha(secretary) == before
    code, out, err = run_cli("merge", secretary, a, "--plan", plan_id)
    assert code == 0, err
    merged = state(secretary)
    assert merged[ids[0]][0] == "diubah"
    with edit(secretary) as session:
        assert all("rencana lain diubah" != k.text
                   for k in all_kegiatan(session.get(Plan, other_id)))
    code, _, err = run_cli("merge", secretary, a, "--plan", "tidak-ada")
    assert code == 1 and "tidak ada" in err


def test_cli_reports_conflicts_and_has_a_flag_for_each_policy(three, run_cli):
    secretary, a, _, ids = three
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "milik sub-unit")
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "milik sekretaris")
    code, out, err = run_cli("merge", secretary, a)
    assert code == 3, err  # merged, with conflicts left
    assert "milik sekretaris" in out and "milik sub-unit" in out
    code, out, err = run_cli("merge", secretary, a, "--keep-mine", "--take-theirs")
    assert code == 2  # one policy at a time
    code, out, err = run_cli("merge", secretary, a, "--take-theirs")
    assert code == 0, err
    assert state(secretary)[ids[0]][0] == "milik sub-unit"


def test_refuses_itself_and_bad_files(demo_file, tmp_path):
    with pytest.raises(WorkspaceError, match="dirinya sendiri"):
        do_merge(demo_file, demo_file)
    junk = tmp_path / "rusak.sqlite"
    junk.write_bytes(demo_file.read_bytes()[:5000])
    before = sha(demo_file)
    with pytest.raises(WorkspaceError):
        do_merge(demo_file, junk)
    assert sha(demo_file) == before
    with pytest.raises(ValidationError):
        do_merge(demo_file, tmp_copy(demo_file, "salinan"), plan_ids=["tidak-ada"])


def test_hostile_file_merges_with_no_trigger_or_view_firing(demo_file, tmp_path, monkeypatch):
    """Done-when (c): triggers and views that call functions never run."""
    hostile = tmp_path / "jahat.sqlite"
    shutil.copyfile(demo_file, hostile)
    with edit(hostile) as session:
        k = all_kegiatan(kubu(session))[0]
        editing.set_field(k, "text", "diubah di berkas jahat")
        kid = k.id
    con = sqlite3.connect(hostile)
    con.executescript("""
        CREATE TABLE fired(what TEXT);
        CREATE TRIGGER t1 AFTER UPDATE ON kegiatan BEGIN
            INSERT INTO fired VALUES ('update ' || spy('trigger'));
        END;
        CREATE TRIGGER t2 AFTER INSERT ON kegiatan BEGIN
            INSERT INTO fired VALUES ('insert ' || spy('trigger'));
        END;
        CREATE TRIGGER t3 BEFORE DELETE ON kegiatan BEGIN
            INSERT INTO fired VALUES ('delete ' || spy('trigger'));
        END;
        CREATE VIEW v_kegiatan AS SELECT spy('view') AS x, * FROM kegiatan;
    """)
    con.commit()
    con.close()
    hostile_sha = sha(hostile)

    calls = []
    real_connect = storage.connect

    def spying_connect(path, readonly):
        con = real_connect(path, readonly)
        con.create_function("spy", 1, lambda what: calls.append(what) or what)
        return con

    monkeypatch.setattr(storage, "connect", spying_connect)
    # Merging from it works and fires nothing.
    summary = do_merge(demo_file, hostile)
    assert summary.updated["kegiatan"] == 1 and state(demo_file)[kid][0] == "diubah di berkas jahat"
    assert calls == []
    assert sha(hostile) == hostile_sha
    # Merging into it is refused, naming the foreign objects; nothing fires.
    with pytest.raises(WorkspaceError, match="pemicu t1"):
        do_merge(hostile, demo_file)
    assert calls == [] and sha(hostile) == hostile_sha
    with sqlite3.connect(hostile) as con:
        assert con.execute("SELECT count(*) FROM fired").fetchone()[0] == 0


def test_merge_from_an_older_or_interrupted_file_leaves_it_untouched(demo_file, tmp_path):
    """A copy whose last write was cut off is read as recovered, on a copy."""
    other = tmp_copy(demo_file, "terputus")
    with edit(other) as session:
        k = all_kegiatan(kubu(session))[0]
        editing.set_field(k, "text", "sebelum listrik padam")
        kid = k.id
    # Simulate a hot journal: a write in progress whose journal is left behind.
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("BEGIN")
    con.execute("UPDATE kegiatan SET text='setengah tertulis' WHERE id=?", (kid,))
    journal = other.with_name(other.name + "-journal")
    # Copy file and journal mid-transaction, as a pulled stick would leave them.
    con.execute("PRAGMA cache_spill=ON")
    for _ in range(2000):
        con.execute("INSERT INTO workspace_meta(key, value) VALUES (hex(randomblob(8)), "
                    "hex(randomblob(400)))")
    assert journal.exists()
    snapshot_db, snapshot_journal = other.read_bytes(), journal.read_bytes()
    con.rollback()
    con.close()
    other.write_bytes(snapshot_db)
    journal.write_bytes(snapshot_journal)
    before = (sha(other), sha(journal))
    summary = do_merge(demo_file, other)
    assert state(demo_file)[kid][0] == "sebelum listrik padam"
    assert summary.updated["kegiatan"] == 1
    assert (sha(other), sha(journal)) == before


def test_final_plan_here_is_not_changed_by_a_merge(three):
    from rakdesk.core import revisions
    from rakdesk.pdf import render_plan

    secretary, a, _, ids = three
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "diubah setelah final")
    with edit(secretary) as session:
        revisions.finalize(session, kubu(session), render=render_plan)
    summary = do_merge(secretary, a)
    assert not summary.changed
    assert any("sudah final" in n for n in summary.notes)
    with edit(secretary) as session:
        assert kubu(session).status == "final"
        assert session.get(Kegiatan, ids[0]).text != "diubah setelah final"


def test_a_revision_finalised_in_the_other_file_comes_along(three):
    from rakdesk.core import revisions
    from rakdesk.pdf import render_plan

    secretary, a, _, _ = three
    with edit(a) as session:
        revisions.finalize(session, kubu(session), render=render_plan)
    summary = do_merge(secretary, a)
    assert summary.added["revision"] == 1
    with edit(secretary) as session:
        plan = kubu(session)
        assert plan.status == "final" and len(plan.revisions) == 1
        assert revisions.verify_pdf(session, plan.revisions[0].pdf).status == "match"


def test_migration_gives_two_copies_of_an_old_file_the_same_versions(tmp_path):
    """Files made before versions were kept still merge cleanly after updating."""
    from rakdesk.core.demo import write_demo

    old = tmp_path / "lama.sqlite"
    new = write_demo(tmp_path / "baru.sqlite")
    sqlite3.connect(old).close()
    storage.migrate(old, revision="0003")
    with sqlite3.connect(new) as src, sqlite3.connect(old) as dst:  # the demo, as schema 3
        for table in ("satker", "sub_unit", "official", "plan", "sasaran", "indikator",
                      "kegiatan", "pelaksana", "schedule_cell"):
            # the columns schema 3 had (later schemas added some)
            cols = ",".join(r[1] for r in dst.execute(f"PRAGMA table_info({table})"))
            rows = src.execute(f"SELECT {cols} FROM {table}").fetchall()
            if rows:
                marks = ",".join("?" * len(rows[0]))
                dst.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
    copy = tmp_path / "lama2.sqlite"
    shutil.copyfile(old, copy)
    with edit(old) as session:
        k = session.exec(__import__("sqlmodel").select(Kegiatan)).first()
        kid = k.id
        editing.set_field(k, "text", "diubah setelah pembaruan")
    with edit(copy):
        pass  # migrated on its own
    summary = do_merge(copy, old)
    assert summary.conflicts == [] and summary.updated["kegiatan"] == 1
    assert state(copy)[kid][0] == "diubah setelah pembaruan"


def test_satker_and_signatory_changes_merge(three):
    secretary, a, _, _ = three
    with edit(a) as session:
        satker = kubu(session).satker
        satker.address = "Jl. Baru No. 1"
        official = ops.add_official(session, satker, "BUDI, S.E.", "SEKRETARIS")
        session.flush()
        kubu(session).signatory_id = official.id
        satker_id = satker.id
    summary = do_merge(secretary, a)
    assert summary.updated["satker"] == 1 and summary.added["official"] == 1
    with edit(secretary) as session:
        assert session.get(Satker, satker_id).address == "Jl. Baru No. 1"
        assert kubu(session).signatory.name == "BUDI, S.E."


def test_odd_values_in_the_other_file_are_skipped_with_a_note(three):
    """A hand-edited copy: a cell in month 15, weeks "97", a 20,000-character
    kegiatan. The merge finishes, says what it skipped, and crashes nowhere."""
    secretary, a, _, ids = three
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "x" * 20_000)
        ops.set_cell(session, session.get(Kegiatan, ids[1]), 9, Cell(ticked=True))
    con = sqlite3.connect(a)
    con.execute("UPDATE schedule_cell SET weeks='97' WHERE kegiatan_id=? AND period=9", (ids[1],))
    con.execute("INSERT INTO schedule_cell VALUES ('odd', ?, 15, 1, '', '', ?)",
                (ids[1], "2025-01-01 00:00:00.000000"))
    con.commit()
    con.close()
    summary = do_merge(secretary, a)
    assert any("Periode 15" in note for note in summary.notes)
    merged = state(secretary)
    assert merged[ids[0]][0] == "x" * 20_000
    assert merged[ids[1]][1][9] == "✓"  # weeks that are no weeks are dropped, the tick kept
    assert 15 not in merged[ids[1]][1]


def random_edits(path, side: str, rng, kids: list[str], steps: int) -> dict:
    """Edit a copy at random with values no other edit uses; say what changed."""
    changed, deleted, added = set(), set(), set()
    with edit(path) as session:
        plan = kubu(session)
        indikator = [i for s in plan.sasaran for i in s.indikator]
        for n in range(steps):
            live = [k for k in kids if k not in deleted]
            kid = rng.choice(live)
            k = session.get(Kegiatan, kid)
            op = rng.choice(["text", "cell", "cell", "pelaksana", "delete", "add"])
            value = f"{side}-{n}"
            if op == "text":
                editing.set_field(k, "text", value)
                changed.add(f"kegiatan:{kid}")
            elif op == "cell":
                period = rng.randint(1, 12)
                ops.set_cell(session, k, period, Cell(ticked=True, note=value))
                changed.add(f"cell:{kid}:{period}")
            elif op == "pelaksana":
                ops.set_pelaksana(session, k, [f"Subbag {value}"])
                session.flush()  # a second list for the same kegiatan replaces stored rows
                changed.add(f"pelaksana:{kid}")
            elif op == "delete" and len(live) > 3:
                ops.delete_row(session, k)
                deleted.add(kid)
            elif op == "add":
                new = ops.add_kegiatan(session, rng.choice(indikator), f"baru {value}")
                session.flush()
                added.add(new.id)
    return {"changed": changed, "deleted": deleted, "added": added}


def unit_value(state_: dict, key: str):
    kind, _, rest = key.partition(":")
    kid, _, period = rest.partition(":")
    text, schedule, pelaksana = state_[kid]
    return {"kegiatan": text, "pelaksana": pelaksana}.get(kind) if kind != "cell" else \
        schedule.get(int(period))


@pytest.mark.parametrize("seed", range(8))
def test_random_edits_on_two_copies_merge_as_the_rules_say(three, seed):
    """Two sub-units edit copies at random. After the secretary merges one
    into the other: one-sided changes are in, both-sided ones are conflicts
    (each reported once, this file's value kept), deletions are honoured unless
    the other side touched the row, and merging again changes nothing."""
    import random

    _, a, b, kids = three
    rng = random.Random(seed)
    done_a = random_edits(a, "A", rng, kids, 25)
    done_b = random_edits(b, "B", rng, kids, 25)
    state_a, state_b = state(a), state(b)
    summary = do_merge(a, b)
    merged = state(a)

    def touched(done, kid):
        return any(u.split(":")[1] == kid for u in done["changed"])

    expected_conflicts = set()
    for kid in kids:
        gone_a, gone_b = kid in done_a["deleted"], kid in done_b["deleted"]
        if gone_a and gone_b:
            assert kid not in merged
        elif gone_b:
            if touched(done_a, kid):
                expected_conflicts.add(f"kegiatan:{kid}")
                assert merged[kid] == state_a[kid]
            else:
                assert kid not in merged
        elif gone_a:
            if touched(done_b, kid):
                expected_conflicts.add(f"kegiatan:{kid}")
            assert kid not in merged
        else:
            units = {u for u in done_a["changed"] | done_b["changed"] if u.split(":")[1] == kid}
            for unit in units:
                in_a, in_b = unit in done_a["changed"], unit in done_b["changed"]
                if in_a and in_b:
                    expected_conflicts.add(unit)
                source = state_b if in_b and not in_a else state_a
                assert unit_value(merged, unit) == unit_value(source, unit), unit
            if not units:
                assert merged[kid] == state_a[kid] == state_b[kid]
    for kid in done_a["added"] | done_b["added"]:
        assert merged[kid] == (state_a.get(kid) or state_b[kid])
    assert sorted(c.key for c in summary.conflicts) == sorted(expected_conflicts)
    again = do_merge(a, b)
    assert not again.changed and state(a) == merged
    assert sorted(c.key for c in again.conflicts) == sorted(expected_conflicts)

    # Taking theirs for every conflict: their value, their deletion, their row back.
    do_merge(a, b, policy=merge.THEIRS)
    resolved = state(a)
    for key in expected_conflicts:
        kid = key.split(":")[1]
        if kid in done_b["deleted"]:
            assert kid not in resolved
        elif kid in done_a["deleted"]:
            assert resolved[kid] == state_b[kid]
        else:
            assert unit_value(resolved, key) == unit_value(state_b, key)
    final = do_merge(a, b)
    assert final.conflicts == [] and not final.changed
    # Merged back the other way, the two copies are the same again.
    back = do_merge(b, a)
    assert back.conflicts == [] and state(b) == state(a)


def test_the_backup_before_a_merge_is_listed_for_restoring(three):
    secretary, a, _, ids = three
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "diubah")
    do_merge(secretary, a)
    backups = storage.list_backups(secretary)
    assert [storage.backup_reason(b) for b in backups] == ["sebelum penggabungan"]
    assert sha(backups[0]) != sha(secretary)
    storage.restore_backup(backups[0], secretary)
    assert state(secretary)[ids[0]][0] != "diubah"
    assert len(storage.list_backups(secretary)) == 2  # the merged state, backed up in turn


@pytest.mark.parametrize("seed", range(6))
def test_keep_both_both_ways_makes_the_copies_equal(three, seed):
    """Issue 18.6: merged A<-B, then B<-A, keeping both on every conflict,
    the two copies hold the same plan. On a deletion against an edit, keeping
    both keeps the edited row (the deletion is not applied) on both sides."""
    import random

    _, a, b, kids = three
    rng = random.Random(1000 + seed)
    done_a = random_edits(a, "A", rng, kids, 25)
    done_b = random_edits(b, "B", rng, kids, 25)
    state_b = state(b)
    do_merge(a, b, policy=merge.BOTH)
    do_merge(b, a, policy=merge.BOTH)
    assert state(a) == state(b)
    for kid in done_a["deleted"] - done_b["deleted"]:
        if any(u.split(":")[1] == kid for u in done_b["changed"]):
            assert state(a)[kid] == state_b[kid]  # edited there: kept
    for first, second in ((a, b), (b, a)):
        again = do_merge(first, second)
        assert again.conflicts == [] and not again.changed


def test_keep_both_on_a_deletion_against_an_edit_keeps_the_edited_row(three):
    secretary, a, _, ids = three
    with edit(a) as session:
        ops.set_cell(session, session.get(Kegiatan, ids[0]), 9, Cell(ticked=True))
        ops.delete_row(session, session.get(Kegiatan, ids[1]))
    with edit(secretary) as session:
        ops.delete_row(session, session.get(Kegiatan, ids[0]))
        editing.set_field(session.get(Kegiatan, ids[1]), "text", "diubah di sini")
    summary = do_merge(secretary, a, policy=merge.BOTH)
    assert sorted(c.kind for c in summary.conflicts) == ["deleted_here", "deleted_there"]
    assert {c.resolution for c in summary.conflicts} == {merge.BOTH}
    merged = state(secretary)
    assert merged[ids[0]][1][9] == "✓" and merged[ids[1]][0] == "diubah di sini"
    do_merge(a, secretary, policy=merge.BOTH)
    assert state(a) == state(secretary)
