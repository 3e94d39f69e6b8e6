"""The window as a new user meets it on a 1366x768 laptop: it fits the screen,
keeps its layout, remembers where the user was, and says what to do next."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QMessageBox,
)

from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.ui.main_window import TOOLBAR  # noqa: E402
from rakdesk.ui.settings import available_geometry  # noqa: E402
from tests.gui import fill_dialog, make_window  # noqa: E402


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _sizes(window):
    tree = window.findChild(QDockWidget, "treeDock")
    return tree.width(), window.grid.width()


def _within(area, rect):
    return area.contains(rect.topLeft()) and area.contains(rect.bottomRight())


def test_new_workspace_keeps_the_layout_now_and_after_restart(qtbot, demo_file, tmp_path,
                                                              monkeypatch):
    window = make_window(qtbot, demo_file)
    _settle()
    tree_before, grid_before = _sizes(window)
    assert grid_before > 2 * tree_before
    new = tmp_path / "baru.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    qtbot.waitUntil(lambda: window.doc.workspace.path == new)
    _settle()
    tree_after, grid_after = _sizes(window)
    assert abs(tree_after - tree_before) <= 4, (tree_before, tree_after)
    assert grid_after > 2 * tree_after, (tree_after, grid_after)
    window.close()  # saves the window's state ...
    again = make_window(qtbot, new)  # ... which the next start brings back
    _settle()
    tree_again, grid_again = _sizes(again)
    assert abs(tree_again - tree_before) <= 4 and grid_again > 2 * tree_again


def test_the_window_fits_the_available_screen(qtbot, demo_file):
    window = make_window(qtbot, demo_file)
    area = available_geometry(window)
    assert _within(area, window.frameGeometry())
    assert window.width() <= 1280 and window.height() <= area.height()
    # Closed larger than this screen (on a bigger monitor): it opens within it.
    window.resize(area.width() + 600, area.height() + 400)
    window.move(area.right() - 100, area.bottom() - 100)
    window.close()
    again = make_window(qtbot, demo_file)
    assert _within(area, again.frameGeometry())


def test_plan_dialog_fits_the_screen_and_shows_only_what_its_kind_prints(qtbot):
    from rakdesk.ui.dialogs import PlanDialog

    area = available_geometry()
    for kind in ("RAK", "IKU"):
        dialog = PlanDialog({"kind": kind}, [])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _within(area, dialog.frameGeometry()), (kind, dialog.frameGeometry())
        ui = dialog.ui
        assert ui.tugas.isVisible() == ui.fungsi.isVisible() == (kind == "IKU")
        assert ui.granularity.isVisible() == (kind == "RAK")
        dialog.hide()
    # Switching the kind in the dialog switches the fields.
    ui.kind.setCurrentText("RAK")
    dialog.show()
    assert not ui.tugas.isVisible() and ui.granularity.isVisible()


def test_settings_live_in_the_data_folder(qtbot, demo_file, user_data_dir, tmp_path,
                                          monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = make_window(qtbot, demo_file)
    window.actions_by_name["language_en"].trigger()
    window.close()
    saved = (user_data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "language=en" in saved and "geometry" in saved and str(demo_file.name) in saved
    # Nothing went to the system's default place (~/.config, here redirected).
    assert not [p for p in (tmp_path / "ini").rglob("*") if p.is_file()]


@pytest.fixture
def indonesian():
    from rakdesk.ui import i18n

    app = QApplication.instance()
    translators = i18n.install(app, "id")
    yield
    for t in translators:
        app.removeTranslator(t)
    i18n.install(app, "en")


def test_toolbar_shows_every_action_at_1366_px_also_after_edits(qtbot, demo_file, indonesian):
    window = make_window(qtbot, demo_file)
    window.resize(1366, 700)
    plan = next(p for s in ops.all_satkers(window.doc.session) for p in s.plans if p.kind == "RAK")
    window.tree.select(plan.id)
    window.grid.setFocus()
    window.grid.setCurrentIndex(window.model.index(0, window.model.column("kegiatan")))
    for name in ("insert_sasaran", "insert_kegiatan"):
        window.actions_by_name[name].trigger()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.doc.undo_stack.undo()
    _settle()
    # Undo and Redo now say what they do: "Urungkan Tambah sasaran", "Ulangi Tambah kegiatan".
    assert window.actions_by_name["undo"].text() == "&Urungkan Tambah sasaran"
    assert window.actions_by_name["redo"].text() == "&Ulangi Tambah kegiatan"
    toolbar = window.toolbar
    for name in TOOLBAR:
        button = toolbar.widgetForAction(window.actions_by_name[name])
        assert button.isVisible(), f"{name} fell into the toolbar's overflow menu"
        assert toolbar.rect().contains(button.geometry()), name
    # The menu and the tooltip say what Undo undoes.
    assert window.actions_by_name["redo"].toolTip().startswith("Ulangi ")


def test_the_docked_preview_is_wide_enough_to_read(qtbot, kubu):
    kubu.resize(1366, 700)
    _settle()
    kubu.actions_by_name["preview"].trigger()
    dock = kubu.findChild(QDockWidget, "previewDock")
    qtbot.waitUntil(dock.isVisible)
    _settle()
    assert dock.width() >= 480 and dock.width() >= 0.4 * kubu.width()
    assert kubu.grid.width() >= 300  # the grid stays usable beside it


def test_an_empty_workspace_satker_and_plan_say_what_to_do_next(qtbot, tmp_path, monkeypatch):
    from rakdesk.core.storage import create_workspace
    from rakdesk.ui.dialogs import PlanDialog, SatkerDialog

    path = tmp_path / "kosong.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)
    hint = window.area.hint
    assert hint.isVisible() and "satker" in hint.label.text().lower()
    assert not window.properties.target_group.isVisible()  # no lone "Target" box
    fill_dialog(monkeypatch, SatkerDialog, lambda d: d.ui.name.setText("SEKRETARIAT KPU BARU"))
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)  # [Add satker]
    assert [s.name for s in ops.all_satkers(window.doc.session)] == ["SEKRETARIAT KPU BARU"]
    qtbot.waitUntil(lambda: "SEKRETARIAT KPU BARU" in hint.label.text())
    assert hint.isVisible() and hint.button.isVisible()
    fill_dialog(monkeypatch, PlanDialog, lambda d: d.ui.year.setValue(2026))
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)  # [New plan]
    qtbot.waitUntil(lambda: window.model.plan is not None)
    assert hint.isVisible() and hint.button.isVisible()
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)  # [Add sasaran]
    qtbot.waitUntil(lambda: len(window.model.rows) == 1)
    assert not hint.isVisible()
    # The new sasaran's cell is open for typing.
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Terwujudnya tata kelola")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.model.rows[0].sasaran.text == "Terwujudnya tata kelola"


def test_reopens_on_the_plan_last_used(qtbot, demo_file):
    window = make_window(qtbot, demo_file)
    plans = [p.id for s in ops.all_satkers(window.doc.session) for p in s.plans]
    assert window.model.plan.id == plans[0]
    window.tree.select(plans[-1])
    assert window.model.plan.id == plans[-1]
    window.close()
    again = make_window(qtbot, demo_file)
    assert again.model.plan.id == plans[-1]
    assert again.tree.current_plan_id() == plans[-1]


def test_closing_a_changed_dialog_asks_before_dropping_the_changes(qtbot, monkeypatch):
    from rakdesk.ui.dialogs import SatkerDialog

    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or answer[0])
    dialog = SatkerDialog({"name": "KPU LAMA"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()  # unchanged: the X closes it without a question
    assert not asked and not dialog.isVisible()
    dialog.show()
    dialog.ui.name.setFocus()
    qtbot.keyClicks(dialog.ui.name, " BARU")
    dialog.close()  # the window's X
    assert len(asked) == 1 and dialog.isVisible()  # "Buang perubahan?" -> Batal: still open
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and dialog.isVisible()
    answer[0] = QMessageBox.StandardButton.Discard
    dialog.close()
    assert len(asked) == 3 and not dialog.isVisible()
    # The Cancel button means "drop them": no question.
    dialog.show()
    qtbot.keyClicks(dialog.ui.name, " LAGI")
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 3 and not dialog.isVisible()


def test_signing_dates_are_typed_dd_mm_yyyy(qtbot):
    from rakdesk.ui.dialogs import PlanDialog

    dialog = PlanDialog({"kind": "RAK"}, [])
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.ui.signDate
    assert len(edit.text()) == 10 and edit.text()[2] == edit.text()[5] == "/"  # dd/mm/yyyy
    for typed in ("22/01/2020", "22012020", "2/1/2020"):
        edit.setFocus()
        edit.setSelectedSection(edit.Section.DaySection)  # a click on the day
        qtbot.keyClicks(edit, typed)
        day = 2 if typed.startswith("2/") else 22
        assert edit.date() == QDate(2020, 1, day), typed
        assert edit.text() == f"{day:02d}/01/2020"
    assert dialog.values()["sign_date"].isoformat() == "2020-01-02"




def test_the_language_notice_speaks_the_chosen_language_too(qtbot, demo_file, indonesian,
                                                            monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: said.append(text))
    window = make_window(qtbot, demo_file)
    window.actions_by_name["language_en"].trigger()
    # Someone who chose English reads the notice in English, not only in Indonesian.
    assert "Bahasa berubah" in said[-1] and "The language changes" in said[-1]
    window.actions_by_name["language_id"].trigger()
    assert said[-1].count("Bahasa berubah") == 1 and "The language" not in said[-1]


def test_long_column_titles_wrap_instead_of_being_cut(qtbot, demo_file):
    from PySide6.QtCore import QRect

    window = make_window(qtbot, demo_file)
    window.resize(1280, 728)  # the first window on a 1366x768 laptop
    qtbot.waitUntil(lambda: window.width() == 1280)
    for satker in ops.all_satkers(window.doc.session):
        for plan in satker.plans:
            window.tree.select(plan.id)
            if any("KINERJA UTAMA" in c.header for c in window.model.columns):
                break
        else:
            continue
        break
    header = window.grid.horizontalHeader()
    _settle()
    metrics = header.fontMetrics()
    wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    for col, column in enumerate(window.model.columns):
        room = QRect(0, 0, header.sectionSize(col) - 8, 10_000)
        needed = metrics.boundingRect(room, wrap, column.header).height()
        # "INDIKATOR KINERJA UTAMA" shows whole on two lines, not as "DIKATOR KINERJA UTAM".
        assert header.height() >= needed + 4, (column.header, header.sectionSize(col))


def test_a_new_plans_signing_date_follows_its_year_until_the_user_sets_it(qtbot):
    import datetime as dt

    from rakdesk.ui.dialogs import PlanDialog

    today = dt.date.today()
    # Next year's plan, written in November: signed in January of its own year,
    # not "30 November" of the year before (as the offices' RAKs are).
    dialog = PlanDialog({"kind": "RAK", "year": today.year + 1}, [])
    qtbot.addWidget(dialog)
    assert dialog.values()["sign_date"] == dt.date(today.year + 1, 1, 2)
    dialog.ui.year.setValue(2025)
    assert dialog.values()["sign_date"] == dt.date(2025, 1, 2)
    dialog.ui.year.setValue(today.year)
    assert dialog.values()["sign_date"] == today
    dialog.ui.signDate.setDate(QDate(2025, 3, 15))  # the user's own date stays
    dialog.ui.year.setValue(2025)
    assert dialog.values()["sign_date"] == dt.date(2025, 3, 15)
    # A plan's stored date is never moved.
    stored = PlanDialog({"kind": "RAK", "year": 2020, "sign_date": dt.date(2020, 1, 22)}, [])
    qtbot.addWidget(stored)
    stored.ui.year.setValue(2021)
    assert stored.values()["sign_date"] == dt.date(2020, 1, 22)
