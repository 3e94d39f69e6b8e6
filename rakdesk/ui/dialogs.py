"""Dialogs over the compiled forms in rakdesk/ui/generated. Each one edits
plain values; the window turns the result into one undoable command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from rakdesk.core.model import BODIES, LEVELS
from rakdesk.core.nip import format_nip, nip_problem, normalize_nip
from rakdesk.core.schedule import Cell, weeks_text
from rakdesk.ui.dialog_guard import GuardedDialog
from rakdesk.ui.generated.ui_official_dialog import Ui_OfficialDialog
from rakdesk.ui.generated.ui_officials_dialog import Ui_OfficialsDialog
from rakdesk.ui.generated.ui_plan_dialog import Ui_PlanDialog
from rakdesk.ui.generated.ui_satker_dialog import Ui_SatkerDialog
from rakdesk.ui.generated.ui_subunits_dialog import Ui_SubUnitsDialog
from rakdesk.ui.generated.ui_weeks_dialog import Ui_WeeksDialog
from rakdesk.ui.settings import fit_into_screen

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp)"
NEW_OFFICIAL = "new:"  # signatory_id of an official added in the plan dialog (not saved yet)
MAX_IMAGE = 5 * 1024 * 1024


def read_image(parent, title: str) -> bytes | None:
    """Ask for an image file; None when cancelled or not a usable image."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", IMAGE_FILTER)
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_IMAGE + 1)
    except OSError as exc:
        QMessageBox.warning(parent, "rakdesk", str(exc))
        return None
    if len(data) > MAX_IMAGE or not QPixmap().loadFromData(data):
        QMessageBox.warning(parent, "rakdesk", QCoreApplication.translate(
            "dialogs", "That file is not an image rakdesk can use (PNG or JPEG, at most 5 MB)."))
        return None
    return data


def show_image(label, data: bytes | None) -> None:
    pixmap = QPixmap()
    if data and pixmap.loadFromData(data):
        label.setPixmap(pixmap.scaled(64, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
    else:
        label.clear()
        label.setText("—")


class SatkerDialog(GuardedDialog):
    def __init__(self, values: dict | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_SatkerDialog()
        self.ui.setupUi(self)
        for key, label in LEVELS.items():
            self.ui.level.addItem(label, key)
        for key, label in BODIES.items():
            self.ui.body.addItem(label, key)
        values = values or {}
        self.logo = values.get("logo")
        ui = self.ui
        ui.name.setText(values.get("name", ""))
        ui.fullName.setText(values.get("full_name", ""))
        ui.level.setCurrentIndex(max(0, ui.level.findData(values.get("level", "kabupaten"))))
        ui.body.setCurrentIndex(max(0, ui.body.findData(values.get("body", "sekretariat"))))
        ui.parentOffice.setText(values.get("parent_office", ""))
        ui.officeHeading.setPlainText(values.get("office_heading", ""))
        ui.address.setText(values.get("address", ""))
        ui.phone.setText(values.get("phone", ""))
        ui.city.setText(values.get("city", ""))
        show_image(ui.logoPreview, self.logo)
        ui.chooseLogo.clicked.connect(self._choose_logo)
        ui.removeLogo.clicked.connect(lambda: self._set_logo(None))
        ui.name.textChanged.connect(self._validate)
        # The office line follows the name ("KOMISI PEMILIHAN UMUM" / "KABUPATEN ...")
        # until it is changed by hand; empty, it says that nothing is printed.
        ui.officeHeading.setPlaceholderText(self.tr("Empty: nothing is printed above the "
                                                    "position"))
        self._auto_heading = ui.officeHeading.toPlainText() if not values.get(
            "office_heading") else None
        ui.name.textChanged.connect(self._follow_name)
        self._follow_name(ui.name.text())
        self._validate()
        self.guard(ui.buttonBox)

    def _follow_name(self, name: str) -> None:
        from rakdesk.core.offices import office_line

        heading = self.ui.officeHeading
        if self._auto_heading is None or heading.toPlainText() != self._auto_heading:
            self._auto_heading = None  # typed by hand: left alone
            return
        self._auto_heading = office_line(name)
        heading.setPlainText(self._auto_heading)

    def _choose_logo(self):
        data = read_image(self, self.tr("Logo"))
        if data:
            self._set_logo(data)

    def _set_logo(self, data):
        self.logo = data
        show_image(self.ui.logoPreview, data)

    def _validate(self):
        ok = bool(self.ui.name.text().strip())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        ui = self.ui
        name = ui.name.text().strip()
        return {
            "name": name, "full_name": ui.fullName.text().strip() or name,
            "level": ui.level.currentData(), "body": ui.body.currentData(),
            "parent_office": ui.parentOffice.text().strip(),
            "office_heading": ui.officeHeading.toPlainText().strip(),
            "address": ui.address.text().strip(), "phone": ui.phone.text().strip(),
            "city": ui.city.text().strip(), "logo": self.logo,
        }


class SubUnitsDialog(GuardedDialog):
    """Edit the list of sub-units; returns [(id or None, name)] in order."""

    def __init__(self, units: list[tuple[str | None, str]], parent=None):
        super().__init__(parent)
        self.ui = Ui_SubUnitsDialog()
        self.ui.setupUi(self)
        for unit_id, name in units:
            self._add(name, unit_id)
        ui = self.ui
        ui.addUnit.clicked.connect(self._on_add)
        # Enter in the name field adds the name and never reaches the dialog's
        # OK button: the dialog stays open for the next name.
        ui.unitName.installEventFilter(self)
        for button in (ui.addUnit, ui.renameUnit, ui.removeUnit, ui.upUnit, ui.downUnit):
            button.setAutoDefault(False)
        ui.renameUnit.clicked.connect(self._on_rename)
        ui.removeUnit.clicked.connect(lambda: ui.units.takeItem(ui.units.currentRow()))
        ui.upUnit.clicked.connect(lambda: self._move(-1))
        ui.downUnit.clicked.connect(lambda: self._move(1))
        ui.units.currentTextChanged.connect(ui.unitName.setText)
        ui.similarUnits.clicked.connect(self.select_similar)
        ui.mergeUnits.clicked.connect(self.merge_selected)
        self.merged: dict[str, str] = {}  # merged unit id -> the id it became
        self.guard(ui.buttonBox)

    def snapshot(self):
        return self.units(), dict(self.merged)

    def eventFilter(self, watched, event):
        if (watched is self.ui.unitName and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._on_add()
            return True
        return super().eventFilter(watched, event)

    def _add(self, name: str, unit_id=None):
        from PySide6.QtWidgets import QListWidgetItem

        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, unit_id)
        self.ui.units.addItem(item)

    def _on_add(self):
        name = self.ui.unitName.text().strip()
        units = self.ui.units
        same = [i for i in range(units.count()) if units.item(i).text() == name]
        if same:  # already listed (e.g. the selected unit's name): just show it
            units.setCurrentRow(same[0])
        elif name:
            self._add(name)
            units.setCurrentRow(units.count() - 1)
        self.ui.unitName.clear()

    def _on_rename(self):
        item = self.ui.units.currentItem()
        name = self.ui.unitName.text().strip()
        if item is not None and name:
            item.setText(name)

    def _move(self, delta: int):
        units = self.ui.units
        row = units.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < units.count():
            return
        units.insertItem(target, units.takeItem(row))
        units.setCurrentRow(target)

    def select_similar(self) -> bool:
        """Select the first group of names that differ only in case,
        punctuation or spacing; the cursor on the first of them."""
        from rakdesk.core.sub_units import name_key

        units = self.ui.units
        groups: dict[str, list[int]] = {}
        for i in range(units.count()):
            groups.setdefault(name_key(units.item(i).text()), []).append(i)
        group = next((g for g in groups.values() if len(g) > 1), None)
        units.clearSelection()
        if group is None:
            self.ui.mergeHint.setText(self.tr("No two sub-units have nearly the same name."))
            return False
        units.setCurrentRow(group[0])
        for i in group:
            units.item(i).setSelected(True)
        return True

    def merge_selected(self) -> None:
        """The selected sub-units become the one under the cursor (or the first
        already saved): the others leave the list, and their kegiatan name it."""
        units = self.ui.units
        selected = sorted(units.selectedItems(), key=units.row)
        if len(selected) < 2:
            return
        keep = units.currentItem() if units.currentItem() in selected else selected[0]
        if keep.data(Qt.ItemDataRole.UserRole) is None:  # a new name: keep a saved one
            keep = next((i for i in selected if i.data(Qt.ItemDataRole.UserRole)), keep)
        keep_id = keep.data(Qt.ItemDataRole.UserRole)
        for item in selected:
            if item is keep:
                continue
            other_id = item.data(Qt.ItemDataRole.UserRole)
            if other_id is not None:
                self.merged[other_id] = keep_id
            units.takeItem(units.row(item))
        units.setCurrentItem(keep)

    def merges(self) -> dict[str, list[str]]:
        """{kept unit id: [ids of the units merged into it]} (saved units only)."""
        result: dict[str, list[str]] = {}
        for other, keep in self.merged.items():
            target = keep
            while target in self.merged:  # merged again into a third one
                target = self.merged[target]
            if target is not None:
                result.setdefault(target, []).append(other)
        return result

    def units(self) -> list[tuple[str | None, str]]:
        units = self.ui.units
        return [(units.item(i).data(Qt.ItemDataRole.UserRole), units.item(i).text())
                for i in range(units.count())]


class OfficialDialog(GuardedDialog):
    def __init__(self, values: dict | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_OfficialDialog()
        self.ui.setupUi(self)
        values = values or {}
        ui = self.ui
        ui.name.setText(values.get("name", ""))
        ui.title.setText(values.get("title", ""))
        ui.acting.setCurrentIndex(max(0, ui.acting.findText(values.get("acting", ""))))
        ui.nip.setText(format_nip(values.get("nip", "")))
        self.images = {"signature_image": values.get("signature_image"),
                       "stamp_image": values.get("stamp_image")}
        for key, label, choose, remove in (
                ("signature_image", ui.signaturePreview, ui.chooseSignature, ui.removeSignature),
                ("stamp_image", ui.stampPreview, ui.chooseStamp, ui.removeStamp)):
            show_image(label, self.images[key])
            choose.clicked.connect(lambda _=False, k=key, lab=label: self._choose(k, lab))
            remove.clicked.connect(lambda _=False, k=key, lab=label: self._set(k, lab, None))
        ui.nip.textChanged.connect(self._validate)
        ui.name.textChanged.connect(self._validate)
        self._validate()
        self.guard(ui.buttonBox)

    def _choose(self, key, label):
        data = read_image(self, self.tr("Image"))
        if data:
            self._set(key, label, data)

    def _set(self, key, label, data):
        self.images[key] = data
        show_image(label, data)

    def _validate(self):
        nip = self.ui.nip.text().strip()
        problem = nip_problem(nip) if nip else None
        self.ui.nipProblem.setText(problem or "")
        self.ui.nipProblem.setStyleSheet("color: #b00020" if problem else "")
        ok = problem is None and bool(self.ui.name.text().strip())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        ui = self.ui
        from rakdesk.core.offices import split_acting

        nip = ui.nip.text().strip()
        acting, title = split_acting(ui.acting.currentText(), ui.title.text())
        return {"name": ui.name.text().strip(), "title": title, "acting": acting,
                "nip": normalize_nip(nip) if nip else "", **self.images}


class OfficialsDialog(QDialog):
    """The list of a satker's officials; edits happen through OfficialDialog and
    are reported back as actions for the window to turn into commands."""

    def __init__(self, officials: list[dict], parent=None):
        super().__init__(parent)
        self.ui = Ui_OfficialsDialog()
        self.ui.setupUi(self)
        self.officials = [dict(o) for o in officials]
        self.removed: list[str] = []
        self._fill()
        self.ui.addOfficial.clicked.connect(self._add)
        self.ui.editOfficial.clicked.connect(self._edit)
        self.ui.officials.itemDoubleClicked.connect(lambda _: self._edit())
        self.ui.removeOfficial.clicked.connect(self._remove)

    def _fill(self):
        self.ui.officials.clear()
        for o in self.officials:
            label = " ".join(p for p in (o.get("acting"), o.get("title"), "—", o.get("name")) if p)
            if o.get("nip"):
                label += f"  (NIP {format_nip(o['nip'])})"
            self.ui.officials.addItem(label)

    def _add(self):
        dialog = OfficialDialog(parent=self)
        if dialog.exec():
            self.officials.append({"id": None, **dialog.values()})
            self._fill()

    def _edit(self):
        row = self.ui.officials.currentRow()
        if row < 0:
            return
        dialog = OfficialDialog(self.officials[row], self)
        if dialog.exec():
            self.officials[row].update(dialog.values())
            self._fill()

    def _remove(self):
        row = self.ui.officials.currentRow()
        if row >= 0:
            removed = self.officials.pop(row)
            if removed.get("id"):
                self.removed.append(removed["id"])
            self._fill()


class PlanDialog(GuardedDialog):
    """Plan properties: year, kind, schedule, paper, signatory, signing, print options."""

    def __init__(self, values: dict, officials: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.granularity.addItem(self.tr("Monthly (B1..B12)"), "monthly")
        ui.granularity.addItem(self.tr("Quarterly (T1..T4)"), "quarterly")
        ui.signLayout.addItem(self.tr("Office, then position (SEKRETARIS,)"),
                              "office_then_position")
        ui.signLayout.addItem(self.tr("Position with office (KETUA KOMISI ...)"),
                              "position_then_office")
        ui.columnNumbers.addItem("1 2 3", "plain")
        ui.columnNumbers.addItem("(1) (2) (3)", "paren")
        ui.columnNumbers.addItem(self.tr("None"), "none")
        ui.signatory.addItem(self.tr("(none)"), None)
        for official_id, label in officials:
            ui.signatory.addItem(label, official_id)
        self.new_officials: list[dict] = []  # added here; the caller creates them
        ui.addOfficial.clicked.connect(self.add_official)
        ui.signOffice.setPlaceholderText(self.tr("Empty: nothing is printed above the "
                                                 "position"))
        ui.kind.addItem("PK")  # Perjanjian Kinerja: its own fields below
        from rakdesk.ui.pk_dialog import PkFields

        self.pk_fields = PkFields(values, officials, ui.formWidget)
        ui.formLayout.addWidget(self.pk_fields, ui.formLayout.rowCount(), 0, 1, 2)
        if values.get("kind") == "SK":
            ui.kind.addItem("SK")
        ui.kind.setCurrentText(values.get("kind", "RAK"))
        # a PK or an SK stays one: their content is no RAK's
        ui.kind.setEnabled(values.get("kind") not in ("PK", "SK"))
        ui.year.setValue(values.get("year", dt.date.today().year))
        _select(ui.granularity, values.get("granularity", "monthly"))
        ui.paper.setCurrentText(values.get("paper", "A4"))
        ui.title.setText(values.get("title", ""))
        _select(ui.signatory, values.get("signatory_id"))
        ui.signPlace.setText(values.get("sign_place", ""))
        date = values.get("sign_date") or dt.date.today()
        ui.signDate.setDate(QDate(date.year, date.month, date.day))
        # A new plan is signed early in its own year ("Selong, 22 Januari 2020"):
        # its date follows the year until the user sets one.
        self._date_follows_year = not values.get("sign_date")
        self._following = False
        self._follow_year(ui.year.value())
        ui.year.valueChanged.connect(self._follow_year)
        ui.signDate.dateChanged.connect(self._date_set)
        ui.monthOnly.setChecked(values.get("sign_date_precision") == "month")
        ui.signUpper.setChecked(bool(values.get("sign_upper")))
        ui.signOffice.setPlainText(values.get("sign_office", ""))
        _select(ui.signLayout, values.get("sign_layout", "office_then_position"))
        ui.coverPage.setChecked(bool(values.get("cover_page")))
        ui.showNo.setChecked(values.get("show_no_column", True))
        ui.numericMonths.setChecked(bool(values.get("numeric_month_labels")))
        ui.tickStyle.setCurrentText(values.get("tick_style", "✓"))
        _select(ui.columnNumbers, values.get("column_numbers", "plain"))
        ui.yearLabel.setCurrentText(values.get("year_label", "Tahun"))
        ui.sasaranHeader.setText(values.get("sasaran_header", ""))
        ui.indikatorHeader.setText(values.get("indikator_header", ""))
        ui.tugas.setPlainText(values.get("tugas", ""))
        ui.fungsi.setPlainText(values.get("fungsi", ""))
        # Dates are typed the Indonesian way, with the whole year: 22/01/2020.
        ui.signDate.setDisplayFormat("dd/MM/yyyy")
        lines = ui.signOffice.fontMetrics().lineSpacing()
        for box, rows in ((ui.signOffice, 4), (ui.tugas, 5), (ui.fungsi, 7)):
            box.setMaximumHeight(lines * rows + 14)  # a few lines; longer text scrolls
        self._date_keys = DateSeparatorKeys(ui.signDate)
        ui.kind.currentTextChanged.connect(self._show_kind_fields)
        self._show_kind_fields(ui.kind.currentText())
        self.guard(ui.buttonBox)

    def _follow_year(self, year: int) -> None:
        if not self._date_follows_year:
            return
        today = dt.date.today()
        date = today if year == today.year else dt.date(year, 1, 2)
        self._following = True
        try:
            self.ui.signDate.setDate(QDate(date.year, date.month, date.day))
        finally:
            self._following = False

    def _date_set(self, *_) -> None:
        if not self._following:
            self._date_follows_year = False

    def _show_kind_fields(self, kind: str) -> None:
        """Only what the plan's kind prints: Tugas and Fungsi are the IKU's
        header, the schedule is the RAK's."""
        ui = self.ui
        iku, pk = kind == "IKU", kind == "PK"
        for widget in (ui.label_16, ui.tugas, ui.label_17, ui.fungsi):
            widget.setVisible(iku)
        for widget in (ui.label_2, ui.granularity, ui.label_11, ui.tickStyle, ui.numericMonths):
            widget.setVisible(not iku and not pk)
        self.pk_fields.setVisible(pk)
        for widget in (ui.label_9, ui.signLayout, ui.label_10, ui.coverPage, ui.showNo,
                       ui.label_12, ui.columnNumbers, ui.label_13, ui.yearLabel):
            widget.setVisible(not pk)  # the PK's page has its own fixed layout
        ui.title.setPlaceholderText("INDIKATOR KINERJA UTAMA" if iku else "PERJANJIAN KINERJA"
                                    if pk else "RENCANA AKSI KINERJA")
        # As tall as the fields need (the form scrolls on a screen too small).
        margins = self.layout().contentsMargins()
        height = (ui.formWidget.sizeHint().height() + ui.buttonBox.sizeHint().height()
                  + self.layout().spacing() + margins.top() + margins.bottom() + 4)
        self.resize(self.width(), height)
        if self.isVisible():
            fit_into_screen(self)

    def add_official(self) -> None:
        """A new official for the satker, chosen as this plan's signatory."""
        dialog = OfficialDialog(parent=self)
        if not dialog.exec():
            return
        values = dialog.values()
        self.new_officials.append(values)
        key = f"{NEW_OFFICIAL}{len(self.new_officials) - 1}"
        label = " ".join(p for p in (values["acting"], values["title"], "—", values["name"]) if p)
        self.ui.signatory.addItem(label, key)
        self.ui.signatory.setCurrentIndex(self.ui.signatory.count() - 1)

    def values(self) -> dict:
        ui = self.ui
        date = ui.signDate.date()
        return {
            "kind": ui.kind.currentText(), "year": ui.year.value(),
            "granularity": ui.granularity.currentData(), "paper": ui.paper.currentText(),
            "title": ui.title.text().strip(), "signatory_id": ui.signatory.currentData(),
            "sign_place": ui.signPlace.text().strip(),
            "sign_date": dt.date(date.year(), date.month(), date.day()),
            "sign_date_precision": "month" if ui.monthOnly.isChecked() else "day",
            "sign_upper": ui.signUpper.isChecked(),
            "sign_office": ui.signOffice.toPlainText().strip(),
            "sign_layout": ui.signLayout.currentData(), "cover_page": ui.coverPage.isChecked(),
            "show_no_column": ui.showNo.isChecked(),
            "numeric_month_labels": ui.numericMonths.isChecked(),
            "tick_style": ui.tickStyle.currentText(),
            "column_numbers": ui.columnNumbers.currentData(),
            "year_label": ui.yearLabel.currentText(),
            "sasaran_header": ui.sasaranHeader.text().strip(),
            "indikator_header": ui.indikatorHeader.text().strip(),
            "tugas": ui.tugas.toPlainText().strip(), "fungsi": ui.fungsi.toPlainText().strip(),
            **(self.pk_fields.values() if ui.kind.currentText() == "PK" else {}),
        }


class WeeksDialog(QDialog):
    """A schedule cell: ticked, which weeks ("Minggu ke ..."), and a note."""

    def __init__(self, cell: Cell, parent=None):
        super().__init__(parent)
        self.ui = Ui_WeeksDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.boxes = [ui.week1, ui.week2, ui.week3, ui.week4]
        ui.ticked.setChecked(cell.ticked)
        for week, box in enumerate(self.boxes, 1):
            box.setChecked(week in cell.weeks)
            box.toggled.connect(self._update)
        ui.note.setText(cell.note)
        ui.ticked.toggled.connect(self._update)
        self._update()

    def _update(self):
        weeks = {w for w, box in enumerate(self.boxes, 1) if box.isChecked()}
        if weeks:
            self.ui.ticked.setChecked(True)
        self.ui.preview.setText(weeks_text(weeks) if weeks else
                                ("✓" if self.ui.ticked.isChecked() else ""))

    def cell(self) -> Cell:
        weeks = frozenset(w for w, box in enumerate(self.boxes, 1) if box.isChecked())
        return Cell(ticked=self.ui.ticked.isChecked() or bool(weeks), weeks=weeks,
                    note=self.ui.note.text().strip())


class DateSeparatorKeys(QObject):
    """"22/01/2020" typed into a QDateEdit: Qt moves on to the month by itself
    after "22", and would then take the "/" as text. A separator moves to the
    next part of the date unless the cursor is already at its start."""

    SEPARATORS = ("/", "-", ".")

    def __init__(self, edit):
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.KeyPress or event.text() not in self.SEPARATORS:
            return False
        edit = self.edit
        line = edit.lineEdit()
        position = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        if position > 0 and line.text()[position - 1] in self.SEPARATORS:
            return True  # already at the start of the next part
        index = edit.currentSectionIndex()
        if index + 1 < edit.sectionCount():
            edit.setCurrentSectionIndex(index + 1)
            edit.setSelectedSection(edit.currentSection())
        return True


def _select(combo, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
