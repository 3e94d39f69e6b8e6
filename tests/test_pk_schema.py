"""Schema 5 (Perjanjian Kinerja): a file written by the previous version
migrates and keeps every row, and copies of it still merge cleanly."""

from __future__ import annotations

import sqlite3

from rakdesk.core import history, storage
from rakdesk.core.demo import write_demo

TABLES = ("satker", "sub_unit", "official", "plan", "sasaran", "indikator", "kegiatan",
          "pelaksana", "schedule_cell", "revision", "tombstone")


def schema4_file(tmp_path):
    """The demo as schema 4 wrote it: built to 0003, filled, then migrated to
    0004 (which seeds the versions the way that release did)."""
    new = write_demo(tmp_path / "baru.sqlite")
    old = tmp_path / "lama.sqlite"
    sqlite3.connect(old).close()
    storage.migrate(old, revision="0003")
    with sqlite3.connect(new) as src, sqlite3.connect(old) as dst:
        for table in TABLES:
            cols = ", ".join(r[1] for r in dst.execute(f"PRAGMA table_info({table})"))
            rows = src.execute(f"SELECT {cols} FROM {table}").fetchall()
            if rows:
                marks = ",".join("?" * len(rows[0]))
                dst.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
    storage.migrate(old, revision="0004")
    return old


def dump(path, tables=TABLES) -> dict:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            out[table] = {r[0]: dict(zip(cols, r, strict=True))
                          for r in con.execute(f"SELECT {', '.join(cols)} FROM {table}")}
        return out
    finally:
        con.close()


def test_a_schema_4_file_migrates_to_5_and_keeps_everything(tmp_path):
    old = schema4_file(tmp_path)
    assert storage.inspect_file(old).schema_version == 4
    before = dump(old)
    versions_before = dict(sqlite3.connect(old).execute(
        "SELECT key, rev FROM row_version").fetchall())
    assert sum(len(rows) for rows in before.values()) > 100

    ws = storage.open_workspace(old)  # migrates in place
    ws.close()
    report = storage.inspect_file(old)
    assert report.ok and report.schema_version == 5
    after = dump(old)
    for table, rows in before.items():
        assert set(after[table]) == set(rows), table
        for row_id, row in rows.items():
            kept = {k: v for k, v in after[table][row_id].items() if k in row}
            assert kept == row, (table, row_id)
    plans = after["plan"].values()
    assert all(p["party2_official_id"] is None and p["budget_heading"] == "Program"
               and p["show_satuan"] == 0 and p["source_plan_id"] is None for p in plans)
    assert all(i["satuan"] == "" and i["source_id"] is None
               for i in after["indikator"].values())
    # Units whose content grew have a new version chained to the old one.
    con = sqlite3.connect(old)
    versions_after = dict(con.execute("SELECT key, rev FROM row_version").fetchall())
    hist = {(k, r) for k, r in con.execute("SELECT key, rev FROM row_history")}
    con.close()
    assert set(versions_after) == set(versions_before)
    plan_key = next(k for k in versions_before if k.startswith("plan:"))
    assert versions_after[plan_key] != versions_before[plan_key]
    assert (plan_key, versions_before[plan_key]) in hist
    cell_key = next(k for k in versions_before if k.startswith("cell:"))
    assert versions_after[cell_key] == versions_before[cell_key]
    assert {"budget_line", "period_target"} <= set(history.ROWS)
