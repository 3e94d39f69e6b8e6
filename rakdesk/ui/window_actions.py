"""The main window's actions: menus, toolbar, shortcuts, the grid's context
menu, and which actions are enabled for the plan shown (a read-only file, a
final plan, no plan). What the actions do lives in the workflows (files,
output, revisions), the plan actions and the workspace tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from rakdesk.core.revisions import plan_revisions
from rakdesk.ui import decree_actions, decree_view, i18n

TOOLBAR = ("open", "undo", "redo", "insert_kegiatan", "insert_indikator", "insert_sasaran",
           "delete_rows", "move_up", "move_down", "weeks", "preview", "print", "export_pdf")
# Enabled when the plan shown can be edited (a draft in a writable file).
EDIT_ACTIONS = ("cut", "paste", "clear_cells", "toggle", "weeks", "insert_kegiatan",
                "insert_indikator", "insert_sasaran", "delete_rows", "move_up", "move_down",
                "plan_properties", "quarterly")
# Enabled when a plan is shown.
PLAN_ACTIONS = ("copy", "preview", "export_pdf", "export_draft_pdf", "export_xlsx", "print",
                "revisions")
# The workspace tree's context menu; enabled, with import and merge, in a writable file.
TREE_ACTIONS = ("new_plan", "copy_next_year", "rename", "delete_item", "new_satker",
                "edit_satker", "sub_units", "officials")
WRITE_ACTIONS = (*TREE_ACTIONS, "import_xlsx", "merge")


class WindowActions:
    """Mixed into MainWindow: builds its actions and keeps their state."""

    def _action(self, name: str, text: str, slot=None, shortcut=None, tip: str = "",
                checkable=False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        a = self._action
        grid = lambda name: lambda *_: getattr(self.plan_actions, name)()  # noqa: E731
        tree = lambda name: lambda *_: getattr(self.tree, name)()  # noqa: E731
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a("new", self.tr("&New workspace..."), self.new_workspace, std.New))
        file_menu.addAction(a("open", self.tr("&Open..."), self.open_dialog, std.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addAction(a("save_copy", self.tr("Save a &copy as..."), self.save_copy,
                              std.SaveAs))
        file_menu.addAction(a("restore_backup", self.tr("Restore a &backup..."),
                              self.restore_backup))
        file_menu.addAction(a("merge", self.tr("&Merge from another file..."), self.merge_file,
                              "Ctrl+Shift+M",
                              self.tr("Bring in the plans of a sub-unit's or another "
                                      "office's copy")))
        file_menu.addSeparator()
        file_menu.addAction(a("preview", self.tr("Print pre&view"), self._toggle_preview, "F5",
                              checkable=True))
        file_menu.addAction(a("print", self.tr("&Print..."), self.print_current, std.Print))
        file_menu.addAction(a("export_pdf", self.tr("&Export PDF..."), self.export_pdf, "Ctrl+E",
                              self.tr("A final plan: its stored revision, as printed")))
        file_menu.addAction(a("export_draft_pdf", self.tr("Export a &draft PDF..."),
                              lambda: self.export_pdf(draft=True), None,
                              self.tr("A fresh rendering of the plan as it is now, without "
                                      "document code")))
        file_menu.addAction(a("verify", self.tr("Chec&k a document..."), self.verify_document))
        file_menu.addSeparator()
        file_menu.addAction(a("import_xlsx", self.tr("&Import from Excel..."), self.import_xlsx,
                              "Ctrl+I"))
        file_menu.addAction(a("export_xlsx", self.tr("Export to E&xcel..."), self.export_xlsx,
                              "Ctrl+Shift+E"))
        file_menu.addSeparator()
        file_menu.addAction(a("quit", self.tr("&Quit"), self.close, std.Quit))

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = a("undo", self.tr("&Undo"), lambda: self.doc.undo_stack.undo(),
                             std.Undo)
        redo_keys = QKeySequence.keyBindings(std.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))  # what Windows users press
        self.redo_action = a("redo", self.tr("&Redo"), lambda: self.doc.undo_stack.redo(),
                             [k.toString() for k in redo_keys])
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(a("cut", self.tr("Cu&t rows"), grid("cut"), std.Cut))
        edit.addAction(a("copy", self.tr("&Copy rows"), grid("copy"), std.Copy))
        edit.addAction(a("paste", self.tr("&Paste"), grid("paste"), std.Paste))
        clear = a("clear_cells", self.tr("C&lear cells"),
                  lambda: self.grid.clear_selection_contents(), "Del")
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(clear)
        toggle = a("toggle", self.tr("&Tick or clear"), lambda: self.grid.toggle_selection(),
                   "Space")
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(toggle)
        weeks = a("weeks", self.tr("Minggu ke / &note..."), grid("set_weeks"), "Ctrl+M")
        edit.addAction(weeks)
        edit.addSeparator()
        ins = a("insert_kegiatan", self.tr("Insert &kegiatan"), grid("insert_kegiatan"), "Ins")
        ins.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(ins)
        edit.addAction(a("insert_indikator", self.tr("Insert &indikator"),
                         grid("insert_indikator"), "Ctrl+Ins"))
        edit.addAction(a("insert_sasaran", self.tr("Insert &sasaran"), grid("insert_sasaran"),
                         "Ctrl+Shift+Ins"))
        edit.addAction(a("delete_rows", self.tr("&Delete row"), grid("delete_rows"), "Ctrl+Del"))
        edit.addAction(a("move_up", self.tr("Move &up"), lambda: self.plan_actions.move(-1),
                         "Alt+Up"))
        edit.addAction(a("move_down", self.tr("Move do&wn"), lambda: self.plan_actions.move(1),
                         "Alt+Down"))

        plan = self.menuBar().addMenu(self.tr("&Plan"))
        plan.addAction(a("new_plan", self.tr("&New plan..."), tree("new_plan")))
        plan.addAction(a("plan_properties", self.tr("Plan &properties..."),
                         grid("edit_properties"), "Ctrl+Shift+P"))
        plan.addAction(a("quarterly", self.tr("Schedule by &quarter (T1..T4)"),
                         self._toggle_quarterly, checkable=True))
        plan.addAction(a("copy_next_year", self.tr("Copy to &next year"),
                         tree("copy_to_next_year")))
        plan.addAction(a("make_rak", self.tr("Make R&AK from PK"), lambda: self.pk.make_rak()))
        plan.addAction(a("make_pk", self.tr("Make P&K from RAK"), lambda: self.pk.make_pk()))
        plan.addAction(a("pk_differences", self.tr("RAK and PK &differences..."),
                         lambda: self.pk.open_disagreements()))
        plan.addSeparator()
        plan.addAction(a("finalize", self.tr("&Finalise..."), self.finalize_plan))
        plan.addAction(a("next_revision", self.tr("Start the next re&vision"),
                         self.start_next_revision))
        plan.addAction(a("revisions", self.tr("Re&visions..."), self.show_revisions))
        plan.addSeparator()
        plan.addAction(a("rename", self.tr("&Rename..."), tree("rename_current"), "F2"))
        self.actions_by_name["rename"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        plan.addAction(a("delete_item", self.tr("&Delete plan or satker..."),
                         tree("delete_current")))

        satker = self.menuBar().addMenu(self.tr("&Satker"))
        satker.addAction(a("new_satker", self.tr("&New satker..."), tree("new_satker")))
        satker.addAction(a("edit_satker", self.tr("&Edit satker..."), tree("edit_satker")))
        satker.addAction(a("sub_units", self.tr("&Sub-units (pelaksana)..."),
                           tree("edit_sub_units")))
        satker.addAction(a("officials", self.tr("&Officials..."), tree("edit_officials")))
        decree_actions.add_actions(self, satker)  # staff register, new SK, Word export

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        settings = self.menuBar().addMenu(self.tr("Se&ttings"))
        language = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in i18n.LANGUAGES.items():
            action = a(f"language_{code}", label, lambda _=False, c=code: self._set_language(c),
                       checkable=True)
            action.setChecked(code == i18n.current_language())
            group.addAction(action)
            language.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a("about", self.tr("&About rakdesk"), self.about))

        self.toolbar = toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # The toolbar's labels never change (the menu says what Undo undoes), so
        # the toolbar keeps its width and nothing falls into its overflow menu.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        for name in TOOLBAR:
            toolbar.addAction(self.actions_by_name[name])

    def _connect_document_actions(self) -> None:
        stack = self.doc.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        if getattr(self, "_actions_later", None) is None:
            self._actions_later = QTimer(self, singleShot=True, interval=0)
            self._actions_later.timeout.connect(self._catch_up)
        stack.indexChanged.connect(self._after_step)
        for tree_action in TREE_ACTIONS:
            self.tree.addAction(self.actions_by_name[tree_action])
        decree_actions.add_tree_actions(self)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _after_tick(self) -> bool:
        """Whether the last step was a tick. A tick changes nothing the actions
        depend on (the plan, its status, its rows, a PK's budget): after one
        they, and the Undo and Redo labels, follow in the next turn of the
        event loop, so the keystroke returns once the tick is on disk."""
        changes = self.doc.last_changes
        if changes is not None and changes.schedule_only:
            self._actions_later.start()
            return True
        return False

    def _after_step(self, *_) -> None:
        """An edit, undo or redo: the actions follow it."""
        if not self._after_tick():
            self._update_actions()

    def _catch_up(self) -> None:
        stack = self.doc.undo_stack
        self._set_undo_text(stack.undoText())
        self._set_redo_text(stack.redoText())
        self._update_actions()

    def _undo_text(self, text: str) -> None:
        if not self._after_tick():
            self._set_undo_text(text)

    def _redo_text(self, text: str) -> None:
        if not self._after_tick():
            self._set_redo_text(text)

    def _set_undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {0}").format(text).strip())
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))

    def _set_redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {0}").format(text).strip())
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))

    def _update_actions(self) -> None:
        plan = self.model.plan if self.doc else None
        writable = self.doc is not None and not self.doc.readonly
        editable = writable and plan is not None and plan.status != "final"
        for name in EDIT_ACTIONS:
            self.actions_by_name[name].setEnabled(editable)
        for name in PLAN_ACTIONS:
            self.actions_by_name[name].setEnabled(plan is not None)
        final = plan is not None and plan.status == "final"
        self.actions_by_name["finalize"].setEnabled(writable and plan is not None and not final)
        self.actions_by_name["next_revision"].setEnabled(writable and final)
        self.actions_by_name["revisions"].setEnabled(plan is not None and bool(plan.revisions))
        if final:
            self._final_message = self.tr(
                "This plan is final ({0}); start the next revision to change it.").format(
                own[-1].code if (own := plan_revisions(plan)) else "")
            self.statusBar().showMessage(self._final_message)
        elif self.statusBar().currentMessage() == getattr(self, "_final_message", None):
            self.statusBar().clearMessage()
        for name in WRITE_ACTIONS:
            self.actions_by_name[name].setEnabled(writable)
        quarterly = self.actions_by_name["quarterly"]
        quarterly.blockSignals(True)
        kind = plan.kind if plan is not None else None
        quarterly.setChecked(kind == "RAK" and plan.granularity == "quarterly")
        quarterly.setEnabled(editable and kind == "RAK")
        quarterly.blockSignals(False)
        # An IKU or a PK has no kegiatan and no weeks: Insert adds an indikator row there.
        self.actions_by_name["insert_kegiatan"].setText(
            self.tr("Insert &row") if kind in ("IKU", "PK") else self.tr("Insert &kegiatan"))
        self.actions_by_name["weeks"].setEnabled(editable and kind in ("RAK", None))
        self.actions_by_name["make_rak"].setEnabled(writable and kind == "PK")
        self.actions_by_name["make_pk"].setEnabled(writable and kind == "RAK")
        self.actions_by_name["pk_differences"].setEnabled(kind in ("RAK", "PK"))
        if self.doc is not None:
            self.area.show_state(self, plan, editable)
            self.pk.show_plan(plan, editable)
        decree_view.update_actions(self, plan)

    def _toggle_quarterly(self, checked: bool) -> None:
        self.plan_actions.set_granularity("quarterly" if checked else "monthly")
        self._update_actions()

    def _grid_menu(self, pos) -> None:
        self.grid_menu(pos).exec(self.grid.viewport().mapToGlobal(pos))

    def grid_menu(self, pos):
        """The grid's context menu at ``pos``: cell actions on schedule cells."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        index = self.grid.indexAt(pos)
        if index.isValid() and self.model.column_at(index.column()).is_period:
            menu.addActions([self.actions_by_name[n] for n in ("toggle", "weeks", "clear_cells")])
            menu.addSeparator()
        menu.addActions([self.actions_by_name[n] for n in (
            "insert_kegiatan", "insert_indikator", "insert_sasaran", "delete_rows")])
        menu.addSeparator()
        menu.addActions([self.actions_by_name[n] for n in ("cut", "copy", "paste")])
        return menu
