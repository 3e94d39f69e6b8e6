"""The Perjanjian Kinerja in the window: a bar above the grid when a RAK and its
PK disagree (with a list to make them equal), the budget panel under a PK's
grid, the Plan menu's "Buat RAK dari PK" / "Buat PK dari RAK", the question
before finalising either side while they disagree, and the PK Perubahan (the
next revision of a final PK, with its reason)."""

from __future__ import annotations

from textwrap import shorten

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from rakdesk.core import performance
from rakdesk.core import pk as core
from rakdesk.core.model import Plan
from rakdesk.ui import commands as cmd
from rakdesk.ui.budget_panel import BudgetPanel

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


def describe_other(plan: Plan, other: Plan) -> str:
    return f"{other.kind} {other.year}"


class DisagreementBar(QFrame):
    """"RAK 2024 berbeda dengan PK 2024 di 3 hal. [Lihat dan samakan...]": a bar,
    not a question; the grid keeps the keyboard."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("disagreementBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#disagreementBar { background: #fde7e9; border: 1px solid #e8a0a8; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName("disagreementText")
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(120)
        self.button = QPushButton(self.tr("Show and make equal..."), self)
        self.button.setObjectName("disagreementButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoDefault(False)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_items(self, plan: Plan | None, other: Plan | None, items: list) -> None:
        if plan is None or other is None or not items:
            self.hide()
            return
        self.label.setText(self.tr("{0} {1} differs from its {2} in {3} places: {4}").format(
            plan.kind, plan.year, describe_other(plan, other), len(items), items[0].message))
        self.show()


class DisagreementDialog(QDialog):
    """Every difference, each with a box; copy the ticked ones from the PK to the
    RAK or the other way (one undo step)."""

    def __init__(self, rak: Plan, pk: Plan, items: list, parent=None):
        super().__init__(parent)
        self.setObjectName("disagreementDialog")
        self.setWindowTitle(self.tr("RAK {0} and PK {1}").format(rak.year, pk.year))
        self.direction: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Where the RAK and its PK differ. Tick what to make "
                                        "equal, then choose which side is right."), self))
        self.list = QListWidget(self)
        self.list.setObjectName("disagreementList")
        for n, item in enumerate(items):
            row = QListWidgetItem(item.message)
            row.setData(Qt.ItemDataRole.UserRole, n)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.to_rak = buttons.addButton(self.tr("PK is right: copy to the RAK"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.to_pk = buttons.addButton(self.tr("RAK is right: copy to the PK"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.to_rak.setObjectName("copyToRak")
        self.to_pk.setObjectName("copyToPk")
        self.to_rak.setEnabled(rak.status != "final")
        self.to_pk.setEnabled(pk.status != "final")
        self.to_rak.clicked.connect(lambda: self._choose("rak"))
        self.to_pk.clicked.connect(lambda: self._choose("pk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _choose(self, direction: str) -> None:
        self.direction = direction
        self.accept()

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class PkControls(QObject):
    """Installed once on the window's plan area; follows the open workspace."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        area = window.area
        self.bar = DisagreementBar(area)
        self.budget = BudgetPanel(area)
        area.add_top_bar(self.bar)
        area.add_bottom(self.budget)
        self.bar.button.clicked.connect(self.open_disagreements)
        self._cache: tuple | None = None  # (plan id, document) -> (other, items)
        self._items: tuple = (None, [])

    def set_doc(self, doc) -> None:
        self.budget.set_doc(doc)
        self._cache = None
        doc.sig_changed.connect(self._forget)

    def _forget(self, changes=None) -> None:
        # Schedule cells are not among what a RAK and its PK are compared on:
        # a tick keeps the differences (and spares every keystroke a query).
        if changes is None or not changes.schedule_only:
            self._cache = None

    def differences(self, plan: Plan | None) -> tuple[Plan | None, list]:
        """The linked RAK or PK of ``plan`` and where they differ, read again
        only after an edit that can change them (the bar is refreshed on every
        cursor move and every edit)."""
        doc = self.window.doc
        if plan is None or plan.kind not in ("RAK", "PK"):
            return None, []
        key = (plan.id, id(doc))
        if self._cache != key:
            try:
                self._items = core.plan_disagreements(doc.session, plan)
            except Exception:  # a plan whose rows could not be read: no bar, no crash
                self._items = (None, [])
            self._cache = key
        return self._items

    def show_plan(self, plan: Plan | None, editable: bool) -> None:
        other, items = self.differences(plan)
        self.bar.show_items(plan, other, items)
        doc = self.window.doc
        self.budget.show_plan(plan, editable, doc is not None and not doc.readonly)

    # ------------------------------------------------------------ actions

    def pair(self) -> tuple[Plan | None, Plan | None, list]:
        plan = self.window.model.plan
        other, items = self.differences(plan)
        if plan is None or other is None:
            return None, None, []
        return (plan, other, items) if plan.kind == "RAK" else (other, plan, items)

    def open_disagreements(self) -> None:
        rak, pk, items = self.pair()
        if rak is None:
            QMessageBox.information(self.window, "rakdesk", self.tr(
                "This plan has no linked RAK or PK of the same year."))
            return
        if not items:
            QMessageBox.information(self.window, "rakdesk", self.tr(
                "RAK {0} and PK {1} agree.").format(rak.year, pk.year))
            return
        dialog = DisagreementDialog(rak, pk, items, self.window)
        if not dialog.exec() or dialog.direction is None:
            return
        chosen, direction, rak_id, pk_id = dialog.chosen(), dialog.direction, rak.id, pk.id

        def run(session):
            r, p = session.get(Plan, rak_id), session.get(Plan, pk_id)
            found = core.disagreements(r, p)
            for n in chosen:
                if n < len(found):
                    core.make_equal(session, r, p, found[n], to=direction)
            return None

        text = self.tr("Make RAK and PK equal")
        self.window.doc.push(cmd.MergeCommand(self.window.doc, text, run))

    def make_rak(self) -> None:
        plan = self.window.model.plan
        if plan is None or plan.kind != "PK":
            QMessageBox.information(self.window, "rakdesk", self.tr("Choose a PK first."))
            return
        self._make(plan.id, core.rak_from_pk, self.tr("Make RAK from PK"))

    def make_pk(self) -> None:
        plan = self.window.model.plan
        if plan is None or plan.kind != "RAK":
            QMessageBox.information(self.window, "rakdesk", self.tr("Choose a RAK first."))
            return
        self._make(plan.id, core.pk_from_rak, self.tr("Make PK from RAK"))

    def _make(self, plan_id: str, make, text: str) -> None:
        made: list[str] = []

        def run(session):
            new = make(session, session.get(Plan, plan_id))  # its id is set when made
            made.append(new.id)

        if self.window.doc.push(cmd.MergeCommand(self.window.doc, text, run)) and made:
            self.window.tree.select(made[0])

    def confirm_finalize(self, plan: Plan) -> bool:
        """Finalising a RAK or PK that disagrees with the other asks first."""
        session = self.window.doc.session
        other, items = core.plan_disagreements(session, plan)
        changed = performance.changed_with_realisasi(session, plan)
        if not items and not changed:
            return True
        parts = []
        if changed:  # a PK Perubahan (or RAK revision) moving a target already measured
            listed = "\n".join(f"• {shorten(i.text, 60, placeholder='…')}: {then or '-'} → "
                               f"{now or '-'}"
                               for i, then, now in changed[:8])
            parts.append(self.tr("These targets already have realisasi and were changed "
                                 "(the monitoring report marks them):\n{0}").format(listed))
        if items:
            shown = "\n".join(f"• {d.message}" for d in items[:8])
            more = self.tr("\n… and {0} more").format(len(items) - 8) if len(items) > 8 else ""
            parts.append(self.tr("{0} {1} differs from {2} {3}:\n\n{4}{5}").format(
                plan.kind, plan.year, other.kind, other.year, shown, more))
        answer = QMessageBox.question(self.window, self.tr("Finalise"), "\n\n".join(
            parts + [self.tr("Finalise anyway?")]))
        return answer == QMessageBox.StandardButton.Yes

    def amend(self, plan: Plan) -> bool:
        """The next revision of a final PK is a PK Perubahan: ask its reason."""
        reason, ok = QInputDialog.getItem(
            self.window, self.tr("PK Perubahan"),
            self.tr("Why is the PK changed? (printed under the title)"),
            list(core.AMENDMENT_REASONS), 0, True)
        reason = " ".join(reason.split())
        if not ok or not reason:
            return False
        from rakdesk.core.revisions import next_number

        number = next_number(plan)
        return self.window.doc.push(cmd.SetAttributesCommand(
            self.window.doc, self.tr("Start PK Perubahan (revision {0})").format(number), Plan,
            plan.id, {"status": "draft", "amendment_reason": reason}, plan_id=plan.id))
