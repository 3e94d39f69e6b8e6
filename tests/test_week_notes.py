"""Week notes ("Minggu ke 2 dan ke 3") in a narrow month column: written short
("Mg 2, 3") on the page, in the grid and in the workbook, never a word broken,
with one line under the table saying what "Mg" means; they read back in."""

import pytest
from openpyxl import load_workbook

from rakdesk.core.schedule import TICK, Cell, parse_weeks, weeks_short
from rakdesk.core.storage import create_workspace
from rakdesk.xlsx import apply_import, export_plan, read_workbook
from tests.test_pdf import make_plan, workspace  # noqa: F401  (fixture)

WEEKS = {1: Cell(weeks={4}), 2: Cell(weeks={1, 2, 3, 4}), 3: Cell(weeks={2, 3}), 4: TICK,
         5: Cell(weeks={1, 2, 4})}


@pytest.mark.parametrize("weeks, text", [
    ({4}, "Mg 4"), ({1, 2, 3, 4}, "Mg 1–4"), ({2, 3}, "Mg 2, 3"), ({1, 2, 4}, "Mg 1, 2, 4"),
    ({2, 3, 4}, "Mg 2–4"),
])
def test_short_weeks_read_back(weeks, text):
    assert weeks_short(weeks) == text
    assert parse_weeks(text) == frozenset(weeks)
    assert parse_weeks(text.replace("–", "-")) == frozenset(weeks)


def test_cell_text_short_and_long():
    cell = Cell(weeks={2, 3}, note="rapat")
    assert cell.text(short=True) == "Mg 2, 3\nrapat"
    assert cell.text() == "Minggu ke 2 dan ke 3\nrapat"


def test_workbook_writes_short_weeks_a_legend_and_reads_them_back(workspace, tmp_path):  # noqa: F811
    plan = make_plan(workspace, [("Terwujudnya reformasi birokrasi", [(
        "Jumlah laporan RB yang disusun tepat waktu", "1 Laporan", [
            ("Menyusun laporan", WEEKS, ["Subbag. Teknis"]), ("Rapat", {6: TICK}, [])])])])
    path = export_plan(plan, tmp_path / "rak.xlsx")
    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert "Mg 2, 3" in values and "Mg 1–4" in values and "Mg = minggu ke-" in values
    assert not any(isinstance(v, str) and v.startswith("Minggu") for v in values)
    imported = read_workbook(path)
    assert imported.problems == []
    ws = create_workspace(tmp_path / "baru.sqlite")
    with ws.session() as session:
        new = apply_import(session, imported)
        session.commit()
        kegiatan = [k for s in new.sasaran for i in s.indikator for k in i.kegiatan]
        assert [k.text for k in kegiatan] == ["Menyusun laporan", "Rapat"]
        assert kegiatan[0].schedule() == WEEKS
    ws.close()


def test_a_plan_without_weeks_prints_no_legend(workspace):  # noqa: F811
    from rakdesk.pdf import render_plan
    from tests import pdftext

    plan = make_plan(workspace, [("Sasaran", [("Indikator", "1", [("K", {1: TICK}, [])])])])
    assert "minggu ke-" not in "".join(pdftext.pages_text(render_plan(plan)))


def test_grid_shows_short_weeks_with_the_long_form_as_tooltip(qtbot, workspace):  # noqa: F811
    from PySide6.QtCore import Qt

    from rakdesk.ui.plan_model import PlanGridModel, period_key

    plan = make_plan(workspace, [("Sasaran", [("Indikator", "1", [("K", WEEKS, [])])])])

    from PySide6.QtCore import QObject, Signal

    class FakeDoc(QObject):  # the model reads the plan through the document's session
        sig_changed = Signal(object)
        sig_cells = Signal(object)
        readonly = False
        session = workspace

    model = PlanGridModel(FakeDoc())
    model.set_plan(plan.id)
    index = model.index(0, model.column(period_key(3)))
    assert index.data() == "Mg 2, 3"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Minggu ke 2 dan ke 3"
    assert model.headerData(model.column(period_key(3)), Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Mg = minggu ke-"
