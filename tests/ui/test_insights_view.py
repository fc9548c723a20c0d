"""The insights window: the journal's numbers, drill-down, filters, exports and refresh."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QStyle

from debrief.journal.insights import counts as insights
from debrief.journal.insights.trend import theme_trend
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Interview, Theme
from debrief.ui import charts
from debrief.ui.insights import InsightsWindow
from debrief.ui.insights import window as window_module
from debrief.ui.insights.drawing import funnel_values
from tests.ui.test_charts import assert_not_blank_png, assert_svg_drawing


def _interview(company, role, stage, day, outcome="rejected") -> Interview:
    return Interview.create(
        company=company, role=role, stage=stage, date=dt.date.fromisoformat(day), outcome=outcome
    )


def _request(interview, *, in_time, response, thanked=False) -> FeedbackRequest:
    asked = dt.datetime.combine(interview.date + dt.timedelta(days=3), dt.time(9))
    return FeedbackRequest.create(
        interview=interview,
        channel="email",
        asked_at=asked,
        in_time=in_time,
        response=response,
        responded_at=asked + dt.timedelta(days=2) if response != "no_reply" else None,
        thanked_at=asked + dt.timedelta(days=3) if thanked else None,
        wizard_step="done",
    )


def _point(interview, request, theme, words, kind="held_back", question="") -> int:
    return FeedbackPoint.create(
        interview=interview,
        request=request,
        kind=kind,
        theme=theme,
        words=words,
        clarify_question=question,
    ).id


@pytest.fixture
def story(journal) -> dict:
    return build_story()


def build_story() -> dict:
    """Four rejections and an offer; Communication recurs until its action is done in Feb.

    Returns the ids of the held-me-back points by theme ("comm", "depth", "none").
    """
    comm = Theme.get(Theme.name == "Communication")
    depth = Theme.get(Theme.name == "Technical depth")
    keen = Theme.get(Theme.name == "Enthusiasm")
    a = _interview("Acme", "Backend engineer", "technical", "2026-01-10")
    b = _interview("Globex", "Platform engineer", "onsite", "2026-02-15")
    c = _interview("Initech", "SRE", "screen", "2026-03-20")
    _interview("Acme", "Data engineer", "final", "2026-04-05")
    _interview("Hooli", "Engineer", "final", "2026-04-20", outcome="offer")
    ra = _request(a, in_time=True, response="given", thanked=True)
    rb = _request(b, in_time=False, response="given")
    _request(c, in_time=True, response="no_reply")
    ids = {
        "comm": [
            _point(a, ra, comm, "Answers rambled", question="Which answer?"),
            _point(b, rb, comm, "Hard to follow the design story"),
            _point(b, rb, comm, "Long pauses before answering"),
        ],
        "depth": [_point(a, ra, depth, "Shallow on databases")],
        "none": [_point(b, rb, None, "Something about the handshake")],
    }
    _point(a, ra, keen, "Great energy", kind="went_well")
    Action.create(
        theme=comm,
        description="Answer in three parts",
        status="done",
        done_at=dt.datetime(2026, 2, 20, 18),
    )
    return ids


@pytest.fixture
def insights_window(qtbot, journal):
    def make() -> InsightsWindow:
        win = InsightsWindow(journal)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def _view(win, name):
    return win.cards[name].view


def test_charts_hold_the_same_numbers_as_the_journal(journal, story, insights_window):
    win = insights_window()
    weakness = insights.weakness_counts(journal)
    assert charts.categories(_view(win, "weaknessChart")) == [
        "Communication",
        "Technical depth",
        "No theme yet",
    ]
    assert charts.bar_values(_view(win, "weaknessChart")) == [t.points for t in weakness]
    assert charts.notes(_view(win, "weaknessChart"))[0] == "3 · in 2 interviews"
    trend = theme_trend(journal)
    assert charts.series_values(_view(win, "trendChart")) == {
        s.theme: [float(c) for c in s.counts] for s in trend.series
    }
    assert charts.categories(_view(win, "trendChart"))[0].endswith("2026")
    comm_colour = charts.series_colour(_view(win, "trendChart"), "Communication")
    assert charts.mark_positions(_view(win, "trendChart")) == [
        (trend.periods.index("2026-02"), comm_colour)
    ]
    funnel = insights.funnel(journal)
    assert charts.bar_values(_view(win, "funnelChart")) == funnel_values(funnel) == [4, 3, 2, 1]
    summary = charts.axis_title(_view(win, "funnelChart"))  # under the axis: exported too
    assert summary == "Applications (share of the 4 not selected)"
    caption = win.cards["funnelChart"].caption.text()
    assert caption.startswith(
        "Feedback came for 2 of the 3 applications you asked about (67%). "
        "Half of the answers came within 2 days."
    )


def test_a_theme_has_the_same_colour_in_both_charts(story, insights_window):
    win = insights_window()
    bars = dict(
        zip(
            charts.categories(_view(win, "weaknessChart")),
            charts.bar_colours(_view(win, "weaknessChart")),
            strict=True,
        )
    )
    for theme in ("Communication", "Technical depth"):
        assert bars[theme] == charts.series_colour(_view(win, "trendChart"), theme)
    assert bars["No theme yet"] == charts.QUIET_COLOUR  # not on the trend, so no colour


def test_clicking_a_bar_lists_exactly_its_points(story, insights_window, qtbot, qtmodeltester):
    win = insights_window()
    view = _view(win, "weaknessChart")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=charts.bar_position(view, 0))
    assert sorted(win.drill_down.point_ids()) == sorted(story["comm"])
    model = win.drill_down.model
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Acme", "Globex"}
    assert model.index(0, 0).data() == "2026-02-15"  # newest first, with the interview's date
    assert "Communication" in win.drill_down.title.text()
    qtmodeltester.check(model, force_py=False)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=charts.bar_position(view, 2))
    assert win.drill_down.point_ids() == story["none"]
    assert model.index(0, 3).data() == "Something about the handshake"


def test_the_keyboard_moves_from_bar_to_bar_and_lists_their_points(story, insights_window, qtbot):
    win = insights_window()
    view = _view(win, "weaknessChart")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the first bar, as a click on it
    assert sorted(win.drill_down.point_ids()) == sorted(story["comm"])
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert win.drill_down.point_ids() == story["none"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the last stays the last
    assert win.drill_down.point_ids() == story["none"]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert sorted(win.drill_down.point_ids()) == sorted(story["comm"])


def test_filters_change_every_chart(story, insights_window):
    win = insights_window()
    bar = win.filter_bar
    bar.stage.setCurrentIndex(bar.stage.findData("onsite"))
    assert charts.categories(_view(win, "weaknessChart")) == ["Communication", "No theme yet"]
    assert charts.bar_values(_view(win, "weaknessChart")) == [2, 1]
    assert charts.bar_values(_view(win, "funnelChart"))[0] == 1
    bar.clear()
    offered = [bar.company.itemText(i) for i in range(1, bar.company.count())]
    assert offered == ["Acme", "Globex", "Hooli", "Initech"]
    bar.company.setEditText("acm")  # not a company yet: nothing changes while typing
    assert charts.bar_values(_view(win, "funnelChart"))[0] == 4
    bar.company.setEditText("acme")  # a known company, any case: applied at once
    assert charts.bar_values(_view(win, "funnelChart")) == [2, 1, 1, 1]
    assert charts.bar_values(_view(win, "weaknessChart")) == [1, 1]
    bar.clear()
    bar.date_from.setDate(QDate(2026, 2, 1))  # ticks "From" by itself
    assert bar.use_from.isChecked()
    assert charts.bar_values(_view(win, "funnelChart"))[0] == 3
    assert charts.series_values(_view(win, "trendChart"))["Communication"][0] == 2


def test_drill_down_follows_the_filters(story, insights_window):
    win = insights_window()
    win.show_theme(Theme.get(Theme.name == "Communication").id)
    assert len(win.drill_down.point_ids()) == 3
    win.filter_bar.date_to.setDate(QDate(2026, 1, 31))
    assert win.drill_down.point_ids() == story["comm"][:1]


def test_filters_that_match_nothing_say_so_kindly(story, insights_window):
    win = insights_window()
    win.filter_bar.stage.setCurrentIndex(win.filter_bar.stage.findData("other"))
    for card in win.cards.values():
        assert not card.has_chart()
        assert "matches these filters" in card.empty.text()
        assert not card.save.isVisible()


def test_save_as_leaves_room_for_its_words_and_its_menu_arrow(story, insights_window):
    """The arrow that says "this opens a menu" was drawn over the end of "Save as…"."""
    win = insights_window()
    for card in win.cards.values():
        button = card.save
        style = button.style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        words = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= words + arrow + 2 * margin, button.objectName()


def test_an_empty_journal_explains_instead_of_drawing_axes(insights_window):
    win = insights_window()
    for card in win.cards.values():
        assert not card.has_chart() and card.empty.isVisible()
    assert "No feedback recorded yet" in win.cards["weaknessChart"].empty.text()
    assert "not selected" in win.cards["funnelChart"].empty.text()
    assert win.export_chart("weaknessChart", "png") is None


def test_rejections_without_feedback_show_the_funnel_only(insights_window):
    _interview("Acme", "Engineer", "screen", "2026-01-10")
    win = insights_window()
    assert win.cards["funnelChart"].has_chart()
    assert not win.cards["weaknessChart"].has_chart()
    assert charts.bar_values(_view(win, "funnelChart")) == [1, 0, 0, 0]


def test_the_view_refreshes_after_the_journal_changes(story, journal, insights_window, qtbot):
    win = insights_window()
    win.show_theme(Theme.get(Theme.name == "Communication").id)
    iid = Interview.get(Interview.company == "Initech").id
    with qtbot.waitSignal(win.refreshed), journal.writing():
        _point(iid, None, Theme.get(Theme.name == "Communication"), "Spoke very fast")
    assert charts.bar_values(_view(win, "weaknessChart"))[0] == 4
    assert charts.notes(_view(win, "weaknessChart"))[0] == "4 · in 3 interviews"
    assert len(win.drill_down.point_ids()) == 4
    win.close()
    refreshed = []
    win.refreshed.connect(lambda: refreshed.append(True))
    with journal.writing():
        _point(iid, None, None, "Said while the window was closed")
    qtbot.wait(20)
    assert refreshed == []  # a closed window waits...
    win.show()
    assert refreshed == [True]  # ...and catches up when shown again


def test_a_window_deleted_with_its_parent_stops_listening(journal):
    win = InsightsWindow(journal)
    shiboken6.delete(win)
    with journal.writing():  # announced to no one: nothing calls into a deleted window
        Interview.create(company="Acme", role="Dev", date="2026-01-01")


@pytest.mark.parametrize("name", ["weaknessChart", "trendChart", "funnelChart"])
def test_each_chart_exports_png_and_svg_where_the_user_chooses(
    story, insights_window, tmp_path, monkeypatch, name
):
    win = insights_window()
    chosen = iter([str(tmp_path / "chart"), str(tmp_path / "chart.svg")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(chosen), ""))
    confirmed = []
    monkeypatch.setattr(window_module, "confirm_saved", lambda *a: confirmed.append(a[-1]))
    win.cards[name].png_action.trigger()
    win.cards[name].svg_action.trigger()
    assert confirmed == [tmp_path / "chart.png", tmp_path / "chart.svg"]  # with Show in folder
    assert_not_blank_png(tmp_path / "chart.png")  # the missing suffix was added
    assert_svg_drawing(tmp_path / "chart.svg")


def test_cancelling_the_save_dialog_writes_nothing(story, insights_window, tmp_path, monkeypatch):
    win = insights_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert win.export_chart("funnelChart", "png") is None
    assert list(tmp_path.glob("*.png")) == []


def test_the_prep_sheet_opens_from_the_window(story, insights_window, qtbot):
    win = insights_window()
    dialog = win.open_prep_sheet()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "prepSheet"
    assert "Communication" in dialog.text.toPlainText()
    dialog.close()
