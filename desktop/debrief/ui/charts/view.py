"""The chart widget and what every Debrief chart shares: colours, title, value axis."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from debrief.ui.charts.scheme import current

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
        self._row = -1  # the bar the keyboard is on, counted from the top (-1: none yet)
        self.setChart(new_chart(""))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_notes()

    def _place_notes(self) -> None:
        """Put each note just past the end of its bar (the plot area moves on every resize)."""
        for item, value, row in self._notes:
            point = self.chart().mapToPosition(QPointF(value, row), self._bar_series)
            height = item.boundingRect().height()
            item.setPos(point.x() + 6, point.y() - height / 2)

    def keyPressEvent(self, event) -> None:
        """The keyboard's way to a bar: arrows move from bar to bar, Enter or Space opens
        the one it is on; each says what the bar's click would (`bar_clicked`)."""
        rows = len(self._categories)
        moves = {
            Qt.Key.Key_Down: self._row + 1,
            Qt.Key.Key_Right: self._row + 1,
            Qt.Key.Key_Up: self._row - 1,
            Qt.Key.Key_Left: self._row - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: rows - 1,
            Qt.Key.Key_Return: max(self._row, 0),
            Qt.Key.Key_Enter: max(self._row, 0),
            Qt.Key.Key_Space: max(self._row, 0),
        }
        if not rows or event.key() not in moves:
            super().keyPressEvent(event)
            return
        self._row = min(max(moves[event.key()], 0), rows - 1)
        self.bar_clicked.emit(self._row)

    def _emit_click(self, index: int) -> None:
        self._row = len(self._categories) - 1 - index if self._reversed else index
        self.bar_clicked.emit(self._row)


def new_chart(title: str) -> QChart:
    scheme = current()
    chart = QChart()
    dark = QChart.ChartTheme.ChartThemeDark  # axes and legend words light on a dark ground
    chart.setTheme(dark if scheme.dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(QColor(scheme.background))
    chart.setTitleBrush(QColor(scheme.text))
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


def value_axis(maximum: float, title: str = "") -> QValueAxis:
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
    axis.setGridLineColor(QColor(current().grid))
    axis.setTruncateLabels(False)  # short numbers: Qt cut them to "…" in a low chart
    return axis


def replace_chart(view: ChartView, chart: QChart) -> None:
    old = view.chart()
    view._notes = []
    view._bar_series = None
    view._marks = None
    view._categories = []
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def pointing(view: ChartView, on: bool) -> None:
    cursor = Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
    view.viewport().setCursor(QCursor(cursor))
