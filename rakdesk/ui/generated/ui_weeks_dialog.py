# Generated from forms/weeks_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weeks_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_WeeksDialog(object):
    def setupUi(self, WeeksDialog):
        if not WeeksDialog.objectName():
            WeeksDialog.setObjectName(u"WeeksDialog")
        WeeksDialog.resize(360, 240)
        self.verticalLayout = QVBoxLayout(WeeksDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.ticked = QCheckBox(WeeksDialog)
        self.ticked.setObjectName(u"ticked")

        self.verticalLayout.addWidget(self.ticked)

        self.weeksBox = QGroupBox(WeeksDialog)
        self.weeksBox.setObjectName(u"weeksBox")
        self.weeksBox.setTitle(u"Minggu ke")
        self.weeksLayout = QHBoxLayout(self.weeksBox)
        self.weeksLayout.setObjectName(u"weeksLayout")
        self.week1 = QCheckBox(self.weeksBox)
        self.week1.setObjectName(u"week1")
        self.week1.setText(u"1")

        self.weeksLayout.addWidget(self.week1)

        self.week2 = QCheckBox(self.weeksBox)
        self.week2.setObjectName(u"week2")
        self.week2.setText(u"2")

        self.weeksLayout.addWidget(self.week2)

        self.week3 = QCheckBox(self.weeksBox)
        self.week3.setObjectName(u"week3")
        self.week3.setText(u"3")

        self.weeksLayout.addWidget(self.week3)

        self.week4 = QCheckBox(self.weeksBox)
        self.week4.setObjectName(u"week4")
        self.week4.setText(u"4")

        self.weeksLayout.addWidget(self.week4)


        self.verticalLayout.addWidget(self.weeksBox)

        self.preview = QLabel(WeeksDialog)
        self.preview.setObjectName(u"preview")

        self.verticalLayout.addWidget(self.preview)

        self.noteLabel = QLabel(WeeksDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.verticalLayout.addWidget(self.noteLabel)

        self.note = QLineEdit(WeeksDialog)
        self.note.setObjectName(u"note")

        self.verticalLayout.addWidget(self.note)

        self.buttonBox = QDialogButtonBox(WeeksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(WeeksDialog)
        self.buttonBox.accepted.connect(WeeksDialog.accept)
        self.buttonBox.rejected.connect(WeeksDialog.reject)

        QMetaObject.connectSlotsByName(WeeksDialog)
    # setupUi

    def retranslateUi(self, WeeksDialog):
        WeeksDialog.setWindowTitle(QCoreApplication.translate("WeeksDialog", u"Schedule cell", None))
        self.ticked.setText(QCoreApplication.translate("WeeksDialog", u"Ticked", None))
        self.preview.setText("")
        self.noteLabel.setText(QCoreApplication.translate("WeeksDialog", u"Note", None))
    # retranslateUi

