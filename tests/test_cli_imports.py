"""Each command imports only what it uses: the command line starts fast because
`--version`, `check`, `list` and `render` never load the window (Qt), signing
(pyHanko), migrations (Alembic), Excel (openpyxl) or PDF reading (pypdf), and
`render` not even the ORM (SQLAlchemy, SQLModel, pydantic).
Checked in a fresh process per command, by the modules loaded after it ran."""

import json
import subprocess
import sys

import pytest

HEAVY = {"PySide6", "shiboken6", "pyhanko", "alembic", "openpyxl", "pypdf", "lxml"}
PROBE = """
import json, sys
from rakdesk.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print("MODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
print("EXIT", code)
"""


def loaded(*args, exit=0):
    proc = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("MODULES "))
    exit_line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("EXIT "))
    assert exit_line == f"EXIT {exit}", proc.stdout + proc.stderr
    return set(json.loads(line[len("MODULES "):]))


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory):
    from rakdesk.core.demo import write_demo
    from rakdesk.core.storage import open_workspace

    path = write_demo(tmp_path_factory.mktemp("imports") / "demo.sqlite")
    with open_workspace(path, readonly=True) as ws, ws.session() as session:
        from rakdesk.core import plans as ops

        plans = [p for s in ops.all_satkers(session) for p in s.plans]
        return path, {p.kind: p.id for p in plans}  # the last RAK: Kubu Raya, with monitoring


def test_version_loads_nothing_but_the_command_line():
    modules = loaded("--version")
    assert not modules & (HEAVY | {"sqlalchemy", "sqlmodel", "pydantic", "reportlab"})


def test_check_reads_the_file_with_sqlite_alone(demo_plan):
    path, _plans = demo_plan
    modules = loaded("check", path)
    assert not modules & (HEAVY | {"sqlalchemy", "sqlmodel", "pydantic", "reportlab"})


def test_list_loads_no_printing_and_no_window(demo_plan):
    path, _plans = demo_plan
    modules = loaded("list", path)
    assert not modules & (HEAVY | {"reportlab"})


@pytest.mark.parametrize("kind", ["RAK", "PK", "SK", "report"])
def test_render_loads_reportlab_but_no_orm_window_signing_or_excel(demo_plan, tmp_path, kind):
    path, plans = demo_plan
    report = ["--report", "tw1"] if kind == "report" else []
    plan_id = plans["RAK" if kind == "report" else kind]
    modules = loaded("render", path, "--plan", plan_id, *report, "-o", tmp_path / "out.pdf")
    assert "reportlab" in modules
    assert not modules & (HEAVY | {"sqlalchemy", "sqlmodel", "pydantic"})
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_import_of_a_workbook_without_a_table_refuses_before_loading_the_orm(tmp_path):
    """A workbook holding no RAK, IKU, PK or realisasi table is told apart with
    the streaming reader alone: the ORM (sqlmodel, SQLAlchemy, pydantic) and
    openpyxl are loaded only once there is a plan to write."""
    from tests import hostile_workbooks as hw

    case = next(c for c in hw.bound_cases() if c.name == "rows-7765-without-table")
    case.build(tmp_path / "daftar.xlsx")
    modules = loaded("import-xlsx", tmp_path / "kerja.sqlite", tmp_path / "daftar.xlsx", exit=1)
    assert not modules & (HEAVY | {"sqlalchemy", "sqlmodel", "pydantic", "reportlab"})
    assert not (tmp_path / "kerja.sqlite").exists()
