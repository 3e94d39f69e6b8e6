"""Importing a workbook from the window: a preview first, nothing written on
Cancel, one undoable step on OK."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QDialog  # noqa: E402

from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.ui.import_dialog import ImportDialog  # noqa: E402
from tests import seedtext  # noqa: E402
from tests.gui import db, make_window  # noqa: E402
from tests.test_xlsx import build_rak  # noqa: E402


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "rak-lama.xlsx"
    path.write_bytes(build_rak(seedtext.rows_001()))
    return path


def test_cancelled_import_writes_nothing(qtbot, tmp_path, workbook, monkeypatch):
    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)
    seen = []

    def cancel(self):
        seen.append((self.ui.satkerName.text(), self.ui.year.value(), self.ui.rows.rowCount()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", cancel)
    window.import_xlsx(str(workbook))
    assert seen == [("SEKRETARIAT KPU KABUPATEN KUBU RAYA", 2024, 53)]
    assert db(path, "SELECT count(*) FROM satker") == [(0,)]
    assert db(path, "SELECT count(*) FROM plan") == [(0,)]


def test_accepted_import_is_one_undoable_step(qtbot, tmp_path, workbook, monkeypatch):
    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)

    def accept(self):
        self.ui.year.setValue(2025)  # the user corrects the year in the preview
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    window.import_xlsx(str(workbook))
    assert db(path, "SELECT year, granularity FROM plan") == [(2025, "monthly")]
    assert db(path, "SELECT count(*) FROM kegiatan") == [(53,)]
    assert window.model.plan is not None and window.model.rowCount() == 53
    window.doc.undo_stack.undo()
    assert db(path, "SELECT count(*) FROM plan") == [(0,)]
    assert db(path, "SELECT count(*) FROM satker") == [(0,)]


def test_broken_workbook_shows_a_message(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 rusak")
    window.import_xlsx(str(bad))
    assert shown and "rusak" in shown[0]
    assert db(path, "SELECT count(*) FROM plan") == [(0,)]


def test_a_long_import_shows_progress_and_can_be_cancelled(qtbot, tmp_path, workbook,
                                                           monkeypatch):
    """The reader runs off the GUI thread: the dialog follows its progress, and
    Cancel stops it at its next report; no preview, no message, nothing written."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    import rakdesk.xlsx

    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)
    stopped = threading.Event()

    def slow_read(source, sheet=None, progress=None):
        try:
            for _ in range(3000):  # a huge workbook: half read, until cancelled
                progress(5, 10)
                stopped.wait(0.01)
            raise RuntimeError("Cancel never reached the reader")
        finally:
            stopped.set()

    monkeypatch.setattr(rakdesk.xlsx, "read_workbook", slow_read)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: pytest.fail("no preview expected"))
    seen = []

    def watch():
        dialog = window.findChild(QProgressDialog, "progressDialog")
        if dialog is not None and dialog.value() == 500 and not seen:
            seen.append(dialog.labelText())
            dialog.findChild(QPushButton).click()  # the user presses Cancel

    timer = QTimer(window)
    timer.timeout.connect(watch)
    timer.start(10)
    window.import_xlsx(str(workbook))
    timer.stop()
    assert stopped.is_set()
    assert seen and "rak-lama.xlsx" in seen[0]
    assert db(path, "SELECT count(*) FROM plan") == [(0,)]
