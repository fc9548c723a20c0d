"""The funnel: nested steps that never grow, one denominator, reply time in words."""

from __future__ import annotations

import itertools

import pytest

from debrief.journal.insights import counts as insights
from debrief.journal.store.models import FeedbackRequest, Interview
from debrief.ui.insights.drawing import (
    funnel_notes,
    funnel_summary,
    funnel_values,
    reply_time_text,
    response_text,
)
from tests.conftest import add_interviews


def _funnel(**fields) -> insights.Funnel:
    base = dict(
        rejections=10,
        asked=8,
        asked_in_time=6,
        feedback_given=5,
        clarified=2,
        thanked=7,
        response_rate=0.6,
        median_reply_days=0.0,
        given_after_asking=5,
        thanked_after_feedback=4,
    )
    return insights.Funnel(**{**base, **fields})


def test_steps_never_grow_over_every_combination_of_reached_steps(journal):
    """One rejected interview per combination of the five step bits: no step outgrows the
    one before, even where thanks outnumber feedback (a decliner is thanked too)."""
    combos = list(itertools.product([False, True], repeat=4))
    ids = add_interviews(journal, len(combos))
    Interview.update(outcome="rejected").execute()
    for interview_id, (asked, given, thanked, in_time) in zip(ids, combos, strict=True):
        if not (asked or given or thanked):
            continue
        FeedbackRequest.create(
            interview=interview_id,
            asked_at="2026-01-02 10:00" if asked else None,
            in_time=in_time if asked else None,
            response="given" if given else "declined",
            responded_at="2026-01-03 10:00",
            thanked_at="2026-01-04 10:00" if thanked else None,
            wizard_step="done",
        )
    result = insights.funnel(journal)
    r = result
    old_steps = [r.rejections, r.asked, r.asked_in_time, r.feedback_given, r.clarified, r.thanked]
    assert any(b > a for a, b in itertools.pairwise(old_steps))  # the old bars grew here
    values = funnel_values(result)
    assert values[0] == len(combos)
    assert all(later <= earlier for earlier, later in itertools.pairwise(values)), values


def test_every_share_is_of_the_rejections():
    notes = funnel_notes(_funnel())
    assert notes[0] == "10"
    assert notes[1].startswith("8 · 80%") and "6 in time" in notes[1]
    assert notes[2].startswith("5 · 50%") and "2 clarified" in notes[2]
    assert notes[3] == "4 · 40%"
    assert funnel_summary(_funnel()) == "Applications (share of the 10 not selected)"
    assert response_text(_funnel()).startswith("Feedback came for 5 of the 8 applications")


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0.0, "the same day"),
        (0.4, "the same day"),
        (1.0, "within 1 day."),
        (2.5, "within 3 days."),
        (3.0, "within 3 days."),
    ],
)
def test_the_median_reply_time_in_words(days, words):
    assert words in reply_time_text(days)
    assert "0.0" not in response_text(_funnel(median_reply_days=days))


@pytest.mark.parametrize(("days", "words"), [(0.2, "the same day."), (2.5, "within 3 days.")])
def test_one_answer_is_not_spoken_of_in_halves(days, words):
    text = response_text(_funnel(median_reply_days=days, answered=1))
    assert "The answer came " + words in text and "Half" not in text
