# Generated from forms/import_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 600)
        self.verticalLayout = QVBoxLayout(ImportDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)

        self.verticalLayout.addWidget(self.summary)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.satkerLabel = QLabel(ImportDialog)
        self.satkerLabel.setObjectName(u"satkerLabel")

        self.fields.addWidget(self.satkerLabel, 0, 0, 1, 1)

        self.satkerName = QLineEdit(ImportDialog)
        self.satkerName.setObjectName(u"satkerName")

        self.fields.addWidget(self.satkerName, 0, 1, 1, 1)

        self.yearLabel = QLabel(ImportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.fields.addWidget(self.yearLabel, 1, 0, 1, 1)

        self.year = QSpinBox(ImportDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1990)
        self.year.setMaximum(2200)

        self.fields.addWidget(self.year, 1, 1, 1, 1)


        self.verticalLayout.addLayout(self.fields)

        self.rows = QTableWidget(ImportDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)

        self.verticalLayout.addWidget(self.rows)

        self.problemsLabel = QLabel(ImportDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.verticalLayout.addWidget(self.problemsLabel)

        self.problems = QListWidget(ImportDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setMaximumSize(QSize(16777215, 120))

        self.verticalLayout.addWidget(self.problems)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportDialog)
        self.buttonBox.accepted.connect(ImportDialog.accept)
        self.buttonBox.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import from Excel", None))
        self.satkerLabel.setText(QCoreApplication.translate("ImportDialog", u"Satker", None))
        self.yearLabel.setText(QCoreApplication.translate("ImportDialog", u"Year", None))
        self.problemsLabel.setText(QCoreApplication.translate("ImportDialog", u"What could not be read exactly (sheet, row, column):", None))
    # retranslateUi

