# Generated from forms/satker_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'satker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SatkerDialog(object):
    def setupUi(self, SatkerDialog):
        if not SatkerDialog.objectName():
            SatkerDialog.setObjectName(u"SatkerDialog")
        SatkerDialog.resize(560, 480)
        self.verticalLayout = QVBoxLayout(SatkerDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.label_0 = QLabel(SatkerDialog)
        self.label_0.setObjectName(u"label_0")

        self.formLayout.addWidget(self.label_0, 0, 0, 1, 1)

        self.name = QLineEdit(SatkerDialog)
        self.name.setObjectName(u"name")
        self.name.setPlaceholderText(u"SEKRETARIAT KPU KABUPATEN ...")

        self.formLayout.addWidget(self.name, 0, 1, 1, 1)

        self.label_1 = QLabel(SatkerDialog)
        self.label_1.setObjectName(u"label_1")

        self.formLayout.addWidget(self.label_1, 1, 0, 1, 1)

        self.fullName = QLineEdit(SatkerDialog)
        self.fullName.setObjectName(u"fullName")
        self.fullName.setPlaceholderText(u"SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ...")

        self.formLayout.addWidget(self.fullName, 1, 1, 1, 1)

        self.label_2 = QLabel(SatkerDialog)
        self.label_2.setObjectName(u"label_2")

        self.formLayout.addWidget(self.label_2, 2, 0, 1, 1)

        self.level = QComboBox(SatkerDialog)
        self.level.setObjectName(u"level")

        self.formLayout.addWidget(self.level, 2, 1, 1, 1)

        self.label_3 = QLabel(SatkerDialog)
        self.label_3.setObjectName(u"label_3")

        self.formLayout.addWidget(self.label_3, 3, 0, 1, 1)

        self.body = QComboBox(SatkerDialog)
        self.body.setObjectName(u"body")

        self.formLayout.addWidget(self.body, 3, 1, 1, 1)

        self.label_4 = QLabel(SatkerDialog)
        self.label_4.setObjectName(u"label_4")

        self.formLayout.addWidget(self.label_4, 4, 0, 1, 1)

        self.parentOffice = QLineEdit(SatkerDialog)
        self.parentOffice.setObjectName(u"parentOffice")

        self.formLayout.addWidget(self.parentOffice, 4, 1, 1, 1)

        self.label_5 = QLabel(SatkerDialog)
        self.label_5.setObjectName(u"label_5")

        self.formLayout.addWidget(self.label_5, 5, 0, 1, 1)

        self.officeHeading = QPlainTextEdit(SatkerDialog)
        self.officeHeading.setObjectName(u"officeHeading")
        self.officeHeading.setPlaceholderText(u"KOMISI PEMILIHAN UMUM\n"
"KABUPATEN ...")
        self.officeHeading.setTabChangesFocus(True)

        self.formLayout.addWidget(self.officeHeading, 5, 1, 1, 1)

        self.label_6 = QLabel(SatkerDialog)
        self.label_6.setObjectName(u"label_6")

        self.formLayout.addWidget(self.label_6, 6, 0, 1, 1)

        self.address = QLineEdit(SatkerDialog)
        self.address.setObjectName(u"address")

        self.formLayout.addWidget(self.address, 6, 1, 1, 1)

        self.label_7 = QLabel(SatkerDialog)
        self.label_7.setObjectName(u"label_7")

        self.formLayout.addWidget(self.label_7, 7, 0, 1, 1)

        self.phone = QLineEdit(SatkerDialog)
        self.phone.setObjectName(u"phone")

        self.formLayout.addWidget(self.phone, 7, 1, 1, 1)

        self.label_8 = QLabel(SatkerDialog)
        self.label_8.setObjectName(u"label_8")

        self.formLayout.addWidget(self.label_8, 8, 0, 1, 1)

        self.city = QLineEdit(SatkerDialog)
        self.city.setObjectName(u"city")

        self.formLayout.addWidget(self.city, 8, 1, 1, 1)

        self.label_9 = QLabel(SatkerDialog)
        self.label_9.setObjectName(u"label_9")

        self.formLayout.addWidget(self.label_9, 9, 0, 1, 1)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(SatkerDialog)
        self.logoPreview.setObjectName(u"logoPreview")

        self.logoLayout.addWidget(self.logoPreview)

        self.chooseLogo = QPushButton(SatkerDialog)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoLayout.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(SatkerDialog)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoLayout.addWidget(self.removeLogo)


        self.formLayout.addLayout(self.logoLayout, 9, 1, 1, 1)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SatkerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(SatkerDialog)
        self.buttonBox.accepted.connect(SatkerDialog.accept)
        self.buttonBox.rejected.connect(SatkerDialog.reject)

        QMetaObject.connectSlotsByName(SatkerDialog)
    # setupUi

    def retranslateUi(self, SatkerDialog):
        SatkerDialog.setWindowTitle(QCoreApplication.translate("SatkerDialog", u"Satker", None))
        self.label_0.setText(QCoreApplication.translate("SatkerDialog", u"Name (as printed)", None))
        self.label_1.setText(QCoreApplication.translate("SatkerDialog", u"Full name", None))
        self.label_2.setText(QCoreApplication.translate("SatkerDialog", u"Level", None))
        self.label_3.setText(QCoreApplication.translate("SatkerDialog", u"Body", None))
        self.label_4.setText(QCoreApplication.translate("SatkerDialog", u"Parent office", None))
        self.label_5.setText(QCoreApplication.translate("SatkerDialog", u"Office heading", None))
        self.label_6.setText(QCoreApplication.translate("SatkerDialog", u"Address", None))
        self.label_7.setText(QCoreApplication.translate("SatkerDialog", u"Phone", None))
        self.label_8.setText(QCoreApplication.translate("SatkerDialog", u"City (signing place)", None))
        self.label_9.setText(QCoreApplication.translate("SatkerDialog", u"Logo", None))
        self.logoPreview.setText("")
        self.chooseLogo.setText(QCoreApplication.translate("SatkerDialog", u"Choose...", None))
        self.removeLogo.setText(QCoreApplication.translate("SatkerDialog", u"Remove", None))
    # retranslateUi

