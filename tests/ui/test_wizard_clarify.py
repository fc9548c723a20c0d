"""The clarify page suggests questions per theme and kind, used with one click or one key."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

from PySide6.QtCore import Qt

from debrief.journal.store.models import FeedbackPoint
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    add_point,
    click_finish,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
    render,
)

CULTURE = "What would have shown you I'd work well with the team?"


def _click(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_suggested_questions_follow_the_point_and_go_in_with_a_click_or_enter(
    qtbot, open_wizard, journal
):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    add_point(qtbot, wizard, "held_back", "Culture fit", "Not sure you'd gel with the team.")
    add_point(qtbot, wizard, "went_well", "Whiteboard nerves", "Calm at the whiteboard.")
    next_page(qtbot, wizard)
    clarify = page(wizard, Page.CLARIFY)
    clarify.points.list.setCurrentRow(0)
    listed = [clarify.suggestions.item(r).text() for r in range(clarify.suggestions.count())]
    assert clarify.suggestions.objectName() == "clarifySuggestions"
    assert listed[0] == CULTURE  # the theme's own questions first, then the kind's
    assert "Could you give me a specific example of when that came across?" in listed
    assert render(qtbot, wizard, "clarify_suggestions") == []

    _click(qtbot, clarify.suggestions, 0)
    assert clarify.question.toPlainText() == CULTURE
    assert clarify.warnings.count() == 0  # a suggested question needs no rewording

    clarify.points.list.setCurrentRow(1)  # praise on a theme of the user's own
    listed = [clarify.suggestions.item(r).text() for r in range(clarify.suggestions.count())]
    assert (
        listed[0]
        == 'What did I do that worked well for "Whiteboard nerves", so I can keep doing it?'
    )
    clarify.suggestions.setFocus()
    clarify.suggestions.setCurrentRow(0)
    qtbot.keyClick(clarify.suggestions, Qt.Key.Key_Down)
    qtbot.keyClick(clarify.suggestions, Qt.Key.Key_Return)
    assert clarify.question.toPlainText() == listed[1]
    assert wizard.currentPage() is clarify  # Enter used the question; it did not press Next
    qtbot.keyClicks(clarify.example, "When you sketched the cache.")
    render(qtbot, wizard, "clarify_suggestion_used")
    next_page(qtbot, wizard)
    page(wizard, Page.THANK).thanked.click()
    next_page(qtbot, wizard)
    click_finish(wizard)
    points = list(FeedbackPoint.select().order_by(FeedbackPoint.position))
    assert [p.clarify_question for p in points] == [CULTURE, listed[1]]
    assert points[1].clarify_example == "When you sketched the cache."
