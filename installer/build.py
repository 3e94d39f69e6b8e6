"""Build rakdesk for the system this runs on, and say how big and how quick it is.

    python installer/build.py                # the one-folder app in dist/rakdesk, then
                                             #   Linux:   dist/rakdesk-VERSION-linux-x86_64.tar.gz
                                             #   Windows: dist/rakdesk-VERSION-setup.exe (NSIS)
    python installer/build.py --check-nsis   # also compile the NSIS script here (Linux CI:
                                             #   Debian's nsis), to catch errors in it

Run it with the Python of a virtual environment that has rakdesk and
PyInstaller installed (``pip install -e .[test]`` installs both). It prints the
bundle's size and the frozen app's start-up times, measured from this build.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rakdesk  # noqa: E402

WINDOWS = sys.platform == "win32"


def run(*cmd, **kw) -> subprocess.CompletedProcess:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)  # links (Qt's .so) count once


def mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB"


def clean_env(data_dir: Path) -> dict:
    """The frozen app outside any virtual environment: no PYTHONPATH, no venv on PATH."""
    keep = {k: v for k, v in os.environ.items()
            if k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "HOME", "USERPROFILE", "LOCALAPPDATA",
                     "APPDATA", "LANG", "DISPLAY", "XAUTHORITY")}
    keep["PATH"] = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                                   if p and sys.prefix not in p and ".venv" not in p)
    keep["RAKDESK_DATA_DIR"] = str(data_dir)
    keep["QT_QPA_PLATFORM"] = "offscreen"
    return keep


def exe_path(bundle: Path, cli: bool = False) -> Path:
    """The program in the bundle; on Windows ``cli`` picks rakdesk-cli.exe, the
    console twin of the window program (rakdesk.exe shows no output)."""
    if not WINDOWS:
        return bundle / "rakdesk"
    return bundle / ("rakdesk-cli.exe" if cli else "rakdesk.exe")


def startup_times(bundle: Path, runs: int = 5) -> dict[str, float]:
    """Median seconds for ``rakdesk --version`` (the interpreter and the command
    line) and for the window to open the demo workspace (its lock file appears)."""
    exe, cli = exe_path(bundle), exe_path(bundle, cli=True)
    out: dict[str, list[float]] = {"version": [], "window": []}
    with tempfile.TemporaryDirectory(prefix="rakdesk-start-") as tmp:
        tmp = Path(tmp)
        env = clean_env(tmp / "data")
        subprocess.run([cli, "demo", tmp / "demo.sqlite"], env=env, check=True,
                       capture_output=True)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([cli, "--version"], env=env, check=True, capture_output=True)
            out["version"].append(time.perf_counter() - start)
        for _ in range(max(1, runs // 2)):
            locks = tmp / "data" / "locks"
            shutil.rmtree(locks, ignore_errors=True)
            start = time.perf_counter()
            proc = subprocess.Popen([exe, tmp / "demo.sqlite"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                while not (locks.exists() and any(locks.iterdir())):
                    if proc.poll() is not None or time.perf_counter() - start > 120:
                        raise SystemExit("the frozen window did not open its workspace")
                    time.sleep(0.02)
                out["window"].append(time.perf_counter() - start)
            finally:
                proc.terminate()
                proc.wait(30)
    return {k: statistics.median(v) for k, v in out.items()}


def compile_nsis(bundle: Path, outfile: Path, quick: bool = False) -> Path:
    """makensis with warnings as errors. ``quick`` stores the files without
    packing them: the same script checked in seconds, for CI."""
    makensis = shutil.which("makensis")
    if not makensis:
        raise SystemExit("makensis not found: install NSIS (Windows) or Debian's nsis")
    fast = ["-DCHECK_ONLY"] if quick else []
    run(makensis, "-V2", "-WX", *fast, f"-DVERSION={rakdesk.__version__}", f"-DSOURCE={bundle}",
        f"-DOUTFILE={outfile}", ROOT / "installer" / "rakdesk.nsi")
    return outfile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--check-nsis", action="store_true",
                        help="compile the NSIS script here too (into the work folder)")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    run(sys.executable, ROOT / "scripts" / "compile_ui.py", "--check")
    started = time.perf_counter()
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work, ROOT / "installer" / "rakdesk.spec")
    bundle = dist / "rakdesk"
    size, count = folder_size(bundle)
    print(f"\nbundle: {bundle} ({mb(size)} in {count} files), built in "
          f"{time.perf_counter() - started:.0f} s")

    version = rakdesk.__version__
    if WINDOWS:
        setup = compile_nsis(bundle, dist / f"rakdesk-{version}-setup.exe")
        print(f"installer: {setup} ({mb(setup.stat().st_size)})")
    else:
        machine = platform.machine().lower() or "unknown"
        archive = dist / f"rakdesk-{version}-linux-{machine}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname=f"rakdesk-{version}")
        print(f"archive: {archive} ({mb(archive.stat().st_size)})")
        if args.check_nsis:
            setup = compile_nsis(bundle, work / f"rakdesk-{version}-setup.exe", quick=True)
            print("NSIS script compiles (checked with the Linux bundle stored unpacked; the "
                  "real setup.exe is built on Windows)")
            setup.unlink()
    if not args.no_timing:
        times = startup_times(bundle)
        print(f"start-up: 'rakdesk --version' {times['version']:.2f} s; window open on the demo "
              f"{times['window']:.2f} s (median, this machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
