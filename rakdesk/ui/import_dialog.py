"""The preview of an Excel import: what was found, where it will go, and what
could not be read exactly. Nothing is written until the user presses OK."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem

from rakdesk.ui.generated.ui_import_dialog import Ui_ImportDialog
from rakdesk.xlsx import ImportedPlan

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(self, imported: ImportedPlan, source: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.imported = imported
        ui = self.ui
        c = imported.counts()
        gran = self.tr("monthly") if imported.granularity == "monthly" else self.tr("quarterly")
        ui.summary.setText(self.tr(
            "<b>{0}</b>, sheet {1}: {2} {3}, {4} sasaran, {5} indikator, {6} kegiatan.").format(
            source, imported.sheet, imported.kind, gran, c["sasaran"], c["indikator"],
            c["kegiatan"]))
        ui.satkerName.setText(imported.satker_name)
        ui.year.setValue(imported.year or 2025)
        headers = ["SASARAN", "INDIKATOR", "TARGET", "KEGIATAN", self.tr("Schedule"),
                   "PELAKSANA"]
        ui.rows.setColumnCount(len(headers))
        ui.rows.setHorizontalHeaderLabels(headers)
        rows = []
        for s in imported.sasaran:
            for i in s["indikator"]:
                for k in i["kegiatan"] or [{"text": "", "schedule": "", "pelaksana": []}]:
                    rows.append([s["text"], i["text"], i["target"], k["text"],
                                 k["schedule"].replace("v", "✓").replace("-", "·"),
                                 "; ".join(k["pelaksana"])])
        ui.rows.setRowCount(min(len(rows), PREVIEW_ROWS))
        for r, values in enumerate(rows[:PREVIEW_ROWS]):
            for col, value in enumerate(values):
                ui.rows.setItem(r, col, QTableWidgetItem(value))
        ui.rows.resizeColumnsToContents()
        for col in range(len(headers)):
            ui.rows.setColumnWidth(col, min(ui.rows.columnWidth(col), 260))
        for problem in imported.problems:
            ui.problems.addItem(str(problem))
        if not imported.problems:
            ui.problems.addItem(self.tr("(none)"))
        ui.satkerName.textChanged.connect(self._validate)
        self._validate()

    def _validate(self):
        ok = bool(self.ui.satkerName.text().strip())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> tuple[str, int]:
        return self.ui.satkerName.text().strip(), self.ui.year.value()
