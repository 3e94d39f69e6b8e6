"""The window lists the workspace's plans (the editor comes with its own issue)."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from rakdesk.core.storage import open_workspace  # noqa: E402
from rakdesk.ui.main_window import PLAN_ID_ROLE, MainWindow  # noqa: E402


def tree_texts(model, parent=None, depth=0):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield depth, index.data(), index.data(PLAN_ID_ROLE)
        yield from tree_texts(model, index, depth + 1)


def test_window_lists_satkers_years_and_plans(qtbot, demo_file):
    ws = open_workspace(demo_file)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    rows = list(tree_texts(window.model))
    satkers = [text for depth, text, _ in rows if depth == 0]
    assert "SEKRETARIAT KPU KABUPATEN KUBU RAYA" in satkers and len(satkers) == 4
    plans = [(text, pid) for depth, text, pid in rows if depth == 2]
    assert ("RAK 2020 (triwulan)" in [t for t, _ in plans])
    assert all(pid for _, pid in plans) and len(plans) == 4
    assert window.windowTitle().startswith("kerja.sqlite")


def test_first_run_creates_the_demo_workspace(user_data_dir, monkeypatch):
    from rakdesk.ui import app

    path = app.default_workspace()
    assert path.parent == user_data_dir and path.exists()
    ws, warning = app.open_for_window(path)
    assert warning is None and not ws.readonly
    ws.close()
