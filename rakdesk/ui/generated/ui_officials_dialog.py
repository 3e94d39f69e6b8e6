# Generated from forms/officials_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officials_dialog.ui'
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
    QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OfficialsDialog(object):
    def setupUi(self, OfficialsDialog):
        if not OfficialsDialog.objectName():
            OfficialsDialog.setObjectName(u"OfficialsDialog")
        OfficialsDialog.resize(520, 340)
        self.verticalLayout = QVBoxLayout(OfficialsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.officials = QListWidget(OfficialsDialog)
        self.officials.setObjectName(u"officials")

        self.verticalLayout.addWidget(self.officials)

        self.officialButtons = QHBoxLayout()
        self.officialButtons.setObjectName(u"officialButtons")
        self.addOfficial = QPushButton(OfficialsDialog)
        self.addOfficial.setObjectName(u"addOfficial")

        self.officialButtons.addWidget(self.addOfficial)

        self.editOfficial = QPushButton(OfficialsDialog)
        self.editOfficial.setObjectName(u"editOfficial")

        self.officialButtons.addWidget(self.editOfficial)

        self.removeOfficial = QPushButton(OfficialsDialog)
        self.removeOfficial.setObjectName(u"removeOfficial")

        self.officialButtons.addWidget(self.removeOfficial)


        self.verticalLayout.addLayout(self.officialButtons)

        self.buttonBox = QDialogButtonBox(OfficialsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(OfficialsDialog)
        self.buttonBox.accepted.connect(OfficialsDialog.accept)
        self.buttonBox.rejected.connect(OfficialsDialog.reject)

        QMetaObject.connectSlotsByName(OfficialsDialog)
    # setupUi

    def retranslateUi(self, OfficialsDialog):
        OfficialsDialog.setWindowTitle(QCoreApplication.translate("OfficialsDialog", u"Officials", None))
        self.addOfficial.setText(QCoreApplication.translate("OfficialsDialog", u"Add...", None))
        self.editOfficial.setText(QCoreApplication.translate("OfficialsDialog", u"Edit...", None))
        self.removeOfficial.setText(QCoreApplication.translate("OfficialsDialog", u"Remove", None))
    # retranslateUi

