import os
import shutil
import sys
from pathlib import Path

import pytest

import rakdesk  # noqa: F401  (first: it makes openpyxl parse through defusedxml)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch):
    """Every test gets its own user data folder (backups, default workspace, and
    the settings file: language, window state, recent files, last plan)."""
    path = tmp_path / "userdata"
    monkeypatch.setenv("RAKDESK_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    from rakdesk.core.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo_file(demo_master, tmp_path):
    """A fresh copy of the demo workspace for one test to change."""
    target = tmp_path / "kerja.sqlite"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def run_cli():
    """Run the real command in a child process: exit code, stdout, stderr."""
    import subprocess

    def run(*args, timeout=120):
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "rakdesk", *map(str, args)],
            capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env,
        )
        return proc.returncode, proc.stdout, proc.stderr

    return run


def require_tool(name: str, package: str) -> str:
    """The path of a Debian tool a test needs. Without it the test skips with the
    reason, except in CI (CI=true), where .ci/run installs it and a skip would
    hide a broken install step."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (Debian package {package})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; .ci/run should have installed it")
    pytest.skip(message)


def pytest_sessionfinish(session, exitstatus):
    if exitstatus == 5:  # no tests collected must never pass silently
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def qt_settings(request, tmp_path, monkeypatch):
    """GUI tests keep their QSettings (recent files, geometry) to themselves, and
    a message box nobody expected fails the test instead of hanging it."""
    if "qtbot" in request.fixturenames:
        from PySide6.QtWidgets import QMessageBox

        from tests.gui import isolate_settings

        isolate_settings(tmp_path)

        def unexpected(kind):
            def box(*args, **kwargs):
                text = next((a for a in args if isinstance(a, str) and a != "rakdesk"), "")
                raise AssertionError(f"unexpected {kind} message box: {text}")
            return staticmethod(box)

        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def kubu(qtbot, demo_file):
    """The window on a copy of the demo, showing the Kubu Raya RAK 2024."""
    from rakdesk.core import plans as ops
    from tests.gui import make_window

    window = make_window(qtbot, demo_file)
    plan_id = next(p.id for s in ops.all_satkers(window.doc.session) for p in s.plans
                   if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA" and p.kind == "RAK")
    window.tree.select(plan_id)
    window.grid.setFocus()
    return window


@pytest.fixture
def kubu_plan(demo_file):
    """(session, plan): the Kubu Raya RAK 2024 of a copy of the demo, loaded."""
    from rakdesk.core import editing
    from rakdesk.core import plans as ops
    from rakdesk.core.storage import open_workspace

    ws = open_workspace(demo_file)
    session = ws.session()
    plan = next(p for s in ops.all_satkers(session) for p in s.plans
                if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA" and p.kind == "RAK")
    yield session, editing.load_plan(session, plan.id)
    session.close()
    ws.close()


@pytest.fixture(autouse=True)
def core_language():
    """The core speaks Indonesian in every test unless the test says otherwise."""
    from rakdesk.core import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")
