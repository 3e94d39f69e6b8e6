"""Each workspace-file finding of the hostile-input review, from its own case
(tests/hostile_files.py builds them): what the user sees is one line, the
file is left as it was, and nothing in it acts."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rakdesk.core import plans as ops
from rakdesk.core import safefiles, storage
from rakdesk.errors import DamagedWorkspace, ForeignSchema, NotAWorkspace
from tests import hostile_files as H


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(text: str) -> bool:
    return text.strip() != "" and "\n" not in text.strip() and "Traceback" not in text


@pytest.fixture
def workbook(tmp_path):
    from tests.test_xlsx import SEED, build_rak

    out = tmp_path / "kecil.xlsx"
    out.write_bytes(build_rak(SEED[:3]))
    return out


# --- 2: a schema that is not exactly rakdesk's -------------------------------------------

@pytest.mark.parametrize("case", sorted(H.SCHEMA_CASES))
def test_a_schema_not_exactly_rakdesks_refuses_writing_and_says_what_differs(
        demo_file, case, workbook, run_cli):
    H.SCHEMA_CASES[case](demo_file)
    before = sha(demo_file)
    with pytest.raises((ForeignSchema, DamagedWorkspace)) as err:
        storage.open_workspace(demo_file)
    assert one_line(str(err.value))
    code, out, errout, _ = H.run_inprocess("import-xlsx", demo_file, workbook)
    assert code == 1 and one_line(errout) and out == "", errout
    assert sha(demo_file) == before


def test_schema_difference_is_named(demo_file):
    H.extra_not_null_column(demo_file)
    report = storage.inspect_file(demo_file)
    assert report.schema_differences == ["kolom tambahan kegiatan.extra",
                                         "batasan tabel kegiatan berbeda (NULL)"]
    H.id_without_primary_key(demo_file)
    assert "kunci utama kolom kegiatan.id berbeda" in storage.inspect_file(demo_file).problems[0]


def test_the_stored_reference_schemas_are_what_the_migrations_build():
    from rakdesk.core import schema_check

    for version in schema_check.script_versions():
        stored, built = schema_check.reference(version), schema_check.build_reference(version)
        assert (stored.tables, stored.indexes, stored.others) == \
            (built.tables, built.indexes, built.others), version


# --- 3: values the model cannot read ------------------------------------------------------

@pytest.mark.parametrize("case", sorted(H.VALUE_CASES))
def test_an_unreadable_value_is_named_with_table_row_and_field(demo_file, case, run_cli):
    H.VALUE_CASES[case](demo_file)
    before = sha(demo_file)
    table, _, rest = case.partition(".")
    with pytest.raises(DamagedWorkspace) as err:
        storage.open_workspace(demo_file, readonly=True)
    message = str(err.value)
    assert one_line(message) and demo_file.name in message and "baris" in message
    if rest:
        assert f"{table}.{rest.partition('=')[0]}" in message
    assert sha(demo_file) == before


@pytest.mark.parametrize("command", ["list", "render"])
def test_list_and_render_of_weeks_x_say_so(demo_file, command, run_cli, tmp_path):
    H.VALUE_CASES["schedule_cell.weeks='x'"](demo_file)
    args = ["--all", "-o", tmp_path / "pdf"] if command == "render" else []
    code, out, errout = run_cli(command, demo_file, *args)
    assert code == 1 and one_line(errout) and "schedule_cell.weeks" in errout


def test_merge_from_a_file_with_a_bad_row_version_key(demo_file, tmp_path, run_cli):
    other = tmp_path / "lain.sqlite"
    shutil.copyfile(demo_file, other)
    H.bad_row_version_key(other)
    code, _, errout = run_cli("merge", demo_file, other)
    assert code == 1 and one_line(errout) and "row_version.key" in errout


# --- 4: a symlink loop --------------------------------------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_symlink_loop_gets_one_line(demo_file, tmp_path, run_cli):
    loop = tmp_path / "putar.sqlite"
    H.symlink_loop(loop)
    for args in (("check", loop), ("list", loop), ("merge", demo_file, loop),
                 ("merge", loop, demo_file), ("copy", loop, tmp_path / "c.sqlite")):
        code, out, errout = run_cli(*args)
        said = errout or out  # check says its verdict on stdout
        assert code == 1 and one_line(said) and "berputar" in said, (args, said)
    with pytest.raises(NotAWorkspace, match="berputar"):
        storage.open_workspace(loop)


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_the_window_says_a_symlink_loop_in_one_line(tmp_path):
    from rakdesk.errors import RakdeskError
    from rakdesk.ui.app import open_for_window

    loop = tmp_path / "putar.sqlite"
    H.symlink_loop(loop)
    with pytest.raises(RakdeskError, match="berputar"):
        open_for_window(loop)


# --- 5: a migration is all or nothing -----------------------------------------------------

def test_schema_3_file_with_invalid_utf8_is_refused_before_migrating(
        demo_master, tmp_path, workbook, run_cli):
    old = tmp_path / "lama.sqlite"
    H.schema_version(demo_master, old, 3)
    H.VALUE_CASES["kegiatan.text=CAST(x'ff00fe' AS TEXT)"](old)
    before = sha(old)
    code, out, _ = run_cli("check", old)
    assert code == 1 and "kegiatan.text" in out and "UTF-8" in out
    code, _, errout = run_cli("import-xlsx", old, workbook)
    assert code == 1 and one_line(errout)
    assert sha(old) == before


def test_a_failed_migration_leaves_the_file_byte_for_byte_and_names_the_backup(
        demo_master, tmp_path, monkeypatch):
    from rakdesk.core import history

    old = tmp_path / "lama.sqlite"
    H.schema_version(demo_master, old, 3)
    before = sha(old)

    def fail(conn):  # after migration 0004 made its tables: what a bad value did
        raise ValueError("nilai rusak di tengah migrasi")

    monkeypatch.setattr(history, "seed", fail)
    with pytest.raises(DamagedWorkspace) as err:
        storage.open_workspace(old)
    message = str(err.value)
    assert one_line(message) and "tidak diubah" in message
    backup = Path(message.split("Cadangannya: ")[1])
    assert backup.exists() and storage.inspect_file(backup).schema_version == 3
    assert sha(old) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    monkeypatch.undo()
    storage.open_workspace(old).close()  # the file still opens and migrates
    assert storage.inspect_file(old).schema_version == storage.SCHEMA_VERSION


# --- 6: foreign keys, WAL, hot journals, the window's lock, escape codes -----------------

def test_check_reports_orphan_plans(demo_file, run_cli):
    H.orphan_plans(demo_file)
    code, out, _ = run_cli("check", demo_file)
    assert code == 1 and "plan tanpa satker" in out


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name
                  and p.name.startswith(path.name))


def test_wal_file_leaves_no_side_files_and_its_log_is_read(demo_master, tmp_path, run_cli):
    wal = tmp_path / "wal.sqlite"
    H.wal_with_log(demo_master, wal)
    before = (sha(wal), sha(wal.with_name("wal.sqlite-wal")))
    other = tmp_path / "lain.sqlite"
    shutil.copyfile(demo_master, other)
    for args in (("check", wal), ("list", wal), ("render", wal, "--all", "-o", tmp_path / "p"),
                 ("copy", wal, tmp_path / "salinan.sqlite"), ("merge", other, wal)):
        code, out, errout = run_cli(*args)
        assert code in (0, 3) and "Traceback" not in errout, (args, errout)
        assert side_files(wal) == ["wal.sqlite-wal"], args
        assert (sha(wal), sha(wal.with_name("wal.sqlite-wal"))) == before
    with storage.open_workspace(tmp_path / "salinan.sqlite", readonly=True) as ws, \
            ws.session() as session:
        texts = [s.text for sat in ops.all_satkers(session) for p in sat.plans
                 for s in p.sasaran]
    assert any(t.endswith("(dari log)") for t in texts)


@pytest.fixture
def readonly_folder(tmp_path):
    """A read-only filesystem (a locked stick): a tmpfs remounted read-only."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a read-only filesystem")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)]).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_wal_file_on_a_read_only_stick_is_readable(demo_master, readonly_folder, run_cli):
    wal = readonly_folder / "wal.sqlite"
    H.wal_with_log(demo_master, wal)
    subprocess.run(["mount", "-o", "remount,ro", str(readonly_folder)], check=True)
    code, out, errout = run_cli("check", wal)
    assert code == 0, out + errout
    code, out, _ = run_cli("list", wal)
    assert code == 0 and "RAK" in out


def test_copy_of_a_file_with_a_hot_journal(demo_master, tmp_path, run_cli):
    hot = tmp_path / "terputus.sqlite"
    H.hot_journal(demo_master, hot)
    before = (sha(hot), sha(storage.journal_of(hot)))
    code, out, errout = run_cli("copy", hot, tmp_path / "salinan.sqlite")
    assert code == 0, errout
    assert storage.inspect_file(tmp_path / "salinan.sqlite").ok
    assert (sha(hot), sha(storage.journal_of(hot))) == before


LOCKER = """
import sys
from pathlib import Path
from rakdesk.ui.app import workspace_lock
lock = workspace_lock(Path(sys.argv[1]))
print("locked" if lock else "not", flush=True)
sys.stdin.readline()
"""


def test_cli_writes_respect_the_lock_the_window_holds(demo_file, workbook, run_cli):
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(demo_file)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    try:
        assert proc.stdout.readline().strip() == "locked"
        before = sha(demo_file)
        for args in (("import-xlsx", demo_file, workbook), ("merge", demo_file, demo_file),
                     ("finalize", demo_file, "--plan", "x")):
            code, _, errout = run_cli(*args)
            assert code == 1 and one_line(errout) and "jendela rakdesk" in errout, errout
        assert sha(demo_file) == before
        code, out, _ = run_cli("list", demo_file)  # reading is fine
        assert code == 0
    finally:
        proc.communicate("\n", timeout=30)
    code, _, _ = run_cli("import-xlsx", demo_file, workbook)
    assert code == 0


@pytest.mark.parametrize("case", ["escape_code_table", "escape_code_trigger"])
def test_names_with_terminal_escape_codes_are_never_printed_raw(demo_file, case, run_cli):
    H.HOSTILE_CASES[case](demo_file)
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE satker SET name = 'KPU \x1b[2J\x9b31m' WHERE rowid = 1")
    con.commit()
    con.close()
    for args in (("check", demo_file), ("list", demo_file), ("list", demo_file, "--json"),
                 ("import-xlsx", demo_file, demo_file)):
        code, out, errout, _ = H.run_inprocess(*args)
        assert "\x1b" not in out + errout and "\x9b" not in out + errout and "\x07" not in \
            out + errout, args
    code, out, errout = run_cli("check", demo_file)  # and a real terminal's view of it
    assert "\\x1b" in out and "\x1b" not in out + errout


# --- 11: what an interrupted copy left ----------------------------------------------------

def test_leftovers_of_an_interrupted_copy_are_cleaned_by_the_next_copy_or_open(
        demo_file, tmp_path, run_cli):
    target = tmp_path / "stick" / "kerja.sqlite"
    target.parent.mkdir()
    shutil.copyfile(demo_file, target)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    left = [target.with_name(f".kerja.sqlite.{dead}-0123abcd.salin"),
            target.with_name(f".kerja.sqlite.{dead}-0123abcd.salin-journal"),
            target.with_name(".kerja.sqlite.salin")]  # an older rakdesk's name
    for p in left:
        p.write_bytes(b"setengah")
    code, _, _ = run_cli("copy", demo_file, target)
    assert code == 0 and os.listdir(target.parent) == ["kerja.sqlite"]
    for p in left:
        p.write_bytes(b"setengah")
    storage.open_workspace(target).close()
    assert os.listdir(target.parent) == ["kerja.sqlite"]


def test_a_live_copys_temporary_file_is_left_alone(demo_file, tmp_path):
    mine = safefiles.temp_beside(demo_file, "salin")
    mine.write_bytes(b"sedang ditulis")
    storage.open_workspace(demo_file).close()
    assert mine.exists()


# --- 14: full disks, directories as targets, two imports, kills --------------------------

@pytest.fixture
def full_disk(tmp_path, demo_master):
    """A small filesystem (tmpfs) with room for the demo workspace and little more."""
    size = demo_master.stat().st_size + 256 * 1024
    folder = tmp_path / "penuh"
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a small tmpfs")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size // 1024}k", "tmpfs",
                       str(folder)]).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    with open(folder / "isi", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass


def test_full_disk_says_so_and_changes_nothing(demo_master, full_disk, workbook, run_cli,
                                               tmp_path):
    into = full_disk / "kerja.sqlite"
    shutil.copyfile(demo_master, into)
    other = tmp_path / "lain.sqlite"
    shutil.copyfile(demo_master, other)
    with storage.open_workspace(other) as ws, ws.session() as session:
        plan = next(p for s in ops.all_satkers(session) for p in s.plans)
        for n in range(300):
            ops.add_kegiatan(session, plan.sasaran[0].indikator[0], "baru " * 40 + str(n), [])
        session.commit()
    plan_id = H.first(into, "SELECT id FROM plan")[0]
    fill_up(full_disk)
    before = sha(into)
    for args in (("merge", into, other), ("import-xlsx", into, workbook),
                 ("render", into, "--plan", plan_id, "-o", full_disk / "rak.pdf"),
                 ("export-xlsx", into, "--plan", plan_id, "-o", full_disk / "rak.xlsx"),
                 ("demo", full_disk / "demo.sqlite"),
                 ("import-xlsx", full_disk / "baru.sqlite", workbook),
                 ("copy", demo_master, full_disk / "salinan.sqlite")):
        code, out, errout = run_cli(*args)
        assert code == 1 and one_line(errout) and "penuh" in errout, (args, errout)
        assert sha(into) == before
        assert sorted(os.listdir(full_disk)) == ["isi", "kerja.sqlite"], args


def test_a_folder_as_target_leaves_nothing(demo_file, tmp_path, workbook, run_cli):
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    for args in (("demo", folder), ("import-xlsx", folder, workbook)):
        code, _, errout = run_cli(*args)
        assert code == 1 and one_line(errout), errout
    code, _, _ = run_cli("copy", demo_file, folder)  # into the folder, like cp
    assert code == 0 and os.listdir(folder) == [demo_file.name]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_two_imports_creating_the_same_new_file_do_not_collide(tmp_path, workbook):
    target = tmp_path / "baru.sqlite"
    procs = [subprocess.Popen([sys.executable, "-m", "rakdesk", "import-xlsx", str(target),
                               str(workbook)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=dict(os.environ)) for _ in range(2)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert sorted(r[0] for r in results) in ([0, 0], [0, 1])
    for code, _out, errout in results:
        assert code == 0 or (one_line(errout) and "sudah ada" in errout), errout
    assert storage.inspect_file(target).ok
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_kill_during_an_import_into_a_new_file_never_leaves_an_empty_workspace(
        tmp_path, workbook):
    """The new file appears only with its plan: killed at any point of the
    import, there is either no file or one holding the plan."""
    import signal

    code = ("import os, signal, sys\n"
            "from rakdesk.core import storage\n"
            "real = storage.Workspace.session\n"
            "def session(self):\n"
            "    if self.path.name.endswith('.baru'):\n"
            "        os.kill(os.getpid(), signal.SIGKILL)\n"  # killed as the plan goes in
            "    return real(self)\n"
            "storage.Workspace.session = session\n"
            "from rakdesk.cli import main\n"
            "main(sys.argv[1:])\n")
    target = tmp_path / "baru.sqlite"
    proc = subprocess.run([sys.executable, "-c", code, "import-xlsx", str(target),
                           str(workbook)], env=dict(os.environ), capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()
    subprocess.run([sys.executable, "-m", "rakdesk", "import-xlsx", str(target), str(workbook)],
                   env=dict(os.environ), check=True, capture_output=True)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert storage.inspect_file(target).ok
