"""Killing rakdesk in the middle of edits and copies, again and again: every
file passes its check, every committed edit is there, and a copy is either the
old file or a whole new one."""

import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from rakdesk.core.storage import inspect_file

WORKER = textwrap.dedent("""
    import sys
    from rakdesk.core import plans as ops
    from rakdesk.core.storage import open_workspace, save_copy
    from rakdesk.core.schedule import TICK, Cell
    from pathlib import Path
    path, copy, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    ws = open_workspace(path)
    session = ws.session()
    plan = next(p for s in ops.all_satkers(session) for p in s.plans)
    indikator = plan.sasaran[0].indikator[0]
    for n in range(start, start + 200):
        if n % 10 == 9:
            save_copy(path, copy)
            print(f"copy {n}", flush=True)
            continue
        kegiatan = ops.add_kegiatan(session, indikator, f"edit {n}", ["Subbag"])
        ops.set_cell(session, kegiatan, 1 + n % 4, TICK if n % 2 else Cell(weeks={2, 3}))
        session.commit()
        print(f"edit {n}", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_during_edits_and_copies_100_times(demo_file, tmp_path):
    import sqlite3

    rng = random.Random(7)
    copy = tmp_path / "flashdisk.sqlite"
    committed: set[str] = set()
    copies = 0
    start = 0
    for _ in range(100):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(demo_file), str(copy),
                                 str(start)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=dict(os.environ))
        # However long the start-up takes on a busy machine, the kill comes
        # after the worker's first committed step, a random number of steps on
        # (the worker runs on meanwhile, so the kill lands within an edit or a copy).
        lines = [proc.stdout.readline()]
        assert lines[0], f"the worker stopped before its first step: {proc.stderr.read()}"
        for _ in range(rng.randint(0, 40)):
            lines.append(proc.stdout.readline())
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        done = "".join(lines).split("\n") + out.split("\n")
        committed |= {line[5:] for line in done if line.startswith("edit ")}
        copies += sum(line.startswith("copy ") for line in done)
        start += 200
        assert inspect_file(demo_file).ok  # recovers any cut-off write, untouched if none
        if copy.exists():
            assert inspect_file(copy).ok, "a copy is the old file or a whole new one"
    con = sqlite3.connect(demo_file)
    texts = {r[0] for r in con.execute("SELECT text FROM kegiatan WHERE text LIKE 'edit %'")}
    con.close()
    missing = {f"edit {n}" for n in committed} - texts
    assert missing == set()
    assert len(committed) > 100 and copies > 5  # the kills landed in the middle of the work
