"""A corpus of damaged copies of a real workspace: truncations at page
boundaries and at random offsets, flipped bytes, junk, stray journal files,
a wrong application id, a newer schema. Each one must give a clear message or
open correctly; none may crash or hang; a refused file is left as it was."""

import hashlib
import random
import shutil
import sqlite3

import pytest

from rakdesk.core import storage
from rakdesk.errors import WorkspaceError

PAGE = 4096


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def variants(master, rng):
    """(name, mutate(path)) pairs; each mutates a fresh copy of the master."""
    data = master.read_bytes()
    size = len(data)
    pages = size // PAGE
    out = []
    for n in range(pages + 1):  # every page boundary
        out.append((f"truncate-page-{n}", lambda p, k=n * PAGE: p.write_bytes(data[:k])))
    for _ in range(300):  # random offsets
        k = rng.randrange(0, size)
        out.append((f"truncate-{k}", lambda p, k=k: p.write_bytes(data[:k])))
    for _ in range(400):  # one flipped bit somewhere
        k, bit = rng.randrange(0, size), 1 << rng.randrange(8)

        def flip(p, k=k, bit=bit):
            b = bytearray(data)
            b[k] ^= bit
            p.write_bytes(bytes(b))
        out.append((f"flip-{k}-{bit}", flip))
    for _ in range(120):  # a run of junk
        k, n = rng.randrange(0, size), rng.randrange(1, 3 * PAGE)
        junk = rng.randbytes(n)

        def spray(p, k=k, junk=junk):
            b = bytearray(data)
            b[k:k + len(junk)] = junk
            p.write_bytes(bytes(b[:size]))
        out.append((f"junk-{k}-{n}", spray))
    for i in range(60):  # stray journals: junk, empty, or another file's
        kind = ("junk", "empty", "foreign")[i % 3]

        def journal(p, kind=kind, seed=i):
            p.write_bytes(data)
            j = p.with_name(p.name + "-journal")
            if kind == "junk":
                j.write_bytes(random.Random(seed).randbytes(PAGE * 2))
            elif kind == "empty":
                j.write_bytes(b"")
            else:
                j.write_bytes(FOREIGN_JOURNAL)
        out.append((f"journal-{kind}-{i}", journal))
    def pragma(name, value):
        def mutate(p):
            p.write_bytes(data)
            con = sqlite3.connect(p)
            con.execute(f"PRAGMA {name}={value}")
            con.commit()
            con.close()
        return mutate

    for i in range(40):  # a wrong application id
        out.append((f"appid-{i}", pragma("application_id", rng.randrange(1, 2**31))))
    for i in range(40):  # a newer schema
        out.append((f"newer-{i}", pragma("user_version", storage.SCHEMA_VERSION + 1 + i)))
    return out


FOREIGN_JOURNAL = b""


def make_foreign_journal(tmp_path):
    """A genuine hot journal of another database, to leave beside ours."""
    import subprocess
    import sys

    other = tmp_path / "lain.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    code = ("import os,signal,sqlite3,sys\n"
            "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
            "c.execute('PRAGMA cache_size=1');c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"UPDATE t SET x='y'\")\n"
            "os.kill(os.getpid(),signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", code, str(other)], check=False)
    return other.with_name(other.name + "-journal").read_bytes()


@pytest.mark.skipif(not hasattr(__import__("os"), "kill"), reason="needs POSIX signals")
def test_a_thousand_damaged_copies_never_crash_hang_or_change(demo_master, tmp_path):
    global FOREIGN_JOURNAL
    FOREIGN_JOURNAL = make_foreign_journal(tmp_path)
    assert FOREIGN_JOURNAL
    rng = random.Random(20241123)
    cases = variants(demo_master, rng)
    assert len(cases) >= 1000
    outcomes = {"refused": 0, "opened": 0}
    unexpected = []
    for name, mutate in cases:
        path = tmp_path / "rusak.sqlite"
        for leftover in tmp_path.glob("rusak.sqlite*"):
            leftover.unlink()
        mutate(path)
        before = sha(path)
        journal = path.with_name(path.name + "-journal")
        journal_before = sha(journal)
        try:
            ws = storage.open_workspace(path)
        except WorkspaceError as exc:
            message = str(exc)
            if not message or "\n" in message or "Traceback" in message:
                unexpected.append((name, f"unclear message: {message!r}"))
            if sha(path) != before or sha(journal) != journal_before:
                unexpected.append((name, "refused file was changed"))
            outcomes["refused"] += 1
            continue
        except Exception as exc:  # anything else is a crash in the user's eyes
            unexpected.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        try:
            with ws.session() as session:
                from rakdesk.core import plans as ops

                ops.workspace_to_dict(session)  # everything is readable
            report = storage.inspect_file(path)
            if not report.ok:
                unexpected.append((name, f"opened but not ok: {report.error or report.problems}"))
        except Exception as exc:
            unexpected.append((name, f"opened, then failed: {type(exc).__name__}: {exc}"))
        finally:
            ws.close()
        outcomes["opened"] += 1
    assert unexpected == [], unexpected[:10]
    assert outcomes["refused"] > 500 and outcomes["opened"] > 50


def test_corpus_master_is_a_real_workspace(demo_master):
    assert storage.inspect_file(demo_master).ok
    shutil.copyfile(demo_master, demo_master.with_name("salin.sqlite"))
