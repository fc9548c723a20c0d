"""Horizontal bar charts (weaknesses, the funnel): a bar per category, a note past each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from debrief.ui.charts.scheme import current
from debrief.ui.charts.view import (
    BAR_COLOUR,
    FUNNEL_COLOUR,
    ChartView,
    new_chart,
    pointing,
    replace_chart,
    value_axis,
)


def _add_notes(view: ChartView, values: Sequence[float], notes: Sequence[str]) -> None:
    """Text items drawn beside each bar; children of the chart, so exports include them."""
    chart = view.chart()
    for row, (value, text) in enumerate(zip(values, notes, strict=True)):
        item = QGraphicsSimpleTextItem(text, chart)
        item.setBrush(QColor(current().note))
        view._notes.append((item, value, row))
    chart.plotAreaChanged.connect(lambda _rect: view._place_notes())
    view._place_notes()


def _colour_sets(values: Sequence[float], colours: Sequence[str]) -> list[QBarSet]:
    """One stacked set per colour, holding only its own bars: a colour per bar, full width.

    Values go in Qt's order (the first category is drawn lowest, so reading order reversed).
    """
    rows = list(zip(reversed(values), reversed(colours), strict=True))
    sets: dict[str, QBarSet] = {}
    for colour in dict.fromkeys(colours):
        bars = QBarSet(colour)
        bars.append([float(v) if c == colour else 0.0 for v, c in rows])
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        sets[colour] = bars
    return list(sets.values())


#: Longest axis label, in characters; longer names (a theme the user named) end in "…".
#: The whole name stays in the accessible description and in what a click reads back.
LABEL_CHARS = 28


#: The least height of a bar chart, and what its title, value axis and margins take.
MIN_HEIGHT = 220
CHART_FRAME = 110


def _label(category: str) -> str:
    return category if len(category) <= LABEL_CHARS else category[: LABEL_CHARS - 1] + "…"


def _horizontal_bars(
    view: ChartView,
    title: str,
    categories: Sequence[str],
    values: Sequence[float],
    notes: Sequence[str],
    colours: Sequence[str],
    axis_title: str,
) -> None:
    """One bar per category, first category on top, each with its note past the bar's end
    (its number when no notes are given)."""
    notes = list(notes) or [str(int(v)) for v in values]
    chart = new_chart(title)
    replace_chart(view, chart)
    series = QHorizontalStackedBarSeries()
    for bars in _colour_sets(values, colours):
        series.append(bars)
        bars.clicked.connect(view._emit_click)
        bars.hovered.connect(lambda on, _i: pointing(view, on))
    series.setBarWidth(0.62)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    labels.append([_label(c) for c in reversed(categories)])
    labels.setGridLineVisible(False)
    labels.setTruncateLabels(False)  # Qt's own cut left only "..." at 1100 px; see _label
    longest_note = max((len(n) for n in notes), default=0)
    headroom = 1.15 + 0.03 * longest_note
    axis = value_axis(max(values, default=0) * headroom, axis_title)
    axis.setGridLineVisible(False)  # the note past each bar already says its number
    chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(labels)
    series.attachAxis(axis)
    view._categories = list(categories)
    view._bar_series = series
    view._reversed = True
    view.setAccessibleName(title)
    spoken = zip(categories, notes, strict=True)
    view.setAccessibleDescription("; ".join(f"{c}: {n}" for c, n in spoken))
    _add_notes(view, list(reversed(values)), list(reversed(notes)))
    _room_for_every_label(view, len(categories))


def _room_for_every_label(view: ChartView, rows: int) -> None:
    """Tall enough for a line per category: shorter, Qt skips every other label."""
    line = view.fontMetrics().lineSpacing() + 4
    view.setMinimumHeight(max(MIN_HEIGHT, CHART_FRAME + rows * line))


def bar_chart(
    view: ChartView,
    title: str,
    categories: Sequence[str],
    values: Sequence[float],
    notes: Sequence[str] = (),
    axis_title: str = "",
    colours: Sequence[str] = (),
) -> None:
    """Horizontal bars in the given order (the caller sorts), clickable: `view.bar_clicked`.

    `colours` gives each bar its own colour (e.g. to match the same theme in another chart).
    """
    colours = list(colours) or [BAR_COLOUR] * len(values)
    _horizontal_bars(view, title, categories, values, notes, colours, axis_title)


def funnel_chart(
    view: ChartView,
    title: str,
    steps: Sequence[str],
    values: Sequence[float],
    notes: Sequence[str] = (),
    summary: str = "",
) -> None:
    """The steps of a process top to bottom, each bar as long as the number that got there.

    `summary` is a line under the axis, so exported images carry it too.
    """
    _horizontal_bars(view, title, steps, values, notes, [FUNNEL_COLOUR] * len(values), summary)


def message_chart(view: ChartView, title: str) -> None:
    """An empty chart with only a title, for when the caller shows its own explanation."""
    replace_chart(view, new_chart(title))
