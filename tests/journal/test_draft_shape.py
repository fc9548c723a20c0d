"""A stored wizard draft of the wrong shape (an imported file) still opens, with what
could be read; a draft the wizard wrote comes back whole."""

from __future__ import annotations

import json

import pytest

from debrief.journal.practice import debriefs
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import FeedbackRequest

#: A draft as the wizard writes it on the Improve page.
WRITTEN = {
    "channel": "email",
    "response": "given",
    "asked": True,
    "interviewer_id": None,
    "words": "Hello Ann, could you share one thing I could do better?",
    "reply_proposals": [{"words": "Too vague on metrics", "theme": "Impact"}],
    "through_agency": False,
    "points": [
        {
            "kind": "held_back",
            "theme": "Impact",
            "words": "Too vague on metrics",
            "clarify_question": "",
            "clarify_example": "",
            "verdict": "true_weakness",
            "action_text": "Bring two numbers",
            "action_auto": "Bring two numbers",
            "action_prefilled": True,
            "action_id": None,
        }
    ],
}


ADVICE = {"kind": "advice"}  # a point whose words and verdict could not be read


def _draft(journal, draft_text: str) -> debriefs.Debrief:
    interview = save_interview(
        journal, {"company": "Acme", "role": "Dev", "date": "2026-03-01", "outcome": "rejected"}
    )
    with journal.writing():
        FeedbackRequest.create(interview=interview, wizard_step="listen", draft=draft_text)
    return debriefs.start(journal, interview)


def test_a_draft_the_wizard_wrote_comes_back_whole(journal):
    data = _draft(journal, json.dumps(WRITTEN)).data
    assert {key: data[key] for key in WRITTEN} == WRITTEN


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({"points": 5}, {"points": []}),
        ({"points": ["x", {"kind": "nope", "words": "a"}]}, {"points": []}),
        ({"points": [{"kind": "advice", "words": 5, "verdict": "?"}]}, {"points": [ADVICE]}),
        ({"channel": "pigeon", "response": "perhaps"}, {"channel": None, "response": "waiting"}),
        ({"words": ["a list"], "asked": "yes"}, {"words": "", "asked": False}),
        ({"interviewer_id": "abc"}, {"interviewer_id": None}),
    ],
)  # fmt: skip
def test_fields_of_the_wrong_kind_fall_back_to_what_was_committed(journal, stored, expected):
    data = _draft(journal, json.dumps(stored)).data
    assert {key: data[key] for key in expected} == expected


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "not json", "[1, 2]", "null"])
def test_a_draft_that_is_no_object_opens_what_was_committed(journal, text):
    data = _draft(journal, text).data
    assert data["points"] == [] and data["channel"] is None
