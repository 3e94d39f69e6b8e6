"""Finalised revisions meeting in a merge (issue 18.1): the same plan
finalised in both copies is one revision, two different papers under the same
number are a conflict the user sees and resolves."""

from __future__ import annotations

import sqlite3

import pytest

from rakdesk.core import editing, merge, revisions
from rakdesk.core.model import Kegiatan
from rakdesk.pdf import render_plan
from tests import test_merge
from tests.test_merge import do_merge, edit, kubu, sha, tmp_copy

three = test_merge.three  # the secretary's file and two copies of it


def finalize(path) -> tuple[str, bytes]:
    with edit(path) as session:
        revision = revisions.finalize(session, kubu(session), render=render_plan)
        return revision.code, revision.pdf


def kubu_revisions(path) -> list[tuple[int, str]]:
    with edit(path) as session:
        return sorted((r.number, r.code) for r in kubu(session).revisions)


def test_the_same_plan_finalised_in_both_copies_merges_as_one_revision(three, run_cli):
    secretary, a, _, _ = three
    code_here, _ = finalize(secretary)
    code_there, _ = finalize(a)
    assert code_here == code_there  # the same content, the same paper
    code, out, err = run_cli("merge", secretary, a)
    assert code == 0, err + out
    assert "Traceback" not in err
    assert kubu_revisions(secretary) == [(1, code_here)]
    with edit(secretary) as session:
        assert kubu(session).status == "final"
    # And back the other way, then again: nothing to do.
    assert do_merge(a, secretary).conflicts == []
    assert kubu_revisions(a) == [(1, code_here)]
    assert not do_merge(secretary, a).changed


def two_different_first_revisions(secretary, a, ids):
    with edit(a) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "versi sub-unit")
    with edit(secretary) as session:
        editing.set_field(session.get(Kegiatan, ids[0]), "text", "versi sekretaris")
    mine, _ = finalize(secretary)
    theirs, pdf = finalize(a)
    assert mine != theirs
    return mine, theirs, pdf


def test_two_different_revisions_with_the_same_number_are_a_conflict(three, run_cli):
    secretary, a, _, ids = three
    mine, theirs, their_pdf = two_different_first_revisions(secretary, a, ids)
    before = sha(secretary)
    code, out, err = run_cli("merge", secretary, a)
    assert code == 3, err + out
    line = next(x for x in out.splitlines() if "Revisi ke-1" in x)
    assert mine in line and theirs in line and "konflik" in line
    assert kubu_revisions(secretary) == [(1, mine)]  # left as it is here

    # Keep mine: their paper is not brought in, and not asked about again.
    kept = tmp_copy(secretary, "milik-sini")
    summary = do_merge(kept, a, policy=merge.MINE)
    assert [c.kind for c in summary.conflicts] == ["revision"]
    assert kubu_revisions(kept) == [(1, mine)]
    assert do_merge(kept, a).conflicts == []

    # Keep both (or take theirs): both papers are stored under their own codes
    # and each verifies as what it is; the plan here stays final.
    code, out, err = run_cli("merge", secretary, a, "--keep-both")
    assert code == 0, err + out
    assert kubu_revisions(secretary) == sorted([(1, mine), (1, theirs)])
    with edit(secretary) as session:
        assert kubu(session).status == "final"
        found = revisions.verify_pdf(session, their_pdf)
        assert found.status == "match" and found.revision.code == theirs
    assert sha(secretary) != before
    assert do_merge(secretary, a).conflicts == []
    # The other copy gets both too when merged back: the copies agree.
    assert [c.kind for c in do_merge(a, secretary, policy=merge.THEIRS).conflicts] == [
        "revision"]
    assert kubu_revisions(a) == kubu_revisions(secretary)


def test_the_same_code_on_another_paper_is_a_conflict_take_theirs_replaces_it(three):
    """The same revision, but the other copy holds other PDF bytes for it
    (e.g. signed digitally there): which paper is the plan of record."""
    secretary, a, _, _ = three
    code_here, pdf_here = finalize(secretary)
    finalize(a)
    other_pdf = pdf_here + b"\n% signed elsewhere\n"
    import hashlib

    with sqlite3.connect(a) as con:
        con.execute("UPDATE revision SET pdf=?, pdf_sha256=?, signer='CN=Sekretaris'",
                    (other_pdf, hashlib.sha256(other_pdf).hexdigest()))
    summary = do_merge(secretary, a)
    assert [(c.kind, c.options) for c in summary.conflicts] == [
        ("revision", (merge.MINE, merge.THEIRS))]
    assert "CN=Sekretaris" in summary.conflicts[0].theirs
    do_merge(secretary, a, policy=merge.THEIRS)
    assert kubu_revisions(secretary) == [(1, code_here)]
    with edit(secretary) as session:
        assert revisions.verify_pdf(session, other_pdf).status == "match"
    assert do_merge(secretary, a).conflicts == []


def test_the_window_shows_the_revision_conflict_and_take_all_theirs_keeps_both(
        three, qtbot, monkeypatch):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtWidgets import QDialog, QMessageBox

    from rakdesk.ui.merge_dialog import MergeDialog
    from tests.test_merge_gui import open_kubu

    secretary, a, _, ids = three
    mine, theirs, _ = two_different_first_revisions(secretary, a, ids)
    window = open_kubu(qtbot, secretary)
    shown = []

    def choose(self):
        rows = [self.model.conflict(r) for r in range(self.model.rowCount())]
        shown.extend((c.what, c.mine, c.theirs) for c in rows if c.kind == "revision")
        self.ui.allTheirs.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.merge_file(str(a))
    assert len(shown) == 1 and shown[0][0] == "Revisi ke-1"
    assert mine in shown[0][1] and theirs in shown[0][2]
    assert kubu_revisions(secretary) == sorted([(1, mine), (1, theirs)])
