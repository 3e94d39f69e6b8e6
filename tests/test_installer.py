"""The frozen app, the Windows installer script and the offline kit.

The bundle is built once per run with ``installer/build.py`` (CI builds it
first and passes it in ``RAKDESK_BUNDLE``), then run the way an office laptop
runs it: from its own folder, outside any virtual environment."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rakdesk.core.filecheck import SCHEMA_VERSION
from tests import demo_counts
from tests.conftest import ROOT, require_tool

WINDOWS = sys.platform == "win32"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("RAKDESK_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, ROOT / "installer" / "build.py", "--no-timing",
                    "--dist", out / "dist", "--work", out / "work"], check=True,
                   capture_output=True, timeout=1200)
    return out / "dist" / "rakdesk"


def clean_env(data: Path) -> dict:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from build import clean_env as env
    finally:
        sys.path.pop(0)
    result = env(data)
    assert not any(".venv" in p for p in result["PATH"].split(os.pathsep))
    assert "PYTHONPATH" not in result and "VIRTUAL_ENV" not in result
    return result


def frozen(bundle: Path, tmp_path: Path, *args, timeout=180):
    exe = bundle / ("rakdesk-cli.exe" if WINDOWS else "rakdesk")
    proc = subprocess.run([exe, *map(str, args)], cwd=tmp_path, env=clean_env(tmp_path / "data"),
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr


def test_frozen_commands_work_outside_any_virtual_environment(bundle, tmp_path):
    from pypdf import PdfReader

    code, out, err = frozen(bundle, tmp_path, "--version")
    assert (code, out.strip()) == (0, "rakdesk 0.1.0"), err
    code, out, err = frozen(bundle, tmp_path, "demo", "demo.sqlite")
    assert code == 0, err  # Alembic built the file from the bundled scripts
    code, out, err = frozen(bundle, tmp_path, "check", "demo.sqlite")
    assert code == 0 and f"skema versi {SCHEMA_VERSION}" in out, err
    code, out, err = frozen(bundle, tmp_path, "list", "demo.sqlite")
    plan_id = next(line.split("id ")[-1] for line in out.splitlines() if "RAK 2024" in line)
    code, out, err = frozen(bundle, tmp_path, "render", "demo.sqlite", "--plan", plan_id,
                            "-o", "rak.pdf")
    assert code == 0, err
    reader = PdfReader(tmp_path / "rak.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "KUBU RAYA" in text and "√" in text
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    if not WINDOWS:  # no Arial here: the bundled DejaVu prints the text and the ticks
        assert any("DejaVu" in f for f in fonts), fonts


def test_frozen_app_migrates_an_old_file_with_its_bundled_scripts(bundle, tmp_path):
    from rakdesk.core import storage

    old = tmp_path / "lama.sqlite"
    sqlite3.connect(old).close()
    storage.migrate(old, revision="0001")  # a file as rakdesk with schema 1 wrote it
    code, out, err = frozen(bundle, tmp_path, "demo", "demo.sqlite")
    assert code == 0, err
    code, out, err = frozen(bundle, tmp_path, "merge", old, "demo.sqlite")
    assert code == 0 and f"Ditambahkan: {demo_counts.satkers()} satker" in out, out + err
    code, out, err = frozen(bundle, tmp_path, "check", old)
    assert code == 0 and f"skema versi {SCHEMA_VERSION}" in out, out + err
    assert any((tmp_path / "data" / "backups").glob("lama-*sebelum-migrasi-v1.sqlite"))


def test_frozen_window_opens_the_workspace(bundle, tmp_path):
    code, _, err = frozen(bundle, tmp_path, "demo", "demo.sqlite")
    assert code == 0, err
    exe = bundle / ("rakdesk.exe" if WINDOWS else "rakdesk")
    locks = tmp_path / "data" / "locks"
    proc = subprocess.Popen([exe, tmp_path / "demo.sqlite"], cwd=tmp_path,
                            env=clean_env(tmp_path / "data"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (locks.exists() and any(locks.iterdir())):
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "the window never opened the workspace"
            time.sleep(0.05)
        time.sleep(2)  # the window is built and shown after the file is opened
        assert proc.poll() is None, proc.communicate()[1]
        assert any((tmp_path / "data" / "backups").glob("demo-*.sqlite"))  # rolling backup
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err and "Error" not in err, err


def test_bundle_carries_only_what_rakdesk_uses(bundle):
    internal = bundle / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Multimedia", "Qt63D", "pytest",
                     "hypothesis", "tkinter"):
        assert not [n for n in names if unwanted in n], unwanted
    qt_translations = [n for n in names if "PySide6/Qt/translations/" in n]
    assert qt_translations and all(n.endswith(("_id.qm", "_en.qm")) for n in qt_translations)
    for needed in ("resources/fonts/DejaVuSansCondensed.ttf", "resources/fonts/LICENSE-DejaVu.txt",
                   "resources/translations/rakdesk_id.qm", "resources/icons/rakdesk.ico",
                   "rakdesk/data/demo.json", "rakdesk/migrations/env.py"):
        assert needed in names, needed
    scripts = sorted(p.name for p in (ROOT / "rakdesk" / "migrations" / "versions").glob("*.py"))
    bundled = sorted(Path(n).name for n in names if n.startswith("rakdesk/migrations/versions/")
                     and n.endswith(".py"))
    assert bundled == scripts


def test_nsis_script_compiles(bundle, tmp_path):
    makensis = require_tool("makensis", "nsis")
    out = tmp_path / "rakdesk-0.1.0-setup.exe"
    proc = subprocess.run([makensis, "-V2", "-WX", "-DCHECK_ONLY", "-DVERSION=0.1.0",
                           f"-DSOURCE={bundle}", f"-DOUTFILE={out}",
                           ROOT / "installer" / "rakdesk.nsi"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows program
    script = (ROOT / "installer" / "rakdesk.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script  # no administrator rights
    uninstall = script[script.index('Section "Uninstall"'):]
    assert "$LOCALAPPDATA\\rakdesk" not in uninstall.replace("DetailPrint", "")  # data stays


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def pypi():
    if not _pypi_reachable():
        if os.environ.get("CI") == "true":
            pytest.fail("PyPI is not reachable from CI")
        pytest.skip("PyPI is not reachable (the offline kit is built where it is)")


def test_every_dependency_has_a_windows_wheel(pypi):
    proc = subprocess.run([sys.executable, ROOT / "installer" / "offline_kit.py", "--check"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "win_amd64 wheel for Python 3.12" in proc.stdout


def test_offline_kit_installs_without_internet(pypi, tmp_path):
    """The same kit, built for this machine: installed with --no-index into a
    fresh environment, rakdesk runs and finds its fonts and translations."""
    from packaging.tags import sys_tags

    platforms = list(dict.fromkeys(t.platform for t in sys_tags()))
    args = [a for p in platforms for a in ("--platform", p)]
    kit = tmp_path / "kit"
    proc = subprocess.run([sys.executable, ROOT / "installer" / "offline_kit.py", kit, *args],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (kit / "install.bat").read_bytes().count(b"\r\n") > 10  # Windows line ends
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / ("Scripts/python.exe" if WINDOWS else "bin/python")
    proc = subprocess.run([python, "-m", "pip", "install", "--no-index", "--find-links",
                           kit / "wheels", "rakdesk"], capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    env = clean_env(tmp_path / "data")
    work = tmp_path / "work"
    work.mkdir()
    run = lambda *a: subprocess.run([python, "-m", "rakdesk", *map(str, a)],  # noqa: E731
                                    cwd=work, env=env, capture_output=True, text=True)
    assert run("demo", "demo.sqlite").returncode == 0
    proc = subprocess.run(
        [python, "-c", "from rakdesk.paths import resources_dir as r; "
                       "print((r() / 'fonts' / 'DejaVuSansCondensed.ttf').is_file(), "
                       "(r() / 'translations' / 'rakdesk_id.qm').is_file(), "
                       "(r() / 'icons' / 'rakdesk.ico').is_file())"],
        cwd=work, env=env, capture_output=True, text=True)
    assert proc.stdout.split() == ["True", "True", "True"], proc.stderr  # the shortcut's icon
    proc = run("render", "demo.sqlite", "--all", "-o", "pdf")
    # every plan, and the Kubu Raya RAK's monitoring reports (four triwulan, the Pengukuran)
    printed = len(list((work / "pdf").glob("*.pdf")))
    assert proc.returncode == 0 and printed == demo_counts.plans() + 5, proc.stderr
    shutil.rmtree(venv, ignore_errors=True)
