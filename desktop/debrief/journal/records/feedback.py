"""Small edits and reads of what an interview produced: action status, themes, debriefs.

The window's lists of points, requests and actions are in `listings`.
"""

from __future__ import annotations

import datetime as dt

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackRequest,
    Theme,
    WizardStep,
)
from debrief.journal.store.refusals import InvalidInput, Problem


def set_action_status(journal: Journal, action_id: int, status: str) -> dt.datetime | None:
    """Move an action along; marking it done stamps done_at (the trend chart marks it)."""
    if status not in {s.value for s in ActionStatus}:
        raise InvalidInput([Problem("status", "choice")])
    done_at = dt.datetime.now().replace(microsecond=0) if status == ActionStatus.DONE else None
    with journal.writing():
        Action.update(status=status, done_at=done_at).where(Action.id == action_id).execute()
    return done_at


@reads
def theme_names(journal: Journal) -> list[str]:
    return [name for (name,) in Theme.select(Theme.name).order_by(Theme.name).tuples()]


@reads
def has_finished_debrief(journal: Journal, interview_id: int) -> bool:
    """Whether a debrief of this interview was already taken to the end."""
    return (
        FeedbackRequest.select()
        .where(
            (FeedbackRequest.interview == interview_id)
            & (FeedbackRequest.wizard_step == WizardStep.DONE.value)
        )
        .exists()
    )
