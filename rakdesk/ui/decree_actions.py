"""The window's actions for decrees: a new SK Tim RB from the standard
structure, the staff register, and the Word export. Added to the Satker menu
and the workspace tree by the main window."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from rakdesk.core import decree as sk
from rakdesk.core.model import Plan, Satker
from rakdesk.errors import RakdeskError
from rakdesk.ui import commands as cmd

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


def add_actions(window, menu) -> None:
    def action(name: str, text: str, slot) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(lambda *_: slot(window))
        window.actions_by_name[name] = act
        menu.addAction(act)
        return act

    menu.addSeparator()
    action("staff", translate("DecreeActions", "&Staff register..."), edit_staff)
    action("new_sk", translate("DecreeActions", "New &SK Tim Reformasi Birokrasi..."), new_sk)
    action("export_docx", translate("DecreeActions", "Export SK to &Word (.docx)..."),
           export_docx).setEnabled(False)


def add_tree_actions(window) -> None:
    for name in ("staff", "new_sk"):
        window.tree.addAction(window.actions_by_name[name])


def _satker(window) -> Satker | None:
    satker = window.tree._satker()
    if satker is None:
        QMessageBox.information(window, "rakdesk", translate(
            "DecreeActions", "Add or choose a satker first."))
    return satker


def edit_staff(window) -> None:
    from rakdesk.ui.staff_dialog import StaffDialog

    satker = _satker(window)
    if satker is not None:
        StaffDialog(window.doc, satker.id, window).exec()  # each edit announces itself


def new_sk(window) -> None:
    satker = _satker(window)
    if satker is None or window.doc.readonly:
        return
    year, ok = QInputDialog.getInt(window, translate("DecreeActions", "New SK"), translate(
        "DecreeActions", "Year of the Tim Reformasi Birokrasi:"), dt.date.today().year + 1,
        1990, 2200)
    if not ok:
        return
    command = cmd.CreateCommand(window.doc, translate("DecreeActions", "Add SK"), None,
                                partial(sk.create_sk, satker_id=satker.id, year=year))
    if window.doc.push(command):
        window.tree.select(command.first_id)


def export_docx(window) -> None:
    from rakdesk.core.names import file_name
    from rakdesk.word.decree import write_docx

    plan = window.doc.session.get(Plan, window.decree_view.plan_id or "")
    if plan is None:
        return
    suggested = file_name(f"SK {plan.year}", plan.satker.name, suffix=".docx")
    path, _ = QFileDialog.getSaveFileName(window, translate("DecreeActions", "Export to Word"),
                                          str(Path.home() / suggested), "Word (*.docx)")
    if not path:
        return
    try:
        write_docx(plan, path)
    except (RakdeskError, OSError) as exc:
        QMessageBox.warning(window, "rakdesk", translate(
            "DecreeActions", "The Word file could not be written: {0}").format(exc))
        return
    window.statusBar().showMessage(translate("DecreeActions", "Saved {0}").format(path), 8000)
