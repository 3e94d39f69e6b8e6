"""How rendering scales: time per kegiatan row and peak memory for RAKs of 50,
500 and 5,000 kegiatan, against a bare reportlab table of the same rows
(no spans, no pagination of our own) measured in the same run.

    python benchmarks/render_bench.py [--repeat N]

Prints figures; asserts nothing (shared machines are noisy). The cost per row
should stay flat as plans grow, and a 50-kegiatan RAK should render in well
under half a second.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.schedule import TICK  # noqa: E402
from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.pdf import render_plan  # noqa: E402
from rakdesk.pdf.fonts import fonts  # noqa: E402
from rakdesk.pdf.text import para, styles  # noqa: E402

KEGIATAN = "Menyusun laporan pertanggungjawaban penggunaan anggaran tepat waktu dan akurat"


def build_plan(session, n: int):
    satker = ops.add_satker(session, name=f"SEKRETARIAT KPU BENCH {n}")
    plan = ops.add_plan(session, satker, "RAK", 2025, sign_place="Kota")
    per_sasaran, per_indikator = 20, 4  # like the seeds: a few indikator, a few kegiatan
    for n_keg in range(n):
        s, rest = divmod(n_keg, per_sasaran)
        i, k = divmod(rest, per_indikator)
        if rest == 0:
            sasaran = ops.add_sasaran(session, plan, f"Terwujudnya sasaran strategis nomor {s + 1}")
        if k == 0:
            ind = ops.add_indikator(session, sasaran, f"Persentase capaian indikator {s}.{i}",
                                    "87,5%")
        keg = ops.add_kegiatan(session, ind, f"{KEGIATAN} ({s}.{i}.{k})",
                               ["Subbag. Keuangan, Umum dan Logistik"])
        for m in range(1 + k, 13, 2):
            ops.set_cell(session, keg, m, TICK)
    session.flush()
    return plan


def bare_reportlab(plan) -> bytes:
    """The same cells in one plain reportlab Table: the baseline."""
    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic)
    data = [["SASARAN", "INDIKATOR", "TARGET", "KEGIATAN"] + [f"B{m}" for m in range(1, 13)]
            + ["PELAKSANA"]]
    for s in plan.sasaran:
        for i in s.indikator:
            for k in i.kegiatan:
                sched = k.schedule()
                data.append([para(s.text, st["cell"]), para(i.text, st["cell"]),
                             para(i.target, st["cell"]), para(k.text, st["cell"])]
                            + ["√" if m in sched else "" for m in range(1, 13)]
                            + [para(k.pelaksana[0].name, st["cell"])])
    widths = [95, 100, 45, 125] + [22] * 12 + [80]
    table = Table(data, colWidths=widths, repeatRows=1,
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                    ("FONTNAME", (0, 0), (-1, -1), fs.regular)]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
    return buffer.getvalue()


def measure(fn, repeat: int):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="50,500,5000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "bench.sqlite")
        session = ws.session()
        render_plan(build_plan(session, 20))  # warm up fonts and imports
        print(f"{'kegiatan':>9} {'rakdesk s':>10} {'ms/row':>8} {'peak MiB':>9} "
              f"{'bare s':>8} {'ms/row':>8} {'ratio':>6}")
        for n in sizes:
            plan = build_plan(session, n)
            rows = sum(len(i.kegiatan) for s in plan.sasaran for i in s.indikator)
            repeat = args.repeat if n <= 500 else 1
            ours, peak = measure(lambda p=plan: render_plan(p), repeat)
            base, _ = measure(lambda p=plan: bare_reportlab(p), repeat)
            print(f"{rows:>9} {ours:>10.3f} {ours / rows * 1000:>8.2f} {peak / 2**20:>9.1f} "
                  f"{base:>8.3f} {base / rows * 1000:>8.2f} {ours / base:>6.2f}")
        session.close()
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
