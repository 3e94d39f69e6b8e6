"""Importing a Perjanjian Kinerja workbook from the window: the same dialog
previews its indicators and budget lines, Cancel writes nothing, OK is one
undoable step."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QDialog  # noqa: E402

from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.ui.import_dialog import ImportDialog  # noqa: E402
from tests import pk_workbooks as pw  # noqa: E402
from tests.gui import db, make_window  # noqa: E402


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "pk-lama.xlsx"
    path.write_bytes(pw.build_pk(satuan=True))
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    return make_window(qtbot, path), path


def test_cancelled_pk_import_shows_its_rows_and_writes_nothing(window, workbook, monkeypatch):
    window, path = window
    seen = []

    def cancel(self):
        rows = self.ui.rows
        seen.append((self.ui.summary.text(), self.ui.satkerName.text(), self.ui.year.value(),
                     [rows.horizontalHeaderItem(c).text() for c in range(rows.columnCount())],
                     [rows.item(rows.rowCount() - n, 1).text() for n in (2, 1)]))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", cancel)
    window.import_xlsx(str(workbook))
    ((summary, satker, year, headers, amounts),) = seen
    assert "Perjanjian Kinerja, 36 sasaran, 53 indikator, 2 " in summary
    assert summary.endswith("Rp 5.746.912.000.")
    assert (satker, year) == (pw.UNIT, 2024)
    assert headers == ["SASARAN", "INDIKATOR", "SATUAN", "TARGET"]
    assert amounts == ["Rp 4.512.345.000", "Rp 1.234.567.000"]
    for table in ("satker", "plan", "budget_line", "indikator"):
        assert db(path, f"SELECT count(*) FROM {table}") == [(0,)]


def test_accepted_pk_import_is_one_undoable_step(window, workbook, monkeypatch):
    window, path = window
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.import_xlsx(str(workbook))
    assert db(path, "SELECT kind, year, show_satuan FROM plan") == [("PK", 2024, 1)]
    with_unit = [t for _, _, t in pw.rows_001() if pw.split_target(t)[1]]
    assert db(path, "SELECT count(*) FROM indikator WHERE satuan != ''") == [(len(with_unit),)]
    assert db(path, "SELECT text, amount FROM budget_line ORDER BY position") == pw.BUDGET
    assert db(path, "SELECT name FROM official ORDER BY position") == [("FITRI, S.E",)]
    window.doc.undo_stack.undo()
    for table in ("satker", "plan", "budget_line", "indikator", "official"):
        assert db(path, f"SELECT count(*) FROM {table}") == [(0,)]
    window.doc.undo_stack.redo()
    assert db(path, "SELECT count(*) FROM budget_line") == [(2,)]


def test_the_window_exports_a_pk_in_its_printed_layout(window, workbook, monkeypatch,
                                                       tmp_path):
    """Imported, shown, exported from the window: the workbook read back is the
    same PK (the export is the command line's, with the statement page first)."""
    from PySide6.QtWidgets import QFileDialog

    from rakdesk.xlsx import read_workbook

    window, path = window
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.import_xlsx(str(workbook))
    assert window.model.plan is not None and window.model.plan.kind == "PK"
    out = tmp_path / "keluar.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_xlsx()
    again = read_workbook(out)
    first = read_workbook(workbook)
    assert again.problems == [] and again.kind == "PK"
    for field in ("sasaran", "budget", "satker_name", "year", "show_satuan"):
        assert getattr(again, field) == getattr(first, field), field
    assert again.party2["name"] == first.party2["name"] == "SRI HARTATI, S.Sos"
    assert again.party2["heading"] == ["KETUA", "KPU KABUPATEN KUBU RAYA"]


def test_importing_the_same_pk_twice_says_it_exists_and_writes_nothing(qtbot, window,
                                                                        workbook, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, path = window
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.import_xlsx(str(workbook))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.import_xlsx(str(workbook))
    assert shown == [f"{pw.UNIT} sudah punya PK 2024."]
    assert db(path, "SELECT count(*) FROM plan") == [(1,)]
    assert db(path, "SELECT count(*) FROM budget_line") == [(2,)]
    assert window.doc.undo_stack.count() == 1
