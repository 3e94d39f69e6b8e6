"""The Alembic scripts that build and upgrade a workspace file, one per schema
version (``versions/0001_*.py`` is version 1), and how Alembic finds them.
rakdesk runs them itself, on a connection it opened (rakdesk.core.storage)."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def config(connection=None):
    """Alembic's configuration for these scripts, running on ``connection``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(FOLDER))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> int:
    """The schema version the newest script builds."""
    from alembic.script import ScriptDirectory

    return int(ScriptDirectory.from_config(config()).get_current_head())
