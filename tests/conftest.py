import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch):
    """Every test gets its own user data folder (backups, default workspace)."""
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
