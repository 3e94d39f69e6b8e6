"""Every stored value is checked on open, in SQL where it can be: only rows
that may be wrong are read back into Python and read exactly there, so a long
plan opens quickly and a bad value is still named with its table, row and
field."""

import sqlite3

import pytest

from rakdesk.core import plans as ops
from rakdesk.core.filecheck import inspect_file
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace
from rakdesk.core.value_check import value_problem

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


class Counting:
    """A connection that counts the rows its queries hand back to Python."""

    def __init__(self, con):
        object.__setattr__(self, "con", con)
        object.__setattr__(self, "rows", 0)

    def __getattr__(self, name):
        return getattr(self.con, name)

    def __setattr__(self, name, value):
        setattr(self.con, name, value)

    def execute(self, *args):
        cursor = self.con.execute(*args)
        outer = self

        class Rows:
            def fetchone(self):
                row = cursor.fetchone()
                object.__setattr__(outer, "rows", outer.rows + (row is not None))
                return row

            def fetchall(self):
                return list(self)

            def __iter__(self):
                for row in cursor:
                    object.__setattr__(outer, "rows", outer.rows + 1)
                    yield row

        return Rows()


def test_a_clean_long_file_is_checked_without_reading_its_rows_back(long_file):
    con = sqlite3.connect(long_file)
    try:
        stored = con.execute("SELECT count(*) FROM kegiatan").fetchone()[0] + \
            con.execute("SELECT count(*) FROM schedule_cell").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        counting = Counting(con)
        assert value_problem(counting, version) is None
    finally:
        con.close()
    assert stored >= 3 * KEGIATAN
    # Only distinct coded values and what SQL found may be wrong come back.
    assert counting.rows < stored, counting.rows


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
])
def test_a_bad_value_among_many_is_named(long_file, table, column, value, says):
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

