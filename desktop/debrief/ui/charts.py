"""The one module that speaks Qt Charts: builds, reads back and exports the insights charts.

Qt Charts is deprecated since Qt 6.10 and Qt Graphs has no 2D widget yet (DESIGN.md), so
every QtCharts import lives here behind a small API; moving to another library touches
this file only. Callers hand in plain labels and numbers and get a `ChartView` widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLegend,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QMargins, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsSimpleTextItem

#: Paul Tol's "bright" scheme: distinct for colour-blind eyes, calm rather than alarming.
PALETTE = ("#4477AA", "#CCBB44", "#228833", "#66CCEE", "#AA3377", "#EE6677", "#BBBBBB")
BAR_COLOUR = "#4477AA"
QUIET_COLOUR = "#a9a9a9"  # for bars that have no series of their own in another chart
FUNNEL_COLOUR = "#228833"
MARK_COLOUR = "#222222"
NOTE_COLOUR = "#333333"
EXPORT_SIZE = QSize(900, 560)


def palette_colour(index: int) -> str:
    """The colour of the `index`th series of a trend chart, to match it elsewhere."""
    return PALETTE[index % len(PALETTE)]


class ChartView(QChartView):
    """A chart widget that remembers what it shows, so tests and exports can read it back."""

    #: a bar was clicked: its row, counted from the top (horizontal charts) or the left.
    bar_clicked = Signal(int)

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self._categories: list[str] = []
        self._notes: list[tuple[QGraphicsSimpleTextItem, float, float]] = []
        self._bar_series = None
        self._marks: QScatterSeries | None = None
        self._reversed = False
        self.setChart(_new_chart(""))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_notes()

    def _place_notes(self) -> None:
        """Put each note just past the end of its bar (the plot area moves on every resize)."""
        for item, value, row in self._notes:
            point = self.chart().mapToPosition(QPointF(value, row), self._bar_series)
            height = item.boundingRect().height()
            item.setPos(point.x() + 6, point.y() - height / 2)

    def _emit_click(self, index: int) -> None:
        self.bar_clicked.emit(len(self._categories) - 1 - index if self._reversed else index)


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _value_axis(maximum: float, title: str = "") -> QValueAxis:
    """A whole-number axis from 0 with a little headroom for the notes beside the bars."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(1, int(maximum + 0.999))
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(max(1, (top + 5) // 6))
    axis.setTitleText(title)
    font = QFont(axis.titleFont())
    font.setBold(False)
    axis.setTitleFont(font)
    axis.setGridLineColor(QColor("#e4e4e4"))
    return axis


def _replace_chart(view: ChartView, chart: QChart) -> None:
    old = view.chart()
    view._notes = []
    view._bar_series = None
    view._marks = None
    view._categories = []
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def _add_notes(view: ChartView, values: Sequence[float], notes: Sequence[str]) -> None:
    """Text items drawn beside each bar; children of the chart, so exports include them."""
    chart = view.chart()
    for row, (value, text) in enumerate(zip(values, notes, strict=True)):
        item = QGraphicsSimpleTextItem(text, chart)
        item.setBrush(QColor(NOTE_COLOUR))
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


def _horizontal_bars(
    view: ChartView,
    title: str,
    categories: Sequence[str],
    values: Sequence[float],
    notes: Sequence[str],
    colours: Sequence[str],
    axis_title: str,
) -> None:
    """One bar per category, first category on top, each with its note past the bar's end."""
    chart = _new_chart(title)
    _replace_chart(view, chart)
    series = QHorizontalStackedBarSeries()
    for bars in _colour_sets(values, colours):
        series.append(bars)
        bars.clicked.connect(view._emit_click)
        bars.hovered.connect(lambda on, _i: _pointing(view, on))
    series.setBarWidth(0.62)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    labels.append(list(reversed(categories)))
    labels.setGridLineVisible(False)
    longest_note = max((len(n) for n in notes), default=0)
    headroom = 1.15 + 0.03 * longest_note
    axis = _value_axis(max(values, default=0) * headroom, axis_title)
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


def _pointing(view: ChartView, on: bool) -> None:
    cursor = Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
    view.viewport().setCursor(QCursor(cursor))


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
    notes = list(notes) or [str(int(v)) for v in values]
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
    notes = list(notes) or [str(int(v)) for v in values]
    colours = [FUNNEL_COLOUR] * len(values)
    _horizontal_bars(view, title, steps, values, notes, colours, summary)


def stacked_trend_chart(
    view: ChartView,
    title: str,
    periods: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    marks: Sequence[tuple[int, int]] = (),
    marks_name: str = "",
) -> None:
    """Columns per period, one stacked colour per named series, and optional marks.

    `marks` are (series index, period index) pairs drawn as stars above that period's
    column in the series' colour: where something happened that the reader should relate
    to the columns after it.
    """
    chart = _new_chart(title)
    _replace_chart(view, chart)
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
    axis = _value_axis(highest + 0.6)
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
    scatter.setColor(QColor(MARK_COLOUR))
    scatter.setBorderColor(QColor(MARK_COLOUR))
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
    scatter.setPen(QPen(QColor(MARK_COLOUR), 1))


def message_chart(view: ChartView, title: str) -> None:
    """An empty chart with only a title, for when the caller shows its own explanation."""
    _replace_chart(view, _new_chart(title))


# -- reading back (tests, accessibility) ---------------------------------------------------
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


# -- export ----------------------------------------------------------------------------
def _render_size(view: ChartView) -> QSize:
    """The size on screen, but never smaller than EXPORT_SIZE: a wide, flat strip on
    screen would be an awkward picture in a document."""
    if not view.isVisible():
        return QSize(EXPORT_SIZE)
    return view.size().expandedTo(EXPORT_SIZE)


def _paint(view: ChartView, painter: QPainter, size: QSize) -> None:
    """Draw the chart alone (no scroll bars or frame) into `size` pixels of `painter`."""
    chart = view.chart()
    old = chart.size()
    chart.resize(size.width(), size.height())  # lays the chart out for this size at once
    view._place_notes()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    view.scene().render(
        painter, QRectF(0, 0, size.width(), size.height()), chart.sceneBoundingRect()
    )
    chart.resize(old)  # back to the size on screen
    view._place_notes()


def export_png(view: ChartView, path: Path | str, scale: float = 2.0) -> Path:
    """Save the chart as a PNG at `scale` times its size (sharp on high-density screens)."""
    size = _render_size(view)
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    _paint(view, painter, size)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return Path(path)


def export_svg(view: ChartView, path: Path | str) -> Path:
    """Save the chart as an SVG drawing (vector, for slides and documents)."""
    size = _render_size(view)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(view.chart().title())
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    _paint(view, painter, size)
    painter.end()
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return Path(path)
