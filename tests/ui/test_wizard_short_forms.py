"""A LinkedIn message (counted live to 300 characters) and a voicemail, beside the e-mail and
the call script on the Ask page."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

from PySide6.QtCore import Qt

from debrief.journal.practice.drafts import LINKEDIN_LIMIT
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    fill_notice,
    interview_id,
    open_wizard,
    page,
    render,
)


def test_a_linkedin_message_is_counted_live_and_checked(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    assert not ask.count.isVisible()
    assert ask.short.text().replace("&", "") == "As a LinkedIn message"
    qtbot.mouseClick(ask.short, Qt.MouseButton.LeftButton)
    text = ask.editor.text()
    assert text.startswith("Hi Ann Lee, thank you")
    assert "I accept the decision" in text and "one thing, or two" in text
    assert "no reply is needed" in text
    assert len(text) <= LINKEDIN_LIMIT
    assert not ask.editor.is_email()  # no subject and no mail button
    assert ask.count.isVisible()
    assert ask.count.text() == f"{len(text)} of {LINKEDIN_LIMIT} characters"
    ask.editor.check_now()
    assert ask.editor.problems == []
    assert render(qtbot, wizard, "ask_linkedin") == []
    ask.editor.body.moveCursor(ask.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(ask.editor.body, " Why did you reject me?" + " I am keen to learn." * 4)
    used = len(ask.editor.text())
    assert used > LINKEDIN_LIMIT
    assert ask.count.text() == (
        f"{used} of {LINKEDIN_LIMIT} characters: LinkedIn needs {used - LINKEDIN_LIMIT} fewer"
    )
    ask.editor.check_now()
    assert ask.editor.problems  # the wording check reads the LinkedIn message too
    assert render(qtbot, wizard, "ask_linkedin_too_long") == []
    data = wizard.collect()
    assert data["channel"] == "email" and data["short_form"] is True


def test_a_voicemail_script_when_asking_by_phone(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    ask.channel["phone"].click()
    assert ask.short.text().replace("&", "") == "As a voicemail"
    ask.short.click()
    text = ask.editor.text()
    assert text.startswith("(No answer? Leave this message")
    assert "I accept the decision, and I'm not calling to change it." in text
    assert "there's no need to call back" in text
    assert not ask.count.isVisible()  # a voicemail has no character limit
    assert render(qtbot, wizard, "ask_voicemail") == []
    wizard.close()  # kept for later: the form is remembered
    again = open_wizard()
    resumed = page(again, Page.ASK)
    assert resumed.short.isChecked()
    assert resumed.editor.text() == text
