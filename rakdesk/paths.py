"""Where rakdesk keeps the user's things: the per-user data folder of the platform
(``%LOCALAPPDATA%\\rakdesk`` on Windows, ``~/.local/share/rakdesk`` on Linux)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user data folder; ``RAKDESK_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("RAKDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("rakdesk", False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_workspace() -> Path:
    return data_dir() / "rakdesk.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it
    when installed from a wheel, or unpacked next to the executable in a
    frozen build."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    installed = Path(__file__).resolve().parent / "resources"  # from a wheel
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"
