"""The charts of the Pengukuran Kinerja as a reader compares them: every part
of a long chart on one scale, the top of the axis labelled, and a capaian's
figure not crossed by the dashed 100 % line."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.shapes import Line, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from rakdesk.pdf import charts
from rakdesk.pdf.monitoring import chart_flowables


def _chart(drawing) -> BarChart:
    return next(c for c in drawing.contents if isinstance(c, BarChart))


def test_the_parts_of_a_long_chart_share_one_labelled_scale(kubu_plan):
    _, plan = kubu_plan
    drawings = [f for f in chart_flowables(plan, 180 * mm, "Helvetica")
                if hasattr(f, "contents")]
    capaian = [d for d in drawings if "Grafik 1" in _title(d)]
    quarters = [d for d in drawings if "Grafik 2" in _title(d)]
    assert len(capaian) > 1 and len(quarters) > 1  # 53 indikator: several parts each
    for group in (capaian, quarters):
        tops = {_chart(d).valueAxis.valueMax for d in group}
        assert len(tops) == 1, tops
        top = tops.pop()
        assert top > 100 and top % _chart(group[0]).valueAxis.valueStep == 0


def test_the_top_of_the_axis_is_a_labelled_step_when_all_are_below_100():
    chart = _chart(charts.quarter_chart(["1.1"], [[Decimal(90)]] * 4, 400))
    assert chart.valueAxis.valueMax % chart.valueAxis.valueStep == 0


def test_a_figure_near_100_is_not_crossed_by_the_100_line():
    drawing = charts.capaian_chart(["1.1", "1.2"], [Decimal("99.2"), Decimal("40")], 400)
    line = next(c for c in drawing.contents if isinstance(c, Line))
    x100 = line.x1
    for text in ("99,2", "40,0"):
        label = next(c for c in drawing.contents if isinstance(c, String) and c.text == text)
        end = label.x + stringWidth(label.text, label.fontName, label.fontSize)
        assert end < x100 or label.x > x100, (text, label.x, end, x100)


def _title(drawing) -> str:
    return " ".join(c.text for c in drawing.contents if isinstance(c, String))


def test_a_slip_of_400_percent_does_not_flatten_every_other_bar():
    drawing = charts.quarter_chart(["1.1", "1.2"], [[Decimal(400), Decimal(95)]] * 4, 400)
    chart = _chart(drawing)
    assert chart.valueAxis.valueMax == 150
    assert max(max(q) for q in chart.data) <= 150  # the bar is cut at the top of the axis
    assert chart.barLabelArray[0] == ["400,0", ""]  # and its figure printed above it
    bars = charts.capaian_chart(["1.1", "1.2"], [Decimal(400), Decimal(95)], 400)
    assert _chart(bars).valueAxis.valueMax == 150
    assert "400,0" in _title(bars)
