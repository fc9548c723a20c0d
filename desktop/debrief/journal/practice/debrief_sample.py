"""A realistic finished-debrief draft, for the benchmark, screenshots and tests."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from typing import Any

from debrief.journal.practice import debriefs
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import Journal

_SAID = (
    ("held_back", "Enthusiasm", "You seemed a little flat when we talked about the product."),
    ("held_back", "Technical depth", "The caching answer stayed at the surface."),
    ("went_well", "Communication", "Your walkthrough of the migration project was very clear."),
    ("advice", "Preparation", "Read our engineering blog before the next round."),
    ("held_back", "Questions asked", "You did not ask much about the team."),
    ("held_back", "Experience fit", "We wanted more people-management experience."),
    ("went_well", "Culture fit", "The panel liked how you described handling conflict."),
    ("held_back", "First impression", "The first few minutes felt rushed."),
    ("advice", "Communication", "Use the STAR structure for behavioural answers."),
    ("held_back", "Whiteboard nerves", "You froze a little at the whiteboard."),
)


def sample_data(
    points: int = 10, actions: int = 5, when: dt.datetime | None = None
) -> dict[str, Any]:
    """A draft as the wizard would hold it at Finish: `points` points, `actions` of them
    held-back points with a new action each."""
    when = (when or dt.datetime.now()).replace(microsecond=0)
    rows = []
    with_action = 0
    for i in range(points):
        kind, theme, words = _SAID[i % len(_SAID)]
        wants_action = with_action < actions
        if wants_action:
            kind = "held_back"
            with_action += 1
        rows.append(
            {
                "kind": kind,
                "theme": theme,
                "words": words,
                "clarify_question": "Could you give me an example?" if i % 2 == 0 else "",
                "clarify_example": "In the system design part." if i % 2 == 0 else "",
                "verdict": "true_weakness" if kind == "held_back" else None,
                "action_text": f"Practise: {theme.lower()}" if wants_action else "",
                "action_id": None,
            }
        )
    return {
        "told_via": "email",
        "told_at": (when - dt.timedelta(hours=3)).isoformat(),
        "interviewer_id": None,
        "interviewer_name": "Dana Whitfield",
        "interviewer_email": "dana@example.com",
        "channel": "email",
        "subject": "Thank you, and a short request",
        "words": "Could you share one or two things I could improve before my next interview?",
        "asked": True,
        "asked_at": (when - dt.timedelta(hours=2)).isoformat(),
        "response": "given",
        "responded_at": when.isoformat(),
        "points": rows,
        "thanked": True,
        "thanked_at": when.isoformat(),
        "thank_subject": "Thank you",
        "thank_words": "Thank you for your time and your honest comments.",
    }


def wizard_finish_ms(journal: Journal, repeats: int = 20) -> float:
    """Median milliseconds of `finish` with 10 points and 5 actions, on the open journal.

    Each run adds one interview to the journal, so use a scratch journal.
    """
    timings = []
    for i in range(repeats):
        interview_id = save_interview(
            journal, {"company": f"Bench {i}", "role": "Engineer", "date": dt.date.today()}
        )
        debrief = debriefs.start(journal, interview_id)
        data = sample_data(10, 5)
        started = time.perf_counter()
        debriefs.finish(journal, debrief.request_id, data)

        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)
