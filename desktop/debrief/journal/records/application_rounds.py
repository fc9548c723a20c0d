"""One application whole, for the detail pane: its fields and every round, counted in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, SQL, fn

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Application, FeedbackPoint, Interview, Interviewer


@dataclass(frozen=True)
class RoundLine:
    interview_id: int
    round: int
    date: dt.date
    time: str | None
    stage: str
    format: str | None
    interviewers: str  # names, comma separated
    points: int  # feedback points noted for the round


@dataclass(frozen=True)
class ApplicationView:
    application_id: int
    company: str
    role: str
    source: str
    applied_on: dt.date | None
    outcome: str
    rounds: list[RoundLine]


@reads
def application_view(journal: Journal, interview_id: int) -> ApplicationView | None:
    """The application of `interview_id` with its rounds in order; names and point counts
    are gathered by SQL (one query for the rounds)."""
    interview = Interview.get_or_none(Interview.id == interview_id)
    if interview is None or interview.application_id is None:
        return None
    application = Application.get_or_none(Application.id == interview.application_id)
    if application is None:
        return None
    i = Interview
    points = (
        FeedbackPoint.select(fn.COUNT(SQL("*")))
        .where(FeedbackPoint.interview == i.id)
    )  # fmt: skip
    names = fn.COALESCE(fn.GROUP_CONCAT(Interviewer.name, ", "), "")
    query = (
        i.select(i.id, i.round, i.date, i.time, i.stage, i.format, names, points)
        .join(Interviewer, JOIN.LEFT_OUTER, on=Interviewer.interview == i.id)
        .where(i.application == application.id)
        .group_by(i.id)
        .order_by(i.round, i.id)
    )
    return ApplicationView(
        application.id,
        application.company,
        application.role,
        application.source,
        application.applied_on,
        application.outcome,
        [RoundLine(*row) for row in query.tuples()],
    )
