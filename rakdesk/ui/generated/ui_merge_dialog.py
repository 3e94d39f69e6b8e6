# Generated from forms/merge_dialog.ui by scripts/compile_ui.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(960, 620)
        self.verticalLayout = QVBoxLayout(MergeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(MergeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.plansBox = QVBoxLayout()
        self.plansBox.setObjectName(u"plansBox")
        self.plansLabel = QLabel(MergeDialog)
        self.plansLabel.setObjectName(u"plansLabel")

        self.plansBox.addWidget(self.plansLabel)

        self.plans = QListWidget(MergeDialog)
        self.plans.setObjectName(u"plans")
        self.plans.setMaximumSize(QSize(340, 16777215))

        self.plansBox.addWidget(self.plans)


        self.top.addLayout(self.plansBox)

        self.summaryBox = QVBoxLayout()
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLabel = QLabel(MergeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.summaryBox.addWidget(self.summaryLabel)

        self.summary = QListWidget(MergeDialog)
        self.summary.setObjectName(u"summary")

        self.summaryBox.addWidget(self.summary)


        self.top.addLayout(self.summaryBox)


        self.verticalLayout.addLayout(self.top)

        self.conflictsLabel = QLabel(MergeDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setText(u"")
        self.conflictsLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.conflictsLabel)

        self.groupBox = QHBoxLayout()
        self.groupBox.setObjectName(u"groupBox")
        self.groupsLabel = QLabel(MergeDialog)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.groupBox.addWidget(self.groupsLabel)

        self.groups = QComboBox(MergeDialog)
        self.groups.setObjectName(u"groups")
        self.groups.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groups.setMinimumContentsLength(60)

        self.groupBox.addWidget(self.groups)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupBox.addItem(self.groupSpacer)


        self.verticalLayout.addLayout(self.groupBox)

        self.conflicts = QTableView(MergeDialog)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.conflicts.setWordWrap(False)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.verticalLayout.addWidget(self.conflicts)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.allMine = QPushButton(MergeDialog)
        self.allMine.setObjectName(u"allMine")

        self.bottom.addWidget(self.allMine)

        self.allTheirs = QPushButton(MergeDialog)
        self.allTheirs.setObjectName(u"allTheirs")

        self.bottom.addWidget(self.allTheirs)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.bottom)

        self.verticalLayout.setStretch(1, 1)
        self.verticalLayout.setStretch(4, 3)
#if QT_CONFIG(shortcut)
        self.groupsLabel.setBuddy(self.groups)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)
        self.buttonBox.accepted.connect(MergeDialog.accept)
        self.buttonBox.rejected.connect(MergeDialog.reject)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge from another file", None))
        self.plansLabel.setText(QCoreApplication.translate("MergeDialog", u"Plans to bring in:", None))
        self.summaryLabel.setText(QCoreApplication.translate("MergeDialog", u"What the merge will do:", None))
        self.groupsLabel.setText(QCoreApplication.translate("MergeDialog", u"&Show:", None))
        self.allMine.setText(QCoreApplication.translate("MergeDialog", u"Keep &all mine", None))
        self.allTheirs.setText(QCoreApplication.translate("MergeDialog", u"Take all &theirs", None))
    # retranslateUi

