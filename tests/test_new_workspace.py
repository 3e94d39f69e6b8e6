"""A new workspace is made from the stored statements of the newest schema,
not by running every migration: the same file, in a fraction of the time."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from rakdesk.core import schema_check, storage

ROOT = Path(__file__).resolve().parent.parent


def _catalogue(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        return {
            "master": con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "ORDER BY name").fetchall(),
            "user_version": con.execute("PRAGMA user_version").fetchone(),
            "application_id": con.execute("PRAGMA application_id").fetchone(),
            "journal_mode": con.execute("PRAGMA journal_mode").fetchone(),
            "meta": con.execute("SELECT * FROM workspace_meta ORDER BY key").fetchall(),
            "alembic": con.execute("SELECT * FROM alembic_version").fetchall(),
        }
    finally:
        con.close()


def _migrated(path: Path) -> Path:
    sqlite3.connect(path).close()
    storage.migrate(path)
    return path


def test_the_stored_head_statements_are_what_the_migrations_build():
    stored = json.loads(schema_check.HEAD_FILE.read_text(encoding="utf-8"))
    assert stored == schema_check.build_head()
    assert int(stored["revision"]) == storage.SCHEMA_VERSION


def test_a_new_workspace_is_the_file_the_migrations_make(tmp_path):
    storage.create_workspace(tmp_path / "baru.sqlite").close()
    made, migrated = _catalogue(tmp_path / "baru.sqlite"), _catalogue(
        _migrated(tmp_path / "migrasi.sqlite"))
    assert made == migrated
    assert made["user_version"] == (storage.SCHEMA_VERSION,)
    report = storage.inspect_file(tmp_path / "baru.sqlite")
    assert report.ok and not report.problems and not report.schema_differences


def test_without_stored_statements_of_this_version_the_migrations_run(tmp_path, monkeypatch):
    old = tmp_path / "head.json"
    old.write_text(json.dumps({"revision": "0001", "statements": ["CREATE TABLE x (a)"]}))
    for head_file in (tmp_path / "tidak-ada.json", old):
        monkeypatch.setattr(schema_check, "HEAD_FILE", head_file)
        target = tmp_path / f"baru-{head_file.stem}.sqlite"
        storage.create_workspace(target).close()
        assert _catalogue(target) == _catalogue(_migrated(tmp_path / f"m-{head_file.stem}.sqlite"))


def test_making_a_workspace_loads_no_alembic(tmp_path):
    code = ("import sys; from rakdesk.core.storage import create_workspace; "
            f"create_workspace({str(tmp_path / 'baru.sqlite')!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    assert (tmp_path / "baru.sqlite").exists()
