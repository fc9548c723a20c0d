"""Read and small edits of what an interview produced: requests, points, actions, themes."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, Case, fn

from debrief.journal.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    FeedbackRequest,
    Interviewer,
    Theme,
    WizardStep,
)
from debrief.journal.refusals import InvalidInput, Problem, writing

#: Row tuples: (id, *POINT_COLUMNS), (id, *REQUEST_COLUMNS), (id, *ACTION_COLUMNS).
POINT_COLUMNS = ("kind", "theme", "words", "verdict", "clarification")
REQUEST_COLUMNS = ("interviewer", "channel", "asked_at", "in_time", "response", "thanked_at")
ACTION_COLUMNS = ("status", "theme", "description", "points", "done_at")


def points_for_interview(interview_id: int) -> list[tuple]:
    """What the interviewers said, in the order it was captured."""
    clarification = fn.TRIM(
        FeedbackPoint.clarify_question.concat(" ").concat(FeedbackPoint.clarify_example)
    )
    query = (
        FeedbackPoint.select(
            FeedbackPoint.id,
            FeedbackPoint.kind,
            Theme.name,
            FeedbackPoint.words,
            FeedbackPoint.verdict,
            clarification,
        )
        .join(Theme, JOIN.LEFT_OUTER, on=FeedbackPoint.theme == Theme.id)
        .where(FeedbackPoint.interview == interview_id)
        .order_by(FeedbackPoint.position, FeedbackPoint.id)
    )
    return list(query.tuples())


def requests_for_interview(interview_id: int) -> list[tuple]:
    query = (
        FeedbackRequest.select(
            FeedbackRequest.id,
            Interviewer.name,
            FeedbackRequest.channel,
            FeedbackRequest.asked_at,
            FeedbackRequest.in_time,
            FeedbackRequest.response,
            FeedbackRequest.thanked_at,
        )
        .join(Interviewer, JOIN.LEFT_OUTER, on=FeedbackRequest.interviewer == Interviewer.id)
        .where(FeedbackRequest.interview == interview_id)
        .order_by(FeedbackRequest.id)
    )
    return list(query.tuples())


def list_actions() -> list[tuple]:
    """Every action, unfinished first, with how many points it answers (one GROUP BY)."""
    order = Case(Action.status, [(ActionStatus.DONE.value, 1)], 0)
    query = (
        Action.select(
            Action.id,
            Action.status,
            Theme.name,
            Action.description,
            fn.COUNT(FeedbackPoint.id),
            Action.done_at,
        )
        .join(Theme, JOIN.LEFT_OUTER, on=Action.theme == Theme.id)
        .switch(Action)
        .join(FeedbackPoint, JOIN.LEFT_OUTER, on=FeedbackPoint.action == Action.id)
        .group_by(Action.id)
        .order_by(order, Action.created_at.desc(), Action.id.desc())
    )
    return list(query.tuples())


def set_action_status(action_id: int, status: str) -> dt.datetime | None:
    """Move an action along; marking it done stamps done_at (the trend chart marks it)."""
    if status not in {s.value for s in ActionStatus}:
        raise InvalidInput([Problem("status", "choice")])
    done_at = dt.datetime.now().replace(microsecond=0) if status == ActionStatus.DONE else None
    with writing():
        Action.update(status=status, done_at=done_at).where(Action.id == action_id).execute()
    return done_at


def theme_names() -> list[str]:
    return [name for (name,) in Theme.select(Theme.name).order_by(Theme.name).tuples()]


def has_finished_debrief(interview_id: int) -> bool:
    """Whether a debrief of this interview was already taken to the end."""
    return (
        FeedbackRequest.select()
        .where(
            (FeedbackRequest.interview == interview_id)
            & (FeedbackRequest.wizard_step == WizardStep.DONE.value)
        )
        .exists()
    )
