"""The centre of the window: the plan grid, with a bar above it when the plan
is final, and a hint with a button in the grid's empty space when there is
nothing to show yet (no satker, no plan, no rows)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class FinalBar(QFrame):
    """"This plan is final. [Start the next revision]": a bar, not a question,
    so that nothing typed into the grid can answer it."""

    sig_next_revision = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("finalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#finalBar { background: #fff4ce; border: 1px solid #e0c36a; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName("finalBarText")
        # Wrapping, and no minimum width of its own: a long line would otherwise
        # widen the centre of the window and squeeze the workspace tree.
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(120)
        self.button = QPushButton(self.tr("Start the next revision"), self)
        self.button.setObjectName("finalBarButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter and Space never press it
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.sig_next_revision)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_plan(self, plan, writable: bool) -> None:
        final = plan is not None and plan.status == "final"
        if final:
            from rakdesk.core.revisions import plan_revisions

            own = plan_revisions(plan)
            self.label.setText(self.tr(
                "This plan is final (revision {0}, {1}); it can no longer be changed.").format(
                len(own), own[-1].code if own else ""))
        self.button.setVisible(writable)
        self.setVisible(final)

    def flash(self) -> None:
        """Someone tried to change the final plan: point at the way to do it."""
        self.label.setText(self.tr(
            "This plan is final: to change it, start the next revision."))


class EmptyHint(QWidget):
    """What to do next, centred over the grid's empty space."""

    def __init__(self, grid, parent=None):
        super().__init__(parent or grid.viewport())
        self.setObjectName("emptyHint")
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.addStretch()
        self.label = QLabel(self)
        self.label.setObjectName("emptyHintText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyHintButton")
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self._slot = None
        self.button.clicked.connect(lambda: self._slot and self._slot())
        grid.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False

    def show_hint(self, text: str, button: str | None = None, slot=None) -> None:
        self.label.setText(text)
        self._slot = slot
        self.button.setVisible(bool(button))
        if button:
            self.button.setText(button)
        self.setGeometry(self.grid.viewport().rect())
        self.show()
        self.raise_()


class PlanArea(QWidget):
    """The central widget: it stays while workspaces come and go (so the docks
    around it keep their sizes); the grid inside it is replaced. Two tabs: the
    plan (its grid) and its monitoring through the year."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("planArea")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        page = QWidget(self.tabs)
        self.final_bar = FinalBar(page)
        self.final_bar.hide()
        self._layout = QVBoxLayout(page)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.final_bar)
        self._bars = 1  # bars above the grid
        self.tabs.addTab(page, translate("MainWindow", "Plan"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.grid = None
        self.hint = None
        self.monitoring = None

    def set_monitoring(self, view) -> None:
        """The Monitoring tab's view (one per open workspace)."""
        current = self.tabs.currentIndex()
        if self.monitoring is not None:
            self.tabs.removeTab(1)
            self.monitoring.deleteLater()
        self.monitoring = view
        self.tabs.addTab(view, translate("MainWindow", "Monitoring"))
        self.tabs.setCurrentIndex(current)

    def show_monitoring(self) -> None:
        if self.monitoring is not None:
            self.tabs.setCurrentWidget(self.monitoring)

    def add_top_bar(self, widget) -> None:
        """Another bar above the grid (the PK's disagreement bar)."""
        self._layout.insertWidget(self._bars, widget)
        self._bars += 1

    def add_view(self, widget) -> None:
        """Another view in the Plan tab in place of the grid (the SK's decree
        view): shown only while the Plan tab is."""
        self._layout.addWidget(widget, 1)

    def add_bottom(self, widget) -> None:
        """A panel under the grid (the PK's budget table)."""
        self._layout.addWidget(widget)

    def set_grid(self, grid) -> None:
        if self.grid is not None:
            self._layout.removeWidget(self.grid)
            self.grid.hide()
            self.grid.deleteLater()
        self.grid = grid
        grid.setParent(self._layout.parentWidget())  # the Plan tab's page
        self._layout.insertWidget(self._bars, grid, 1)
        grid.show()
        self.hint = EmptyHint(grid)

    def show_state(self, window, plan, editable: bool) -> None:
        """The final-plan bar, and what to do next when there is nothing to show."""
        from rakdesk.core import plans as ops

        writable = not window.doc.readonly
        self.final_bar.show_plan(plan, writable)
        hint, tree = self.hint, window.tree
        if plan is not None:
            if window.model.rows:
                hint.hide()
            elif editable:
                hint.show_hint(translate("MainWindow", "This plan is still empty."),
                               translate("MainWindow", "Add sasaran"),
                               window.plan_actions.insert_sasaran)
            else:
                hint.show_hint(translate("MainWindow", "This plan is empty."))
            return
        satker = tree._satker()  # the satker (or year) chosen in the tree
        if satker is None and not ops.all_satkers(window.doc.session):
            hint.show_hint(translate("MainWindow", "There is no satker yet."),
                           translate("MainWindow", "Add satker") if writable else None,
                           tree.new_satker)
        elif satker is not None and not satker.plans:
            hint.show_hint(translate("MainWindow", "{0} has no plan yet.").format(satker.name),
                           translate("MainWindow", "New plan") if writable else None,
                           tree.new_plan)
        else:
            hint.show_hint(translate("MainWindow", "Choose a plan in the list on the left."),
                           translate("MainWindow", "New plan") if writable and satker else None,
                           tree.new_plan)
