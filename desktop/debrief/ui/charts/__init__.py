"""The one package that speaks Qt Charts: builds, reads back and exports the insights charts.

Qt Charts is deprecated since Qt 6.10 and Qt Graphs has no 2D widget yet (see the known
traps in docs/ARCHITECTURE.md), so
every QtCharts import lives in this package behind the small API below; moving to another
library touches these files only. Callers hand in plain labels and numbers and get a
`ChartView` widget.
"""

from debrief.ui.charts.bars import bar_chart, funnel_chart, message_chart
from debrief.ui.charts.export import export_png, export_svg
from debrief.ui.charts.reading import (
    axis_title,
    bar_colours,
    bar_position,
    bar_values,
    categories,
    mark_positions,
    notes,
    series_colour,
    series_values,
)
from debrief.ui.charts.trend import stacked_trend_chart
from debrief.ui.charts.view import (
    BAR_COLOUR,
    EXPORT_SIZE,
    FUNNEL_COLOUR,
    MARK_COLOUR,
    NOTE_COLOUR,
    PALETTE,
    QUIET_COLOUR,
    ChartView,
    palette_colour,
)

__all__ = [
    "BAR_COLOUR",
    "EXPORT_SIZE",
    "FUNNEL_COLOUR",
    "MARK_COLOUR",
    "NOTE_COLOUR",
    "PALETTE",
    "QUIET_COLOUR",
    "ChartView",
    "axis_title",
    "bar_chart",
    "bar_colours",
    "bar_position",
    "bar_values",
    "categories",
    "export_png",
    "export_svg",
    "funnel_chart",
    "mark_positions",
    "message_chart",
    "notes",
    "palette_colour",
    "series_colour",
    "series_values",
    "stacked_trend_chart",
]
