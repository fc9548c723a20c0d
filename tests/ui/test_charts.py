"""The Qt Charts adapter draws what it is given, reports clicks by row, and exports real files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from debrief.ui import charts

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def view(qtbot):
    chart_view = charts.ChartView("testChart")
    qtbot.addWidget(chart_view)
    chart_view.resize(640, 360)
    return chart_view


def _bars(view) -> None:
    charts.bar_chart(
        view,
        "Held back",
        ["Communication", "Technical depth", "No theme yet"],
        [5, 3, 1],
        ["5 · in 3 interviews", "3 · in 2 interviews", "1 · in 1 interview"],
    )


def assert_not_blank_png(path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 300
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3, "the image is (nearly) a single colour"


def assert_svg_drawing(path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    drawn = [e for e in root.iter() if e.tag in (f"{SVG}path", f"{SVG}rect", f"{SVG}polyline")]
    texts = [e for e in root.iter() if e.tag == f"{SVG}text"]
    assert len(drawn) > 5 and texts


def test_bar_chart_reads_back_in_reading_order(view):
    _bars(view)
    assert charts.categories(view) == ["Communication", "Technical depth", "No theme yet"]
    assert charts.bar_values(view) == [5, 3, 1]
    assert charts.notes(view)[0] == "5 · in 3 interviews"
    assert view.chart().title() == "Held back"


def test_theme_names_show_whole_and_a_long_one_ends_in_an_ellipsis(view):
    """Qt's own label cut left every name as "..." in a 500 px chart; short names now show
    whole, a long user-made one is shortened, and clicks and screen readers keep it all."""
    long_name = "How I described my previous team's deployment and release process"
    charts.bar_chart(view, "Held back", [long_name, "Communication"], [4, 2])
    axis = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert not axis.truncateLabels()
    shown = axis.categories()
    assert shown[1] == "How I described my previous…" and len(shown[1]) <= charts.bars.LABEL_CHARS
    assert shown[0] == "Communication"
    assert charts.categories(view) == [long_name, "Communication"]
    assert long_name in view.accessibleDescription()


def test_clicking_a_bar_reports_its_row_from_the_top(view, qtbot):
    _bars(view)
    view.show()
    qtbot.waitExposed(view)
    for row in (0, 2):
        with qtbot.waitSignal(view.bar_clicked) as clicked:
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=charts.bar_position(view, row)
            )
        assert clicked.args == [row]


def test_stacked_trend_keeps_series_and_marks_in_their_colours(view):
    charts.stacked_trend_chart(
        view,
        "Over time",
        ["Jan", "Feb", "Mar"],
        [("Communication", [2, 1, 0]), ("Enthusiasm", [1, 1, 1])],
        marks=[(0, 1), (1, 1)],
        marks_name="Action finished",
    )
    assert charts.categories(view) == ["Jan", "Feb", "Mar"]
    assert charts.series_values(view) == {"Communication": [2, 1, 0], "Enthusiasm": [1, 1, 1]}
    assert charts.mark_positions(view) == [
        (1, charts.series_colour(view, "Communication")),
        (1, charts.series_colour(view, "Enthusiasm")),
    ]


def test_each_bar_can_have_its_own_colour(view):
    charts.bar_chart(
        view, "Themes", ["A", "B", "C"], [3, 2, 2], colours=["#4477aa", "#a9a9a9", "#4477aa"]
    )
    assert charts.bar_values(view) == [3, 2, 2]
    assert charts.bar_colours(view) == ["#4477aa", "#a9a9a9", "#4477aa"]


def test_redrawing_replaces_the_old_chart(view):
    _bars(view)
    charts.funnel_chart(view, "Funnel", ["Not selected", "Asked"], [4, 3])
    assert charts.categories(view) == ["Not selected", "Asked"]
    assert charts.bar_values(view) == [4, 3]
    assert charts.notes(view) == ["4", "3"]


def test_png_and_svg_exports_are_real_drawings(view, tmp_path):
    _bars(view)
    assert_not_blank_png(charts.export_png(view, tmp_path / "bars.png"))
    assert_svg_drawing(charts.export_svg(view, tmp_path / "bars.svg"))


def test_a_chart_never_shown_still_exports_at_a_readable_size(tmp_path, qtbot):
    hidden = charts.ChartView("hiddenChart")
    qtbot.addWidget(hidden)
    charts.funnel_chart(hidden, "Funnel", ["Not selected", "Asked", "Thanked"], [4, 3, 1])
    path = charts.export_png(hidden, tmp_path / "funnel.png", scale=1)
    assert QImage(str(path)).size() == charts.EXPORT_SIZE
    assert_not_blank_png(path)


def test_export_to_an_unwritable_place_raises_oserror(view, tmp_path):
    _bars(view)
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(OSError):
        charts.export_png(view, tmp_path / "a-file" / "bars.png")


def test_a_bar_chart_of_many_themes_is_tall_enough_for_every_label(view):
    """Squeezed under a line per category, Qt skips every other label: with ten themes at
    1024 x 700 half the names were missing."""
    names = [f"Theme {n}" for n in range(12)]
    charts.bar_chart(view, "Held back", names, list(range(12, 0, -1)))
    line = view.fontMetrics().lineSpacing()
    assert view.minimumHeight() >= 12 * line + 100
    charts.bar_chart(view, "Held back", names[:2], [2, 1])
    assert view.minimumHeight() == charts.bars.MIN_HEIGHT  # few themes: no extra height
