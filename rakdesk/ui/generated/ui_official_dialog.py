# Generated from forms/official_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'official_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_OfficialDialog(object):
    def setupUi(self, OfficialDialog):
        if not OfficialDialog.objectName():
            OfficialDialog.setObjectName(u"OfficialDialog")
        OfficialDialog.resize(520, 330)
        self.verticalLayout = QVBoxLayout(OfficialDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.label_0 = QLabel(OfficialDialog)
        self.label_0.setObjectName(u"label_0")

        self.formLayout.addWidget(self.label_0, 0, 0, 1, 1)

        self.name = QLineEdit(OfficialDialog)
        self.name.setObjectName(u"name")
        self.name.setPlaceholderText(u"THOMAS DOHU, S.Hut")

        self.formLayout.addWidget(self.name, 0, 1, 1, 1)

        self.label_1 = QLabel(OfficialDialog)
        self.label_1.setObjectName(u"label_1")

        self.formLayout.addWidget(self.label_1, 1, 0, 1, 1)

        self.title = QLineEdit(OfficialDialog)
        self.title.setObjectName(u"title")
        self.title.setPlaceholderText(u"SEKRETARIS")

        self.formLayout.addWidget(self.title, 1, 1, 1, 1)

        self.label_2 = QLabel(OfficialDialog)
        self.label_2.setObjectName(u"label_2")

        self.formLayout.addWidget(self.label_2, 2, 0, 1, 1)

        self.acting = QComboBox(OfficialDialog)
        self.acting.addItem("")
        self.acting.addItem(u"Plt.")
        self.acting.addItem(u"Plh.")
        self.acting.setObjectName(u"acting")

        self.formLayout.addWidget(self.acting, 2, 1, 1, 1)

        self.label_3 = QLabel(OfficialDialog)
        self.label_3.setObjectName(u"label_3")

        self.formLayout.addWidget(self.label_3, 3, 0, 1, 1)

        self.nip = QLineEdit(OfficialDialog)
        self.nip.setObjectName(u"nip")
        self.nip.setPlaceholderText(u"19680411 199303 1 009")

        self.formLayout.addWidget(self.nip, 3, 1, 1, 1)

        self.label_4 = QLabel(OfficialDialog)
        self.label_4.setObjectName(u"label_4")

        self.formLayout.addWidget(self.label_4, 4, 0, 1, 1)

        self.nipProblem = QLabel(OfficialDialog)
        self.nipProblem.setObjectName(u"nipProblem")

        self.formLayout.addWidget(self.nipProblem, 4, 1, 1, 1)

        self.label_5 = QLabel(OfficialDialog)
        self.label_5.setObjectName(u"label_5")

        self.formLayout.addWidget(self.label_5, 5, 0, 1, 1)

        self.signatureLayout = QHBoxLayout()
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.signaturePreview = QLabel(OfficialDialog)
        self.signaturePreview.setObjectName(u"signaturePreview")

        self.signatureLayout.addWidget(self.signaturePreview)

        self.chooseSignature = QPushButton(OfficialDialog)
        self.chooseSignature.setObjectName(u"chooseSignature")

        self.signatureLayout.addWidget(self.chooseSignature)

        self.removeSignature = QPushButton(OfficialDialog)
        self.removeSignature.setObjectName(u"removeSignature")

        self.signatureLayout.addWidget(self.removeSignature)


        self.formLayout.addLayout(self.signatureLayout, 5, 1, 1, 1)

        self.label_6 = QLabel(OfficialDialog)
        self.label_6.setObjectName(u"label_6")

        self.formLayout.addWidget(self.label_6, 6, 0, 1, 1)

        self.stampLayout = QHBoxLayout()
        self.stampLayout.setObjectName(u"stampLayout")
        self.stampPreview = QLabel(OfficialDialog)
        self.stampPreview.setObjectName(u"stampPreview")

        self.stampLayout.addWidget(self.stampPreview)

        self.chooseStamp = QPushButton(OfficialDialog)
        self.chooseStamp.setObjectName(u"chooseStamp")

        self.stampLayout.addWidget(self.chooseStamp)

        self.removeStamp = QPushButton(OfficialDialog)
        self.removeStamp.setObjectName(u"removeStamp")

        self.stampLayout.addWidget(self.removeStamp)


        self.formLayout.addLayout(self.stampLayout, 6, 1, 1, 1)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OfficialDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(OfficialDialog)
        self.buttonBox.accepted.connect(OfficialDialog.accept)
        self.buttonBox.rejected.connect(OfficialDialog.reject)

        QMetaObject.connectSlotsByName(OfficialDialog)
    # setupUi

    def retranslateUi(self, OfficialDialog):
        OfficialDialog.setWindowTitle(QCoreApplication.translate("OfficialDialog", u"Official", None))
        self.label_0.setText(QCoreApplication.translate("OfficialDialog", u"Name with degree", None))
        self.label_1.setText(QCoreApplication.translate("OfficialDialog", u"Position", None))
        self.label_2.setText(QCoreApplication.translate("OfficialDialog", u"Acting", None))
        self.acting.setItemText(0, "")

        self.label_3.setText(QCoreApplication.translate("OfficialDialog", u"NIP", None))
        self.label_4.setText("")
        self.nipProblem.setText("")
        self.label_5.setText(QCoreApplication.translate("OfficialDialog", u"Scanned signature", None))
        self.signaturePreview.setText("")
        self.chooseSignature.setText(QCoreApplication.translate("OfficialDialog", u"Choose...", None))
        self.removeSignature.setText(QCoreApplication.translate("OfficialDialog", u"Remove", None))
        self.label_6.setText(QCoreApplication.translate("OfficialDialog", u"Stamp", None))
        self.stampPreview.setText("")
        self.chooseStamp.setText(QCoreApplication.translate("OfficialDialog", u"Choose...", None))
        self.removeStamp.setText(QCoreApplication.translate("OfficialDialog", u"Remove", None))
    # retranslateUi

