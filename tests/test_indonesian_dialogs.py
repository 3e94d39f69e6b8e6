"""Indonesian everywhere: every dialog the window opens, in the Indonesian
interface, shows no English button, label, tooltip, context-menu entry or
column heading, neither from Qt (which ships no Indonesian: rakdesk carries
resources/translations/qtbase_id.ts) nor from rakdesk itself. In the English
interface, messages from the core are English too."""

import shutil
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.conftest import ROOT  # noqa: E402

# conftest turns the static message boxes into failures; this test wants the real ones.
REAL_BOXES = {kind: QMessageBox.__dict__[kind]
              for kind in ("warning", "critical", "information", "question", "about")}

# Said by Qt's own dialogs, whatever the translation files say.
COMMON_ENGLISH = {
    "Cancel", "Yes", "No", "Save", "Open", "Discard", "Close", "Apply", "Reset", "Help",
    "Abort", "Retry", "Ignore", "Yes to All", "No to All", "Save All", "Restore Defaults",
    "Show Details...", "Hide Details...", "Look in:", "File name:", "Files of type:", "Back",
    "Forward", "Parent Directory", "Detail View", "List View", "New Folder",
    "Create New Folder", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All",
    "Name", "Size", "Type", "Date Modified", "Rename", "Show hidden files", "Print", "Options",
    "Enter a value:", "Float", "Step up", "Step down",
}


def plain(text: str) -> str:
    """A text as the user reads it: no mnemonic ampersands, no outer spaces."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_texts() -> set[str]:
    """Source texts whose Indonesian differs: if one shows, it was not translated."""
    texts = set(COMMON_ENGLISH)
    for name in ("qtbase_id.ts", "rakdesk_id.ts"):
        tree = ET.parse(ROOT / "resources" / "translations" / name)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if plain(source) != plain(translation) and "%" not in source and "{" not in source:
                texts.add(plain(source))
    return texts


ENGLISH = english_texts()


def menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu():
            texts += menu_texts(action.menu())
    return texts


def visible_texts(widget: QWidget) -> list[str]:
    """What a user can read in ``widget``: its title, buttons and their tooltips,
    labels, group and tab titles, list headings, combo entries, actions, and the
    standard context menus of its text fields."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for box in widget.findChildren(QGroupBox):
        texts.append(box.title())
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for header in widget.findChildren(QHeaderView):
        horizontal = Qt.Orientation.Horizontal
        if header.orientation() == horizontal and header.model() is not None:
            texts += [str(header.model().headerData(c, horizontal) or "")
                      for c in range(header.count())]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    for field in widget.findChildren(QLineEdit) + widget.findChildren(QTextEdit) \
            + widget.findChildren(QPlainTextEdit):
        menu = field.createStandardContextMenu()
        texts += menu_texts(menu)
        menu.deleteLater()
    for spin in widget.findChildren(QAbstractSpinBox):
        texts.append(spin.specialValueText())
    return texts


def english_in(widget: QWidget) -> list[str]:
    return sorted({plain(t) for t in visible_texts(widget) if plain(t) in ENGLISH})


class DialogWalker:
    """Catches each modal dialog as it opens (polling once per pass of the
    event loop: no timers that wait), records the English it shows, and
    closes it, or hands it to the next queued handler."""

    def __init__(self):
        self.seen: dict[str, list[str]] = {}
        self.handlers = []
        self.running = True
        QTimer.singleShot(0, self.poll)

    def stop(self):
        self.running = False

    def then(self, handler):
        """The next dialog goes to ``handler(dialog)`` instead of being closed."""
        self.handlers.append(handler)

    def poll(self):
        if not self.running:
            return
        widget = QApplication.activeModalWidget()
        if widget is not None and not isinstance(widget, QProgressDialog) \
                and not widget.property("walked"):
            widget.setProperty("walked", True)
            name = f"{len(self.seen) + 1}. {type(widget).__name__} '{widget.windowTitle()}'"
            self.seen[name] = english_in(widget)
            QTimer.singleShot(0, self.poll)  # nested dialogs are caught too
            handler = self.handlers.pop(0) if self.handlers else close
            handler(widget)
            return
        QTimer.singleShot(0, self.poll)

    def opened(self, action, count=1, what=""):
        """Run ``action``; return the dialogs it opened and closed."""
        before = set(self.seen)
        action()
        new = [name for name in self.seen if name not in before]
        assert len(new) >= count, f"{what}: expected {count} dialog(s), saw {new}"
        return new


def close(widget):
    """Close as a user does: a dialog by its Cancel button where it has one
    (Cancel drops typed changes without asking; its X would ask first)."""
    if isinstance(widget, QDialog):
        box = widget.findChild(QDialogButtonBox)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel) if box else None
        if cancel is not None and cancel.isVisible():
            cancel.click()
        if widget.isVisible():
            widget.reject()
    else:
        widget.close()


@pytest.fixture
def indonesian(qtbot, monkeypatch):
    from rakdesk.ui import i18n

    for kind, box in REAL_BOXES.items():
        monkeypatch.setattr(QMessageBox, kind, box)
    app = QApplication.instance()
    translators = i18n.install(app, "id")
    assert len(translators) == 2, "rakdesk's and Qt's Indonesian translations must both load"
    yield
    for translator in translators:
        app.removeTranslator(translator)
    i18n.install(app, "en")


@pytest.mark.parametrize("system, interface, native", [
    ("id", "id", True), ("en", "id", False), ("en", "en", True), ("id", "en", False),
])
def test_native_dialogs_only_when_the_system_speaks_the_interface_language(
        qtbot, monkeypatch, system, interface, native):
    """A native file dialog speaks the system's language, which rakdesk cannot
    translate: on an English Windows the Indonesian interface uses Qt's own
    (translated) dialogs, on an Indonesian Windows the native ones."""
    from PySide6.QtCore import QLocale

    from rakdesk.ui import i18n

    language = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}[system]
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(language)))
    app = QApplication.instance()
    translators = i18n.install(app, interface)
    try:
        assert QCoreApplication.testAttribute(
            Qt.ApplicationAttribute.AA_DontUseNativeDialogs) is not native
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(app, "en")


def test_every_dialog_speaks_indonesian(qtbot, indonesian, demo_file, tmp_path):
    from rakdesk.core import plans as ops
    from rakdesk.ui.plan_model import COL_KEGIATAN, COL_SASARAN, period_key
    from rakdesk.xlsx import export_plan
    from tests.gui import go, make_window

    window = make_window(qtbot, demo_file)
    plan_id = next(p.id for s in ops.all_satkers(window.doc.session) for p in s.plans
                   if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA" and p.kind == "RAK")
    window.tree.select(plan_id)
    window.grid.setFocus()
    walker = DialogWalker()
    act = window.actions_by_name
    try:
        # the window itself, with the preview docked beside the grid
        act["preview"].trigger()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "previewDock").isVisible())
        assert english_in(window) == []
        for name in ("plan_properties", "new_satker", "edit_satker", "sub_units", "new_plan",
                     "finalize", "rename", "restore_backup", "about", "open", "save_copy",
                     "export_pdf", "export_xlsx", "import_xlsx", "merge", "verify"):
            walker.opened(act[name].trigger, what=name)

        # an official is added from the list of officials
        walker.then(lambda d: (d.ui.addOfficial.click(), d.reject()))
        walker.opened(act["officials"].trigger, count=2)

        # the weeks of a schedule cell
        go(qtbot, window, COL_KEGIATAN)
        go(qtbot, window, period_key(3))
        walker.opened(act["weeks"].trigger)

        # deleting a sasaran asks first (a Qt question box with Qt's buttons)
        go(qtbot, window, COL_SASARAN)
        walker.opened(act["delete_rows"].trigger)

        # the save dialog's own question when the name exists already
        existing = tmp_path / "ada.sqlite"
        shutil.copyfile(demo_file, existing)

        def overwrite(dialog):
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(existing))
            dialog.accept()  # opens "... sudah ada. Ganti berkas itu?", answered No
            dialog.reject()
        walker.then(overwrite)
        walker.opened(act["new"].trigger, count=2)

        # an Excel workbook previewed before it is imported, and a copy merged back
        workbook = export_plan(window.model.plan, tmp_path / "rak.xlsx")
        walker.opened(lambda: window.import_xlsx(str(workbook)))
        copy = tmp_path / "salinan.sqlite"
        shutil.copyfile(demo_file, copy)
        walker.opened(lambda: window.merge_file(str(copy)))

        # finalising says so in a message box; the revisions are listed
        walker.then(lambda d: d.accept())
        walker.opened(act["finalize"].trigger, count=2)
        assert window.model.plan.status == "final"
        walker.then(lambda d: (d.ui.viewButton.click(), d.reject()))  # its stored PDF shown
        walker.opened(act["revisions"].trigger, count=2)

        # a core error in a message box: a file that is not a workspace
        foreign = tmp_path / "bukan.sqlite"
        foreign.write_bytes(b"bukan berkas rakdesk" * 100)
        walker.opened(lambda: window.open_path(foreign))
    finally:
        walker.stop()
    english = {name: texts for name, texts in walker.seen.items() if texts}
    assert len(walker.seen) >= 28, sorted(walker.seen)
    assert english == {}


def test_the_print_dialog_speaks_indonesian(qtbot, indonesian):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()  # outlives the dialog, which only points at it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_in(dialog) == []
    dialog.close()
    del dialog


@pytest.mark.parametrize("language, problem", [
    ("id", "NIP harus 18 angka, bukan 20."),
    ("en", "A NIP has 18 digits, not 20."),
])
def test_core_messages_in_the_window_follow_the_interface_language(qtbot, kubu, monkeypatch,
                                                                     language, problem):
    """The official dialog shows the core's NIP check as it is typed."""
    from rakdesk.ui import i18n

    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        shown = []

        def type_nip(dialog):
            if hasattr(dialog.ui, "addOfficial"):
                walker.then(type_nip)
                dialog.ui.addOfficial.click()
                close(dialog)
                return
            qtbot.keyClicks(dialog.ui.nip, "1968041119930310091")
            qtbot.keyClicks(dialog.ui.nip, "0")
            shown.append(dialog.ui.nipProblem.text())
            close(dialog)

        walker = DialogWalker()
        walker.then(type_nip)
        try:
            kubu.actions_by_name["officials"].trigger()
        finally:
            walker.stop()
        assert shown == [problem]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(app, "en")


@pytest.mark.parametrize("language, verdict", [
    ("id", "TIDAK DIKENAL: dokumen ini bukan revisi yang tersimpan di berkas ini."),
    ("en", "UNKNOWN: this document is not a revision stored in this file."),
])
def test_the_core_verdict_on_a_document_follows_the_interface_language(qtbot, kubu, language,
                                                                       verdict):
    from rakdesk.ui import i18n
    from rakdesk.ui.revision_dialogs import VerifyDialog

    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        dialog = VerifyDialog(kubu.doc.session, kubu)
        qtbot.addWidget(dialog)
        dialog.check(b"%PDF-1.4\n% a PDF rakdesk never printed\n")
        assert dialog.ui.result.toPlainText() == verdict
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(app, "en")
