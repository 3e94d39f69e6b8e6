# Generated from forms/finalize_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finalize_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FinalizeDialog(object):
    def setupUi(self, FinalizeDialog):
        if not FinalizeDialog.objectName():
            FinalizeDialog.setObjectName(u"FinalizeDialog")
        FinalizeDialog.resize(520, 260)
        self.verticalLayout = QVBoxLayout(FinalizeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explanation = QLabel(FinalizeDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.verticalLayout.addWidget(self.explanation)

        self.sign = QCheckBox(FinalizeDialog)
        self.sign.setObjectName(u"sign")

        self.verticalLayout.addWidget(self.sign)

        self.certLayout = QHBoxLayout()
        self.certLayout.setObjectName(u"certLayout")
        self.certPath = QLineEdit(FinalizeDialog)
        self.certPath.setObjectName(u"certPath")
        self.certPath.setReadOnly(True)

        self.certLayout.addWidget(self.certPath)

        self.chooseCert = QPushButton(FinalizeDialog)
        self.chooseCert.setObjectName(u"chooseCert")

        self.certLayout.addWidget(self.chooseCert)


        self.verticalLayout.addLayout(self.certLayout)

        self.passwordLayout = QHBoxLayout()
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLabel = QLabel(FinalizeDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")
        self.passwordLabel.setWordWrap(True)

        self.passwordLayout.addWidget(self.passwordLabel)

        self.password = QLineEdit(FinalizeDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordLayout.addWidget(self.password)


        self.verticalLayout.addLayout(self.passwordLayout)

        self.buttonBox = QDialogButtonBox(FinalizeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(FinalizeDialog)
        self.buttonBox.accepted.connect(FinalizeDialog.accept)
        self.buttonBox.rejected.connect(FinalizeDialog.reject)

        QMetaObject.connectSlotsByName(FinalizeDialog)
    # setupUi

    def retranslateUi(self, FinalizeDialog):
        FinalizeDialog.setWindowTitle(QCoreApplication.translate("FinalizeDialog", u"Finalise plan", None))
        self.explanation.setText(QCoreApplication.translate("FinalizeDialog", u"Finalising freezes this plan as a numbered revision: its content and the exact PDF are stored in the file, the PDF carries a document code and a QR code, and the plan can no longer be edited until you start the next revision. This cannot be undone.", None))
        self.sign.setText(QCoreApplication.translate("FinalizeDialog", u"Sign the PDF digitally with my certificate (.p12)", None))
        self.chooseCert.setText(QCoreApplication.translate("FinalizeDialog", u"Choose...", None))
        self.passwordLabel.setText(QCoreApplication.translate("FinalizeDialog", u"Password", None))
    # retranslateUi

