"""Small dialogs of the Monitoring tab: how an indikator is measured, the
satker's kategori scale, the preview of a realisasi workbook before anything
is written, and the capaian chart (the reports' own reportlab drawing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core import capaian as cp
from rakdesk.core import performance as pf

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class MeasurementDialog(QDialog):
    """Polarity, capaian formula, how the year adds up, the satuan and the Renstra
    target."""

    def __init__(self, indikator, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Monitoring", "How this indikator is measured"))
        self.indikator = indikator
        form = QFormLayout(self)
        text = QLabel(indikator.text, self)
        text.setWordWrap(True)
        form.addRow(text)
        self.boxes: dict[str, QComboBox] = {}
        choices = {
            "polarity": (translate("Monitoring", "Direction"), [
                ("higher", translate("Monitoring", "Higher is better")),
                ("lower", translate("Monitoring", "Lower is better"))]),
            "capaian_formula": (translate("Monitoring", "Capaian when lower is better"), [
                ("standard", "(2 × target − realisasi) / target × 100 %"),
                ("inverse", "target / realisasi × 100 %")]),
            "aggregation": (translate("Monitoring", "The year from its periods"), [
                ("cumulative", translate("Monitoring", "Cumulative (sum of the periods)")),
                ("last", translate("Monitoring", "The last period's value")),
                ("average", translate("Monitoring", "Average of the periods"))]),
        }
        for name, (label, items) in choices.items():
            box = QComboBox(self)
            box.setObjectName(f"measure_{name}")
            for value, word in items:
                box.addItem(word, value)
            box.setCurrentIndex(max(0, box.findData(getattr(indikator, name))))
            self.boxes[name] = box
            form.addRow(label, box)
        polarity, formula = self.boxes["polarity"], self.boxes["capaian_formula"]
        formula.setEnabled(polarity.currentData() == "lower")
        polarity.currentIndexChanged.connect(
            lambda *_: formula.setEnabled(polarity.currentData() == "lower"))
        self.satuan = QLineEdit(indikator.satuan, self)
        self.satuan.setObjectName("measure_satuan")
        self.satuan.setMaxLength(60)
        from rakdesk.core.tables.monitoring import satuan_of

        read = "" if indikator.satuan.strip() else satuan_of(indikator)
        self.satuan.setPlaceholderText(translate("Monitoring", "{0} (read from the target)")
                                       .format(read) if read else
                                       translate("Monitoring", "e.g. %, Laporan, Kali"))
        self.satuan.setToolTip(translate("Monitoring", "Printed in the Satuan column of the "
                                         "Pengukuran Kinerja; empty: read from the target"))
        form.addRow(translate("Monitoring", "Satuan"), self.satuan)
        self.renstra = QLineEdit(indikator.renstra_target, self)
        self.renstra.setObjectName("measure_renstra_target")
        self.renstra.setPlaceholderText(translate("Monitoring", "e.g. 80%"))
        form.addRow(translate("Monitoring", "Renstra end-period target"), self.renstra)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(600)

    def changes(self) -> dict:
        values = {name: box.currentData() for name, box in self.boxes.items()}
        values["renstra_target"] = self.renstra.text().strip()
        values["satuan"] = " ".join(self.satuan.text().split())
        return {k: v for k, v in values.items() if getattr(self.indikator, k) != v}


class ScaleDialog(QDialog):
    """The satker's kategori scale, one band per line."""

    def __init__(self, satker, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Monitoring", "Kategori scale of {0}").format(satker.name))
        layout = QVBoxLayout(self)
        hint = QLabel(translate("Monitoring", "One band per line, highest first, e.g. "
                                "«≥ 91 Sangat Baik» or «76 – 90 Baik»."), self)
        hint.setWordWrap(True)
        self.edit = QPlainTextEdit(satker.capaian_scale or cp.DEFAULT_SCALE, self)
        self.edit.setObjectName("scaleEdit")
        default = QPushButton(translate("Monitoring", "Default scale"), self)
        default.clicked.connect(lambda: self.edit.setPlainText(cp.DEFAULT_SCALE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(default, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(hint)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(420, 280)

    def text(self) -> str:
        text = self.edit.toPlainText().strip()
        return "" if text == cp.DEFAULT_SCALE else text


class ImportPreviewDialog(QDialog):
    """What a realisasi workbook would record; nothing is written before OK."""

    def __init__(self, plan, sheet, preview, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Monitoring", "Import realisasi from {0}").format(
            sheet.path.name))
        layout = QVBoxLayout(self)
        quarters = ", ".join("TW " + pf.quarter_name(q) for q in preview.quarters)
        lines = [translate("Monitoring", "Sheet «{0}»: realisasi of {1}, into {2} {3} {4}.")
                 .format(sheet.sheet, quarters, plan.kind, plan.year, plan.satker.name),
                 translate("Monitoring", "{0} indikator match, {1} rows of the sheet do not, "
                           "{2} indikator of the plan are not in the sheet.").format(
                     len(preview.matched), len(preview.unmatched), len(preview.missing))]
        if sheet.year and sheet.year != plan.year:
            lines.append(translate("Monitoring", "Careful: the sheet is for {0}, the plan for "
                                   "{1}.").format(sheet.year, plan.year))
        summary = QLabel("\n".join(lines), self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importTree")
        self.tree.setHeaderLabels([translate("Monitoring", "Indikator"),
                                   translate("Monitoring", "Realisasi")])
        self.tree.setColumnWidth(0, 440)
        groups = [
            (translate("Monitoring", "Matched"),
             [(row.indikator, _values(row)) for row, _ in preview.matched]),
            (translate("Monitoring", "Not matched (left out)"),
             [(translate("Monitoring", "row {0}: {1}").format(row.row, row.indikator),
               _values(row)) for row in preview.unmatched]),
            (translate("Monitoring", "Not in the sheet"), [(t, "") for t in preview.missing]),
            (translate("Monitoring", "Notes"), [(p, "") for p in preview.problems]),
        ]
        for title, items in groups:
            if not items:
                continue
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
            for text, values in items:
                item = QTreeWidgetItem(top, [text, values])
                item.setToolTip(0, text)
            top.setExpanded(title == groups[0][0] or len(items) < 8)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Monitoring", "Record {0} indikator").format(len(preview.matched)))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.matched))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)


def _values(row) -> str:
    return "; ".join(f"TW {pf.quarter_name(q)}: {v}" for q, v in sorted(row.values.items())
                     if v.strip())


def _labels(plan) -> tuple[list, list[str]]:
    indikator = [i for s in plan.sasaran for i in s.indikator]
    return indikator, [f"{plan.sasaran.index(i.sasaran) + 1}.{i.sasaran.indikator.index(i) + 1}"
                       for i in indikator]


def capaian_drawing(plan, width_pt: float = 520):
    """Capaian per indikator over the year so far, against the 100 % line."""
    from rakdesk.pdf import charts

    indikator, labels = _labels(plan)
    sc = pf.scale_of(plan)
    values = [pf.year_figures(i, sc).capaian.value for i in indikator]
    return charts.capaian_chart(labels, values, width_pt, title=translate(
        "Monitoring", "Capaian per indikator, {0} (so far)").format(plan.year))


def quarter_drawings(plan, width_pt: float = 520) -> list:
    """Capaian of each indikator in each triwulan, 15 indikator a chart (as printed)."""
    from rakdesk.pdf import charts

    indikator, labels = _labels(plan)
    sc = pf.scale_of(plan)
    series = [[pf.quarter_figures(i, q, sc).capaian.value for i in indikator]
              for q in range(1, 5)]
    parts = charts.chunks(len(indikator), 15)
    return [charts.quarter_chart(
        [labels[i] for i in part], [[q[i] for i in part] for q in series], width_pt,
        title=translate("Monitoring", "Capaian per triwulan") + (
            f" ({n + 1}/{len(parts)})" if len(parts) > 1 else ""))
        for n, part in enumerate(parts)]


def chart_pixmap(plan, drawing=None, scale: float = 1.6) -> QPixmap:
    """A chart of the reports (rakdesk.pdf.charts), drawn to a picture via a
    one-page PDF rendered by QtPdf: the window shows what the PDF prints."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from reportlab.graphics import renderPDF

    data = renderPDF.drawToString(drawing if drawing is not None else capaian_drawing(plan))
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    size = document.pagePointSize(0)
    image = document.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
    document.close()
    return QPixmap.fromImage(image)


class ChartDialog(QDialog):
    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Monitoring", "Capaian chart"))
        layout = QVBoxLayout(self)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self.pictures = []
        for drawing in [capaian_drawing(plan), *quarter_drawings(plan)]:
            picture = QLabel(inner)
            picture.setObjectName("chartPicture")
            picture.setPixmap(chart_pixmap(plan, drawing))
            picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            column.addWidget(picture)
            self.pictures.append(picture)
        inner.setStyleSheet("background: white;")
        area = QScrollArea(self)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        legend = QLabel(translate("Monitoring", "Numbers are sasaran.indikator as in the table; "
                                  "the dashed line is 100 %. An indikator without realisasi "
                                  "has no bar."), self)
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(area, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)
        self.resize(900, 600)
