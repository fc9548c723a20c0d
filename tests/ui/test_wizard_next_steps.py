"""Verdicts drive the next step: practice, presentation, advice to try, or a note and no action."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

from debrief.journal.practice import prep
from debrief.journal.practice.verdicts import change_verdict
from debrief.journal.store.models import Action, FeedbackPoint
from debrief.ui.prep_sheet import sheet_html
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


def test_each_verdict_suggests_its_own_kind_of_action_and_the_prep_sheet_groups_them(
    qtbot, open_wizard, journal
):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    add_point(qtbot, wizard, "held_back", "Enthusiasm", "You seemed flat about the product.")
    add_point(qtbot, wizard, "held_back", "Communication", "Answers were hard to follow.")
    add_point(qtbot, wizard, "advice", "Technical depth", "Do a few system design mocks.")
    add_point(qtbot, wizard, "held_back", "First impression", "You were late.")
    add_point(qtbot, wizard, "went_well", "Culture fit", "The team liked your questions.")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page(wizard, Page.THANK).thanked.click()
    next_page(qtbot, wizard)
    improve = page(wizard, Page.IMPROVE)
    assert improve.points.list.count() == 4  # criticism and advice; praise is kept, not acted on

    improve.points.list.setCurrentRow(0)
    improve.verdict["true_weakness"].click()
    assert improve.action_text.toPlainText().startswith("Practise saying")
    assert improve.action_label.text() == "&Practise:"
    improve.points.list.setCurrentRow(1)
    improve.verdict["impression"].click()
    assert improve.action_text.toPlainText().startswith("Prepare a story that shows")
    assert improve.action_label.text() == "&Show it next time:"
    assert render(qtbot, wizard, "improve_impression") == []
    improve.points.list.setCurrentRow(2)
    assert improve.verdict["use"].isChecked() and improve.verdict["true_weakness"].isHidden()
    assert improve.action_text.toPlainText() == "Try their advice: “Do a few system design mocks.”"
    improve.points.list.setCurrentRow(3)
    improve.verdict["disagree"].click()
    assert improve.why.isVisible() and not improve.action_text.isVisible()
    qtbot.keyClicks(improve.why, "The train was cancelled; I called ahead")
    assert render(qtbot, wizard, "improve_disagree") == []
    click_finish(wizard)

    points = {p.words: p for p in FeedbackPoint.select()}
    assert points["You seemed flat about the product."].action.description.startswith(
        "Practise saying"
    )
    assert points["Answers were hard to follow."].action.description.startswith(
        "Prepare a story that shows you explaining"
    )
    advice = points["Do a few system design mocks."]
    assert (advice.verdict, advice.action.description) == (
        None,
        "Try their advice: “Do a few system design mocks.”",
    )
    late = points["You were late."]
    assert (late.verdict, late.action, late.note) == (
        "disagree",
        None,
        "The train was cancelled; I called ahead",
    )
    assert Action.select().count() == 3

    html = sheet_html(prep.prep_sheet(journal))
    for heading in (
        "Skills to practise",
        "Strengths to show better next time",
        "Advice you are trying",
        "Advice they gave",
        "What went well, in their words",
    ):
        assert heading in html
    assert "The team liked your questions." in html
    assert "You were late." not in html  # disagreed: noted, not on the sheet

    # Changing one's mind later: the impression gets its action, and back again.
    action_id = change_verdict(
        journal, late.id, "impression", "", "Prepare a story that shows I plan ahead"
    )
    assert Action.get_by_id(action_id).description == "Prepare a story that shows I plan ahead"
    assert change_verdict(journal, late.id, "disagree", "Still think so") is None
    late = FeedbackPoint.get_by_id(late.id)
    assert (late.verdict, late.note, late.action) == ("disagree", "Still think so", None)
    assert Action.get_or_none(Action.id == action_id) is None  # it answered only this point
