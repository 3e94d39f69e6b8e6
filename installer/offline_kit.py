"""An offline kit for offices that have Python 3.12+ but no internet.

    python installer/offline_kit.py OUT_DIR            # Windows 64-bit wheels (default)
    python installer/offline_kit.py OUT_DIR --check    # only prove every dependency has a
                                                       #   Windows wheel (no big downloads)

OUT_DIR gets ``wheels/`` (rakdesk's own wheel and the Windows wheels of every
dependency, from ``pip download --platform win_amd64 --only-binary=:all:``),
``install.bat`` (installs from that folder with ``--no-index`` and makes a
desktop shortcut) and ``BACA-SAYA.txt``. Copy OUT_DIR onto the USB stick.

``--platform``/``--python-version`` build the kit for another system (the
tests build one for the machine they run on and install from it offline).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def pip(*args) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", *map(str, args)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def target_args(platforms: list[str], python_version: str) -> list[str]:
    args = [arg for platform in platforms for arg in ("--platform", platform)]
    return [*args, "--python-version", python_version, "--implementation", "cp",
            "--only-binary=:all:"]


def check(platforms: list[str], python_version: str) -> None:
    """Resolve every dependency for the target without downloading the wheels."""
    with tempfile.TemporaryDirectory() as tmp:
        pip("install", "--dry-run", "--quiet", "--ignore-installed", "--target", tmp,
            *target_args(platforms, python_version), *requirements())
    print(f"every dependency has a {'/'.join(platforms)} wheel for Python {python_version}")


def build(out: Path, platforms: list[str], python_version: str) -> Path:
    wheels = out / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    pip("wheel", "--no-deps", "--quiet", "--wheel-dir", wheels, ROOT)
    pip("download", "--quiet", "--dest", wheels, *target_args(platforms, python_version),
        *requirements())
    shutil.copy2(HERE / "install.bat", out / "install.bat")
    shutil.copy2(HERE / "BACA-SAYA.txt", out / "BACA-SAYA.txt")
    size = sum(p.stat().st_size for p in wheels.iterdir())
    print(f"kit: {out} ({len(list(wheels.iterdir()))} wheels, {size / 1e6:.0f} MB)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--platform", action="append", dest="platforms",
                        help="wheel platform tag, may be repeated (default: win_amd64)")
    parser.add_argument("--python-version", default="3.12")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    platforms = args.platforms or ["win_amd64"]
    if args.check:
        check(platforms, args.python_version)
        return 0
    if args.out is None:
        parser.error("OUT_DIR is needed (or --check)")
    build(args.out, platforms, args.python_version)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
