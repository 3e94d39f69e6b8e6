"""The Perjanjian Kinerja's own properties, shown in the plan dialog when the
plan is a PK: pihak kedua (one of the satker's officials, or typed for an
office above), the statement with a "Teks baku" button, the Satuan and
quarter columns, the budget heading, and a PK Perubahan's reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from rakdesk.core import pk as core
from rakdesk.core.choices import ACTING, BUDGET_HEADINGS
from rakdesk.core.nip import validate_nip
from rakdesk.core.offices import position_text, split_acting
from rakdesk.errors import ValidationError

TYPED = "__typed__"


class PkFields(QGroupBox):
    def __init__(self, values: dict, officials: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("pkFields")
        self.setTitle(self.tr("Perjanjian Kinerja"))
        self.default_statement = values.get("_default_statement") or core.STANDARD_STATEMENT
        form = QFormLayout(self)
        self.party2 = QComboBox(self)
        self.party2.setObjectName("party2")
        for official_id, label in officials:
            self.party2.addItem(label, official_id)
        self.party2.addItem(self.tr("Typed: an official of the office above"), TYPED)
        form.addRow(self.tr("Pihak kedua"), self.party2)
        self.typed = QWidget(self)
        typed = QFormLayout(self.typed)
        typed.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(values.get("party2_name", ""), self)
        self.name.setObjectName("party2Name")
        self.name.setPlaceholderText(self.tr("Name with degree"))
        self.title_edit = QLineEdit(values.get("party2_title", ""), self)
        self.title_edit.setObjectName("party2Title")
        self.title_edit.setPlaceholderText("KETUA")
        self.acting = QComboBox(self)
        self.acting.addItems(list(ACTING))
        self.acting.setCurrentText(values.get("party2_acting", ""))
        self.nip = QLineEdit(values.get("party2_nip", ""), self)
        self.nip.setObjectName("party2Nip")
        self.office = QLineEdit(values.get("party2_office", ""), self)
        self.office.setObjectName("party2Office")
        self.office.setPlaceholderText("KOMISI PEMILIHAN UMUM PROVINSI ...")
        typed.addRow(self.tr("Name"), self.name)
        typed.addRow(self.tr("Position"), self.title_edit)
        typed.addRow("Plt./Plh.", self.acting)
        typed.addRow("NIP", self.nip)
        typed.addRow(self.tr("Office"), self.office)
        # The statement's Jabatan line is the position and the office together:
        # shown as it will print, so an office typed twice is seen at once.
        self.printed = QLabel(self)
        self.printed.setObjectName("party2Printed")
        self.printed.setWordWrap(True)
        typed.addRow("", self.printed)
        for edit in (self.title_edit, self.office):
            edit.textChanged.connect(self._show_printed)
        self.acting.currentTextChanged.connect(self._show_printed)
        self._show_printed()
        form.addRow(self.typed)
        chosen = values.get("party2_official_id")
        typed_given = any(values.get(k) for k in ("party2_name", "party2_title"))
        if chosen is None and not typed_given:  # offered: the Ketua, as KPU PKs are signed
            chosen = next((i for i, label in officials if "KETUA" in label.upper()), None)
        index = self.party2.findData(chosen) if chosen else -1
        if index < 0 and (typed_given or not officials):
            index = self.party2.findData(TYPED)
        self.party2.setCurrentIndex(max(index, 0))
        self.party2.currentIndexChanged.connect(self._show_typed)
        self._show_typed()

        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setPlainText(values.get("statement") or self.default_statement)
        self.statement.setMinimumHeight(140)
        self.standard = QPushButton(self.tr("Teks baku"), self)
        self.standard.setObjectName("standardStatement")
        self.standard.setToolTip(self.tr("Put back the standard text (PermenPANRB 53/2014); "
                                         "{pihak_pertama} and {pihak_kedua} stand for the "
                                         "Nama/Jabatan lines"))
        self.standard.clicked.connect(
            lambda: self.statement.setPlainText(core.STANDARD_STATEMENT))
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow("", self.standard)
        columns = QHBoxLayout()
        self.show_satuan = QCheckBox(self.tr("Satuan column"), self)
        self.show_satuan.setObjectName("showSatuan")
        self.show_satuan.setChecked(bool(values.get("show_satuan")))
        self.show_quarters = QCheckBox(self.tr("Target per quarter (TW I–IV)"), self)
        self.show_quarters.setObjectName("showQuarters")
        self.show_quarters.setChecked(bool(values.get("show_quarters")))
        columns.addWidget(self.show_satuan)
        columns.addWidget(self.show_quarters)
        columns.addStretch()
        form.addRow(self.tr("Columns"), columns)
        self.budget_heading = QComboBox(self)
        self.budget_heading.setObjectName("budgetHeading")
        self.budget_heading.addItems(list(BUDGET_HEADINGS))
        self.budget_heading.setCurrentText(values.get("budget_heading") or "Program")
        form.addRow(self.tr("Budget table of"), self.budget_heading)
        self.reason = QLineEdit(values.get("amendment_reason", ""), self)
        self.reason.setObjectName("amendmentReason")
        self.reason.setPlaceholderText(self.tr("Empty: not a PK Perubahan"))
        form.addRow(self.tr("Reason of change"), self.reason)

    def _show_printed(self) -> None:
        acting, title = split_acting(self.acting.currentText(), self.title_edit.text().strip())
        jabatan = core.Party("", position_text(acting, title), " ".join(self.office.text().split()),
                             "").jabatan
        self.printed.setText(self.tr("Printed: Jabatan : {0}").format(jabatan or "-"))

    def _show_typed(self) -> None:
        self.typed.setVisible(self.party2.currentData() == TYPED)

    def values(self) -> dict:
        """The PK fields."""
        typed = self.party2.currentData() == TYPED
        nip = self.nip.text().strip() if typed else ""
        if nip:
            try:
                nip = validate_nip(nip)
            except ValidationError:
                pass  # printed as typed: an office above may write it its own way
        text = self.statement.toPlainText().strip()
        # "Plh. KETUA" typed as the position: the prefix goes to Plt./Plh.
        acting, title = split_acting(self.acting.currentText(), self.title_edit.text())
        return {
            "party2_official_id": None if typed else self.party2.currentData(),
            "party2_name": self.name.text().strip() if typed else "",
            "party2_title": title if typed else "",
            "party2_acting": acting if typed else "",
            "party2_nip": nip,
            "party2_office": self.office.text().strip() if typed else "",
            # the satker's (or the standard) wording is kept by leaving it empty
            "statement": "" if text == self.default_statement.strip() else text,
            "show_satuan": self.show_satuan.isChecked(),
            "show_quarters": self.show_quarters.isChecked(),
            "budget_heading": self.budget_heading.currentText(),
            "amendment_reason": " ".join(self.reason.text().split()),
        }
