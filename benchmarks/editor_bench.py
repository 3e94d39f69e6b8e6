"""How the editor feels on a large plan: time to open a 1,000-kegiatan RAK in
the grid, time to scroll it, and the time from a toggle (Space on a schedule
cell) to its commit in the file, p50/p95, against the same change made in
plain SQL (insert or delete one schedule row and commit) in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/editor_bench.py [--kegiatan 1000]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render_bench import build_plan  # noqa: E402
from speed import bare_commits  # noqa: E402

from rakdesk.core.storage import create_workspace, open_workspace  # noqa: E402
from rakdesk.ui.main_window import MainWindow  # noqa: E402
from rakdesk.ui.plan_model import period_key  # noqa: E402


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kegiatan", type=int, default=1000)
    parser.add_argument("--toggles", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RAKDESK_DATA_DIR"] = tmp
        path = Path(tmp) / "besar.sqlite"
        ws = create_workspace(path)
        with ws.session() as session:
            plan_id = build_plan(session, args.kegiatan).id
            session.commit()
        ws.close()

        start = time.perf_counter()
        window = MainWindow(open_workspace(path))
        window.show()
        window.tree.select(plan_id)
        app.processEvents()
        opened = time.perf_counter() - start
        grid, model = window.grid, window.model
        assert model.rowCount() == args.kegiatan

        start = time.perf_counter()
        bar = grid.verticalScrollBar()
        steps = 0
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + grid.viewport().height())
            grid.viewport().repaint()
            steps += 1
        scrolled = time.perf_counter() - start

        grid.setFocus()
        toggles = []
        column = model.column(period_key(3))
        for i in range(args.toggles):
            grid.setCurrentIndex(model.index((i * 7) % model.rowCount(), column))
            start = time.perf_counter()
            QTest.keyClick(grid, Qt.Key.Key_Space)
            toggles.append(time.perf_counter() - start)  # returns after the commit
        window.close()

        bare = bare_commits(path, args.toggles)  # the same change in plain SQL

    ms = 1000
    print(f"plan of {args.kegiatan} kegiatan")
    print(f"  open in the grid      {opened * ms:8.1f} ms")
    print(f"  scroll end to end     {scrolled * ms:8.1f} ms over {steps} pages "
          f"({scrolled / max(1, steps) * ms:.1f} ms a page)")
    p50, p95 = percentile(toggles, 50), percentile(toggles, 95)
    b50, b95 = percentile(bare, 50), percentile(bare, 95)
    print(f"  toggle -> commit      p50 {p50 * ms:6.2f} ms   p95 {p95 * ms:6.2f} ms")
    print(f"  bare SQLite commit    p50 {b50 * ms:6.2f} ms   p95 {b95 * ms:6.2f} ms")
    print(f"  ratio (toggle/bare)   p50 {p50 / b50:6.1f}     p95 {p95 / b95:6.1f}")
    print(f"  mean toggle           {statistics.mean(toggles) * ms:8.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
