"""Every path through the rejection wizard, asserting what the journal stored."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from debrief.journal.practice import debriefs
from debrief.journal.store.models import (
    Action,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Theme,
)
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    TOLD_AT,
    add_point,
    click_finish,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
)


def test_feedback_given_is_stored_with_clarifications_verdicts_and_actions(
    qtbot, open_wizard, interview_id, journal
):
    enthusiasm = Theme.get(Theme.name == "Enthusiasm")
    Action.insert(theme=enthusiasm, description="Two reasons I want the job").execute()
    existing = Action.get().id
    heard = []
    journal.subscribe(heard.append)
    wizard = open_wizard()
    assert wizard.objectName() == "rejectionWizard"
    assert wizard.currentPage().objectName() == "noticePage"
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard, asked_at=TOLD_AT + dt.timedelta(hours=1))
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    add_point(qtbot, wizard, "held_back", "enthusiasm", "You seemed flat about the product.")
    add_point(qtbot, wizard, "went_well", "Communication", "Clear walkthrough of the project.")
    add_point(qtbot, wizard, "held_back", "Whiteboard nerves", "You froze at the whiteboard.")
    next_page(qtbot, wizard)

    clarify = page(wizard, Page.CLARIFY)
    assert clarify.points.list.count() == 3
    clarify.points.list.setCurrentRow(0)
    qtbot.keyClicks(clarify.question, "Could you give me an example?")
    qtbot.keyClicks(clarify.example, "When we talked about the dashboard.")
    next_page(qtbot, wizard)

    thank = page(wizard, Page.THANK)
    assert "Ann" in thank.editor.text()
    assert 'What you said about "You seemed flat about the product"' in thank.editor.text()
    thank.thanked.click()
    next_page(qtbot, wizard)

    improve = page(wizard, Page.IMPROVE)
    assert improve.points.list.count() == 2  # only what held the user back
    improve.points.list.setCurrentRow(0)
    improve.verdict["true_weakness"].click()
    assert improve.action_choice.count() == 2  # a new action, or the open one on the theme
    improve.action_choice.setCurrentIndex(1)
    improve.points.list.setCurrentRow(1)
    improve.verdict["impression"].click()
    improve.action_text.setPlainText("Practise one whiteboard problem a day")
    click_finish(wizard)

    assert not wizard.isVisible()
    interview = Interview.get_by_id(interview_id)
    assert (interview.outcome, interview.told_via, interview.told_at) == (
        "rejected",
        "email",
        TOLD_AT,
    )
    request = FeedbackRequest.get()
    assert request.wizard_step == "done" and request.draft == ""
    assert (request.response, request.channel, request.in_time) == ("given", "email", True)
    assert request.interviewer.name == "Ann Lee"
    assert request.asked_at == TOLD_AT + dt.timedelta(hours=1)
    assert request.thanked_at is not None and "Ann" in request.thank_words
    assert "Northwind Traders" in request.words
    points = list(FeedbackPoint.select().order_by(FeedbackPoint.position))
    assert [(p.kind, p.theme.name) for p in points] == [
        ("held_back", "Enthusiasm"),
        ("went_well", "Communication"),
        ("held_back", "Whiteboard nerves"),
    ]
    assert points[0].clarify_question == "Could you give me an example?"
    assert points[0].clarify_example == "When we talked about the dashboard."
    assert (points[0].verdict, points[0].action_id) == ("true_weakness", existing)
    assert points[2].verdict == "impression"
    assert points[2].action.description == "Practise one whiteboard problem a day"
    assert points[1].verdict is None and points[1].action is None
    assert debriefs.unfinished_step(journal, interview_id) is None
    assert any(interview_id in change.interviews for change in heard)  # windows were told


def test_declined_finishes_at_listen(qtbot, open_wizard, interview_id):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["declined"].click()
    assert "not about you" in listen.note.text()
    assert "in your journal" not in listen.note.text()  # nothing asked before this one
    listen.thanked.click()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("declined", "done")
    assert request.thanked_at is not None
    assert FeedbackPoint.select().count() == 0
    assert Interview.get_by_id(interview_id).outcome == "rejected"


def test_no_reply_then_resumed_when_they_answer(journal, qtbot, open_wizard, interview_id):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["no_reply"].click()
    assert "normal" in listen.note.text()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("no_reply", "listen")
    assert request.asked_at is not None
    assert debriefs.unfinished_step(journal, interview_id) == "listen"

    again = open_wizard()
    assert again.currentPage().objectName() == "listenPage"
    said = page(again, Page.LISTEN).note.text()  # one colon, read as one sentence
    assert "So far in your journal, of 1 request, 0 got feedback, 1 got no reply" in said
    assert again.button(QWizard.WizardButton.BackButton).isEnabled()  # earlier pages kept
    listen = page(again, Page.LISTEN)
    assert listen.response["no_reply"].isChecked()
    listen.response["given"].click()
    add_point(qtbot, again, "advice", "Preparation", "Read our engineering blog.")
    next_page(qtbot, again)
    next_page(qtbot, again)  # clarify -> thank
    next_page(qtbot, again)  # advice is worth acting on too: thank -> improve
    assert page(again, Page.IMPROVE).action_text.toPlainText().startswith("Try their advice")
    click_finish(again)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("given", "done")
    assert FeedbackRequest.select().count() == 1
    assert [p.words for p in FeedbackPoint.select()] == ["Read our engineering blog."]


def test_told_by_phone_the_deadline_is_the_call(qtbot, open_wizard):
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    notice.told["phone"].click()
    assert "during the call" in notice.deadline.text()
    notice.when.setDateTime(QDateTime(TOLD_AT))
    assert "call has ended" in notice.deadline.text()
    next_page(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    assert "call has ended" in ask.deadline.text()
    assert ask.channel["phone"].isChecked()
    assert not ask.editor.mail_button.isVisible()  # a call script needs no mail app
    ask.asked.click()
    ask.asked_at.setDateTime(QDateTime(TOLD_AT))  # asked during the call
    assert "in time" in ask.in_time.text()
    next_page(qtbot, wizard)
    page(wizard, Page.LISTEN).response["declined"].click()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.channel, request.in_time) == ("phone", True)
    assert Interview.get().told_via == "phone"


def test_never_told_suggests_checking_the_status_first(journal, qtbot, open_wizard):
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    assert notice.never_box.isHidden()
    notice.told["never"].click()
    assert notice.never_box.isVisible()
    assert "where things stand" in notice.never_box.findChildren(type(notice.deadline))[0].text()
    assert "checked" in notice.when_label.text()
    notice.when.setDateTime(QDateTime(TOLD_AT))
    assert "checked the status" in notice.deadline.text()
    next_page(qtbot, wizard)
    assert debriefs.unfinished_step(journal, Interview.get().id) == "ask"
    assert debriefs.load(journal, wizard.request_id).data["told_via"] == "never"


def test_an_overdue_ask_is_said_plainly_and_kindly(qtbot, open_wizard):
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    notice.told["email"].click()
    notice.when.setDateTime(QDateTime(dt.datetime.now() - dt.timedelta(hours=30)))
    text = notice.deadline.text()
    assert "passed" in text and "still much better than not asking" in text


def test_closing_midway_keeps_the_draft_and_reopening_resumes(
    journal, qtbot, open_wizard, interview_id, monkeypatch
):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    add_point(qtbot, wizard, "held_back", "Enthusiasm", "Seemed flat")
    next_page(qtbot, wizard)
    clarify = page(wizard, Page.CLARIFY)
    qtbot.keyClicks(clarify.question, "An example?")
    monkeypatch.setattr(type(wizard), "ask_keep_draft", lambda self: "keep")
    wizard.close()
    assert not wizard.isVisible()
    assert debriefs.unfinished_step(journal, interview_id) == "clarify"
    # The telling and the asking are stored at once (the reminders read them); what was
    # said waits for the end.
    assert Interview.get_by_id(interview_id).outcome == "rejected"
    request = FeedbackRequest.get()
    assert request.asked_at is not None and request.interviewer.name == "Ann Lee"
    assert request.response == "waiting" and FeedbackPoint.select().count() == 0

    again = open_wizard()
    assert again.currentPage().objectName() == "clarifyPage"
    assert page(again, Page.CLARIFY).question.toPlainText() == "An example?"
    assert page(again, Page.ASK).asked.isChecked()
    again.back()
    assert again.currentPage().objectName() == "listenPage"
    assert page(again, Page.LISTEN).words.toPlainText() == "Seemed flat"


def test_escape_then_discard_deletes_the_unfinished_debrief(
    journal, qtbot, open_wizard, interview_id, monkeypatch
):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    assert debriefs.unfinished_step(journal, interview_id) == "ask"
    monkeypatch.setattr(type(wizard), "ask_keep_draft", lambda self: "discard")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert debriefs.unfinished_step(journal, interview_id) is None
    assert FeedbackRequest.select().count() == 0


def test_go_back_on_cancel_keeps_the_wizard_open(qtbot, open_wizard, monkeypatch):
    wizard = open_wizard()
    monkeypatch.setattr(type(wizard), "ask_keep_draft", lambda self: "stay")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible()


def test_every_page_change_saves_the_draft(qtbot, open_wizard, journal, interview_id):
    heard = []
    journal.subscribe(heard.append)
    wizard = open_wizard()
    fill_notice(qtbot, wizard, via="letter")
    assert debriefs.unfinished_step(journal, interview_id) == "ask"
    assert debriefs.load(journal, wizard.request_id).data["told_via"] == "letter"
    assert any("feedback_request" in change.tables for change in heard)


def test_typing_is_saved_after_a_pause(journal, qtbot, open_wizard, interview_id):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    qtbot.keyClicks(page(wizard, Page.ASK).editor.body, " PS: thanks!")
    qtbot.waitUntil(
        lambda: "PS: thanks!" in debriefs.load(journal, wizard.request_id).data["words"]
    )


def test_empty_points_are_left_out_with_a_message(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    add_point(qtbot, wizard, "held_back", "Enthusiasm", "Seemed flat")
    qtbot.mouseClick(listen.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(listen.add_button, Qt.MouseButton.LeftButton)
    listen.words.setPlainText("   \n ")
    assert listen.model.rowCount() == 3
    next_page(qtbot, wizard)
    clarify = page(wizard, Page.CLARIFY)
    assert clarify.skipped.isVisible()
    assert "2 empty points had" in clarify.skipped.text()
    assert clarify.points.list.count() == 1
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    click_finish(wizard)
    assert [p.words for p in FeedbackPoint.select()] == ["Seemed flat"]


def test_feedback_without_any_words_asks_for_one_point(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    wizard.next()
    assert wizard.currentPage() is listen
    assert listen.message.isVisible() and "at least one" in listen.message.text()


def test_a_100_kb_pasted_answer_is_stored_exactly(qtbot, open_wizard):
    said = ("Ünïcödé 📝 said:\u00a0no-break,\ttab, trailing   \nnext line " * 2000)[:100_000]
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    QGuiApplication.clipboard().setText(said)
    listen.words.setFocus()
    qtbot.keyClick(listen.words, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(listen.model.point(0)["words"]) == 100_000
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    click_finish(wizard)
    assert FeedbackPoint.get().words == said


def test_a_refused_finish_keeps_the_wizard_open(qtbot, open_wizard, monkeypatch):
    from debrief.journal.store.refusals import WriteFailed
    from debrief.ui.rejection_wizard import wizard as wizard_module

    shown = []
    monkeypatch.setattr(wizard_module, "show_problems", lambda parent, p: shown.append(p))

    def busy(journal, request_id, data):
        raise WriteFailed("busy")

    monkeypatch.setattr(debriefs, "record_declined", busy)
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["declined"].click()
    click_finish(wizard)
    assert wizard.isVisible() and shown
    assert FeedbackRequest.get().wizard_step == "listen"
