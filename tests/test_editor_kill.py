"""Killing rakdesk (power cut, task manager) loses nothing that was on screen:
every edit is committed when it is made."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from rakdesk.core.storage import inspect_file

SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from rakdesk.core.storage import open_workspace
    from rakdesk.ui.main_window import MainWindow
    from rakdesk.ui.plan_model import COL_KEGIATAN, period_key
    window = MainWindow(open_workspace(sys.argv[1]))
    window.show()
    window.activateWindow()
    for _ in range(50):
        app.processEvents()
    grid, model = window.grid, window.model
    for row in range(int(sys.argv[2])):
        grid.setCurrentIndex(model.index(row, model.column(COL_KEGIATAN)))
        grid.setFocus()
        QTest.keyClick(grid, Qt.Key.Key_Return)
        editor = app.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, f"diketik sebelum mati {row}")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        grid.setCurrentIndex(model.index(row, model.column(period_key(1))))
        QTest.keyClick(grid, Qt.Key.Key_Space)
        print(row, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_after_edits_keeps_every_edit(demo_file):
    edits = 8
    before = first_period_ticks(demo_file, edits)
    # The child's settings (recent files) go to the test's own data folder
    # (RAKDESK_DATA_DIR, set for every test); it kills itself after its last edit.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_file), str(edits)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert proc.stdout.split() == [str(i) for i in range(edits)]
    assert inspect_file(demo_file).ok
    con = sqlite3.connect(demo_file)
    texts = {r[0] for r in con.execute("SELECT text FROM kegiatan")}
    con.close()
    assert {f"diketik sebelum mati {i}" for i in range(edits)} <= texts
    # Space toggled the first period of every row.
    after = first_period_ticks(demo_file, edits)
    assert [(k, not t) for k, t in before] == after
    assert not demo_file.with_name(demo_file.name + "-journal").exists()


def first_period_ticks(path, rows):
    """(kegiatan id, first period ticked) of the first rows of the plan the
    window opens first."""
    from rakdesk.core import plans as ops
    from rakdesk.core.outline import read_outline
    from rakdesk.core.storage import open_workspace
    from rakdesk.ui.plan_model import flatten

    with open_workspace(path, readonly=True) as ws, ws.session() as session:
        plan = next(p for s in ops.all_satkers(session) for p in s.plans)
        outline = read_outline(session, plan.id)
        grid = flatten(outline)[:rows]
        return [(r.kegiatan.id, 1 in outline.cells.get(r.kegiatan.id, {})) for r in grid]
