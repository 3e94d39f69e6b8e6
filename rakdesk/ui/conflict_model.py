"""The conflicts of a merge as one table model: what, plan, here, there, and
the choice. Ten thousand conflicts are ten thousand rows of a model, not ten
thousand widgets; the view asks only for the rows on screen, and a choice is
edited in one combo box that exists while it is open.

Conflicts are grouped by plan and by what they concern (kegiatan text,
schedule, pelaksana, revision...); the dialog shows one group or all, and
"all mine"/"all theirs" answer the shown ones at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from rakdesk.core.merge import BOTH, MINE, THEIRS, Conflict
from rakdesk.core.merge.wording import noun

WHAT, PLAN, HERE, THERE, KEEP = range(5)
OPTIONS_ROLE = Qt.ItemDataRole.UserRole + 1  # the choices a conflict offers
ALL = None  # the group of every conflict

_Index = QModelIndex | QPersistentModelIndex


def group_of(conflict: Conflict) -> tuple[str, str]:
    """(plan, what it concerns): "RAK 2024 …", "Jadwal"."""
    kind = conflict.key.partition(":")[0]
    return conflict.where, noun(kind)


class ConflictModel(QAbstractTableModel):
    def __init__(self, headers: list[str], labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.headers, self.labels = headers, labels
        self.conflicts: list[Conflict] = []
        self.choices: dict[str, str] = {}  # conflict key -> mine/theirs/both, kept on replan
        self.group: tuple[str, str] | None = ALL
        self.shown: list[int] = []  # indices into conflicts of the shown group

    # filling
    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """A new plan's conflicts; a choice already made for the same conflict stays."""
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.choices = {c.key: self.choices.get(c.key, MINE) for c in self.conflicts}
        for c in self.conflicts:
            if self.choices[c.key] not in c.options:
                self.choices[c.key] = c.options[0]
        if self.group is not ALL and self.group not in {group_of(c) for c in self.conflicts}:
            self.group = ALL
        self._filter()
        self.endResetModel()

    def groups(self) -> list[tuple[tuple[str, str], int]]:
        """Each group with its number of conflicts, in the order they first come."""
        counts: dict[tuple[str, str], int] = {}
        for c in self.conflicts:
            key = group_of(c)
            counts[key] = counts.get(key, 0) + 1
        return list(counts.items())

    def show_group(self, group: tuple[str, str] | None) -> None:
        self.beginResetModel()
        self.group = group
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self.shown = [i for i, c in enumerate(self.conflicts)
                      if self.group is ALL or group_of(c) == self.group]

    # answers
    def choose_shown(self, choice: str) -> None:
        """Answer every shown conflict that offers ``choice``. Taking theirs
        where only both can be kept (another paper under a revision number
        this file has: a signed revision stays) keeps both, as the CLI does."""
        for i in self.shown:
            conflict = self.conflicts[i]
            if choice in conflict.options:
                self.choices[conflict.key] = choice
            elif choice == THEIRS and BOTH in conflict.options:
                self.choices[conflict.key] = BOTH
        if self.shown:
            self.dataChanged.emit(self.index(0, KEEP), self.index(len(self.shown) - 1, KEEP),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def resolutions(self) -> dict[str, str]:
        return dict(self.choices)

    def conflict(self, row: int) -> Conflict:
        return self.conflicts[self.shown[row]]

    # the model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        conflict = self.conflict(index.row())
        column = index.column()
        if column == KEEP:
            choice = self.choices[conflict.key]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.labels[choice]
            if role == Qt.ItemDataRole.EditRole:
                return choice
            if role == OPTIONS_ROLE:
                return list(conflict.options)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (conflict.what, conflict.where, conflict.mine, conflict.theirs)[column]
        return None

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != KEEP or role != Qt.ItemDataRole.EditRole:
            return False
        conflict = self.conflict(index.row())
        if value not in conflict.options:
            return False
        self.choices[conflict.key] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == KEEP:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class ChoiceDelegate(QStyledItemDelegate):
    """The choice column: a combo box of the conflict's options while editing."""

    def __init__(self, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for choice in index.data(OPTIONS_ROLE) or ():
            combo.addItem(self.labels[choice], choice)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
