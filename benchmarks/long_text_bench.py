"""How printing scales with long texts: render time, pages and peak memory at
1x, 2x and 4x text, in three series:

* ``cells``: 100 kegiatan whose texts are 500, 1,000 and 2,000 characters
  (all printed: the cost should grow with the text, about linearly);
* ``many``: 100, 200 and 400 kegiatan of 20,000 characters each (each cut to
  the printed bound: the cost should grow with the number of cells);
* ``one``: a single kegiatan of 25,000, 50,000 and 100,000 characters, one
  of newlines, one unbroken word (all cut: the cost should stay flat).

    python benchmarks/long_text_bench.py [--series cells,many,one] [--memory]

Prints figures; asserts nothing (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.schedule import TICK  # noqa: E402
from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.pdf import render_plan  # noqa: E402
from rakdesk.pdf.fonts import fonts  # noqa: E402

WORDS = "rencana aksi kinerja pelaksanaan evaluasi laporan pemilu data "


def text(length: int) -> str:
    return (WORDS * (length // len(WORDS) + 1))[:length]


def build(session, texts: list[str]):
    satker = ops.add_satker(session, name="SEKRETARIAT KPU BENCH")
    plan = ops.add_plan(session, satker, "RAK", 2025, sign_place="Kota")
    sasaran = ops.add_sasaran(session, plan, "Terwujudnya perencanaan yang berkualitas")
    indikator = ops.add_indikator(session, sasaran, "Nilai SAKIP", "87,5%")
    for t in texts:
        kegiatan = ops.add_kegiatan(session, indikator, t, ["Subbag. Keuangan"])
        ops.set_cell(session, kegiatan, 3, TICK)
    session.flush()
    return plan


def measure(session, label: str, texts: list[str], memory: bool) -> None:
    plan = build(session, texts)
    start = time.perf_counter()
    data = render_plan(plan)
    seconds = time.perf_counter() - start
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
    line = f"{label:<30} {sum(map(len, texts)):>10,} chars {seconds:7.2f} s {pages:>5} pages"
    if memory:  # a second run, traced (tracing slows it down)
        tracemalloc.start()
        render_plan(plan)
        line += f" {tracemalloc.get_traced_memory()[1] / 2**20:7.1f} MiB peak"
        tracemalloc.stop()
    print(line, flush=True)


SERIES = {
    "cells": [(f"100 kegiatan x {n:,}", [text(n)] * 100) for n in (500, 1000, 2000)],
    "many": [(f"{n} kegiatan x 20,000", [text(20_000)] * n) for n in (100, 200, 400)],
    "one": [(f"1 kegiatan x {n:,}", [text(n)]) for n in (25_000, 50_000, 100_000)]
    + [("1 kegiatan, 50,000 newlines", ["\n" * 50_000]),
       ("1 unbroken word x 100,000", ["x" * 100_000])],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", default="cells,many,one")
    parser.add_argument("--memory", action="store_true", help="also trace peak memory")
    args = parser.parse_args()
    fonts()  # registered once, outside the timings
    with tempfile.TemporaryDirectory() as folder:
        ws = create_workspace(Path(folder) / "bench.sqlite")
        session = ws.session()
        try:
            for name in args.series.split(","):
                for label, texts in SERIES[name]:
                    measure(session, label, texts, args.memory)
                    session.rollback()
        finally:
            session.close()
            ws.close()


if __name__ == "__main__":
    main()
