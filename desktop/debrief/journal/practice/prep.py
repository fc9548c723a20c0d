"""The one-page prep sheet: what held the user back, what to practise, what went well."""

from __future__ import annotations

import dataclasses
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
from debrief.journal.practice.next_steps import Approach, approach
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    Interview,
    PointKind,
    Theme,
    Verdict,
)

QUOTES = 3  # advice and praise quoted, newest first


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
    approach: str = Approach.OTHER.value  # practice, presentation, advice or other


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
class Quote:
    point_id: int
    date: dt.date
    company: str
    theme: str | None
    words: str


@dataclass(frozen=True)
class PrepSheet:
    recurring: list[RecurringTheme]  # held-me-back themes met in two interviews or more
    open_actions: list[OpenAction]
    clarifications: list[Clarification]
    strengths: list[ThemeCount]  # went-well themes praised more than once
    advice: list[Quote] = dataclasses.field(default_factory=list)  # newest first
    praise: list[Quote] = dataclasses.field(default_factory=list)  # in their words


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
    actions = [OpenAction(*row) for row in query.tuples()]
    how = _approaches([a.action_id for a in actions])
    return [dataclasses.replace(a, approach=how.get(a.action_id, a.approach)) for a in actions]


def _approaches(action_ids: list[int]) -> dict[int, str]:
    """How each action answers its points: practice, presentation or advice (first found)."""
    found: dict[int, str] = {}
    if not action_ids:
        return found
    query = (
        FeedbackPoint.select(FeedbackPoint.action, FeedbackPoint.kind, FeedbackPoint.verdict)
        .where(FeedbackPoint.action.in_(action_ids))
        .order_by(FeedbackPoint.id)
    )
    for action_id, kind, verdict in query.tuples():
        how = approach(kind, verdict)
        if how is not Approach.OTHER:
            found.setdefault(action_id, how.value)
    return found


def _quotes(kind: PointKind, filters: Filters | None) -> list[Quote]:
    """The newest points of `kind` in their words, leaving out those the user disagrees with."""
    p = FeedbackPoint
    query = (
        p.select(p.id, Interview.date, Interview.company, Theme.name, p.words)
        .join(Interview, on=p.interview == Interview.id)
        .switch(p)
        .join(Theme, JOIN.LEFT_OUTER, on=p.theme == Theme.id)
        .where(
            (p.kind == kind.value),
            p.verdict.is_null() | (p.verdict != Verdict.DISAGREE.value),
            *interview_conditions(filters),
        )
        .order_by(Interview.date.desc(), p.position, p.id)
        .limit(QUOTES)
    )
    return [Quote(*row) for row in query.tuples()]


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
        advice=_quotes(PointKind.ADVICE, filters),
        praise=_quotes(PointKind.WENT_WELL, filters),
    )
