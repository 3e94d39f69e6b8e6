"""A corpus of more than a hundred damaged or hostile workspaces (schemas that
are not exactly rakdesk's, values the model cannot read, orphans, planted
triggers, views and generated columns, escape codes in names, WAL files, cut-off
writes, older schemas, symlink loops), each run through ``check``, ``list``,
``render``, ``merge`` both ways and ``import-xlsx``: every command ends within
20 s with success or a one-line message, never a traceback; a file refused for
writing is left byte for byte as it was; nothing planted in a file ever acts.

The commands run in-process through the real ``main`` (a child process per
command would cost minutes); every 25th case also runs ``list`` and ``merge``
as real child processes.
"""

import hashlib
import random
import shutil
import time
from pathlib import Path

import pytest

from rakdesk.core import storage
from tests import hostile_files as H

LIMIT = 20.0  # seconds per command
TABLES = ("satker", "sub_unit", "official", "plan", "sasaran", "indikator", "kegiatan",
          "pelaksana", "schedule_cell", "revision", "tombstone", "row_version")


def schema_text_edit(table: str, kind: str):
    """A table's stored CREATE text changed the way a SQLite tool would."""
    def mutate(p):
        extra = {"check": "CHECK (1 = 0), ", "unique": "UNIQUE (id), ",
                 "collate": ""}[kind]
        H.edit_schema_text(p, table, "PRIMARY KEY (", f"{extra}PRIMARY KEY (")
    mutate.__name__ = f"schema-{kind}-{table}"
    return mutate


def extra_column(table: str):
    def mutate(p):
        H.execute(p, f'ALTER TABLE "{table}" ADD COLUMN extra_{table} TEXT DEFAULT \'x\'')
    mutate.__name__ = f"extra-column-{table}"
    return mutate


def random_values(rng: random.Random):
    """Bad values in random rows of every enum and encoded column."""
    out = []
    junk = ["'x'", "'weekly'", "'zzz'", "''", "'\x1b[31m'", "-1", "99999", "X'00ff'", "1.5",
            "CAST(x'c3' AS TEXT)"]
    columns = [("schedule_cell", "weeks"), ("schedule_cell", "period"), ("plan", "granularity"),
               ("plan", "kind"), ("plan", "status"), ("plan", "paper"), ("plan", "tick_style"),
               ("plan", "sign_layout"), ("plan", "year"), ("plan", "sign_date"),
               ("indikator", "target_kind"), ("indikator", "target_value"), ("satker", "body"),
               ("official", "acting"), ("row_version", "key"), ("row_history", "key"),
               ("kegiatan", "modified_at")]
    for table, column in columns:
        for bad in rng.sample(junk, 2):
            where = f"WHERE rowid = (SELECT rowid FROM \"{table}\" ORDER BY random() LIMIT 1)"
            out.append(H.value(table, column, bad, where))
    return out


def cases(master: Path, rng: random.Random) -> list[tuple[str, object]]:
    """(name, make(path)) for every case; make writes the case at path."""
    def copying(mutate):
        def make(p):
            shutil.copyfile(master, p)
            mutate(p)
        return make

    out = [(n, copying(f)) for group in (H.SCHEMA_CASES, H.VALUE_CASES, H.HOSTILE_CASES)
           for n, f in group.items()]
    out += [(f.__name__, copying(f)) for f in random_values(rng)]
    out += [(f"schema-{k}-{t}", copying(schema_text_edit(t, k)))
            for t in TABLES for k in ("check", "unique")]
    out += [(f"extra-column-{t}", copying(extra_column(t))) for t in TABLES[:6]]
    out += [("wal", lambda p: H.wal_with_log(master, p)),
            ("hot-journal", lambda p: H.hot_journal(master, p)),
            ("symlink-loop", H.symlink_loop)]
    out += [(f"schema-v{v}", lambda p, v=v: H.schema_version(master, p, v)) for v in (1, 2, 3)]
    return out


def fingerprint(path: Path) -> dict:
    """Every file beside and including ``path`` (its side files), by content."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "link"
            for p in path.parent.iterdir() if p.name.startswith(path.name)}


@pytest.fixture(scope="module")
def small_master(tmp_path_factory):
    """A real workspace, small enough for a hundred rounds: the demo's offices,
    each plan cut to two sasaran of two indikator of two kegiatan."""
    from rakdesk.core.demo import demo_data, load_into

    data = demo_data()
    for satker in data["satkers"]:
        for plan in satker["plans"]:
            plan["sasaran"] = plan["sasaran"][:2]
            for sasaran in plan["sasaran"]:
                sasaran["indikator"] = sasaran["indikator"][:2]
                for indikator in sasaran["indikator"]:
                    indikator["kegiatan"] = indikator["kegiatan"][:2]
    path = tmp_path_factory.mktemp("kecil") / "kecil.sqlite"
    storage.create_workspace(path, fill=lambda session: load_into(session, data)).close()
    return path


@pytest.fixture(scope="module")
def small_workbook(tmp_path_factory):
    from tests.test_xlsx import SEED, build_rak

    out = tmp_path_factory.mktemp("xlsx") / "kecil.xlsx"
    out.write_bytes(build_rak(SEED[:2]))
    return out


def test_a_hundred_hostile_workspaces_through_every_command(
        small_master, tmp_path, small_workbook, run_cli):
    demo_master = small_master
    rng = random.Random(20261130)
    corpus = cases(demo_master, rng)
    assert len(corpus) >= 100
    with storage.open_workspace(demo_master, readonly=True) as ws, ws.session() as session:
        from rakdesk.core import plans as ops

        plan_id = min((p for s in ops.all_satkers(session) for p in s.plans if p.kind != "SK"),
                      key=lambda p: sum(len(s.indikator) for s in p.sasaran)).id
    failures, slowest, outcomes = [], (0.0, ""), {"ok": 0, "refused": 0}
    started = time.monotonic()
    for index, (name, make) in enumerate(corpus):
        folder = tmp_path / f"c{index:03d}"
        folder.mkdir()
        path = folder / "kerja.sqlite"
        make(path)
        report = storage.inspect_file(path)
        damaged = report.error is not None or report.blocks_writing
        outcomes["refused" if damaged else "ok"] += 1
        before = fingerprint(path)
        clean = folder / "bersih.sqlite"
        shutil.copyfile(demo_master, clean)
        commands = [("check", path), ("list", path), ("list", path, "--json"),
                    ("render", path, "--plan", plan_id, "-o", folder / "out.pdf"),
                    ("merge", clean, path), ("merge", path, clean, "--dry-run"),
                    ("merge", path, clean), ("import-xlsx", path, small_workbook)]
        for args in commands:
            code, out, err, seconds = H.run_inprocess(*args)
            slowest = max(slowest, (seconds, f"{name}: {args[0]}"))
            said = (err or out).strip()
            if seconds > LIMIT:
                failures.append((name, args[0], f"took {seconds:.1f} s"))
            if "Traceback" in err or code not in (0, 1, 3):
                failures.append((name, args[0], f"exit {code}: {err[-600:]}"))
            elif code == 1 and (not said or "\n" in err.strip()):
                failures.append((name, args[0], f"not one line: {said!r}"))
            if "\x1b" in out + err or "\x07" in out + err:
                failures.append((name, args[0], "raw escape code printed"))
            if damaged and fingerprint(path) != before:
                failures.append((name, args[0], "damaged file changed"))
        if H.acted(path) or H.acted(clean):
            failures.append((name, "*", "a planted object acted"))
        merged = storage.inspect_file(clean)
        if not merged.ok:
            failures.append((name, "merge FROM", f"INTO left not ok: {merged.error}"
                             f" {merged.problems}"))
        if not damaged and not storage.inspect_file(path).ok and name != "symlink-loop":
            failures.append((name, "*", "a good file was left not ok"))
        if index % 25 == 0:  # as real child processes too
            for args in (commands[1], commands[4]):
                code, out, err = run_cli(*args, timeout=LIMIT + 30)
                if "Traceback" in err or code not in (0, 1, 3):
                    failures.append((name, f"child {args[0]}", err[-600:]))
        shutil.rmtree(folder)
    elapsed = time.monotonic() - started
    print(f"{len(corpus)} workspaces, {outcomes}, {elapsed:.0f} s, slowest {slowest}")
    assert failures == [], failures[:10]
    assert outcomes["refused"] >= 80 and outcomes["ok"] >= 5
