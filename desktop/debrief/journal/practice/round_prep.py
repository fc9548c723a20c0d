"""The prep sheet of one upcoming round: the journal's sheet, plus what this company taught.

What the user learned before about the company and the people they will meet: earlier
rounds and applications with the same company (who ran them, what they said), and how
long each open action has waited. Counting and joining happen in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, SQL, fn

from debrief.journal.practice.prep import PrepSheet, prep_sheet
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    Interview,
    Interviewer,
    Theme,
    Verdict,
)

#: Earlier rounds with the company shown, newest first, and points quoted from each.
PAST_ROUNDS = 4
POINTS_PER_ROUND = 3


@dataclass(frozen=True)
class PastPoint:
    kind: str
    theme: str | None
    words: str


@dataclass(frozen=True)
class PastRound:
    """An earlier round with the same company, in this application or an earlier one."""

    interview_id: int
    date: dt.date
    role: str
    round: int
    outcome: str
    interviewers: str  # names, comma separated ("" when none were noted)
    points: list[PastPoint] = field(default_factory=list)
    same_application: bool = False


@dataclass(frozen=True)
class RoundPrep:
    interview_id: int
    company: str
    role: str
    round: int
    date: dt.date
    time: str | None
    format: str | None
    interviewers: list[str]  # whom the user will meet, as far as the journal knows
    met_before: dict[str, int]  # of those, the ones met in earlier rounds: how many times
    history: list[PastRound]
    days_open: dict[int, int]  # action id -> whole days since it was made
    sheet: PrepSheet


def _past_rounds(this: Interview) -> list[PastRound]:
    """Earlier rounds with the same company (ignoring case), newest first: the rounds
    before this one in its application, and every round of other applications up to
    this round's day. Their interviewers' names are gathered by SQL."""
    i = Interview
    names = fn.COALESCE(fn.GROUP_CONCAT(Interviewer.name, ", "), "")
    same = i.application == this.application_id
    query = (
        i.select(i.id, i.date, i.role, i.round, i.outcome, names, same)
        .join(Interviewer, JOIN.LEFT_OUTER, on=Interviewer.interview == i.id)
        .where(
            (i.company.collate("NOCASE") == this.company)
            & (i.id != this.id)
            & (i.date <= this.date)
            & (~same | (i.round < this.round))
        )
        .group_by(i.id)
        .order_by(i.date.desc(), i.round.desc(), i.id.desc())
        .limit(PAST_ROUNDS)
    )
    rows = list(query.tuples())
    said = _points([row[0] for row in rows])
    return [
        PastRound(*row[:6], points=said.get(row[0], []), same_application=bool(row[6]))
        for row in rows
    ]


def _points(interview_ids: list[int]) -> dict[int, list[PastPoint]]:
    """What was said in those rounds, the user's disagreements left out."""
    p = FeedbackPoint
    query = (
        p.select(p.interview, p.kind, Theme.name, p.words)
        .join(Theme, JOIN.LEFT_OUTER, on=p.theme == Theme.id)
        .where(
            p.interview.in_(interview_ids),
            p.verdict.is_null() | (p.verdict != Verdict.DISAGREE.value),
        )
        .order_by(p.interview, p.position, p.id)
    )
    found: dict[int, list[PastPoint]] = {}
    for interview_id, kind, theme, words in query.tuples():
        points = found.setdefault(interview_id, [])
        if len(points) < POINTS_PER_ROUND:
            points.append(PastPoint(kind, theme, words))
    return found


def _met_before(this: Interview, names: list[str]) -> dict[str, int]:
    """Of the people the user will meet, those seen in other rounds with this company
    (a name alone at another company is most likely someone else), and how often."""
    if not names:
        return {}
    name = Interviewer.name.collate("NOCASE")
    query = (
        Interviewer.select(fn.MIN(Interviewer.name), fn.COUNT(SQL("*")))
        .join(Interview, on=Interviewer.interview == Interview.id)
        .where(
            name.in_(names)
            & (Interviewer.interview != this.id)
            & (Interview.company.collate("NOCASE") == this.company)
        )
        .group_by(name)
    )
    return {found: n for found, n in query.tuples()}


def _days_open(today: dt.date) -> dict[int, int]:
    """Whole days since each action not done yet was made, counted by SQL."""
    since = fn.julianday(today.isoformat()) - fn.julianday(fn.date(Action.created_at))
    days = since.cast("INTEGER")
    query = Action.select(Action.id, days).where(Action.status != ActionStatus.DONE.value)
    return {action_id: max(0, n or 0) for action_id, n in query.tuples()}


@reads
def round_prep(
    journal: Journal, interview_id: int, today: dt.date | None = None
) -> RoundPrep | None:
    """Everything the round's sheet shows; None when the interview is gone."""
    today = today or dt.date.today()
    this = Interview.get_or_none(Interview.id == interview_id)
    if this is None:
        return None
    names = [
        n for (n,) in Interviewer.select(Interviewer.name)
        .where(Interviewer.interview == interview_id).order_by(Interviewer.id).tuples()
    ]  # fmt: skip
    return RoundPrep(
        interview_id=this.id,
        company=this.company,
        role=this.role,
        round=this.round,
        date=this.date,
        time=this.time,
        format=this.format,
        interviewers=names,
        met_before=_met_before(this, names),
        history=_past_rounds(this),
        days_open=_days_open(today),
        sheet=prep_sheet(journal),
    )
