"""Charts of the monitoring reports, drawn with reportlab's own graphics (no
matplotlib): capaian per indikator against the 100 % line, and capaian per
triwulan. Each returns a ``Drawing`` (a flowable) of the given width; long
plans are drawn in several charts of at most :data:`PER_CHART` indikator."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

PER_CHART = 30
AXIS_LIMIT = 150.0  # a bar beyond it (a typing slip: 400 %) is cut there, its figure printed
GREEN, YELLOW, RED = colors.HexColor("#3a8f4a"), colors.HexColor("#e0b020"), \
    colors.HexColor("#c0392b")
QUARTER_COLOURS = [colors.HexColor(c) for c in ("#9ecae1", "#6baed6", "#3182bd", "#08519c")]


def axis_max(values: list[Decimal | float | None]) -> float:
    """The top of the value axis: a labelled step above the highest value and
    above the 100 % line. The parts of a long chart share it, so that a bar of
    the same capaian has the same length in every part."""
    top = max([100.0] + [float(v) for v in values if v is not None])
    return min(float(int(top / 25 + 1) * 25), AXIS_LIMIT)


def _bar_colour(value: float) -> colors.Color:
    return GREEN if value >= 100 else YELLOW if value >= 76 else RED


def capaian_chart(labels: list[str], values: list[Decimal | None], width: float,
                  font: str = "Helvetica", title: str = "", top: float | None = None) -> Drawing:
    """Horizontal bars, one per indikator (labelled by its number), with the 100 %
    line; an indikator without a capaian (belum diisi) has no bar and says so."""
    bar_h = 4.2 * mm
    plot_h = max(len(labels), 1) * bar_h
    height = plot_h + 18 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 22 * mm, 10 * mm
    chart.width, chart.height = width - 30 * mm, plot_h
    numbers = [float(v) if v is not None else 0.0 for v in values]
    top = top or axis_max(numbers)
    chart.data = [[min(v, top) for v in numbers]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = True  # the first indikator at the top
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barWidth = bar_h * 0.7
    chart.bars.strokeColor = None
    for i, v in enumerate(numbers):
        chart.bars[(0, i)].fillColor = _bar_colour(v) if values[i] is not None else colors.white
    drawing.add(chart)
    x100 = chart.x + chart.width * 100 / chart.valueAxis.valueMax
    drawing.add(Line(x100, chart.y - 2, x100, chart.y + plot_h + 2, strokeColor=colors.black,
                     strokeWidth=0.8, strokeDashArray=[3, 2]))
    drawing.add(String(x100 + 1.5, chart.y + plot_h + 3, "100%", fontName=font, fontSize=7))
    step = plot_h / max(len(labels), 1)
    for i, v in enumerate(values):
        y = chart.y + plot_h - (i + 0.5) * step - 2.2
        if v is None:
            drawing.add(String(chart.x + 2, y, "belum diisi", fontName=font, fontSize=6,
                               fillColor=colors.grey))
        else:
            x = chart.x + chart.width * min(float(v), chart.valueAxis.valueMax) \
                / chart.valueAxis.valueMax
            text = _number(float(v))
            if x < x100 and x + 1.5 + stringWidth(text, font, 5.5) > x100 - 1:
                x = x100  # beside the 100 % line, not crossed by it
            drawing.add(String(x + 1.5, y, text, fontName=font, fontSize=5.5))
    if title:
        drawing.add(String(0, height - 5 * mm, title, fontName=font, fontSize=8.5))
    return drawing


def quarter_chart(labels: list[str], series: list[list[Decimal | None]], width: float,
                  font: str = "Helvetica", title: str = "", top: float | None = None) -> Drawing:
    """Grouped vertical bars: per indikator, its capaian in each triwulan
    (``series[q][i]``); a triwulan belum diisi has no bar."""
    height = 70 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 20 * mm, height - 28 * mm
    data = [[float(v) if v is not None else 0.0 for v in q] for q in series]
    top = top or axis_max([v for q in data for v in q])
    chart.data = [[min(v, top) for v in q] for q in data]
    chart.barLabelFormat = "values"  # the figure of a bar cut at the top of the axis
    chart.barLabelArray = [[_number(v) if v > top else "" for v in q] for q in data]
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 5.5
    chart.barLabels.nudge = 3
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars.strokeColor = None
    chart.groupSpacing = 3
    for q, colour in enumerate(QUARTER_COLOURS[:len(series)]):
        chart.bars[q].fillColor = colour
    drawing.add(chart)
    y100 = chart.y + chart.height * 100 / chart.valueAxis.valueMax
    drawing.add(Line(chart.x, y100, chart.x + chart.width, y100, strokeColor=colors.black,
                     strokeWidth=0.8, strokeDashArray=[3, 2]))
    legend = Legend()
    legend.x, legend.y = chart.x, 5 * mm
    legend.columnMaximum = 1
    legend.deltax = 22 * mm
    legend.fontName, legend.fontSize = font, 7
    legend.colorNamePairs = [(QUARTER_COLOURS[q], f"TW {('I', 'II', 'III', 'IV')[q]}")
                             for q in range(len(series))]
    legend.alignment = "right"
    drawing.add(legend)
    if title:
        drawing.add(String(0, height - 5 * mm, title, fontName=font, fontSize=8.5))
    return drawing


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def chunks(count: int, size: int = PER_CHART) -> list[range]:
    return [range(i, min(i + size, count)) for i in range(0, count, size)]
