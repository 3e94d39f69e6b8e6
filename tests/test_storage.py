import hashlib
import os
import sqlite3

import pytest
from sqlmodel import select

from rakdesk.core import model, storage
from rakdesk.core import plans as ops
from rakdesk.errors import (
    DamagedWorkspace,
    ForeignSchema,
    NewerWorkspace,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(path, error, *words):
    """Opening ``path`` raises ``error`` whose message has ``words``, and the
    file is byte-for-byte what it was."""
    before = digest(path)
    with pytest.raises(error) as info:
        storage.open_workspace(path)
    message = str(info.value)
    for word in words:
        assert word in message
    assert "\n" not in message
    assert digest(path) == before
    assert not path.with_name(path.name + "-journal").exists()
    return message


def test_new_file_is_marked_and_safe_for_usb(tmp_path):
    ws = storage.create_workspace(tmp_path / "baru.sqlite")
    with ws.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("application_id") == storage.APPLICATION_ID
        assert pragma("user_version") == storage.SCHEMA_VERSION
        assert pragma("journal_mode") == "delete"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("trusted_schema") == 0
    ws.close()
    assert [p.name for p in tmp_path.iterdir()] == ["baru.sqlite"]  # no WAL or temp files left


def test_create_refuses_to_overwrite(tmp_path):
    storage.create_workspace(tmp_path / "a.sqlite").close()
    with pytest.raises(WorkspaceError, match="sudah ada"):
        storage.create_workspace(tmp_path / "a.sqlite")


def _fk_diffs(diffs, kind: str) -> set[tuple[str, str, str]]:
    return {(fk.parent.name, col.name, fk.referred_table.name)
            for d in diffs if d[0] == kind for fk in [d[1]] for col in fk.columns}


def test_migrations_build_exactly_the_model_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rakdesk import migrations

    ws = storage.create_workspace(tmp_path / "a.sqlite")
    with ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, model.SQLModel.metadata)
        # A column added by ALTER TABLE keeps its ON DELETE in its own
        # definition, which SQLAlchemy's reflection does not read: those keys
        # are compared through SQLite's own foreign_key_list instead.
        added = _fk_diffs(diffs, "add_fk")
        assert added == _fk_diffs(diffs, "remove_fk")
        assert [d for d in diffs if d[0] not in ("add_fk", "remove_fk")] == []
        for table, column, target in added:
            rows = conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').all()
            model_fk = next(fk for fk in model.SQLModel.metadata.tables[table].foreign_keys
                            if fk.parent.name == column)
            assert (target, column, "id", model_fk.ondelete) in {
                (r[2], r[3], r[4], r[6]) for r in rows}
    ws.close()
    assert migrations.head() == storage.SCHEMA_VERSION


def make_schema1_file(path):
    """A workspace as rakdesk with schema 1 wrote it: targets stored as text only."""
    sqlite3.connect(path).close()
    storage.migrate(path, revision="0001")
    con = sqlite3.connect(path)
    now = "2024-01-05 08:00:00.000000"
    con.execute("INSERT INTO satker VALUES ('s1','SEKRETARIAT KPU KABUPATEN KUBU RAYA','',"
                "'kabupaten','sekretariat','','','','','Sungai Raya',NULL,?)", (now,))
    con.execute("INSERT INTO plan (id, satker_id, kind, year, granularity, status, paper, title,"
                " sign_place, sign_date_precision, sign_upper, sign_office, sign_layout,"
                " cover_page, show_no_column, tick_style, numeric_month_labels, column_numbers,"
                " year_label, sasaran_header, indikator_header, tugas, fungsi, modified_at)"
                " VALUES ('p1','s1','RAK',2024,'monthly','draft','A4','','SUNGAI RAYA','month',1,"
                "'','office_then_position',0,1,'√',0,'plain','Tahun','SASARAN','INDIKATOR',"
                "'','',?)", (now,))
    con.execute("INSERT INTO sasaran VALUES ('a1','p1',0,'Terwujudnya Reformasi Birokrasi',?)",
                (now,))
    for i, (text, target) in enumerate([("Persentase arsip dikelola", "87,5%"),
                                        ("Jumlah badan adhoc", "2.498 Orang"),
                                        ("Opini BPK", "WTP")]):
        con.execute("INSERT INTO indikator VALUES (?, 'a1', ?, ?, ?, '', '', ?)",
                    (f"i{i}", i, text, target, now))
    con.commit()
    con.close()


def test_older_file_is_backed_up_then_migrated(tmp_path, user_data_dir):
    path = tmp_path / "lama.sqlite"
    make_schema1_file(path)
    old_bytes = path.read_bytes()
    assert storage.inspect_file(path).schema_version == 1

    with storage.open_workspace(path) as ws, ws.session() as session:
        rows = {i.target: i for i in session.exec(select(model.Indikator))}
        assert (rows["87,5%"].target_kind, rows["87,5%"].target_value) == ("percent", "87.5")
        assert (rows["2.498 Orang"].target_value, rows["2.498 Orang"].target_unit) == (
            "2498", "Orang")
        assert rows["WTP"].target_kind == "opinion"
        assert session.get(model.Sasaran, "a1").text == "Terwujudnya Reformasi Birokrasi"
    report = storage.inspect_file(path)
    assert report.schema_version == storage.SCHEMA_VERSION and report.ok

    (backup,) = (user_data_dir / "backups").glob("lama-*-sebelum-migrasi-v1.sqlite")
    assert storage.inspect_file(backup).schema_version == 1
    con = sqlite3.connect(backup)
    assert con.execute("SELECT count(*) FROM indikator").fetchone()[0] == 3
    con.close()
    assert len(old_bytes) > 0


def test_older_file_is_not_migrated_when_opened_read_only(tmp_path):
    path = tmp_path / "lama.sqlite"
    make_schema1_file(path)
    before = digest(path)
    with pytest.raises(ReadOnlyWorkspace, match="skema lama"):
        storage.open_workspace(path, readonly=True)
    assert digest(path) == before


def test_newer_file_is_refused_naming_the_version_it_needs(demo_file):
    con = sqlite3.connect(demo_file)
    con.execute("PRAGMA user_version=7")
    con.execute("UPDATE workspace_meta SET value='3.1.0' WHERE key='app_version'")
    con.commit()
    con.close()
    message = refuse(demo_file, NewerWorkspace, "3.1.0", "versi 7", "Perbarui rakdesk")
    assert "0.1.0" in message  # and names this rakdesk's version


def test_other_sqlite_file_is_not_a_workspace(tmp_path):
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE pegawai(nama TEXT)")
    con.commit()
    con.close()
    refuse(path, NotAWorkspace, "bukan berkas rakdesk")


@pytest.mark.parametrize("content, words", [
    (b"", ["kosong"]),
    (b"PK\x03\x04 this is a zip, e.g. an xlsx", ["bukan berkas rakdesk"]),
    (b"Sasaran;Indikator\n" * 50, ["bukan berkas rakdesk"]),
])
def test_junk_is_not_a_workspace(tmp_path, content, words):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    refuse(path, NotAWorkspace, *words)


@pytest.mark.parametrize("cut", ["half-pages", "odd-offset", "header-only"])
def test_truncated_file_is_named_half_copied(demo_file, cut):
    size = demo_file.stat().st_size
    keep = {"half-pages": size // 2 // 4096 * 4096, "odd-offset": size // 3 + 17,
            "header-only": 60}[cut]
    with open(demo_file, "r+b") as f:
        f.truncate(keep)
    refuse(demo_file, DamagedWorkspace, "terpotong", "cadangan")


def test_corrupted_page_is_reported_damaged(demo_file):
    data = bytearray(demo_file.read_bytes())
    page = 4096
    # Overwrite the b-tree header of a table page with junk.
    for offset in range(3 * page, 3 * page + 64):
        data[offset] = 0xA5
    demo_file.write_bytes(bytes(data))
    refuse(demo_file, DamagedWorkspace, "rusak")


def add_hostile_objects(path):
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE evil_log(what TEXT);
        CREATE TRIGGER wipe_on_edit AFTER UPDATE ON kegiatan
            BEGIN INSERT INTO evil_log VALUES ('update'); DELETE FROM sasaran; END;
        CREATE TRIGGER on_new_cell AFTER INSERT ON schedule_cell
            BEGIN INSERT INTO evil_log VALUES ('insert'); END;
        CREATE VIEW peek AS SELECT load_extension('evil') AS x;
    """)
    con.commit()
    con.close()


def test_file_with_triggers_is_refused_for_writing_and_they_never_fire(demo_file):
    add_hostile_objects(demo_file)
    message = refuse(demo_file, ForeignSchema, "wipe_on_edit", "on_new_cell", "peek", "evil_log")
    assert "hanya bisa dibaca" in message

    # It can still be read, and nothing stored in it acts on a write attempt.
    before = digest(demo_file)
    with storage.open_workspace(demo_file, readonly=True) as ws, ws.session() as session:
        plans = [p for s in ops.all_satkers(session) for p in s.plans]
        assert len(plans) == 6  # with the Kubu Raya PK
        kegiatan = plans[0].sasaran[0].indikator[0].kegiatan[0]
        kegiatan.text = "diubah"
        with pytest.raises(ReadOnlyWorkspace):
            session.commit()
    con = sqlite3.connect(demo_file)
    assert con.execute("SELECT count(*) FROM evil_log").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM sasaran").fetchone()[0] > 0
    con.close()
    assert digest(demo_file) == before


def test_generated_column_is_foreign(tmp_path):
    path = tmp_path / "g.sqlite"
    storage.create_workspace(path).close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE satker ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name))")
    con.commit()
    con.close()
    refuse(path, ForeignSchema, "satker.shout")


def test_trusted_schema_blocks_functions_in_stored_sql(tmp_path):
    """Stored SQL (a view, a trigger) cannot call a function the program defines,
    so a file cannot make rakdesk act behind the user's back."""
    path = tmp_path / "v.sqlite"
    storage.create_workspace(path).close()
    con = sqlite3.connect(path)
    con.create_function("notify", 0, lambda: 1)
    con.execute("CREATE VIEW spy AS SELECT notify() AS r")
    con.commit()
    con.close()
    calls = []
    safe = storage.connect(path, readonly=True)
    safe.create_function("notify", 0, lambda: calls.append(1) or 1)
    with pytest.raises(sqlite3.OperationalError, match="unsafe use of notify"):
        safe.execute("SELECT * FROM spy").fetchall()
    safe.close()
    assert calls == []


def test_unwritable_folder_is_refused_for_writing(demo_file, monkeypatch):
    """A USB stick whose lock switch is on: the folder cannot take a journal."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    before = digest(demo_file)
    with pytest.raises(ReadOnlyWorkspace, match="tidak bisa ditulis"):
        storage.open_workspace(demo_file)
    with storage.open_workspace(demo_file, readonly=True) as ws, ws.session() as session:
        assert len(ops.all_satkers(session)) == 5
    assert digest(demo_file) == before


def test_save_a_copy_is_a_whole_checked_workspace(demo_file, tmp_path):
    target = tmp_path / "flashdisk" / "salinan.sqlite"
    target.parent.mkdir()
    target.write_bytes(b"an older copy that will be replaced")
    before = digest(demo_file)
    storage.save_copy(demo_file, target)
    assert storage.inspect_file(target).ok
    assert digest(demo_file) == before
    with storage.open_workspace(target, readonly=True) as ws, ws.session() as session:
        assert len(ops.all_satkers(session)) == 5
    assert sorted(p.name for p in target.parent.iterdir()) == ["salinan.sqlite"]


def test_save_a_copy_onto_itself_is_refused(demo_file):
    before = digest(demo_file)
    with pytest.raises(WorkspaceError, match="tidak boleh menimpa"):
        storage.save_copy(demo_file, demo_file)
    assert digest(demo_file) == before


KILLED_WRITER = r'''
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=1")  # spill pages to the file before the commit
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE kegiatan SET text = 'setengah jadi'")
for i in range(2000):
    con.execute("INSERT INTO tombstone VALUES (?, 'x', '2025-01-01')", (f"id{i}" + "x" * 200,))
os.kill(os.getpid(), signal.SIGKILL)  # the power goes, mid-write
'''


@pytest.mark.skipif(not hasattr(os, "kill") or os.name != "posix", reason="needs SIGKILL")
def test_a_write_cut_off_by_a_power_loss_is_rolled_back_not_refused(demo_file, user_data_dir):
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(demo_file)], check=False)
    journal = demo_file.with_name(demo_file.name + "-journal")
    assert journal.stat().st_size > 0  # SQLite's hot journal is left behind
    before = (digest(demo_file), digest(journal))

    report = storage.inspect_file(demo_file)  # looking changes nothing
    assert report.ok and report.interrupted_write
    assert (digest(demo_file), digest(journal)) == before
    with pytest.raises(ReadOnlyWorkspace, match="terputus"):
        storage.open_workspace(demo_file, readonly=True)

    with storage.open_workspace(demo_file) as ws, ws.session() as session:
        texts = {k.text for k in session.exec(select(model.Kegiatan))}
    assert "setengah jadi" not in texts and len(texts) > 50
    assert not journal.exists() and storage.inspect_file(demo_file).ok
    (backup,) = (user_data_dir / "backups").glob("*-sebelum-pemulihan.sqlite")
    assert digest(backup) == before[0]
    assert digest(backup.with_name(backup.name + "-journal")) == before[1]
