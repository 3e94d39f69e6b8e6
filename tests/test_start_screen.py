"""The start screen: up at once, before the heavy part of rakdesk loads, and
gone when the main window (or a message about the file) appears."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from rakdesk.ui import start_screen

def show_now(self):
    heavy = ("sqlalchemy", "sqlmodel", "pydantic", "rakdesk.core.model", "reportlab",
             "openpyxl", "rakdesk.ui.main_window")
    print(json.dumps({"loaded": [m for m in heavy if m in sys.modules]}), flush=True)

def opening(self, path):
    print(json.dumps({"message": self.__class__.__name__, "file": str(path)}), flush=True)
    raise SystemExit(0)

start_screen.StartScreen.show_now = show_now
start_screen.StartScreen.opening = opening
from rakdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_start_screen_is_up_before_the_model_storage_and_printing_load(demo_file,
                                                                           user_data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               RAKDESK_DATA_DIR=str(user_data_dir))
    proc = subprocess.run([sys.executable, "-c", PROBE, str(demo_file)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    shown, opening = (json.loads(line) for line in proc.stdout.splitlines()[-2:])
    assert shown["loaded"] == []
    assert opening["file"] == str(demo_file)


@pytest.fixture
def started(monkeypatch, user_data_dir):
    """app.run up to its event loop; what was on screen when the loop would start."""
    from rakdesk.ui import app, i18n

    monkeypatch.setattr(i18n, "install", lambda *a, **k: [])
    monkeypatch.setattr(app.gc, "freeze", lambda: None)  # the test process goes on
    seen = {}

    def exec_(self):
        seen["windows"] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for w in seen["windows"]:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return app, seen


def test_the_start_screen_names_the_file_and_gives_way_to_the_main_window(qtbot, started,
                                                                         demo_file):
    from rakdesk.ui import start_screen

    app, seen = started
    messages = []
    original = start_screen.StartScreen.say
    start_screen.StartScreen.say = lambda self, text: (messages.append(text),
                                                       original(self, text))[1]
    try:
        assert app.run(demo_file) == 0
    finally:
        start_screen.StartScreen.say = original
    assert any(demo_file.name in m for m in messages)
    assert [w.objectName() for w in seen["windows"]] == ["mainWindow"]
    for w in seen["windows"]:
        w.doc.close()


def test_a_damaged_file_is_named_with_no_start_screen_left_over_it(qtbot, started, tmp_path,
                                                                  monkeypatch):
    app, _ = started
    path = tmp_path / "rusak.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 3000)
    said = []

    def critical(parent, title, text, *rest):
        said.append((text, [w.objectName() for w in QApplication.topLevelWidgets()
                            if w.isVisible()]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert app.run(path) == 1
    assert len(said) == 1 and "rusak.sqlite" in said[0][0]
    assert "startScreen" not in said[0][1]
