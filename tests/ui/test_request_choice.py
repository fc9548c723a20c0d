"""After asking a second person, both conversations stay reachable: "Continue debrief"
asks whose to go on with, and a follow-up reminder opens the one it is about."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from debrief.journal.practice import debriefs
from debrief.journal.practice.profile import UserProfile, save_profile
from debrief.journal.practice.second_request import ask_also
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import FeedbackRequest, Interviewer
from debrief.ui.rejection_wizard import RejectionWizard


@pytest.fixture(autouse=True)
def quiet_wizard(journal, monkeypatch):
    """A profile is stored (no first-use question) and closing keeps the draft unasked."""
    save_profile(journal, UserProfile())
    monkeypatch.setattr(RejectionWizard, "ask_keep_draft", lambda self: "keep")


@pytest.fixture
def two_asked(journal) -> tuple[int, int, int]:
    """Ann was asked and has not answered yet; a request to Bob is drafted too."""
    interview_id = save_interview(
        journal,
        {"company": "Northwind Traders", "role": "Data analyst", "date": "2026-03-01"},
        [{"name": "Ann Lee", "title": "Team lead"}, {"name": "Bob Stone", "title": "Analyst"}],
    )
    ann_request = debriefs.start(journal, interview_id).request_id
    with journal.writing():
        ann, bob = Interviewer.select().order_by(Interviewer.id)
        FeedbackRequest.update(
            interviewer=ann.id, asked_at=dt.datetime(2026, 3, 2, 9), wizard_step="listen"
        ).where(FeedbackRequest.id == ann_request).execute()
    bob_request = ask_also(journal, interview_id, bob.id, {"words": "Hi Ann Lee,"}, "Ann Lee")
    return interview_id, ann_request, bob_request


def _answer(choice: str | None) -> list[str]:
    """Answer the question when it shows (None: close it); returns what it offered."""
    offered: list[str] = []

    def answer() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.objectName() == "requestChoice" and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, answer)
            return
        dialog = shown[0]
        offered.extend(dialog.comboBoxItems())
        if choice is None:
            dialog.reject()
        else:
            dialog.setTextValue(next(i for i in offered if i.startswith(choice)))
            dialog.accept()

    QTimer.singleShot(0, answer)
    return offered


def test_continue_asks_whose_conversation_and_opens_it(window, two_asked):
    interview_id, ann_request, _bob_request = two_asked
    offered = _answer("Ann Lee")
    window.debriefs.open(interview_id)
    assert offered == ["Bob Stone: not asked yet", "Ann Lee: asked, waiting for a reply"]
    wizard = window.debriefs.wizards[interview_id]
    assert wizard.request_id == ann_request  # the older conversation is not hidden
    wizard.close()


def test_closing_the_question_opens_nothing(window, two_asked):
    interview_id = two_asked[0]
    _answer(None)
    window.debriefs.open(interview_id)
    assert interview_id not in window.debriefs.wizards


def test_a_follow_up_opens_the_conversation_it_is_about(window, two_asked):
    interview_id, ann_request, _ = two_asked
    window.debriefs.open(interview_id, None, ann_request)  # no question: it names Ann's
    assert window.debriefs.wizards[interview_id].request_id == ann_request
    window.debriefs.wizards[interview_id].close()


def test_one_conversation_needs_no_question(journal, window):
    interview_id = save_interview(
        journal, {"company": "Acme", "role": "Analyst", "date": "2026-03-01"}, []
    )
    window.debriefs.open(interview_id)  # would hang on a question if one were asked
    assert interview_id in window.debriefs.wizards
    window.debriefs.wizards[interview_id].close()
