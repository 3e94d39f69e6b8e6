"""How long merging a sub-unit's copy takes, against copying the same file.

A workspace with one plan of N kegiatan (default 1,000, six ticks each) is
copied; the copy gets 10% of its kegiatan retyped, 10% with a month ticked and
a few new kegiatan. Merging it back (read both files, decide, write, commit)
is timed against ``rakdesk copy`` of the same file (SQLite's backup API) in
the same run, and the dry run (read and decide only) is shown beside it.

    python benchmarks/merge_bench.py [--kegiatan 1000] [--repeat 3] [--added 1000]

A second case merges a copy that adds ``--added`` kegiatan (and three times as
many) under one indikator of the demo plan, and prints the ratio of the two:
a linear merge is about 3.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_bench import build_plan  # noqa: E402

from rakdesk.core import merge, storage  # noqa: E402
from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.schedule import Cell  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def added_under_one_indikator(tmp: Path, n: int) -> float:
    """Seconds to merge a copy that adds ``n`` kegiatan under one indikator."""
    from rakdesk.core.demo import write_demo

    master = write_demo(tmp / f"demo-{n}.sqlite")
    copy = tmp / f"demo-{n}-subunit.sqlite"
    shutil.copyfile(master, copy)
    with storage.open_workspace(copy) as ws, ws.session() as session:
        plan = next(p for s in ops.all_satkers(session) for p in s.plans
                    if p.kind == "RAK" and p.granularity == "monthly")
        indikator = plan.sasaran[0].indikator[0]
        for k in range(n):
            kegiatan = ops.add_kegiatan(session, indikator, f"Kegiatan tambahan {k}",
                                        ["Subbag. Keuangan, Umum dan Logistik"])
            ops.set_cell(session, kegiatan, 1 + k % 12, Cell(ticked=True))
        session.commit()
    return timed(partial(merge.merge_files, master, copy))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kegiatan", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--added", type=int, default=1000)
    parser.add_argument("--only-added", action="store_true", help="only the second case")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rakdesk-merge-bench-"))
    os.environ.setdefault("RAKDESK_DATA_DIR", str(tmp / "data"))
    small = added_under_one_indikator(tmp, args.added)
    large = added_under_one_indikator(tmp, 3 * args.added)
    print(f"copy adding kegiatan under one indikator: {args.added} in {small:.2f} s, "
          f"{3 * args.added} in {large:.2f} s; ratio {large / small:.1f} (linear: 3)")
    if args.only_added:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    master = tmp / "sekretariat.sqlite"
    with storage.create_workspace(master) as ws, ws.session() as session:
        build_plan(session, args.kegiatan)
        session.commit()
    copy = tmp / "subunit.sqlite"
    shutil.copyfile(master, copy)
    with storage.open_workspace(copy) as ws, ws.session() as session:
        plan = ops.all_satkers(session)[0].plans[0]
        kegiatan = [k for s in plan.sasaran for i in s.indikator for k in i.kegiatan]
        step = 10
        for k in kegiatan[::step]:
            k.text += " (diubah sub-unit)"
        for k in kegiatan[1::step]:
            ops.set_cell(session, k, 12, Cell(ticked=True, note="tambahan"))
        for n in range(5):
            ops.add_kegiatan(session, kegiatan[0].indikator, f"Kegiatan baru {n}")
        session.commit()

    merges, dry, copies = [], [], []
    for r in range(args.repeat):
        into = tmp / f"into-{r}.sqlite"
        shutil.copyfile(master, into)
        dry.append(timed(partial(merge.merge_files, into, copy, dry_run=True)))
        merges.append(timed(partial(merge.merge_files, into, copy)))
        copies.append(timed(partial(storage.save_copy, into, tmp / f"salinan-{r}.sqlite")))
    shutil.copyfile(master, tmp / "last.sqlite")
    summary = merge.merge_files(tmp / "last.sqlite", copy)
    size = master.stat().st_size / 1e6
    print(f"plan of {args.kegiatan} kegiatan, file {size:.1f} MB; "
          f"copy changed {summary.updated['kegiatan']} kegiatan, {summary.updated['cell']} "
          f"cells, added {summary.added['kegiatan']}")
    med = statistics.median
    print(f"  merge (read, decide, write)  {med(merges) * 1000:8.0f} ms")
    print(f"  dry run (read, decide)       {med(dry) * 1000:8.0f} ms")
    print(f"  baseline: save a copy        {med(copies) * 1000:8.0f} ms")
    print(f"  ratio merge / copy           {med(merges) / med(copies):8.1f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
