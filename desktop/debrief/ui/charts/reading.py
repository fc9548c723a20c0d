"""What a drawn chart shows, read back in reading order (tests, accessibility)."""

from __future__ import annotations

from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from debrief.ui.charts.view import ChartView


def axis_title(view: ChartView) -> str:
    """The line under the value axis (a funnel's summary)."""
    axes = view.chart().axes(Qt.Orientation.Horizontal)
    return axes[0].titleText() if axes else ""


def categories(view: ChartView) -> list[str]:
    """The category labels in reading order (top to bottom, or left to right)."""
    return list(view._categories)


def series_values(view: ChartView) -> dict[str, list[float]]:
    """Each bar set's values in reading order, keyed by the set's name (a bar chart's sets
    are named by their colour)."""
    if view._bar_series is None:
        return {}
    out = {}
    for bars in view._bar_series.barSets():
        values = [bars.at(i) for i in range(bars.count())]
        out[bars.label()] = list(reversed(values)) if view._reversed else values
    return out


def bar_values(view: ChartView) -> list[float]:
    """The length of each bar of a bar or funnel chart, in reading order."""
    columns = zip(*series_values(view).values(), strict=True)
    return [sum(column) for column in columns]


def bar_colours(view: ChartView) -> list[str]:
    """The colour of each bar of a bar or funnel chart ("#rrggbb"), in reading order."""
    sets = view._bar_series.barSets() if view._bar_series else []
    out = []
    for row in range(len(view._categories)):
        index = len(view._categories) - 1 - row if view._reversed else row
        holder = next((b for b in sets if b.at(index)), sets[0])
        out.append(holder.color().name())
    return out


def notes(view: ChartView) -> list[str]:
    """The text beside each bar, in reading order."""
    texts = [item.text() for item, _value, _row in view._notes]
    return list(reversed(texts)) if view._reversed else texts


def mark_positions(view: ChartView) -> list[tuple[int, str]]:
    """Where the marks are: (period index, colour name) per mark, left to right."""
    if view._marks is None:
        return []
    key = QXYSeries.PointConfiguration.Color
    out = []
    for index, point in enumerate(view._marks.points()):
        colour = view._marks.pointConfiguration(index).get(key, view._marks.color())
        out.append((int(round(point.x())), QColor(colour).name()))
    return out


def series_colour(view: ChartView, name: str) -> str:
    for bars in view._bar_series.barSets() if view._bar_series else []:
        if bars.label() == name:
            return bars.color().name()
    return ""


def bar_position(view: ChartView, row: int) -> QPoint:
    """The middle of a horizontal bar in viewport pixels, for a click (row from the top)."""
    index = len(view._categories) - 1 - row if view._reversed else row
    value = bar_values(view)[row]
    scene = view.chart().mapToPosition(QPointF(value / 2, index), view._bar_series)
    return view.mapFromScene(view.chart().mapToScene(scene))
