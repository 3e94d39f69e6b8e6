# Generated from forms/revisions_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revisions_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RevisionsDialog(object):
    def setupUi(self, RevisionsDialog):
        if not RevisionsDialog.objectName():
            RevisionsDialog.setObjectName(u"RevisionsDialog")
        RevisionsDialog.resize(640, 360)
        self.verticalLayout = QVBoxLayout(RevisionsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.revisions = QTableWidget(RevisionsDialog)
        self.revisions.setObjectName(u"revisions")
        self.revisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.verticalLayout.addWidget(self.revisions)

        self.revisionButtons = QHBoxLayout()
        self.revisionButtons.setObjectName(u"revisionButtons")
        self.viewButton = QPushButton(RevisionsDialog)
        self.viewButton.setObjectName(u"viewButton")

        self.revisionButtons.addWidget(self.viewButton)

        self.saveButton = QPushButton(RevisionsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.revisionButtons.addWidget(self.saveButton)

        self.printButton = QPushButton(RevisionsDialog)
        self.printButton.setObjectName(u"printButton")

        self.revisionButtons.addWidget(self.printButton)


        self.verticalLayout.addLayout(self.revisionButtons)

        self.buttonBox = QDialogButtonBox(RevisionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(RevisionsDialog)
        self.buttonBox.accepted.connect(RevisionsDialog.accept)
        self.buttonBox.rejected.connect(RevisionsDialog.reject)

        QMetaObject.connectSlotsByName(RevisionsDialog)
    # setupUi

    def retranslateUi(self, RevisionsDialog):
        RevisionsDialog.setWindowTitle(QCoreApplication.translate("RevisionsDialog", u"Revisions", None))
        self.viewButton.setText(QCoreApplication.translate("RevisionsDialog", u"View", None))
        self.saveButton.setText(QCoreApplication.translate("RevisionsDialog", u"Save PDF...", None))
        self.printButton.setText(QCoreApplication.translate("RevisionsDialog", u"Print...", None))
    # retranslateUi

