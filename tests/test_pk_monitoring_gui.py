"""The PK and the monitoring wired together in the window: realisasi anggaran
typed in the PK's budget panel (a final PK too) is one undo step; the
monitoring tab says where a period's target came from; the satuan is edited
in the "Pengukuran..." dialog; finalising a PK Perubahan that changed a
target already measured lists it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from rakdesk.core import pk as core  # noqa: E402
from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core import revisions, storage  # noqa: E402
from rakdesk.core.model import Indikator  # noqa: E402
from rakdesk.pdf import render_plan  # noqa: E402
from rakdesk.ui.budget_panel import AMOUNT, REALISED  # noqa: E402
from rakdesk.ui.monitoring_model import TARGET  # noqa: E402
from tests.gui import db, isolate_settings, make_window  # noqa: E402
from tests.test_pk_gui import open_kind, type_into  # noqa: E402

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"


def prepare(path, change) -> None:
    """Change the file before the window opens it."""
    workspace = storage.open_workspace(path)
    try:
        with workspace.session() as session:
            satker = next(s for s in ops.all_satkers(session) if s.name == KUBU)
            pk = next(p for p in satker.plans if p.kind == "PK")
            change(session, pk)
            session.commit()
    finally:
        workspace.close()


def realised(path, plan_id):
    return [r for (r,) in db(path, "SELECT realised FROM budget_line WHERE plan_id = ? "
                                   "ORDER BY position", plan_id)]


def test_realisasi_anggaran_typed_on_a_final_pk_is_one_undo_step(qtbot, demo_file, tmp_path):
    prepare(demo_file, lambda session, pk: revisions.finalize(session, pk, render=render_plan))
    isolate_settings(tmp_path)
    window = make_window(qtbot, demo_file)
    plan = open_kind(window, "PK")
    panel = window.pk.budget
    model = panel.model
    assert model.headerData(REALISED, Qt.Orientation.Horizontal) == "Realisasi (Rp)"
    before = realised(demo_file, plan.id)
    assert before == [9_123_456_789, 1_111_111_100]  # the demo's example figures
    # the PK is final: its pagu is what was signed, its realisasi is typed through the year
    assert not model.flags(model.index(0, AMOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, REALISED)) & Qt.ItemFlag.ItemIsEditable
    stack = window.doc.undo_stack
    steps = stack.count()
    type_into(qtbot, panel.view, model.index(1, REALISED), "Rp 1.200.000.000,00")
    assert realised(demo_file, plan.id) == [9_123_456_789, 1_200_000_000]
    assert model.index(2, REALISED).data() == "10.323.456.789"  # the Jumlah
    assert "Rp 10.323.456.789" in panel.total.text()
    assert stack.count() == steps + 1
    assert stack.undoText() == "Edit realisasi anggaran"
    stack.undo()
    assert realised(demo_file, plan.id) == before
    assert model.index(1, REALISED).data() == "1.111.111.100"


def test_monitoring_tab_says_where_a_period_target_came_from(qtbot, demo_file, tmp_path):
    prepare(demo_file, lambda session, pk: core.set_period_target(
        session, pk.sasaran[0].indikator[0], 2, "6 Kali"))
    isolate_settings(tmp_path)
    window = make_window(qtbot, demo_file)
    open_kind(window, "RAK")
    window.area.show_monitoring()
    view = window.monitoring
    model = view.model
    row = next(n for n, r in enumerate(model.rows) if r.kind == "indikator")
    april = model.index(row, model.column_of(4, TARGET))
    assert april.data() == "2 Kali · PK"
    assert "PK" in april.data(Qt.ItemDataRole.ToolTipRole)
    january = model.index(row, model.column_of(1, TARGET))
    assert "PK" not in january.data()
    assert "PK" not in january.data(Qt.ItemDataRole.ToolTipRole)
    indikator = window.doc.session.get(Indikator, model.rows[row].id)
    view.panel.show_period(view, indikator, 5)
    assert "(dari PK)" in view.panel.figures.text()
    view.panel.show_period(view, indikator, 1)
    assert "(dari PK)" not in view.panel.figures.text()


def test_satuan_edited_in_the_pengukuran_dialog_is_one_undo_step(qtbot, kubu, monkeypatch):
    from rakdesk.ui import monitoring_dialogs

    window = kubu
    window.area.show_monitoring()
    view = window.monitoring
    model = view.model
    row = next(n for n, r in enumerate(model.rows) if r.kind == "indikator")
    indikator_id = model.rows[row].id
    indikator = window.doc.session.get(Indikator, indikator_id)
    view.panel.show_period(view, indikator, 1)

    def accept(dialog):
        dialog.satuan.setText("Kali  revisi")
        return True

    monkeypatch.setattr(monitoring_dialogs.MeasurementDialog, "exec", accept)
    view.panel.edit_measurement()
    assert db(window.doc.workspace.path, "SELECT satuan FROM indikator WHERE id = ?",
              indikator_id) == [("Kali revisi",)]
    assert window.doc.undo_stack.undoText() == "Edit satuan"
    window.doc.undo_stack.undo()
    assert db(window.doc.workspace.path, "SELECT satuan FROM indikator WHERE id = ?",
              indikator_id) == [("",)]


def test_finalising_a_pk_perubahan_lists_changed_targets_with_realisasi(qtbot, demo_file,
                                                                          tmp_path, monkeypatch):
    from rakdesk.ui import revision_dialogs

    def amend(session, pk):
        revisions.finalize(session, pk, render=render_plan)
        session.flush()
        core.amend(session, pk, "Perubahan prioritas")
        ops.set_target(pk.sasaran[0].indikator[0], "10 Kali")

    prepare(demo_file, amend)
    isolate_settings(tmp_path)
    window = make_window(qtbot, demo_file)
    open_kind(window, "PK")
    assert "sudah ada realisasinya" in window.pk.bar.label.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    opened = []
    monkeypatch.setattr(revision_dialogs.FinalizeDialog, "exec",
                        lambda self: opened.append(self) or False)
    window.finalize_plan()
    assert asked and "realisasi" in asked[0] and "12 Kali → 10 Kali" in asked[0]
    assert "Jumlah revisi" in asked[0]
    assert opened == [] and window.model.plan.status == "draft"


def test_the_revision_list_marks_a_pk_perubahan_with_its_reason(qtbot, demo_file, tmp_path):
    from rakdesk.ui.revision_dialogs import RevisionsDialog

    def amend_and_finalise(session, pk):
        revisions.finalize(session, pk, render=render_plan)
        session.flush()
        core.amend(session, pk, "Pergantian pejabat")
        revisions.finalize(session, pk, render=render_plan)

    prepare(demo_file, amend_and_finalise)
    isolate_settings(tmp_path)
    window = make_window(qtbot, demo_file)
    open_kind(window, "PK")
    dialog = RevisionsDialog(window.model.plan, window, window)
    qtbot.addWidget(dialog)
    table = dialog.ui.revisions
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == \
        ["1", "2 · PK Perubahan"]
    assert table.item(0, 1).toolTip() == ""
    assert table.item(1, 1).toolTip().endswith(": Pergantian pejabat")
