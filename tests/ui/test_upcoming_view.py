"""The window lists rounds still ahead, and Prepare opens the prep sheet for a round."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from debrief.journal.store.models import Interview


def _round_tomorrow(journal) -> int:
    with journal.writing():
        return Interview.create(
            company="Quill", role="Dev", date=dt.date.today() + dt.timedelta(days=1),
            time="14:00", outcome="pending", round=2,
        ).id  # fmt: skip


def test_the_upcoming_view_lists_rounds_ahead_and_follows_changes(window, journal, qtbot):
    view = window.findChild(QTableView, "upcomingView")
    assert view is not None and not view.isVisible()  # nothing ahead yet
    _round_tomorrow(journal)
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    model = view.model()
    assert view.isVisible()
    assert [model.index(0, c).data() for c in (1, 2, 3)] == ["14:00", "Quill", "2"]


def test_prepare_needs_a_selection_and_titles_the_sheet(window, journal, qtbot):
    interview_id = _round_tomorrow(journal)
    prepare = window.actions["actionPrepare"]
    window.select_interview(None)
    assert not prepare.isEnabled()
    view = window.findChild(QTableView, "upcomingView")
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.setCurrentIndex(view.model().index(0, 0))  # a row of the upcoming view selects it
    assert window.selected_id() == interview_id and prepare.isEnabled()
    assert prepare in view.actions()  # and its right-click menu prepares for it
    prepare.trigger()
    _the_sheet().close()


def test_enter_on_a_round_ahead_opens_its_prep_sheet(window, journal, qtbot):
    _round_tomorrow(journal)
    view = window.findChild(QTableView, "upcomingView")
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _the_sheet() is not None)
    _the_sheet().close()


def _the_sheet() -> QDialog | None:
    sheet = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "prepSheet" and w.isVisible()
        ),
        None,
    )
    if sheet is not None:
        assert isinstance(sheet, QDialog) and "Quill, round 2" in sheet.windowTitle()
    return sheet
