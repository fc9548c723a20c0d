"""View → Group rounds: an application's rounds together, named once; the detail pane shows
the whole application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.journal.test_grouped_rounds import _applications


def _shown(window, column: str) -> list[str]:
    model = window.model
    col = model.columns.index(column)
    return [
        model.index(row, col).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def test_grouping_names_each_application_once(window, journal):
    apps = _applications(journal)
    window.refresh()
    group = window.actions["actionGroupRounds"]
    assert group.isCheckable() and group.shortcut().toString() == "Ctrl+G"
    window.select_interview(apps["lumen"][0])
    group.trigger()
    assert window.model.grouped
    ids = [window.model.row_id(row) for row in range(window.model.rowCount())]
    assert ids == [apps["lumen"][0], *reversed(apps["quill"])]  # newest application first
    assert _shown(window, "company") == ["Lumen", "Quill", ""]
    assert _shown(window, "round") == ["1 of 1", "2 of 2", "1 of 2"]
    assert window.selected_id() == apps["lumen"][0]  # the selection stays
    group.trigger()
    assert not window.model.grouped
    assert "" not in _shown(window, "company")


def test_the_detail_pane_shows_every_round_of_the_application(window, journal):
    apps = _applications(journal)
    window.refresh()
    window.select_interview(apps["quill"][1])
    rounds = window.detail.rounds
    assert rounds.objectName() == "applicationRounds" and not rounds.isHidden()
    text = rounds.text()
    assert "Round 1:" in text and "Ann Lee" in text and "<b>Round 2:" in text
    window.select_interview(apps["lumen"][0])  # one round: nothing more to show
    assert rounds.isHidden()


def test_a_header_click_ends_grouping(window, journal):
    _applications(journal)
    window.refresh()
    group = window.actions["actionGroupRounds"]
    group.trigger()
    header = window.table.horizontalHeader()
    assert not header.isSortIndicatorShown()
    window.table.sortByColumn(window.model.columns.index("company"), Qt.SortOrder.AscendingOrder)
    assert not window.model.grouped and not group.isChecked()
    assert header.isSortIndicatorShown()
    assert _shown(window, "company") == ["Lumen", "Quill", "Quill"]


def test_the_detail_head_shows_every_round_without_scrolling(window, journal, qtbot):
    """The summary and the rounds grow the head: no line of them is cut off at the default
    size (a scroll area keeps the height its labels first asked for otherwise)."""
    apps = _applications(journal)
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    window.select_interview(apps["quill"][1])
    head = window.findChild(QScrollArea, "detailHead")
    qtbot.waitUntil(lambda: head.height() >= head.widget().heightForWidth(head.width()))
    # The scroll area settles its scroll bar on a later turn of the event loop.
    qtbot.waitUntil(lambda: not head.verticalScrollBar().isVisible())


def test_on_a_small_screen_the_requests_never_cover_the_rounds(window, journal, qtbot):
    """At 1024x700 the head, the requests and the points share a short pane: nothing of
    one is drawn over another (a fixed-height head once pushed the requests over it)."""
    from debrief.journal.demo.story import fill_demo
    from debrief.journal.records.rounds import application_of

    fill_demo(journal)
    window.refresh()
    window.resize(1024, 620)  # 700, less the banner of what fell due while closed
    detail = window.detail
    model = window.model
    for row in range(model.rowCount()):  # an application of several rounds, with requests
        window.select_interview(model.row_id(row))
        whole = application_of(journal, model.row_id(row))
        if whole and whole["rounds"] >= 3 and detail.requests.rowCount():
            break
    qtbot.wait(50)
    head_bottom = detail.head.geometry().bottom()
    assert detail.requests_view.geometry().top() > head_bottom
    assert detail.feedback_view.geometry().top() > detail.requests_view.geometry().bottom()
