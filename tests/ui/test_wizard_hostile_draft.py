"""A debrief whose stored draft came from elsewhere, in the wrong shape, still opens."""

from __future__ import annotations

import json

import pytest

from debrief.journal.practice.profile import UserProfile, save_profile
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import FeedbackRequest
from debrief.ui.rejection_wizard import Page, RejectionWizard


@pytest.mark.parametrize(
    "draft",
    [
        {"points": 5},
        {"channel": "pigeon"},
        {"points": [{"kind": "nope", "words": 5}, {"kind": "advice", "words": ["x"]}]},
        {"words": ["not", "text"]},
    ],
)
def test_the_wizard_opens_on_a_draft_of_the_wrong_shape(qtbot, journal, monkeypatch, draft):
    monkeypatch.setattr(RejectionWizard, "ask_keep_draft", lambda self: "keep")
    save_profile(journal, UserProfile())
    interview = save_interview(
        journal, {"company": "Acme", "role": "Dev", "date": "2026-03-01", "outcome": "rejected"}
    )
    with journal.writing():
        FeedbackRequest.create(interview=interview, wizard_step="listen", draft=json.dumps(draft))
    wizard = RejectionWizard(journal, interview)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == int(Page.LISTEN)
