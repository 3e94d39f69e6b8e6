"""The preview of an Excel import: what was found, where it will go, and what
could not be read exactly. Nothing is written until the user presses OK."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem

from rakdesk.ui.generated.ui_import_dialog import Ui_ImportDialog
from rakdesk.xlsx import ImportedPlan

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(self, imported: ImportedPlan, source: str, parent=None,
                 taken: frozenset[tuple[str, int]] = frozenset()):
        """``taken``: the (satker name, year) that already have a plan of the
        imported kind (one PK per satker and year): OK waits for another."""
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.imported = imported
        self.taken = taken
        self.clash = QLabel(self)
        self.clash.setObjectName("importClash")
        self.clash.setStyleSheet("color: #a00000")
        self.ui.verticalLayout.insertWidget(self.ui.verticalLayout.indexOf(self.ui.fields) + 1,
                                            self.clash)
        self.budget_row: int | None = None
        ui = self.ui
        c = imported.counts()
        ui.satkerName.setText(imported.satker_name)
        ui.year.setValue(imported.year or 2025)
        if imported.kind == "PK":
            headers, rows = self._pk_rows(imported, source)
        else:
            gran = self.tr("monthly") if imported.granularity == "monthly" else \
                self.tr("quarterly")
            ui.summary.setText(self.tr(
                "<b>{0}</b>, sheet {1}: {2} {3}, {4} sasaran, {5} indikator, {6} kegiatan.")
                .format(source, imported.sheet, imported.kind, gran, c["sasaran"],
                        c["indikator"], c["kegiatan"]))
            headers = ["SASARAN", "INDIKATOR", "TARGET", "KEGIATAN", self.tr("Schedule"),
                       "PELAKSANA"]
            rows = []
            for s in imported.sasaran:
                for i in s["indikator"]:
                    for k in i["kegiatan"] or [{"text": "", "schedule": "", "pelaksana": []}]:
                        rows.append([s["text"], i["text"], i["target"], k["text"],
                                     k["schedule"].replace("v", "✓").replace("-", "·"),
                                     "; ".join(k["pelaksana"])])
        ui.rows.setColumnCount(len(headers))
        ui.rows.setHorizontalHeaderLabels(headers)
        ui.rows.setRowCount(min(len(rows), PREVIEW_ROWS))
        for r, values in enumerate(rows[:PREVIEW_ROWS]):
            for col, value in enumerate(values):
                ui.rows.setItem(r, col, QTableWidgetItem(value))
        if self.budget_row is not None and self.budget_row < PREVIEW_ROWS:
            for col in range(2):
                item = ui.rows.item(self.budget_row, col)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        ui.rows.resizeColumnsToContents()
        for col in range(len(headers)):
            ui.rows.setColumnWidth(col, min(ui.rows.columnWidth(col), 260))
        for problem in imported.problems:
            ui.problems.addItem(str(problem))
        if not imported.problems:
            ui.problems.addItem(self.tr("(none)"))
        ui.satkerName.textChanged.connect(self._validate)
        ui.year.valueChanged.connect(self._validate)
        self._validate()

    def _pk_rows(self, imported, source: str) -> tuple[list[str], list[list[str]]]:
        """A Perjanjian Kinerja: its indicators, then its budget lines."""
        from rakdesk.xlsx.amounts import rupiah

        c = imported.counts()
        total = sum(b["amount"] or 0 for b in imported.budget)
        self.ui.summary.setText(self.tr(
            "<b>{0}</b>, sheet {1}: Perjanjian Kinerja, {2} sasaran, {3} indikator, {4} "
            "budget lines totalling {5}.").format(source, imported.sheet, c["sasaran"],
                                                  c["indikator"], c["budget"], rupiah(total)))
        quarters = [f"TW {q}" for q in ("I", "II", "III", "IV")] if imported.show_quarters \
            else []
        headers = ["SASARAN", "INDIKATOR", "SATUAN", "TARGET"] + quarters
        rows = [[s["text"], i["text"], i["satuan"], i["target"]]
                + [i["quarters"].get(q, "") for q in range(1, len(quarters) + 1)]
                for s in imported.sasaran for i in s["indikator"]]
        self.budget_row = len(rows)  # the budget's heading row, shown bold
        rows.append([imported.budget_heading.upper(), self.tr("Budget (Rp)")])
        for line in imported.budget:
            amount = "" if line["amount"] is None else rupiah(line["amount"])
            rows.append([line["text"], amount])
        return headers, rows

    def _validate(self):
        name, year = self.choice()
        clash = (name, year) in self.taken
        self.clash.setText(self.tr("{0} already has a {1} {2}: choose another year or satker.")
                           .format(name, self.imported.kind, year) if clash else "")
        self.clash.setVisible(clash)
        ok = bool(name) and not clash
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> tuple[str, int]:
        return self.ui.satkerName.text().strip(), self.ui.year.value()
