"""Compiled forms and translations match their sources; the interface speaks
Indonesian by default and English when chosen."""

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("PySide6.QtWidgets")

from tests.conftest import ROOT  # noqa: E402


def test_compiled_forms_and_qm_match_their_sources():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_ui.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_string_has_an_indonesian_translation():
    tree = ET.parse(ROOT / "resources" / "translations" / "rakdesk_id.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 150
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")
                  or not (m.find("translation").text or "").strip()]
    assert unfinished == []


def test_qt_texts_of_every_translated_context_have_indonesian():
    """Qt ships no Indonesian: qtbase_id.ts must keep up with the Qt in use."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "qt_texts.py")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    tree = ET.parse(ROOT / "resources" / "translations" / "qtbase_id.ts")
    contexts = {c.findtext("name") for c in tree.getroot().iter("context")}
    assert {"QPlatformTheme", "QMessageBox", "QFileDialog", "QDialogButtonBox", "QLineEdit",
            "QWidgetTextControl", "QPrintDialog"} <= contexts
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") or not m.findtext("translation")]
    assert unfinished == []


def test_forms_are_used_by_composition_not_loaded_at_run_time():
    sources = "".join(p.read_text() for p in (ROOT / "rakdesk").rglob("*.py"))
    assert "loadUiType" not in sources and "QUiLoader" not in sources


@pytest.mark.parametrize("language, file_menu, undo", [("id", "&Berkas", "&Urungkan"),
                                                       ("en", "&File", "&Undo")])
def test_interface_language(qtbot, demo_file, language, file_menu, undo):
    from PySide6.QtWidgets import QApplication

    from rakdesk.core.storage import open_workspace
    from rakdesk.ui import i18n
    from rakdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        window = MainWindow(open_workspace(demo_file))
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == file_menu
        assert window.actions_by_name["undo"].text().startswith(undo)
        if language == "id":
            assert translators, "the Indonesian translation did not load"
            assert "&Rencana" in menus and "&Pengaturan" in menus
            from PySide6.QtCore import QLocale
            assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        for t in translators:
            app.removeTranslator(t)
        i18n.install(app, "en")
