"""The workspace tree lists satkers, years and plans; first run makes the demo."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QModelIndex  # noqa: E402

from rakdesk.core.storage import open_workspace  # noqa: E402
from rakdesk.ui.main_window import MainWindow  # noqa: E402
from rakdesk.ui.workspace_tree import ID_ROLE, KIND_ROLE  # noqa: E402


def tree_rows(model, parent=None, depth=0):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        counts = model.index(row, 1, parent).data()
        yield depth, index.data(), index.data(KIND_ROLE), index.data(ID_ROLE), counts
        yield from tree_rows(model, index, depth + 1)


def test_tree_lists_satkers_years_and_plans(qtbot, demo_file):
    window = MainWindow(open_workspace(demo_file))
    qtbot.addWidget(window)
    rows = list(tree_rows(window.tree.tree_model))
    satkers = [text for depth, text, kind, _, _ in rows if kind == "satker"]
    assert len(satkers) == 5 and "SEKRETARIAT KPU KABUPATEN KUBU RAYA" in satkers
    years = sorted({text for _, text, kind, _, _ in rows if kind == "year"})
    assert years == ["2020", "2021", "2024"]
    plans = [(text, counts) for depth, text, kind, _, counts in rows if kind == "plan"]
    assert len(plans) == 6 and all(depth == 2 for depth, *_ in rows if _[1] == "plan")
    assert any("53 kegiatan" in counts for _, counts in plans)
    assert any(counts.endswith("10 indikator") for _, counts in plans)  # the IKU: no kegiatan
    assert window.windowTitle().startswith("kerja.sqlite")


def test_first_run_creates_the_demo_workspace(user_data_dir):
    from rakdesk.ui import app, opening

    path = app.default_workspace()
    assert path.parent == user_data_dir and path.exists()
    ws, warning = opening.open_for_window(path)
    assert warning is None and not ws.readonly
    ws.close()


def test_pyside_refcount_slips_cannot_crash_this_python():
    """PySide6 6.12 over-decrements None/True/False on void calls, undo and
    signal emits. On CPython 3.11 that crashes the app after enough edits; from
    3.12 those objects are immortal. This combination must never run."""
    import sys

    import PySide6

    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert sys.version_info >= (3, 12) or version < (6, 12)


def test_about_names_the_version_and_where_the_users_data_lives(qtbot, demo_file, monkeypatch,
                                                                 user_data_dir):
    from PySide6.QtWidgets import QMessageBox

    import rakdesk
    from tests.gui import make_window

    window = make_window(qtbot, demo_file)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.actions_by_name["about"].trigger()
    assert f"rakdesk {rakdesk.__version__}" in shown[0]
    assert str(user_data_dir) in shown[0] and demo_file.name in shown[0]
