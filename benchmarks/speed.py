"""Every speed figure of rakdesk against what users have today, in one run.

Each figure is measured by starting the real processes, beside its baseline
measured in the same run on the same machine, and printed with the ratio:

  render      `rakdesk render` of the demo's Kubu Raya RAK, whole process, against
              LibreOffice converting the same plan kept as .xlsx
              (`soffice --headless --convert-to pdf`); goal <= 0.5x
  window      process start to the mapped main window on the demo workspace
              (Xvfb 1366x768), against a bare PySide6 window with a 50-row table
              started the same way; goal <= 2x
  open        a 1,000-kegiatan RAK opened in the grid (fresh process), against a
              50-kegiatan one; goal <= 0.3 s
  toggle      Space on a schedule cell until the change is committed, p50/p95 of
              200, against a bare SQLite commit of the same change to the same
              file; goal p95 <= 3x
  import      `rakdesk import-xlsx` of a 7,765-row workbook that holds no RAK
              (goal <= 1 s) and of 1,000- and 4,000-kegiatan RAK workbooks
              (goal <= 3 s, linear: 4,000 about 4x 1,000)
  merge       `rakdesk merge` of a copy that added 3,000 kegiatan under one
              indikator, against one that added 1,000; goal <= 3x

The workloads are generated here. Timing is wall-clock; each figure is the
median of --repeat runs (toggles: percentiles of all of them).

    python benchmarks/speed.py [--repeat 3] [--only render,window,...] [--display :99]

Prints figures; asserts nothing. Needs Xvfb and xev for `window`, soffice for
`render` (a figure whose tool is missing is reported as skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PY = sys.executable
FIGURES = ("render", "window", "open", "toggle", "import", "merge")

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv)
window = QMainWindow()
table = QTableWidget(50, 18)
for r in range(50):
    for c in range(18):
        table.setItem(r, c, QTableWidgetItem(f"kegiatan {r}.{c}"))
window.setCentralWidget(table)
window.resize(1200, 700)
window.show()
sys.exit(app.exec())
"""


# --------------------------------------------------------------------- helpers

def env(tmp: Path, **extra) -> dict:
    e = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]),
             RAKDESK_DATA_DIR=str(tmp / "userdata"), PYTHONIOENCODING="utf-8")
    e.pop("PYTHONDONTWRITEBYTECODE", None)  # see compiled()
    e.update(extra)
    return e


def compiled() -> None:
    """Compile rakdesk's modules first, as an install does (pip and the frozen
    app both ship them compiled): a checkout run with PYTHONDONTWRITEBYTECODE
    would otherwise compile every module from source in every measured start."""
    import compileall

    compileall.compile_dir(ROOT / "rakdesk", quiet=1)


def rakdesk(tmp: Path, *args, check=True) -> subprocess.CompletedProcess:
    proc = subprocess.run([PY, "-m", "rakdesk", *map(str, args)], capture_output=True,
                          text=True, env=env(tmp), cwd=tmp)
    if check and proc.returncode != 0:
        raise SystemExit(f"rakdesk {args[0]} failed: {proc.stderr.strip()}")
    return proc


def timed_process(cmd, tmp: Path, ok=(0,), **kw) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, **kw)
    took = time.perf_counter() - start
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(map(str, cmd[:4]))}... exit {proc.returncode}: "
                         f"{(proc.stderr or proc.stdout).strip()[-300:]}")
    return took


def median(values) -> float:
    return statistics.median(values)


def child(mode: str, *args, tmp: Path, extra_env=None) -> dict:
    """Run this script as a fresh process in a measuring mode; its last line is JSON."""
    e = env(tmp, QT_QPA_PLATFORM="offscreen", **(extra_env or {}))
    proc = subprocess.run([PY, __file__, "--child", mode, *map(str, args)], capture_output=True,
                          text=True, env=e, cwd=tmp)
    if proc.returncode != 0:
        raise SystemExit(f"child {mode} failed: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, value, baseline, ratio, goal, met):
        self.rows.append((what, value, baseline, ratio, goal, met))
        print(f"  {what}: {value}  (baseline {baseline}; ratio {ratio}; goal {goal}: "
              f"{'met' if met else 'NOT met'})", flush=True)

    def markdown(self) -> str:
        lines = ["| what | rakdesk | baseline (same run) | ratio | goal | met |",
                 "| --- | ---: | ---: | ---: | --- | --- |"]
        for what, value, baseline, ratio, goal, met in self.rows:
            lines.append(f"| {what} | {value} | {baseline} | {ratio} | {goal} | "
                         f"{'yes' if met else '**no**'} |")
        return "\n".join(lines)


def secs(value: float) -> str:
    return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"


# --------------------------------------------------------------------- workloads

def build_workspace(path: Path, kegiatan: int) -> str:
    """A workspace with one RAK of ``kegiatan`` rows (render_bench's shape)."""
    from render_bench import build_plan

    from rakdesk.core.storage import create_workspace

    with create_workspace(path, overwrite=True) as ws, ws.session() as session:
        plan_id = build_plan(session, kegiatan).id
        session.commit()
    return plan_id


def demo(tmp: Path) -> tuple[Path, str]:
    path = tmp / "demo.sqlite"
    if not path.exists():
        rakdesk(tmp, "demo", path)
    data = json.loads(rakdesk(tmp, "list", path, "--json").stdout)
    plan = next(p for s in data["satkers"] if "KUBU RAYA" in s["name"]
                for p in s["plans"] if p["kind"] == "RAK")
    return path, plan["id"]


def foreign_workbook(path: Path, rows: int = 7765) -> None:
    """A workbook of the kind offices keep besides their RAK: a long list with no RAK table."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Daftar")
    ws.append(["No", "Nama", "NIK", "Alamat", "Kelurahan", "Kecamatan", "TPS", "Keterangan"])
    for r in range(1, rows):
        ws.append([r, f"Pemilih nomor {r}", f"6112{r:012d}", f"Jalan Contoh No. {r % 97}",
                   f"Desa {r % 41}", f"Kecamatan {r % 9}", r % 300 + 1, "terdaftar"])
    wb.save(path)


def rak_workbook(tmp: Path, kegiatan: int) -> Path:
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace
    from rakdesk.xlsx import export_plan

    source = tmp / f"rak-{kegiatan}.sqlite"
    plan_id = build_workspace(source, kegiatan)
    out = tmp / f"rak-{kegiatan}.xlsx"
    with open_workspace(source, readonly=True) as ws, ws.session() as session:
        export_plan(load_plan(session, plan_id), out)
    return out


def merge_pair(tmp: Path, added: int) -> tuple[Path, Path]:
    """A secretary's file and a sub-unit's copy of it that added ``added``
    kegiatan under one indikator."""
    from rakdesk.core import plans as ops
    from rakdesk.core.schedule import TICK
    from rakdesk.core.storage import create_workspace, open_workspace

    base = tmp / f"merge-base-{added}.sqlite"
    with create_workspace(base, overwrite=True) as ws, ws.session() as session:
        satker = ops.add_satker(session, name="SEKRETARIAT KPU KABUPATEN GABUNG")
        plan = ops.add_plan(session, satker, "RAK", 2025)
        sasaran = ops.add_sasaran(session, plan, "Terwujudnya tata kelola yang akuntabel")
        ops.add_indikator(session, sasaran, "Persentase laporan tepat waktu", "100%")
        session.commit()
    copy = tmp / f"merge-copy-{added}.sqlite"
    shutil.copyfile(base, copy)
    with open_workspace(copy) as ws, ws.session() as session:
        indikator = ops.all_satkers(session)[0].plans[0].sasaran[0].indikator[0]
        for n in range(added):
            keg = ops.add_kegiatan(session, indikator, f"Kegiatan sub-unit nomor {n}",
                                   ["Subbag. Teknis"])
            for month in range(1 + n % 2, 13, 3):
                ops.set_cell(session, keg, month, TICK)
        session.commit()
    return base, copy


# --------------------------------------------------------------------- figures

def fig_render(tmp: Path, repeat: int, table: Table) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    path, plan_id = demo(tmp)
    xlsx = tmp / "kubu-raya.xlsx"
    rakdesk(tmp, "export-xlsx", path, "--plan", plan_id, "-o", xlsx)
    ours = [timed_process([PY, "-m", "rakdesk", "render", path, "--plan", plan_id, "-o",
                           tmp / "kubu-raya.pdf"], tmp, env=env(tmp)) for _ in range(repeat)]
    if soffice is None:
        table.add("render Kubu Raya RAK (whole process)", secs(median(ours)), "soffice missing",
                  "-", "<= 0.5x LibreOffice", False)
        return
    profile = f"-env:UserInstallation=file://{tmp / 'lo-profile'}"
    lo_cmd = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
              tmp / "lo", xlsx]
    timed_process(lo_cmd, tmp)  # first start makes the profile: not counted
    theirs = [timed_process(lo_cmd, tmp) for _ in range(repeat)]
    ratio = median(ours) / median(theirs)
    table.add("`rakdesk render` of the Kubu Raya RAK (53 kegiatan), whole process",
              secs(median(ours)), f"LibreOffice .xlsx → PDF {secs(median(theirs))}",
              f"{ratio:.2f}×", "≤ 0.5× LibreOffice", ratio <= 0.5)


def _window_name(display: str, window: str) -> str:
    proc = subprocess.run(["xprop", "-display", display, "-id", window, "WM_NAME"],
                          capture_output=True, text=True)
    return proc.stdout if proc.returncode == 0 else ""


def _mapped_after(cmd, display: str, tmp: Path, extra_env: dict,
                  main_title: str | None = None) -> tuple[float, float]:
    """Seconds from starting ``cmd`` to the first top-level window mapped on
    ``display`` (xev watching the root window), and to the first whose title
    holds ``main_title`` (the same window when None); then the process is ended."""
    import queue
    import threading

    watch = subprocess.Popen(["xev", "-display", display, "-root", "-event", "substructure",
                              "-event", "property"],
                             stdout=subprocess.PIPE, text=True, bufsize=1,
                             env=dict(os.environ, DISPLAY=display))
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout] and None,
                     daemon=True).start()

    try:
        # xev prints nothing until an event: touch a root property until it reports one
        ready = False
        while not ready:
            subprocess.run(["xprop", "-display", display, "-root", "-f", "_RAKDESK_BENCH", "8s",
                            "-set", "_RAKDESK_BENCH", "ready"], check=True)
            try:
                while True:
                    if lines.get(timeout=0.2).startswith("PropertyNotify"):
                        ready = True
                        break
            except queue.Empty:
                pass
        start = time.perf_counter()
        app = subprocess.Popen(cmd, env={**extra_env, "DISPLAY": display}, cwd=tmp,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first = None
        try:
            while True:
                line = lines.get(timeout=120)
                if line.startswith("MapNotify"):
                    mapped = time.perf_counter()
                    detail = lines.get(timeout=5)
                    if "override NO" not in detail:
                        continue
                    first = mapped - start if first is None else first
                    window = detail.split("window ")[-1].split(",")[0].strip()
                    if main_title is None or main_title in _window_name(display, window):
                        return first, mapped - start
        finally:
            app.terminate()
            app.wait(timeout=30)
    finally:
        watch.terminate()
        watch.wait(timeout=10)


def fig_window(tmp: Path, repeat: int, table: Table, display: str | None) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xev")):
        table.add("window visible on the demo", "Xvfb/xev missing", "-", "-", "≤ 2×", False)
        return
    server = None
    if display is None:
        display = ":97"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
                break
            time.sleep(0.05)
    try:
        path, _ = demo(tmp)
        e = env(tmp, QT_QPA_PLATFORM="xcb")
        e.pop("QT_QPA_PLATFORM", None)
        bare_script = tmp / "bare_window.py"
        bare_script.write_text(BARE_WINDOW)
        first, main, bare = [], [], []
        for _ in range(repeat):
            # a fresh copy each time: the same first open, backups and all
            shutil.copyfile(path, tmp / "start.sqlite")
            ours = _mapped_after([PY, "-m", "rakdesk", tmp / "start.sqlite"], display, tmp, e,
                                 main_title="start.sqlite")
            first.append(ours[0])
            main.append(ours[1])
            bare.append(_mapped_after([PY, bare_script], display, tmp, e)[0])
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    ratio = median(first) / median(bare)
    table.add("window visible on the demo workspace, process start to mapped window "
              "(Xvfb, 1366×768): the start screen naming the file", secs(median(first)),
              f"bare PySide6 window, 50-row table {secs(median(bare))}", f"{ratio:.1f}×",
              "≤ 2× the bare window", ratio <= 2)
    ratio = median(main) / median(bare)
    table.add("… and the main window with the plan, ready to edit", secs(median(main)),
              f"bare PySide6 window, 50-row table {secs(median(bare))}", f"{ratio:.1f}×",
              "≤ 2× the bare window", ratio <= 2)


def fig_open(tmp: Path, repeat: int, table: Table) -> None:
    times = {}
    for n in (50, 1000):
        path = tmp / f"open-{n}.sqlite"
        plan_id = build_workspace(path, n)
        times[n] = median(child("open", path, plan_id, tmp=tmp)["seconds"]
                          for _ in range(repeat))
    ratio = times[1000] / times[50]
    table.add("open a 1,000-kegiatan RAK in the grid (fresh process, file check included)",
              secs(times[1000]), f"50-kegiatan RAK {secs(times[50])}", f"{ratio:.1f}×",
              "≤ 0.3 s", times[1000] <= 0.3)


def fig_toggle(tmp: Path, table: Table) -> None:
    path = tmp / "toggle.sqlite"
    plan_id = build_workspace(path, 1000)
    result = child("toggle", path, plan_id, 200, tmp=tmp)
    p50, p95, b50, b95 = (result[k] for k in ("p50", "p95", "b50", "b95"))
    table.add("toggle a month → committed to disk (p50 / p95 of 200)",
              f"{p50 * 1000:.1f} / {p95 * 1000:.1f} ms",
              f"bare SQLite commit {b50 * 1000:.2f} / {b95 * 1000:.2f} ms",
              f"{p50 / b50:.1f}× / {p95 / b95:.1f}×", "p95 ≤ 3× the bare commit",
              p95 / b95 <= 3)


def fig_import(tmp: Path, repeat: int, table: Table) -> None:
    e = env(tmp)
    foreign = tmp / "daftar-pemilih.xlsx"
    foreign_workbook(foreign)

    def run(xlsx, ok):
        target = tmp / "impor.sqlite"
        target.unlink(missing_ok=True)
        return timed_process([PY, "-m", "rakdesk", "import-xlsx", target, xlsx], tmp, ok=ok,
                             env=e)

    none = median(run(foreign, (1,)) for _ in range(repeat))
    table.add("a 7,765-row workbook that holds no RAK (`import-xlsx`, whole process)",
              secs(none), "-", "-", "≤ 1 s", none <= 1)
    took = {n: median(run(rak_workbook(tmp, n), (0,)) for _ in range(repeat))
            for n in (1000, 4000)}
    ratio = took[4000] / took[1000]
    table.add("import a plan of 4,000 kegiatan (`import-xlsx`, whole process)",
              secs(took[4000]), f"1,000 kegiatan {secs(took[1000])}", f"{ratio:.1f}×",
              "≤ 3 s, linear (about 4×)", took[4000] <= 3 and ratio <= 5)


def fig_merge(tmp: Path, repeat: int, table: Table) -> None:
    e = env(tmp)
    took = {}
    for n in (1000, 3000):
        base, copy = merge_pair(tmp, n)
        runs = []
        for r in range(repeat):
            into = tmp / f"merge-into-{n}-{r}.sqlite"
            shutil.copyfile(base, into)
            runs.append(timed_process([PY, "-m", "rakdesk", "merge", into, copy], tmp, env=e))
        took[n] = median(runs)
    ratio = took[3000] / took[1000]
    table.add("merge a copy that adds 3,000 kegiatan under one indikator (whole process)",
              secs(took[3000]), f"adding 1,000 {secs(took[1000])}", f"{ratio:.1f}×",
              "linear: ≤ 3× merging 1,000", ratio <= 3)


# --------------------------------------------------------------------- children

def child_open(path: str, plan_id: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from rakdesk.core.storage import open_workspace
    from rakdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    start = time.perf_counter()
    window = MainWindow(open_workspace(path))
    window.show()
    window.tree.select(plan_id)
    app.processEvents()
    took = time.perf_counter() - start
    assert window.model.plan.id == plan_id and window.model.rowCount() > 0
    window.close()
    return {"seconds": took}


def _percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bare_commits(path, count: int) -> list[float]:
    """Seconds each of ``count`` bare SQLite commits of the change a toggle
    makes (a schedule cell added or removed), on the same file: the baseline
    a toggle is compared with (editor_bench.py uses it too)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA journal_mode=DELETE")
    kegiatan = [r[0] for r in con.execute("SELECT id FROM kegiatan LIMIT 500")]
    bare = []
    for i in range(count):  # the same change a toggle makes, in plain SQL
        k = kegiatan[i % len(kegiatan)]
        start = time.perf_counter()
        if con.execute("DELETE FROM schedule_cell WHERE kegiatan_id=? AND period=3",
                       (k,)).rowcount == 0:
            con.execute("INSERT INTO schedule_cell VALUES (?, ?, 3, 1, '', '', "
                        "'2025-01-01 00:00:00')", (f"bench-{i}", k))
        con.commit()
        bare.append(time.perf_counter() - start)
    con.close()
    return bare


def child_toggle(path: str, plan_id: str, count: str) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rakdesk.core.storage import open_workspace
    from rakdesk.ui.main_window import MainWindow
    from rakdesk.ui.plan_model import period_key

    count = int(count)
    app = QApplication(sys.argv[:1])
    window = MainWindow(open_workspace(path))
    window.show()
    window.tree.select(plan_id)
    app.processEvents()
    grid, model = window.grid, window.model
    grid.setFocus()
    column = model.column(period_key(3))
    toggles = []
    for i in range(count):
        grid.setCurrentIndex(model.index((i * 7) % model.rowCount(), column))
        start = time.perf_counter()
        QTest.keyClick(grid, Qt.Key.Key_Space)  # returns once the change is committed
        toggles.append(time.perf_counter() - start)
        app.processEvents()  # repaint between keystrokes, as a user's event loop does
    window.close()
    window.doc.close()

    bare = bare_commits(path, count)
    return {"p50": _percentile(toggles, 50), "p95": _percentile(toggles, 95),
            "b50": _percentile(bare, 50), "b95": _percentile(bare, 95)}


# --------------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default=",".join(FIGURES),
                        help=f"comma-separated, of {', '.join(FIGURES)}")
    parser.add_argument("--display", help="an X display already running Xvfb 1366x768 "
                        "(default: start one on :97)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        print(json.dumps({"open": child_open, "toggle": child_toggle}[mode](*rest)))
        return 0
    sys.path[:0] = [str(ROOT), str(HERE)]
    compiled()
    wanted = [f.strip() for f in args.only.split(",") if f.strip()]
    table = Table()
    with tempfile.TemporaryDirectory(prefix="rakdesk-speed-") as name:
        tmp = Path(name)
        os.environ["RAKDESK_DATA_DIR"] = str(tmp / "userdata")
        for figure in wanted:
            print(f"{figure}...", flush=True)
            if figure == "render":
                fig_render(tmp, args.repeat, table)
            elif figure == "window":
                fig_window(tmp, args.repeat, table, args.display)
            elif figure == "open":
                fig_open(tmp, args.repeat, table)
            elif figure == "toggle":
                fig_toggle(tmp, table)
            elif figure == "import":
                fig_import(tmp, args.repeat, table)
            elif figure == "merge":
                fig_merge(tmp, args.repeat, table)
            else:
                raise SystemExit(f"unknown figure {figure}; choose from {', '.join(FIGURES)}")
    load = os.getloadavg()
    print()
    print(f"{dt.date.today().isoformat()}, {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {load[0]:.1f} / {load[1]:.1f}")
    print()
    print(table.markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
