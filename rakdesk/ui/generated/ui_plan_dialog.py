# Generated from forms/plan_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(640, 720)
        self.verticalLayout = QVBoxLayout(PlanDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.scrollArea = QScrollArea(PlanDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.formWidget = QWidget()
        self.formWidget.setObjectName(u"formWidget")
        self.formLayout = QGridLayout(self.formWidget)
        self.formLayout.setObjectName(u"formLayout")
        self.label_0 = QLabel(self.formWidget)
        self.label_0.setObjectName(u"label_0")

        self.formLayout.addWidget(self.label_0, 0, 0, 1, 1)

        self.kind = QComboBox(self.formWidget)
        self.kind.addItem(u"RAK")
        self.kind.addItem(u"IKU")
        self.kind.setObjectName(u"kind")

        self.formLayout.addWidget(self.kind, 0, 1, 1, 1)

        self.label_1 = QLabel(self.formWidget)
        self.label_1.setObjectName(u"label_1")

        self.formLayout.addWidget(self.label_1, 1, 0, 1, 1)

        self.year = QSpinBox(self.formWidget)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1990)
        self.year.setMaximum(2200)

        self.formLayout.addWidget(self.year, 1, 1, 1, 1)

        self.label_2 = QLabel(self.formWidget)
        self.label_2.setObjectName(u"label_2")

        self.formLayout.addWidget(self.label_2, 2, 0, 1, 1)

        self.granularity = QComboBox(self.formWidget)
        self.granularity.setObjectName(u"granularity")

        self.formLayout.addWidget(self.granularity, 2, 1, 1, 1)

        self.label_3 = QLabel(self.formWidget)
        self.label_3.setObjectName(u"label_3")

        self.formLayout.addWidget(self.label_3, 3, 0, 1, 1)

        self.paper = QComboBox(self.formWidget)
        self.paper.addItem(u"A4")
        self.paper.addItem(u"F4")
        self.paper.setObjectName(u"paper")

        self.formLayout.addWidget(self.paper, 3, 1, 1, 1)

        self.label_4 = QLabel(self.formWidget)
        self.label_4.setObjectName(u"label_4")

        self.formLayout.addWidget(self.label_4, 4, 0, 1, 1)

        self.title = QLineEdit(self.formWidget)
        self.title.setObjectName(u"title")
        self.title.setPlaceholderText(u"RENCANA AKSI KINERJA")

        self.formLayout.addWidget(self.title, 4, 1, 1, 1)

        self.label_5 = QLabel(self.formWidget)
        self.label_5.setObjectName(u"label_5")

        self.formLayout.addWidget(self.label_5, 5, 0, 1, 1)

        self.signatoryLayout = QHBoxLayout()
        self.signatoryLayout.setObjectName(u"signatoryLayout")
        self.signatory = QComboBox(self.formWidget)
        self.signatory.setObjectName(u"signatory")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.signatory.sizePolicy().hasHeightForWidth())
        self.signatory.setSizePolicy(sizePolicy)

        self.signatoryLayout.addWidget(self.signatory)

        self.addOfficial = QPushButton(self.formWidget)
        self.addOfficial.setObjectName(u"addOfficial")
        self.addOfficial.setAutoDefault(False)

        self.signatoryLayout.addWidget(self.addOfficial)


        self.formLayout.addLayout(self.signatoryLayout, 5, 1, 1, 1)

        self.label_6 = QLabel(self.formWidget)
        self.label_6.setObjectName(u"label_6")

        self.formLayout.addWidget(self.label_6, 6, 0, 1, 1)

        self.signPlace = QLineEdit(self.formWidget)
        self.signPlace.setObjectName(u"signPlace")
        self.signPlace.setPlaceholderText(u"Selong")

        self.formLayout.addWidget(self.signPlace, 6, 1, 1, 1)

        self.label_7 = QLabel(self.formWidget)
        self.label_7.setObjectName(u"label_7")

        self.formLayout.addWidget(self.label_7, 7, 0, 1, 1)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.signDate = QDateEdit(self.formWidget)
        self.signDate.setObjectName(u"signDate")
        self.signDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.signDate)

        self.monthOnly = QCheckBox(self.formWidget)
        self.monthOnly.setObjectName(u"monthOnly")

        self.dateLayout.addWidget(self.monthOnly)

        self.signUpper = QCheckBox(self.formWidget)
        self.signUpper.setObjectName(u"signUpper")

        self.dateLayout.addWidget(self.signUpper)


        self.formLayout.addLayout(self.dateLayout, 7, 1, 1, 1)

        self.label_8 = QLabel(self.formWidget)
        self.label_8.setObjectName(u"label_8")

        self.formLayout.addWidget(self.label_8, 8, 0, 1, 1)

        self.signOffice = QPlainTextEdit(self.formWidget)
        self.signOffice.setObjectName(u"signOffice")
        self.signOffice.setPlaceholderText(u"KOMISI PEMILIHAN UMUM\n"
"KABUPATEN ...")
        self.signOffice.setTabChangesFocus(True)

        self.formLayout.addWidget(self.signOffice, 8, 1, 1, 1)

        self.label_9 = QLabel(self.formWidget)
        self.label_9.setObjectName(u"label_9")

        self.formLayout.addWidget(self.label_9, 9, 0, 1, 1)

        self.signLayout = QComboBox(self.formWidget)
        self.signLayout.setObjectName(u"signLayout")

        self.formLayout.addWidget(self.signLayout, 9, 1, 1, 1)

        self.label_10 = QLabel(self.formWidget)
        self.label_10.setObjectName(u"label_10")

        self.formLayout.addWidget(self.label_10, 10, 0, 1, 1)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.coverPage = QCheckBox(self.formWidget)
        self.coverPage.setObjectName(u"coverPage")

        self.optionsLayout.addWidget(self.coverPage)

        self.showNo = QCheckBox(self.formWidget)
        self.showNo.setObjectName(u"showNo")

        self.optionsLayout.addWidget(self.showNo)

        self.numericMonths = QCheckBox(self.formWidget)
        self.numericMonths.setObjectName(u"numericMonths")

        self.optionsLayout.addWidget(self.numericMonths)


        self.formLayout.addLayout(self.optionsLayout, 10, 1, 1, 1)

        self.label_11 = QLabel(self.formWidget)
        self.label_11.setObjectName(u"label_11")

        self.formLayout.addWidget(self.label_11, 11, 0, 1, 1)

        self.tickStyle = QComboBox(self.formWidget)
        self.tickStyle.addItem(u"\u2713")
        self.tickStyle.addItem(u"\u221a")
        self.tickStyle.setObjectName(u"tickStyle")

        self.formLayout.addWidget(self.tickStyle, 11, 1, 1, 1)

        self.label_12 = QLabel(self.formWidget)
        self.label_12.setObjectName(u"label_12")

        self.formLayout.addWidget(self.label_12, 12, 0, 1, 1)

        self.columnNumbers = QComboBox(self.formWidget)
        self.columnNumbers.setObjectName(u"columnNumbers")

        self.formLayout.addWidget(self.columnNumbers, 12, 1, 1, 1)

        self.label_13 = QLabel(self.formWidget)
        self.label_13.setObjectName(u"label_13")

        self.formLayout.addWidget(self.label_13, 13, 0, 1, 1)

        self.yearLabel = QComboBox(self.formWidget)
        self.yearLabel.addItem(u"Tahun")
        self.yearLabel.addItem(u"Tahun Anggaran")
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.addWidget(self.yearLabel, 13, 1, 1, 1)

        self.label_14 = QLabel(self.formWidget)
        self.label_14.setObjectName(u"label_14")

        self.formLayout.addWidget(self.label_14, 14, 0, 1, 1)

        self.sasaranHeader = QLineEdit(self.formWidget)
        self.sasaranHeader.setObjectName(u"sasaranHeader")

        self.formLayout.addWidget(self.sasaranHeader, 14, 1, 1, 1)

        self.label_15 = QLabel(self.formWidget)
        self.label_15.setObjectName(u"label_15")

        self.formLayout.addWidget(self.label_15, 15, 0, 1, 1)

        self.indikatorHeader = QLineEdit(self.formWidget)
        self.indikatorHeader.setObjectName(u"indikatorHeader")

        self.formLayout.addWidget(self.indikatorHeader, 15, 1, 1, 1)

        self.label_16 = QLabel(self.formWidget)
        self.label_16.setObjectName(u"label_16")

        self.formLayout.addWidget(self.label_16, 16, 0, 1, 1)

        self.tugas = QPlainTextEdit(self.formWidget)
        self.tugas.setObjectName(u"tugas")
        self.tugas.setTabChangesFocus(True)

        self.formLayout.addWidget(self.tugas, 16, 1, 1, 1)

        self.label_17 = QLabel(self.formWidget)
        self.label_17.setObjectName(u"label_17")

        self.formLayout.addWidget(self.label_17, 17, 0, 1, 1)

        self.fungsi = QPlainTextEdit(self.formWidget)
        self.fungsi.setObjectName(u"fungsi")
        self.fungsi.setTabChangesFocus(True)

        self.formLayout.addWidget(self.fungsi, 17, 1, 1, 1)

        self.scrollArea.setWidget(self.formWidget)

        self.verticalLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(PlanDialog)
        self.buttonBox.accepted.connect(PlanDialog.accept)
        self.buttonBox.rejected.connect(PlanDialog.reject)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Plan properties", None))
        self.label_0.setText(QCoreApplication.translate("PlanDialog", u"Kind", None))

        self.label_1.setText(QCoreApplication.translate("PlanDialog", u"Year", None))
        self.label_2.setText(QCoreApplication.translate("PlanDialog", u"Schedule", None))
        self.label_3.setText(QCoreApplication.translate("PlanDialog", u"Paper", None))

        self.label_4.setText(QCoreApplication.translate("PlanDialog", u"Title", None))
        self.label_5.setText(QCoreApplication.translate("PlanDialog", u"Signatory", None))
        self.addOfficial.setText(QCoreApplication.translate("PlanDialog", u"Add official...", None))
        self.label_6.setText(QCoreApplication.translate("PlanDialog", u"Place of signing", None))
        self.label_7.setText(QCoreApplication.translate("PlanDialog", u"Date of signing", None))
        self.monthOnly.setText(QCoreApplication.translate("PlanDialog", u"Month and year only", None))
        self.signUpper.setText(QCoreApplication.translate("PlanDialog", u"In capitals", None))
        self.label_8.setText(QCoreApplication.translate("PlanDialog", u"Office lines", None))
        self.label_9.setText(QCoreApplication.translate("PlanDialog", u"Signature layout", None))
        self.label_10.setText(QCoreApplication.translate("PlanDialog", u"Options", None))
        self.coverPage.setText(QCoreApplication.translate("PlanDialog", u"Cover page", None))
        self.showNo.setText(QCoreApplication.translate("PlanDialog", u"NO column", None))
        self.numericMonths.setText(QCoreApplication.translate("PlanDialog", u"Months as 1..12", None))
        self.label_11.setText(QCoreApplication.translate("PlanDialog", u"Tick", None))

        self.label_12.setText(QCoreApplication.translate("PlanDialog", u"Column numbers", None))
        self.label_13.setText(QCoreApplication.translate("PlanDialog", u"Year label", None))

        self.label_14.setText(QCoreApplication.translate("PlanDialog", u"Sasaran header", None))
        self.label_15.setText(QCoreApplication.translate("PlanDialog", u"Indikator header", None))
        self.label_16.setText(QCoreApplication.translate("PlanDialog", u"Tugas (IKU)", None))
        self.label_17.setText(QCoreApplication.translate("PlanDialog", u"Fungsi (IKU, one per line)", None))
    # retranslateUi

