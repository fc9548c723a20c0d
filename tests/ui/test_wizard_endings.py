"""Every ending has a next step: no reply gets one follow-up after five working days, then
the request is closed kindly and counts as silence."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime

from debrief.journal.practice import debriefs
from debrief.journal.practice.drafts import draft
from debrief.journal.practice.silence import SilenceStep, add_working_days, silence_step
from debrief.journal.store.models import FeedbackRequest
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    click_finish,
    fill_ask,
    fill_notice,
    interview_id,
    open_wizard,
    page,
    render,
)

NOW = dt.datetime.now().replace(second=0, microsecond=0)


def test_five_working_days_skip_the_weekend():
    friday = dt.datetime(2026, 3, 6, 10, 0)
    assert add_working_days(friday, 5) == dt.datetime(2026, 3, 13, 10, 0)
    step, due = silence_step(friday, None, dt.datetime(2026, 3, 12, 10, 0))
    assert (step, due) == (SilenceStep.WAIT, dt.datetime(2026, 3, 13, 10, 0))
    assert silence_step(friday, None, due)[0] is SilenceStep.FOLLOW_UP
    assert silence_step(friday, due, due)[0] is SilenceStep.WAIT_AGAIN
    assert silence_step(friday, due, add_working_days(due, 5))[0] is SilenceStep.LET_GO


def test_the_call_script_has_a_branch_for_we_dont_give_feedback():
    script = draft("ask_call_script", interviewer_name="Ann", company="Acme").body
    assert "don't give feedback" in script
    assert "one thing" in script and "all the best" in script


def _no_reply(qtbot, open_wizard, asked_days_ago: int):
    wizard = open_wizard()
    fill_notice(qtbot, wizard, when=NOW - dt.timedelta(days=asked_days_ago + 1))
    fill_ask(qtbot, wizard, asked_at=NOW - dt.timedelta(days=asked_days_ago))
    listen = page(wizard, Page.LISTEN)
    listen.response["no_reply"].click()
    return wizard, listen


def test_no_reply_then_one_follow_up_after_five_working_days(
    qtbot, open_wizard, journal, interview_id
):
    wizard, listen = _no_reply(qtbot, open_wizard, asked_days_ago=2)
    panel = listen.no_reply
    assert panel.step is SilenceStep.WAIT and "Give them time" in panel.advice.text()
    assert not panel.editor.isVisible() and not panel.close.isVisible()
    assert render(qtbot, wizard, "listen_no_reply_wait") == []
    wizard.close()

    with journal.writing():  # a week and a half later
        FeedbackRequest.delete().execute()
    wizard, listen = _no_reply(qtbot, open_wizard, asked_days_ago=10)
    panel = listen.no_reply
    assert panel.step is SilenceStep.FOLLOW_UP
    assert panel.editor.isVisible() and panel.editor.text().startswith("Hi Ann Lee,")
    assert "I fully accept the decision" in panel.editor.text()
    assert panel.editor.problems == []
    assert render(qtbot, wizard, "listen_no_reply_follow_up") == []
    panel.sent.click()
    assert panel.step is SilenceStep.WAIT_AGAIN and not panel.close.isVisible()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("no_reply", "listen")
    assert request.followed_up_at is not None
    assert debriefs.unfinished_step(journal, interview_id) == "listen"


def test_no_reply_after_the_follow_up_is_closed_kindly_as_silence(
    qtbot, open_wizard, journal, interview_id
):
    wizard, listen = _no_reply(qtbot, open_wizard, asked_days_ago=20)
    panel = listen.no_reply
    panel.sent.click()
    panel.sent_at.setDateTime(QDateTime(NOW - dt.timedelta(days=10)))
    listen._response_changed()
    assert panel.step is SilenceStep.LET_GO and panel.close.isVisible()
    assert "will not remind you" in panel.advice.text()
    assert render(qtbot, wizard, "listen_no_reply_let_go") == []
    panel.close.click()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert (request.response, request.wizard_step) == ("no_reply", "done")
    assert request.followed_up_at == NOW - dt.timedelta(days=10)
    assert debriefs.unfinished_step(journal, interview_id) is None  # never nagged again
    assert debriefs.response_counts(journal) == {"no_reply": 1}


def test_coming_back_after_a_long_silence_opens_on_the_follow_up(qtbot, open_wizard, journal):
    """The follow-up reminder leads here: the silence is why the user came back."""
    for days, expected in ((2, False), (10, True)):
        wizard = open_wizard()
        fill_notice(qtbot, wizard, when=NOW - dt.timedelta(days=days + 1))
        fill_ask(qtbot, wizard, asked_at=NOW - dt.timedelta(days=days))
        wizard.close()  # kept as a draft, no reply recorded
        wizard = open_wizard()
        listen = page(wizard, Page.LISTEN)
        assert wizard.currentId() == int(Page.LISTEN)
        assert listen.response["no_reply"].isChecked() is expected
        assert listen.no_reply.editor.isVisible() is expected
        wizard.close()
        with journal.writing():
            FeedbackRequest.delete().execute()
