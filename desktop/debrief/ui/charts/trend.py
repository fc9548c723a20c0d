"""Stacked columns over time, one colour per theme, with stars where an action was done."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QLegend,
    QScatterSeries,
    QStackedBarSeries,
    QXYSeries,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from debrief.ui.charts.scheme import current
from debrief.ui.charts.view import (
    ChartView,
    new_chart,
    palette_colour,
    replace_chart,
    value_axis,
)


def stacked_trend_chart(
    view: ChartView,
    title: str,
    periods: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    marks: Sequence[tuple[int, int]] = (),
    marks_name: str = "",
    value_title: str = "",
    period_title: str = "",
) -> None:
    """Columns per period, one stacked colour per named series, and optional marks.

    `marks` are (series index, period index) pairs drawn as stars above that period's
    column in the series' colour: where something happened that the reader should relate
    to the columns after it. `value_title` and `period_title` name the two axes.
    """
    chart = new_chart(title)
    replace_chart(view, chart)
    stacked = QStackedBarSeries()
    colours = {}
    for index, (name, counts) in enumerate(series):
        bars = QBarSet(name)
        bars.append([float(c) for c in counts])
        colour = QColor(palette_colour(index))
        bars.setColor(colour)
        bars.setBorderColor(colour.darker(115))
        stacked.append(bars)
        colours[index] = colour
    stacked.setBarWidth(0.7)
    chart.addSeries(stacked)
    totals = [sum(counts[i] for _, counts in series) for i in range(len(periods))]
    scatter = _marks_series(marks, totals, colours, marks_name)
    highest = max([*totals, *(p.y() for p in scatter.points())], default=0)
    labels = QBarCategoryAxis()
    labels.append(list(periods))
    labels.setGridLineVisible(False)
    labels.setTitleText(period_title)
    plain = QFont(labels.titleFont())
    plain.setBold(False)  # like the value axis's title
    labels.setTitleFont(plain)
    axis = value_axis(highest + 0.6, value_title)
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    stacked.attachAxis(labels)
    stacked.attachAxis(axis)
    if scatter.count():
        chart.addSeries(scatter)
        scatter.attachAxis(labels)
        scatter.attachAxis(axis)
        _colour_marks(scatter, [colours[s] for s, _ in _stacked_order(marks)])
    legend = chart.legend()
    legend.show()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)  # below the plot: never over a column
    for marker in legend.markers(scatter) if scatter.count() else []:
        marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # a star, as on the chart
    view.setAccessibleName(title)
    view.setAccessibleDescription(
        "; ".join(f"{name}: {', '.join(str(int(c)) for c in counts)}" for name, counts in series)
    )
    view._categories = list(periods)
    view._bar_series = stacked
    view._marks = scatter
    view._reversed = False


def _stacked_order(marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted(marks, key=lambda m: (m[1], m[0]))


def _marks_series(
    marks: Sequence[tuple[int, int]], totals: list[float], colours: dict, name: str
) -> QScatterSeries:
    """Stars above each column; two marks in one period stack upwards."""
    scatter = QScatterSeries()
    scatter.setName(name)
    scatter.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
    scatter.setMarkerSize(17)
    scatter.setColor(QColor(current().mark))
    scatter.setBorderColor(QColor(current().mark))
    seen: dict[int, int] = {}
    for _series, period in _stacked_order(marks):
        above = seen.get(period, 0)
        seen[period] = above + 1
        scatter.append(float(period), totals[period] + 0.45 + 0.55 * above)
    return scatter


def _colour_marks(scatter: QScatterSeries, colours: list[QColor]) -> None:
    """Each star in its theme's colour; the legend keeps the neutral dark star."""
    key = QXYSeries.PointConfiguration.Color
    for index, colour in enumerate(colours):
        scatter.setPointConfiguration(index, {key: colour})
    scatter.setPen(QPen(QColor(current().mark), 1))
