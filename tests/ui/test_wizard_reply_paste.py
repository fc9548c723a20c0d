"""The listen page reads a pasted reply into points the user confirms; each shape has its way."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox

from debrief.journal.store.models import FeedbackPoint, FeedbackRequest
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    click_finish,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
    render,
)

SPECIFIC = """Hi Sam,

Thanks for asking. Your SQL was strong, but you rushed the dashboard design question. \
I'd suggest practising how you talk through trade-offs out loud. The panel also felt you \
didn't ask many questions about the team.

Best,
Ann

On Mon, Sam wrote:
> Could I ask for your advice?"""
GENERIC = (
    "Hi Sam, thanks for your note. We went with someone with more experience in retail "
    "analytics. Best of luck, Ann"
)
DECLINED = (
    "Dear Sam, thank you for your message. Unfortunately our policy is that we don't "
    "provide individual feedback to candidates. Kind regards, Ann"
)


def _to_listen(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    assert wizard.currentPage() is listen
    return wizard, listen


def _paste_and_read(qtbot, listen, text: str) -> None:
    reply = listen.reply
    assert reply.paste.objectName() == "replyPaste" and reply.paste.isVisible()
    assert reply.split_button.objectName() == "splitReplyButton"
    assert not reply.split_button.isEnabled()  # nothing to read yet
    reply.paste.setPlainText(text)
    qtbot.mouseClick(reply.split_button, Qt.MouseButton.LeftButton)


def _edit_kind(qtbot, view, row: int, label: str) -> None:
    """F2 on the kind cell opens a list of kinds; pick one and press Enter."""
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QComboBox, "replyKindEditor")
    editor.setCurrentIndex(editor.findText(label))
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _edit_theme(qtbot, view, row: int, theme: str) -> None:
    view.setCurrentIndex(view.model().index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, theme)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_specific_reply_becomes_points_only_once_confirmed(qtbot, open_wizard, journal):
    wizard, listen = _to_listen(qtbot, open_wizard)
    assert render(qtbot, wizard, "listen_paste_empty") == []
    _paste_and_read(qtbot, listen, SPECIFIC)
    reply = listen.reply
    assert listen.response["given"].isChecked()
    assert reply.view.objectName() == "replyPointsView" and reply.view.isVisible()
    proposed = reply.model.proposals()
    assert [(p["kind"], p["theme"]) for p in proposed] == [
        ("went_well", "Technical depth"),
        ("held_back", "Communication"),
        ("advice", "Communication"),
        ("held_back", "Questions asked"),
    ]
    assert "4 points" in reply.shape_label.text()
    assert not reply.follow_up.isVisible()
    assert render(qtbot, wizard, "listen_paste_proposed") == []
    assert listen.model.rowCount() == 0 and not listen.panel.isVisible()  # nothing yet
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "waiting" in listen.message.text(), timeout=2000)
    assert wizard.currentPage() is listen

    _edit_theme(qtbot, reply.view, 1, "Communication")
    _edit_kind(qtbot, reply.view, 3, "Advice")
    untick = reply.model.index(0, 0)
    reply.model.setData(untick, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(reply.use_button, Qt.MouseButton.LeftButton)
    assert not reply.view.isVisible()  # confirmed: the table empties
    assert "3 points" in reply.status.text()
    assert [(p["kind"], p["theme"], p["words"]) for p in listen.model.points()] == [
        ("held_back", "Communication", "You rushed the dashboard design question."),
        (
            "advice",
            "Communication",
            "I'd suggest practising how you talk through trade-offs out loud.",
        ),
        (
            "advice",
            "Questions asked",
            "The panel also felt you didn't ask many questions about the team.",
        ),
    ]
    assert render(qtbot, wizard, "listen_paste_added") == []
    assert FeedbackPoint.select().count() == 0  # nothing stored before Finish
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page(wizard, Page.THANK).thanked.click()
    next_page(qtbot, wizard)
    click_finish(wizard)
    stored = [(p.kind, p.theme.name) for p in FeedbackPoint.select().order_by(FeedbackPoint.id)]
    assert stored == [
        ("held_back", "Communication"),
        ("advice", "Communication"),
        ("advice", "Questions asked"),
    ]
    assert FeedbackRequest.get().response == "given"


def test_a_generic_reply_suggests_one_narrow_follow_up_question(qtbot, open_wizard):
    wizard, listen = _to_listen(qtbot, open_wizard)
    _paste_and_read(qtbot, listen, GENERIC)
    reply = listen.reply
    assert reply.shape == "generic" and listen.response["given"].isChecked()
    assert "general reason" in reply.shape_label.text()
    assert reply.follow_up.isVisible()
    assert "which would you suggest?" in reply.follow_up.text()
    qtbot.mouseClick(reply.copy_follow_up, Qt.MouseButton.LeftButton)
    assert "one kind of experience" in QGuiApplication.clipboard().text()
    assert render(qtbot, wizard, "listen_paste_generic") == []
    reply.use_ticked()
    assert listen.model.point(0)["theme"] == "Experience fit"
    wizard.save_draft()  # the paste and what was read survive closing the wizard
    again = wizard.data
    assert again["reply_shape"] == "generic" and again["reply_text"] == GENERIC


def test_a_declined_reply_goes_the_declined_way_with_a_thank_you_anyway(
    qtbot, open_wizard, journal
):
    wizard, listen = _to_listen(qtbot, open_wizard)
    _paste_and_read(qtbot, listen, DECLINED)
    assert listen.response["declined"].isChecked()
    assert listen.declined.isVisible() and not listen.panel.isVisible()
    draft = listen.declined.editor.text()
    assert draft.startswith("Hi Ann Lee,")
    assert "not asking you to revisit the decision" in draft
    assert listen.declined.editor.problems == []
    assert render(qtbot, wizard, "listen_declined_thanks") == []
    listen.declined.thanked.click()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("declined", "done")
    assert request.thanked_at is not None
    assert "not asking you to revisit the decision" in request.thank_words
    assert FeedbackPoint.select().count() == 0


def test_a_generic_reply_walks_the_whole_wizard_to_a_point_and_an_action(
    qtbot, open_wizard, journal
):
    """The generic ending, notice to finish: the reason becomes a point, the narrow
    follow-up question its clarification, and the user's verdict an action."""
    wizard, listen = _to_listen(qtbot, open_wizard)
    _paste_and_read(qtbot, listen, GENERIC)
    reply = listen.reply
    question = reply.follow_up.text()
    reply.use_ticked()
    assert listen.model.rowCount() == 1
    next_page(qtbot, wizard)

    clarify = page(wizard, Page.CLARIFY)
    clarify.points.list.setCurrentRow(0)
    clarify.question.setPlainText("Which kind of experience would have made the difference?")
    clarify.example.setPlainText("Running a retail analytics project end to end.")
    next_page(qtbot, wizard)
    thank = page(wizard, Page.THANK)
    assert "more experience in retail analytics" in thank.editor.text()
    thank.thanked.click()
    next_page(qtbot, wizard)
    improve = page(wizard, Page.IMPROVE)
    improve.points.list.setCurrentRow(0)
    improve.verdict["impression"].click()
    click_finish(wizard)

    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("given", "done")
    assert request.thanked_at is not None and "retail analytics" in request.thank_words
    point = FeedbackPoint.get()
    assert "more experience in retail analytics" in point.words
    assert (point.kind, point.theme.name, point.verdict) == (
        "held_back",
        "Experience fit",
        "impression",
    )
    assert point.clarify_question.startswith("Which kind of experience")
    assert point.action.description.startswith("Prepare a story that shows your most relevant")
    assert question  # the narrow follow-up was offered on the way


def test_a_very_long_paste_is_read_in_part_and_the_page_says_so(qtbot, open_wizard):
    wizard, listen = _to_listen(qtbot, open_wizard)
    thread = SPECIFIC + "\n" + "> Quoted earlier mail, again and again.\n" * 2_000
    _paste_and_read(qtbot, listen, thread)
    assert listen.reply.model.rowCount() >= 1
    assert "read its first part only" in listen.reply.status.text()
    assert render(qtbot, wizard, "listen_long_paste") == []
