"""Every stored value is checked on open: a bad value among thousands of good
ones is named with its table, row and field, including values a quicker check
in SQL would let through (bytes after a NUL, a day SQLite reads as the next)."""

import sqlite3

import pytest

from rakdesk.core import plans as ops
from rakdesk.core.filecheck import inspect_file
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace

KEGIATAN = 120


@pytest.fixture
def long_file(tmp_path):
    path = tmp_path / "panjang.sqlite"
    with create_workspace(path) as ws, ws.session() as session:
        satker = ops.add_satker(session, name="KPU PANJANG")
        plan = ops.add_plan(session, satker, "RAK", 2025)
        sasaran = ops.add_sasaran(session, plan, "Sasaran")
        indikator = ops.add_indikator(session, sasaran, "Indikator", "100%")
        for n in range(KEGIATAN):
            keg = ops.add_kegiatan(session, indikator, f"Kegiatan {n}", ["Subbag. Umum"])
            ops.set_cell(session, keg, 1, TICK)
            ops.set_cell(session, keg, 2, Cell(weeks=frozenset({2, 3})))
        session.commit()
    return path


@pytest.mark.parametrize("table, column, value, says", [
    ("kegiatan", "text", b"Rapat\x00\xff", "bukan teks UTF-8"),  # hidden after a NUL
    ("kegiatan", "text", b"Rapat \xc0\xaf", "bukan teks UTF-8"),
    ("kegiatan", "modified_at", "2024-02-30 10:00:00", "bukan waktu"),
    ("kegiatan", "modified_at", "2024-01-01 24:00:00", "bukan waktu"),
    ("kegiatan", "modified_at", "0000-01-01 10:00:00", "bukan waktu"),
    ("schedule_cell", "weeks", "x", "bukan minggu 1-4"),
    ("plan", "granularity", "weekly", "tidak dikenal"),
    ("row_version", "key", "cell:abc:notanint", "bukan kunci versi"),
    ("row_version", "key", "cell:abc", "bukan kunci versi"),
    ("row_version", "key", "kegiatan:a:b", "bukan kunci versi"),
    ("row_version", "key", "cell:a:-", "bukan kunci versi"),
    ("row_version", "key", "Kegiatan:a", "bukan kunci versi"),
    ("schedule_cell", "modified_at", b"2024-01-01 10:00:00\x00", "bukan waktu"),
    ("schedule_cell", "weeks", b"2\x003", "bukan minggu 1-4"),
    ("plan", "status", b"draft\x00", "tidak dikenal"),
])
@pytest.mark.parametrize("batch", [None, 16], ids=["one-batch", "batches-of-16"])
def test_a_bad_value_among_many_is_named(long_file, table, column, value, says, batch,
                                         monkeypatch):
    if batch:  # the table is read a batch of rows at a time: the bad one is in a later batch
        monkeypatch.setattr("rakdesk.core.value_check._BATCH", batch)
    con = sqlite3.connect(long_file)
    if isinstance(value, bytes):
        con.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE rowid = "
                    f"(SELECT max(rowid) FROM {table})", (value,))
    else:
        con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                    f"(SELECT max(rowid) FROM {table})", (value,))
    row = con.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    con.commit()
    con.close()
    error = str(inspect_file(long_file).error)
    assert f"{table}.{column} (baris {row})" in error and says in error, error



def test_good_values_with_a_nul_or_a_line_break_still_open(long_file):
    """Text that is UTF-8 opens whatever it holds: a NUL inside (the quick
    check leaves such a column to the row-by-row reading), an empty name."""
    con = sqlite3.connect(long_file)
    con.execute("UPDATE kegiatan SET text = CAST(? AS TEXT) WHERE rowid = 3",
                (b"Rapat\x00lanjutan",))
    con.execute("UPDATE pelaksana SET name = '' WHERE rowid = 1")
    con.commit()
    con.close()
    report = inspect_file(long_file)
    assert report.error is None, report.error


def test_texts_too_long_to_join_are_checked_row_by_row(long_file):
    """A table whose texts together pass SQLite's longest string (a limit of
    2,000 bytes here) is still checked, and a bad value in it still named."""
    from rakdesk.core import value_check
    from rakdesk.core.filecheck import SCHEMA_VERSION

    con = sqlite3.connect(long_file)
    con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2000)
    assert value_check.value_problem(con, SCHEMA_VERSION) is None
    con.execute("UPDATE kegiatan SET modified_at = '2024-02-30 10:00:00' WHERE rowid = 7")
    problem = value_check.value_problem(con, SCHEMA_VERSION)
    assert "kegiatan.modified_at (baris 7) bukan waktu" in problem, problem
