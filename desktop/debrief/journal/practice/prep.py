"""The one-page prep sheet: what held the user back, what to practise, what went well."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from debrief.journal.insights.counts import (
    Filters,
    ThemeCount,
    interview_conditions,
    narrowed,
    theme_counts,
)
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    Interview,
    PointKind,
    Theme,
)


@dataclass(frozen=True)
class RecurringTheme:
    theme_id: int
    theme: str
    points: int
    interviews: int
    suggestion: str


@dataclass(frozen=True)
class OpenAction:
    action_id: int
    theme: str | None
    description: str
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Clarification:
    point_id: int
    date: dt.date
    company: str
    theme: str | None
    words: str
    question: str
    example: str


@dataclass(frozen=True)
class PrepSheet:
    recurring: list[RecurringTheme]  # held-me-back themes met in two interviews or more
    open_actions: list[OpenAction]
    clarifications: list[Clarification]
    strengths: list[ThemeCount]  # went-well themes praised more than once


def _recurring(filters: Filters | None) -> list[RecurringTheme]:
    """Held-me-back themes met in two interviews or more, with the theme's improvement idea."""
    p = FeedbackPoint
    points = fn.COUNT(p.id)
    interviews = fn.SUM(p.first_on_theme)  # one point per interview and theme carries it
    query = (
        narrowed(p.select(Theme.id, Theme.name, points, interviews, Theme.suggestion), filters)
        .switch(p)
        .join(Theme, on=p.theme == Theme.id)
        .where(p.kind == PointKind.HELD_BACK.value)
        .group_by(Theme.id)
        .having(interviews >= 2)
        .order_by(interviews.desc(), points.desc(), Theme.name)
    )
    return [RecurringTheme(*row) for row in query.tuples()]


def _open_actions() -> list[OpenAction]:
    """Actions not done yet, being practised first: the journal's to-do, whatever the filter."""
    practising = Case(Action.status, [(ActionStatus.PRACTISING.value, 0)], 1)
    query = (
        Action.select(Action.id, Theme.name, Action.description, Action.status, Action.created_at)
        .join(Theme, JOIN.LEFT_OUTER, on=Action.theme == Theme.id)
        .where(Action.status != ActionStatus.DONE.value)
        .order_by(practising, Action.created_at.desc(), Action.id.desc())
    )
    return [OpenAction(*row) for row in query.tuples()]


def _clarifications(filters: Filters | None) -> list[Clarification]:
    p = FeedbackPoint
    query = (
        p.select(p.id, Interview.date, Interview.company, Theme.name, p.words)
        .select_extend(p.clarify_question, p.clarify_example)
        .join(Interview, on=p.interview == Interview.id)
        .switch(p)
        .join(Theme, JOIN.LEFT_OUTER, on=p.theme == Theme.id)
        .where(
            (p.clarify_question != "") | (p.clarify_example != ""), *interview_conditions(filters)
        )
        .order_by(Interview.date.desc(), p.position, p.id)
    )
    return [Clarification(*row) for row in query.tuples()]


@reads
def prep_sheet(journal: Journal, filters: Filters | None = None) -> PrepSheet:
    """The one-page summary to read before the next interview."""
    strengths = theme_counts(journal, filters, PointKind.WENT_WELL.value, min_points=2)

    return PrepSheet(
        recurring=_recurring(filters),
        open_actions=_open_actions(),
        clarifications=_clarifications(filters),
        strengths=[s for s in strengths if s.theme_id is not None],
    )
