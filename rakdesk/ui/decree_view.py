"""The SK (decree) view: shown in the centre instead of the plan grid when an
SK is chosen in the tree.

Number parts, TENTANG, Menetapkan and the lampiran's title in a form; the
lists (menimbang, mengingat, memperhatikan, diktum with its points,
tembusan, teams, members) each in a table edited with the plan grid's keys:
Insert adds a row below, Delete removes it, Alt+Up/Down moves it, Enter or
F2 edits its text, and every edit is one undoable command. Members are
picked from the satker's staff register with completion."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core import decree as sk
from rakdesk.core.model import (
    Decree,
    DecreeItem,
    DecreeMember,
    DecreePoint,
    DecreeTeam,
    Plan,
)
from rakdesk.ui import commands as cmd

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)
ROW_ROLE = Qt.ItemDataRole.UserRole + 7


class DecreeAttributes(cmd.DocumentCommand):
    """Change fields of the decree or one of its rows (refused on a final SK)."""

    def __init__(self, doc, text: str, cls, row_id: str, values: dict, plan_id=None):
        super().__init__(doc, text, plan_id)
        self.cls, self.row_id, self.new, self.old = cls, row_id, values, {}

    def do(self, session):
        changes = sk.set_fields(session, self.cls, self.row_id, self.new)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return sk.set_fields(session, self.cls, self.row_id, self.old)


class DecreeDelete(cmd.DeleteCommand):
    """Delete decree rows (refused on a final SK); undone as any deletion."""

    def do(self, session):
        changes = sk.delete_rows(session, self.targets)
        self.dumps = changes.undo
        return changes


class DecreeMove(cmd.DocumentCommand):
    def __init__(self, doc, plan_id, cls, row_id: str, delta: int):
        super().__init__(doc, translate("DecreeView", "Move row"), plan_id)
        self.cls, self.row_id, self.delta = cls, row_id, delta

    def do(self, session):
        return sk.move_row(session, self.cls, self.row_id, self.delta)

    def undo_(self, session):
        return sk.move_row(session, self.cls, self.row_id, -self.delta)


class ListTable(QTableWidget):
    """One list of the decree: a label column (a., 1., KESATU) and text
    columns. Insert / Delete / Alt+Up / Alt+Down are reported as signals."""

    sig_insert = Signal(int)  # index of the new row
    sig_delete = Signal(object)  # the row object
    sig_move = Signal(object, int)
    sig_edit = Signal(object, str, str)  # row, field, text

    def __init__(self, headers: list[str], fields: list[str], parent=None, wrap: bool = True):
        super().__init__(0, len(headers), parent)
        self.fields = fields  # per column; "" = not editable
        self.wrap = wrap  # long texts: rows as tall as their text
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch
                                        if col == len(headers) - 1 or len(headers) > 3 and col
                                        else QHeaderView.ResizeMode.ResizeToContents)
        if wrap:  # rows follow their text as the column's width changes
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows: list = []
        self._filling = False
        self.itemChanged.connect(self._changed)

    def fill(self, rows: list, cells) -> None:
        """``rows`` objects, ``cells(row, n)`` -> one text per column."""
        current = self.currentRow()
        self._filling = True
        self.setRowCount(len(rows))
        self.rows = list(rows)
        for r, row in enumerate(rows):
            for c, text in enumerate(cells(row, r + 1)):
                item = QTableWidgetItem(text)
                flags = item.flags()
                if not self.fields[c]:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                self.setItem(r, c, item)
        self._filling = False
        if rows:
            self.setCurrentCell(min(max(current, 0), len(rows) - 1), len(self.fields) - 1)

    def current(self):
        r = self.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not self.fields[item.column()]:
            return
        row = self.rows[item.row()]
        self.sig_edit.emit(row, self.fields[item.column()], item.text())

    def event(self, event):
        # The window's grid actions own Insert, Delete and Alt+Up/Down as
        # shortcuts; in this list the keys are the list's own.
        if event.type() == QEvent.Type.ShortcutOverride and \
                self.state() != QAbstractItemView.State.EditingState and (
                event.key() in (Qt.Key.Key_Insert, Qt.Key.Key_Delete) or (
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.sig_insert.emit(self.currentRow() + 1 if self.rows else 0)
                return
            if event.key() == Qt.Key.Key_Delete and self.current() is not None:
                self.sig_delete.emit(self.current())
                return
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.current():
                self.sig_move.emit(self.current(), -1 if event.key() == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


class StaffDelegate(QStyledItemDelegate):
    """The NAMA cell of a member: a line with completion from the staff register."""

    def __init__(self, labels, parent=None):
        super().__init__(parent)
        self.labels = labels  # () -> list of "name — jabatan"

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = QCompleter(self.labels(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class DecreeView(QWidget):
    sig_status = Signal(str)
    sig_properties = Signal()  # the plan's properties: place, date, issuer

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.setObjectName("decreeView")
        self.doc = doc
        self.plan_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        number = QHBoxLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, tip in (("number_sequence", self.tr("Sequence")),
                          ("number_classification", self.tr("Classification code")),
                          ("number_satker_code", self.tr("Satker code")),
                          ("number_unit", self.tr("Unit"))):
            edit = self._line(name, tip)
            number.addWidget(edit, 2 if name == "number_classification" else 1)
            number.addWidget(QLabel("/"))
        self.number_tail = QLabel(self)
        self.number_tail.setObjectName("decreeNumberTail")
        number.addWidget(self.number_tail)
        form.addRow(self.tr("Number"), number)
        form.addRow(self.tr("Number as typed"), self._line(
            "number_typed", self.tr("Leave empty to build the number from its parts")))
        form.addRow(self.tr("About (TENTANG)"), self._line("about"))
        form.addRow(self.tr("Issuer"), self._line("issuer_title"))
        form.addRow(self.tr("Menetapkan"), self._line("menetapkan"))
        layout.addLayout(form)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("decreeTabs")
        self.lists: dict[str, ListTable] = {}
        titles = {"menimbang": self.tr("Menimbang"), "mengingat": self.tr("Mengingat"),
                  "memperhatikan": self.tr("Memperhatikan"), "tembusan": self.tr("Tembusan")}
        for section in ("menimbang", "mengingat", "memperhatikan"):
            self.tabs.addTab(self._section_table(section), titles[section])
        diktum = QSplitter(Qt.Orientation.Vertical, self)
        diktum.addWidget(self._section_table("diktum"))
        self.points = ListTable(["No.", self.tr("Numbered points of the chosen diktum")],
                                ["", "text"], self)
        self.points.setObjectName("decreePoints")
        self._wire(self.points, DecreePoint, self._insert_point)
        diktum.addWidget(self.points)
        self.lists["diktum"].itemSelectionChanged.connect(self._fill_points)
        self.tabs.addTab(diktum, self.tr("Diktum"))
        self.tabs.addTab(self._section_table("tembusan"), titles["tembusan"])
        self.tabs.addTab(self._teams_tab(), self.tr("Teams and members"))
        self.tabs.addTab(self._signing_tab(), self.tr("Signing, copy and lampiran"))
        layout.addWidget(self.tabs, 1)
        doc.sig_changed.connect(self._on_changed)

    # ------------------------------------------------------------ building

    def _line(self, field: str, tip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"decree_{field}")
        edit.setPlaceholderText(tip)
        edit.editingFinished.connect(
            lambda e=edit, f=field: self._set(Decree, self._decree_id(), f, e.text()))
        self.fields[field] = edit
        return edit

    def _signing_tab(self) -> QWidget:
        """Where and when the decree is set and by whom (the plan's properties),
        the certified copy, and the lampiran's own heading lines."""
        page = QWidget(self)
        form = QFormLayout(page)
        signing = QHBoxLayout()
        self.signing = QLabel(page)
        self.signing.setObjectName("decreeSigning")
        self.signing.setWordWrap(True)
        signing.addWidget(self.signing, 1)
        change = QPushButton(self.tr("Change place, date and issuer..."), page)
        change.setObjectName("decreeSigningChange")
        change.clicked.connect(self.sig_properties)
        signing.addWidget(change)
        form.addRow(self.tr("Set"), signing)
        self.copy_certified = QCheckBox(self.tr("Print “Salinan sesuai dengan aslinya”"), page)
        self.copy_certified.toggled.connect(
            lambda on: self._set(Decree, self._decree_id(), "copy_certified", on))
        form.addRow(self.tr("Certified copy"), self.copy_certified)
        self.copy_office = QPlainTextEdit(page)
        self.copy_office.setObjectName("decree_copy_office")
        self.copy_office.setPlaceholderText(self.tr("The office, one line per printed line"))
        self.copy_office.setTabChangesFocus(True)
        self.copy_office.setFixedHeight(self.copy_office.fontMetrics().lineSpacing() * 4 + 12)
        self.copy_office.focusOutEvent = self._copy_office_left
        form.addRow(self.tr("Copy: office"), self.copy_office)
        form.addRow(self.tr("Copy: title"), self._line("copy_title", self.tr("Sekretaris")))
        self.copy_person = QLineEdit(page)
        self.copy_person.setObjectName("decree_copy_person")
        self.copy_person.setPlaceholderText(self.tr(
            "A person of the staff register, or a name typed as printed"))
        self.copy_staff = QStringListModel(self)
        completer = QCompleter(self.copy_staff, self.copy_person)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.copy_person.setCompleter(completer)
        self.copy_person.editingFinished.connect(
            lambda: self._set_copy_person(self.copy_person.text()))
        form.addRow(self.tr("Copy: signed by"), self.copy_person)
        form.addRow(self.tr("Lampiran title"), self._line("lampiran_title"))
        form.addRow(self.tr("Lampiran: KEPUTUSAN line"), self._line(
            "lampiran_decree", self.tr("Empty: KEPUTUSAN and the issuer")))
        form.addRow(self.tr("Lampiran: TENTANG"), self._line(
            "lampiran_about", self.tr("Empty: the decree's TENTANG")))
        return page

    def _section_table(self, section: str) -> ListTable:
        table = ListTable(["No.", self.tr("Text")], ["", "text"], self)
        table.setObjectName(f"decree_{section}")
        self.lists[section] = table
        self._wire(table, DecreeItem, lambda index, s=section: self._insert_item(s, index))
        return table

    def _teams_tab(self) -> QWidget:
        box = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, box)
        self.teams = ListTable(["No.", self.tr("Team heading (empty: none printed)")],
                               ["", "heading"], top, wrap=False)
        self.teams.setObjectName("decreeTeams")
        self._wire(self.teams, DecreeTeam, self._insert_team)
        self.teams.itemSelectionChanged.connect(self._fill_team)
        self.tasks = QPlainTextEdit(top)
        self.tasks.setObjectName("decreeTasks")
        self.tasks.setPlaceholderText(self.tr("The team's tasks, one per line"))
        self.tasks.focusOutEvent = self._tasks_left
        top.addWidget(self.teams)
        top.addWidget(self.tasks)
        self.members = ListTable(["No.", self.tr("Name"), self.tr("Position (jabatan)"),
                                  self.tr("Role in the team")],
                                 ["", "official_id", "jabatan", "kedudukan"], box, wrap=False)
        self.members.setObjectName("decreeMembers")
        self.members.setItemDelegateForColumn(1, StaffDelegate(self._staff_labels, self))
        self._wire(self.members, DecreeMember, self._insert_member)
        box.addWidget(top)
        box.addWidget(self.members)
        box.setStretchFactor(1, 2)
        return box

    def _wire(self, table: ListTable, cls, insert) -> None:
        table.sig_insert.connect(insert)
        table.sig_delete.connect(lambda row, c=cls: self._delete(c, row))
        table.sig_move.connect(lambda row, delta, c=cls: self._push(
            DecreeMove(self.doc, self.plan_id, c, row.id, delta)))
        table.sig_edit.connect(lambda row, field, text, c=cls: self._edit(c, row, field, text))

    # ------------------------------------------------------------ showing

    def plan(self) -> Plan | None:
        return self.doc.session.get(Plan, self.plan_id) if self.plan_id else None

    def _decree_id(self) -> str | None:
        plan = self.plan()
        return plan.decree.id if plan is not None and plan.decree is not None else None

    def show_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def _on_changed(self, changes) -> None:
        """The SK shown reads its decree again when an operation names it, or
        the staff register (the workspace) changed."""
        if self.plan_id is not None and (changes.workspace or changes.touches(self.plan_id)):
            self.refresh()

    def refresh(self) -> None:
        plan = self.plan()
        if plan is None or plan.decree is None:
            return
        decree = plan.decree
        editable = plan.status != "final" and not self.doc.readonly
        for field, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(getattr(decree, field))
            edit.setReadOnly(not editable)
        self.number_tail.setText(sk.number_text(plan) or self.tr("(no number yet)"))
        self.copy_certified.blockSignals(True)
        self.copy_certified.setChecked(decree.copy_certified)
        self.copy_certified.setEnabled(editable)
        self.copy_certified.blockSignals(False)
        if not self.copy_office.hasFocus():
            self.copy_office.setPlainText(decree.copy_office)
        self.copy_office.setReadOnly(not editable)
        if not self.copy_person.hasFocus():
            self.copy_person.setText(decree.copy_official.name if decree.copy_official
                                     else decree.copy_name)
        self.copy_person.setReadOnly(not editable)
        self.copy_staff.setStringList(self._staff_labels())  # (the completer stays: it
        # may be the one whose choice led here)
        issuer = plan.signatory.name if plan.signatory is not None else self.tr("(no issuer)")
        self.signing.setText(", ".join(p for p in (
            plan.sign_place, sk.date_text(plan.sign_date) or self.tr("(no date)")) if p)
            + f" — {decree.issuer_title}: {issuer}")
        for section, table in self.lists.items():
            table.fill(sk.items(decree, section),
                       lambda item, n, s=section: [sk.label(s, n), item.text])
        self.teams.fill(decree.teams, lambda team, n: [str(n), team.heading])
        self._fill_points()
        self._fill_team()
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed) if editable else \
            QAbstractItemView.EditTrigger.NoEditTriggers
        for table in (*self.lists.values(), self.points, self.teams, self.members):
            table.setEditTriggers(triggers)
        self.tasks.setReadOnly(not editable)

    def _fill_points(self) -> None:
        item = self.lists["diktum"].current()
        self.points.fill(item.points if item is not None else [],
                         lambda point, n: [f"{n}.", point.text])

    def _fill_team(self) -> None:
        team = self.teams.current()
        if not self.tasks.hasFocus():
            self.tasks.setPlainText(team.tasks if team is not None else "")
        numbers = {m.id: n for n, _, m in sk.members(self.plan().decree)} if self.plan() else {}
        self.members.fill(team.members if team is not None else [],
                          lambda m, n: [f"{numbers.get(m.id, n)}.", m.name, m.printed_jabatan,
                                        m.kedudukan])

    def _staff_labels(self) -> list[str]:
        plan = self.plan()
        return [sk.staff_label(o) for o in plan.satker.officials] if plan else []

    # ------------------------------------------------------------ editing

    def _push(self, command) -> bool:
        return self.doc.push(command)

    def _set(self, cls, row_id: str | None, field: str, value) -> None:
        row = self.doc.session.get(cls, row_id) if row_id else None
        if row is None or getattr(row, field) == value:
            return
        self._push(DecreeAttributes(self.doc, self.tr("Edit decree"), cls, row_id,
                                    {field: value}, self.plan_id))

    def _edit(self, cls, row, field: str, text: str) -> None:
        if field == "official_id":
            official = sk.find_staff(self.plan().satker, text)
            if official is None:
                self.sig_status.emit(self.tr(
                    "“{0}” is not in the staff register; add the person there first.").format(
                    text))
                self.refresh()
                return
            self._set(cls, row.id, "official_id", official.id)
            return
        if field == "jabatan" and row.official is not None and text == row.official.title:
            text = ""
        self._set(cls, row.id, field, text)

    def _copy_office_left(self, event) -> None:
        QPlainTextEdit.focusOutEvent(self.copy_office, event)
        self._set(Decree, self._decree_id(), "copy_office", self.copy_office.toPlainText())

    def _set_copy_person(self, text: str) -> None:
        """The certified copy's signer: a person of the staff register when
        the text names one (as the completer lists them), else the name typed."""
        plan = self.plan()
        if plan is None or plan.decree is None:
            return
        official = sk.find_staff(plan.satker, text) if text.strip() else None
        values = {"copy_official_id": official.id, "copy_name": ""} if official else \
            {"copy_official_id": None, "copy_name": text.strip()}
        decree = plan.decree
        if all(getattr(decree, k) == v for k, v in values.items()):
            if official is not None:
                self.copy_person.setText(official.name)
            return
        self._push(DecreeAttributes(self.doc, self.tr("Edit decree"), Decree, decree.id,
                                    values, self.plan_id))

    def _tasks_left(self, event) -> None:
        QPlainTextEdit.focusOutEvent(self.tasks, event)
        team = self.teams.current()
        if team is not None:
            self._set(DecreeTeam, team.id, "tasks", self.tasks.toPlainText())

    def _delete(self, cls, row) -> None:
        self._push(DecreeDelete(self.doc, self.tr("Delete row"), self.plan_id, [(cls, row.id)]))

    def _create(self, text: str, operation, table: ListTable, index: int) -> None:
        """Push ``operation`` (a core function of the session) as one undoable insert."""
        if self.plan_id is None or self._decree_id() is None:
            return
        if self._push(cmd.CreateCommand(self.doc, text, self.plan_id, operation)):
            # once every view has caught up with the new row: then type into it
            QTimer.singleShot(0, lambda: self._edit_new(table, index))

    def _edit_new(self, table: ListTable, index: int) -> None:
        column = next(c for c, f in enumerate(table.fields) if f)
        if index < table.rowCount():
            table.setFocus()
            table.setCurrentCell(index, column)
            table.editItem(table.item(index, column))

    def _insert_item(self, section: str, index: int) -> None:
        self._create(self.tr("Insert row"), partial(sk.insert_item, decree_id=self._decree_id(),
                                                    section=section, index=index),
                     self.lists[section], index)

    def _insert_point(self, index: int) -> None:
        item = self.lists["diktum"].current()
        if item is not None:
            self._create(self.tr("Insert point"),
                         partial(sk.insert_point, item_id=item.id, index=index),
                         self.points, index)

    def _insert_team(self, index: int) -> None:
        self._create(self.tr("Insert team"),
                     partial(sk.insert_team, decree_id=self._decree_id(), index=index),
                     self.teams, index)

    def _insert_member(self, index: int) -> None:
        team = self.teams.current()
        if team is not None:
            self._create(self.tr("Insert member"),
                         partial(sk.insert_member, team_id=team.id, index=index),
                         self.members, index)


def install(window) -> DecreeView:
    """Put a decree view into the window's centre (hidden until an SK is shown)."""
    view = DecreeView(window.doc, window.area)
    view.sig_status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    view.sig_properties.connect(lambda: window.actions_by_name["plan_properties"].trigger())
    window.area.add_view(view)
    view.hide()
    return view


def show_in(window, plan_id: str | None) -> None:
    """The decree view for an SK, the grid for any other plan."""
    view = getattr(window, "decree_view", None)
    if view is None:
        return
    plan = window.doc.session.get(Plan, plan_id) if plan_id else None
    is_sk = plan is not None and plan.kind == "SK"
    # The grid's rincian panel has nothing to show for an SK: out of the way
    # while one is shown, back as it was after.
    panel = window.findChild(QDockWidget, "propertiesDock")
    was_sk = not view.isHidden()  # (isVisible is False until the window shows)
    if panel is not None and is_sk != was_sk:
        if is_sk:
            view.panel_was_visible = not panel.isHidden()
            panel.hide()
        elif getattr(view, "panel_was_visible", False):
            panel.show()
    window.grid.setVisible(not is_sk)
    view.setVisible(is_sk)
    view.show_plan(plan_id if is_sk else None)
    export = window.actions_by_name.get("export_docx")
    if export is not None:
        export.setEnabled(is_sk)


# The plan grid's own edits: nothing to do on an SK, whose grid is hidden.
GRID_ACTIONS = ("cut", "paste", "clear_cells", "toggle", "weeks", "insert_kegiatan",
                "insert_indikator", "insert_sasaran", "delete_rows", "move_up", "move_down",
                "quarterly", "export_xlsx")


def update_actions(window, plan) -> None:
    if plan is not None and plan.kind == "SK":
        for name in GRID_ACTIONS:
            if name in window.actions_by_name:
                window.actions_by_name[name].setEnabled(False)
