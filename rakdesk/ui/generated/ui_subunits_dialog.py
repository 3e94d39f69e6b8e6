# Generated from forms/subunits_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subunits_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SubUnitsDialog(object):
    def setupUi(self, SubUnitsDialog):
        if not SubUnitsDialog.objectName():
            SubUnitsDialog.setObjectName(u"SubUnitsDialog")
        SubUnitsDialog.resize(620, 380)
        self.verticalLayout = QVBoxLayout(SubUnitsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.hint = QLabel(SubUnitsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.verticalLayout.addWidget(self.hint)

        self.units = QListWidget(SubUnitsDialog)
        self.units.setObjectName(u"units")
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.verticalLayout.addWidget(self.units)

        self.editLayout = QHBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.unitName = QLineEdit(SubUnitsDialog)
        self.unitName.setObjectName(u"unitName")
        self.unitName.setPlaceholderText(u"Subbag. Keuangan, Umum dan Logistik")

        self.editLayout.addWidget(self.unitName)

        self.addUnit = QPushButton(SubUnitsDialog)
        self.addUnit.setObjectName(u"addUnit")

        self.editLayout.addWidget(self.addUnit)

        self.renameUnit = QPushButton(SubUnitsDialog)
        self.renameUnit.setObjectName(u"renameUnit")

        self.editLayout.addWidget(self.renameUnit)

        self.removeUnit = QPushButton(SubUnitsDialog)
        self.removeUnit.setObjectName(u"removeUnit")

        self.editLayout.addWidget(self.removeUnit)

        self.upUnit = QPushButton(SubUnitsDialog)
        self.upUnit.setObjectName(u"upUnit")

        self.editLayout.addWidget(self.upUnit)

        self.downUnit = QPushButton(SubUnitsDialog)
        self.downUnit.setObjectName(u"downUnit")

        self.editLayout.addWidget(self.downUnit)


        self.verticalLayout.addLayout(self.editLayout)

        self.mergeLayout = QHBoxLayout()
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.mergeHint = QLabel(SubUnitsDialog)
        self.mergeHint.setObjectName(u"mergeHint")
        self.mergeHint.setWordWrap(True)

        self.mergeLayout.addWidget(self.mergeHint)

        self.similarUnits = QPushButton(SubUnitsDialog)
        self.similarUnits.setObjectName(u"similarUnits")

        self.mergeLayout.addWidget(self.similarUnits)

        self.mergeUnits = QPushButton(SubUnitsDialog)
        self.mergeUnits.setObjectName(u"mergeUnits")

        self.mergeLayout.addWidget(self.mergeUnits)


        self.verticalLayout.addLayout(self.mergeLayout)

        self.buttonBox = QDialogButtonBox(SubUnitsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(SubUnitsDialog)
        self.buttonBox.accepted.connect(SubUnitsDialog.accept)
        self.buttonBox.rejected.connect(SubUnitsDialog.reject)

        QMetaObject.connectSlotsByName(SubUnitsDialog)
    # setupUi

    def retranslateUi(self, SubUnitsDialog):
        SubUnitsDialog.setWindowTitle(QCoreApplication.translate("SubUnitsDialog", u"Sub-units", None))
        self.hint.setText(QCoreApplication.translate("SubUnitsDialog", u"The sub-units that carry out kegiatan (the Pelaksana choices).", None))
        self.addUnit.setText(QCoreApplication.translate("SubUnitsDialog", u"Add", None))
        self.renameUnit.setText(QCoreApplication.translate("SubUnitsDialog", u"Rename", None))
        self.removeUnit.setText(QCoreApplication.translate("SubUnitsDialog", u"Remove", None))
        self.upUnit.setText(QCoreApplication.translate("SubUnitsDialog", u"Up", None))
        self.downUnit.setText(QCoreApplication.translate("SubUnitsDialog", u"Down", None))
        self.mergeHint.setText(QCoreApplication.translate("SubUnitsDialog", u"Two spellings of one sub-unit? Select both (Ctrl+click) and merge them: every kegiatan then names the one under the cursor.", None))
        self.similarUnits.setText(QCoreApplication.translate("SubUnitsDialog", u"Select similar", None))
        self.mergeUnits.setText(QCoreApplication.translate("SubUnitsDialog", u"Merge", None))
    # retranslateUi

