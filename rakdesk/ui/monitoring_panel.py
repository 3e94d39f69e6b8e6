"""The right side of the Monitoring tab: the chosen indikator in the chosen
period. Its figures; catatan, kendala, upaya, rencana tindak lanjut with PIC
and batas waktu (each saved when the box is left, one undo step); the bukti
dukung: files dropped or chosen, links, opened with the system's viewer, and
removed (undoable); and the indikator's measurement settings."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core import monitoring
from rakdesk.core import performance as pf
from rakdesk.core.model import Evidence
from rakdesk.core.report_revisions import locking_report
from rakdesk.ui import monitoring_commands as mc

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)

TEXT_FIELDS = ("note", "kendala", "upaya", "tindak_lanjut")
FILE_FILTER = "PDF, JPG, PNG (*.pdf *.jpg *.jpeg *.png)"


class NoteEdit(QPlainTextEdit):
    """A few lines of text, saved when the box is left."""

    sig_left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.sig_left.emit()


class EvidenceList(QListWidget):
    sig_files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self.setAcceptDrops(True)
        self.setMinimumHeight(70)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.sig_files_dropped.emit(paths)
            event.acceptProposedAction()


class MonitoringPanel(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monitoringPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = None
        self.indikator = None
        self.period = 1
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.title = QLabel(inner)
        self.title.setObjectName("monitoringPanelTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.figures = QLabel(inner)
        self.figures.setObjectName("monitoringFigures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.edits: dict[str, QWidget] = {}
        labels = {"note": translate("Monitoring", "Catatan"),
                  "kendala": translate("Monitoring", "Kendala"),
                  "upaya": translate("Monitoring", "Upaya / solusi"),
                  "tindak_lanjut": translate("Monitoring", "Rencana tindak lanjut")}
        for name, label in labels.items():
            edit = NoteEdit(inner)
            edit.setObjectName(f"monitoring_{name}")
            edit.sig_left.connect(lambda n=name: self._commit(n))
            self.edits[name] = edit
            form.addRow(label, edit)
        self.pic = QLineEdit(inner)
        self.pic.setMinimumWidth(60)
        self.pic.setObjectName("monitoring_pic")
        self.pic.editingFinished.connect(lambda: self._commit("pic"))
        self.batas = QLineEdit(inner)
        self.batas.setMinimumWidth(60)
        self.batas.setObjectName("monitoring_batas_waktu")
        self.batas.setPlaceholderText(translate("Monitoring", "e.g. 31-03-2024"))
        self.batas.setMinimumWidth(  # the example date is read whole
            self.batas.fontMetrics().horizontalAdvance(self.batas.placeholderText()) + 16)
        self.batas.editingFinished.connect(lambda: self._commit("batas_waktu"))
        self.edits.update(pic=self.pic, batas_waktu=self.batas)
        row = QHBoxLayout()
        row.addWidget(self.pic, 3)
        row.addWidget(self.batas, 2)
        form.addRow(translate("Monitoring", "PIC and batas waktu"), row)
        self.done = QCheckBox(translate("Monitoring", "Tindak lanjut carried out"), inner)
        self.done.setObjectName("monitoring_done")
        self.done.clicked.connect(lambda: self._commit("tindak_lanjut_done"))
        form.addRow(self.done)
        layout.addLayout(form)

        box = QGroupBox(translate("Monitoring", "Bukti dukung"), inner)
        box_layout = QVBoxLayout(box)
        self.evidence = EvidenceList(box)
        self.evidence.sig_files_dropped.connect(self.add_files)
        self.evidence.itemDoubleClicked.connect(lambda *_: self.open_evidence())
        hint = QLabel(translate("Monitoring", "Drop PDF, JPG or PNG files here or on the row."),
                      box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        buttons = QGridLayout()
        self.buttons = {}
        for key, text, slot in (
                ("file", translate("Monitoring", "File..."), self.choose_files),
                ("link", translate("Monitoring", "Link..."), self.add_link),
                ("open", translate("Monitoring", "Open"), self.open_evidence),
                ("remove", translate("Monitoring", "Remove"), self.remove_evidence)):
            button = QPushButton(text, box)
            button.setObjectName(f"evidence_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
            self.buttons[key] = button
        box_layout.addWidget(self.evidence)
        box_layout.addWidget(hint)
        box_layout.addLayout(buttons)
        layout.addWidget(box)
        self.settings_button = QPushButton(translate("Monitoring", "Measurement..."), inner)
        self.settings_button.setToolTip(translate("Monitoring", "How this indikator is "
                                                  "measured"))
        self.settings_button.setObjectName("measurementButton")
        self.settings_button.clicked.connect(self.edit_measurement)
        layout.addWidget(self.settings_button)
        layout.addStretch()
        self.setWidget(inner)
        self._enable(False)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the splitter may make it: the fields whole beside the
        scroll bar (the horizontal one is off, so nothing may be cut)."""
        inner = self.widget()
        width = (inner.minimumSizeHint().width() if inner is not None else 0) \
            + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(width, 240), super().minimumSizeHint().height())

    # ------------------------------------------------------------ showing

    def _enable(self, on: bool) -> None:
        for widget in (*self.edits.values(), self.done, self.evidence, self.settings_button,
                       *self.buttons.values()):
            widget.setEnabled(on)

    def show_period(self, view, indikator, period: int) -> None:
        self.view, self.indikator, self.period = view, indikator, period
        writable = not view.doc.readonly and not (
            view.plan is not None and view.plan.final_reports
            and locking_report(view.plan, period))  # a final report shows the period
        self._enable(indikator is not None and writable)
        self.evidence.setEnabled(indikator is not None)
        if indikator is None:
            self.title.setText(translate("Monitoring", "Choose an indikator in the table."))
            self.figures.clear()
            for name in TEXT_FIELDS:
                self.edits[name].setPlainText("")
            self.pic.clear()
            self.batas.clear()
            self.done.setChecked(False)
            self.evidence.clear()
            return
        from rakdesk.ui.monitoring_model import period_long_name

        n = indikator.sasaran.plan.gran.periods
        self.title.setText(f"{indikator.text}\n— {period_long_name(n, period)}")
        row = monitoring.realisasi(indikator, period)
        self._show_figures(indikator, period, row)
        for name in TEXT_FIELDS:
            edit = self.edits[name]
            text = getattr(row, name) if row is not None else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self.pic.setText(row.pic if row is not None else "")
        date = row.batas_waktu if row is not None else None
        self.batas.setText(date.strftime("%d-%m-%Y") if date else "")
        self.done.setChecked(bool(row is not None and row.tindak_lanjut_done))
        self.evidence.clear()
        for e in indikator.evidence:
            if e.period != period:
                continue
            label = e.name if e.link else f"{e.name} ({max(1, len(e.data or b'') // 1024)} KB)"
            icon = QStyle.StandardPixmap.SP_FileLinkIcon if e.link else \
                QStyle.StandardPixmap.SP_FileIcon
            item = QListWidgetItem(self.style().standardIcon(icon), label, self.evidence)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(e.link or e.name)

    def _show_figures(self, indikator, period: int, row) -> None:
        from rakdesk.core import capaian as cp

        target, source = pf.period_target_sources(indikator)[period]
        value = row.value if row is not None else ""
        result = cp.compute(target, value, indikator.polarity, indikator.capaian_formula,
                            indikator.text)
        scale = pf.scale_of(indikator.sasaran.plan)
        capaian = f"{result.text} %" if result.value is not None else result.text
        kategori = scale.kategori(result.value)
        self.figures.setText(translate(
            "Monitoring", "Target {0} ({4}) · Realisasi {1} · Capaian {2}{3}").format(
            target or "-", value or cp.empty_word(), capaian,
            f" ({kategori})" if kategori else "", pf.source_word(source)))

    # ------------------------------------------------------------ editing

    def _value(self, name: str):
        if name == "tindak_lanjut_done":
            return self.done.isChecked()
        edit = self.edits[name]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def _commit(self, name: str) -> None:
        if self.indikator is None or self.view is None:
            return
        row = monitoring.realisasi(self.indikator, self.period)
        new = self._value(name)
        if name == "batas_waktu":
            old = row.batas_waktu.strftime("%d-%m-%Y") if row and row.batas_waktu else ""
        elif name == "tindak_lanjut_done":
            old = bool(row and row.tindak_lanjut_done)
        else:
            old = getattr(row, name) if row is not None else ""
        if (new.strip() if isinstance(new, str) else new) == (
                old.strip() if isinstance(old, str) else old):
            return
        labels = {"note": translate("Monitoring", "Edit catatan"),
                  "kendala": translate("Monitoring", "Edit kendala"),
                  "upaya": translate("Monitoring", "Edit upaya"),
                  "tindak_lanjut": translate("Monitoring", "Edit rencana tindak lanjut"),
                  "pic": translate("Monitoring", "Edit PIC"),
                  "batas_waktu": translate("Monitoring", "Edit batas waktu"),
                  "tindak_lanjut_done": translate("Monitoring", "Tindak lanjut carried out")}
        if not self.view.set_followup(self.indikator.id, {name: new}, labels[name]):
            self.show_period(self.view, self.indikator, self.period)  # back to what is saved

    # ------------------------------------------------------------ evidence

    def choose_files(self) -> None:
        if self.indikator is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, translate("Monitoring", "Add bukti dukung"),
                                                "", FILE_FILTER)
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Attach files to the chosen indikator and period, one undo step each;
        a file too big or of another kind is refused with the core's message."""
        if self.indikator is None or self.view is None:
            return
        for path in paths:
            try:
                with open(path, "rb") as handle:  # never more than the limit and a byte
                    data = handle.read(monitoring.MAX_EVIDENCE + 1)
            except OSError as exc:
                QMessageBox.warning(self, "rakdesk", translate(
                    "Monitoring", "{0} cannot be read: {1}").format(path.name, exc.strerror))
                continue
            command = mc.add_file(self.view.doc, self.indikator.id, self.period, path.name, data,
                                  translate("Monitoring", "Add bukti dukung {0}").format(
                                      path.name))
            if not self.view.doc.push(command) and not command.error:
                self.view.sig_status.emit(translate(
                    "Monitoring", "{0} is already a bukti dukung of this period.").format(
                    path.name))

    def add_link(self) -> None:
        if self.indikator is None:
            return
        link, ok = QInputDialog.getText(self, translate("Monitoring", "Add a link"),
                                        translate("Monitoring", "Link to the bukti dukung "
                                                  "(a shared folder or an address):"))
        if ok and link.strip():
            self.view.doc.push(mc.add_link(self.view.doc, self.indikator.id, self.period, link,
                                           translate("Monitoring", "Add link")))

    def _chosen(self) -> Evidence | None:
        item = self.evidence.currentItem()
        if item is None:
            return None
        return self.view.doc.session.get(Evidence, item.data(Qt.ItemDataRole.UserRole))

    def open_evidence(self) -> None:
        """Open with the system's viewer: a link as it is, a file from a temporary copy."""
        evidence = self._chosen()
        if evidence is None:
            return
        if evidence.link:
            link = evidence.link
            url = QUrl(link if "://" in link else "https://" + link)
            if Path(link).exists():
                url = QUrl.fromLocalFile(link)
        else:
            folder = Path(tempfile.mkdtemp(prefix="rakdesk-bukti-"))
            suffix = {"application/pdf": ".pdf", "image/jpeg": ".jpg",
                      "image/png": ".png"}.get(evidence.mime, "")
            name = Path(evidence.name).name or "bukti"
            path = folder / (name if name.lower().endswith(suffix) else name + suffix)
            path.write_bytes(evidence.data or b"")
            url = QUrl.fromLocalFile(str(path))
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(self, "rakdesk", translate(
                "Monitoring", "No program on this computer opens {0}.").format(evidence.name))

    def remove_evidence(self) -> None:
        evidence = self._chosen()
        if evidence is None:
            return
        self.view.doc.push(mc.remove_evidence(
            self.view.doc, evidence.id, translate("Monitoring", "Remove bukti dukung {0}").format(
                evidence.name)))

    def edit_measurement(self) -> None:
        from rakdesk.ui.monitoring_dialogs import MeasurementDialog

        if self.indikator is None:
            return
        dialog = MeasurementDialog(self.indikator, self)
        if dialog.exec():
            values = dialog.changes()
            if values:
                text = translate("Monitoring", "Edit satuan") if set(values) == {"satuan"} \
                    else translate("Monitoring", "Measurement of indikator")
                self.view.doc.push(mc.set_measurement(self.view.doc, self.indikator.id, values,
                                                      text))
