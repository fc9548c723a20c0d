"""The window's filter finds what interviewers said, and its rows say where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.journal.test_search_said import said
from tests.ui.test_main_window import rows


def test_typing_a_word_only_feedback_holds_shows_its_interview_and_where(journal, window, qtbot):
    said(journal)
    window.refresh()
    box = window.findChild(QLineEdit, "interviewFilter")
    assert "what was said" in box.placeholderText()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "meandering")
    assert rows(window) == ["Pointco"]
    model = window.model
    tip = model.index(0, model.columns.index("company")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Found in: what they said"
    window.select_interview(model.row_id(0))  # a click on the row
    assert window.statusBar().currentMessage() == "Found in: what they said"
    box.clear()
    qtbot.keyClicks(box, "kubernetes")
    assert rows(window) == ["Clarico"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Found in: a clarification"
    box.clear()
    qtbot.keyClicks(box, "whiteboard")
    assert rows(window) == ["Actionco"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Found in: an action to practise"
    box.clear()
    assert len(rows(window)) == 4
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # no filter, no hint


def test_a_selected_interview_the_filter_hides_is_no_longer_selected(journal, window, qtbot):
    """The detail pane and Edit/Delete never act on a row out of sight."""
    said(journal)
    window.refresh()
    model = window.model
    hidden = next(model.row_id(r) for r in range(model.rowCount()) if rows(window)[r] != "Pointco")
    window.select_interview(hidden)
    assert window.actions["actionEditInterview"].isEnabled()
    box = window.findChild(QLineEdit, "interviewFilter")
    qtbot.keyClicks(box, "meandering")
    assert rows(window) == ["Pointco"]
    assert window.selected_id() is None
    assert "Select an interview" in window.detail.summary.text()
    assert not window.actions["actionEditInterview"].isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc clears the filter; every row is back
    assert box.text() == "" and len(rows(window)) == 4
    assert window.selected_id() == hidden  # and the interview the user chose with them


def test_a_selected_interview_the_filter_keeps_stays_selected(journal, window, qtbot):
    said(journal)
    window.refresh()
    model = window.model
    kept = next(model.row_id(r) for r in range(model.rowCount()) if rows(window)[r] == "Pointco")
    window.select_interview(kept)
    qtbot.keyClicks(window.findChild(QLineEdit, "interviewFilter"), "meandering")
    assert window.selected_id() == kept
