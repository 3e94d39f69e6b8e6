# Generated from forms/verify_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(600, 420)
        self.verticalLayout = QVBoxLayout(VerifyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explanation = QLabel(VerifyDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.verticalLayout.addWidget(self.explanation)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.choosePdf = QPushButton(VerifyDialog)
        self.choosePdf.setObjectName(u"choosePdf")

        self.fileLayout.addWidget(self.choosePdf)


        self.verticalLayout.addLayout(self.fileLayout)

        self.codeLayout = QHBoxLayout()
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setWordWrap(True)

        self.codeLayout.addWidget(self.codeLabel)

        self.code = QLineEdit(VerifyDialog)
        self.code.setObjectName(u"code")

        self.codeLayout.addWidget(self.code)

        self.findCode = QPushButton(VerifyDialog)
        self.findCode.setObjectName(u"findCode")

        self.codeLayout.addWidget(self.findCode)


        self.verticalLayout.addLayout(self.codeLayout)

        self.result = QTextBrowser(VerifyDialog)
        self.result.setObjectName(u"result")

        self.verticalLayout.addWidget(self.result)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.viewRevision = QPushButton(VerifyDialog)
        self.viewRevision.setObjectName(u"viewRevision")

        self.resultButtons.addWidget(self.viewRevision)


        self.verticalLayout.addLayout(self.resultButtons)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(VerifyDialog)
        self.buttonBox.accepted.connect(VerifyDialog.accept)
        self.buttonBox.rejected.connect(VerifyDialog.reject)

        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Check a document", None))
        self.explanation.setText(QCoreApplication.translate("VerifyDialog", u"Check whether a printed or sent PDF is exactly a finalised revision stored in this workspace, or find a revision by the code printed in its footer.", None))
        self.choosePdf.setText(QCoreApplication.translate("VerifyDialog", u"Check a PDF file...", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"Document code or scanned QR", None))
        self.findCode.setText(QCoreApplication.translate("VerifyDialog", u"Find", None))
        self.viewRevision.setText(QCoreApplication.translate("VerifyDialog", u"View the stored revision", None))
    # retranslateUi

