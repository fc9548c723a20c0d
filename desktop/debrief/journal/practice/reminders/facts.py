"""What the reminders are about, read from a journal: open asks, waiting requests, rounds."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from debrief.journal.practice.deadline import ask_deadline
from debrief.journal.practice.reminders.rules import (
    Facts,
    OpenAsk,
    UpcomingRound,
    WaitingRequest,
)
from debrief.journal.records.rounds import is_last_round
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackRequest,
    Interview,
    Outcome,
    Response,
)

#: An ask deadline further in the past than this is history, not a reminder.
ASK_HISTORY = dt.timedelta(days=2)
#: A request unanswered for longer than this is past its follow-up and its letting go
#: (five working days each): silence, not a reminder, so it is not read at all.
WAITING_HISTORY = dt.timedelta(days=21)


def _open_asks(now: dt.datetime, tz: dt.tzinfo | None) -> tuple[OpenAsk, ...]:
    """Rejections told recently, with no request asked yet: one per application (its last
    round), since the outcome and the asking belong to the application, not to a round."""
    # Correlated, so each candidate looks up its application's rounds and their requests
    # by index rather than the query listing every request ever asked.
    sibling = Interview.alias()
    asked = (
        FeedbackRequest.select(FeedbackRequest.id)
        .join(sibling, on=FeedbackRequest.interview == sibling.id)
        .where(
            (sibling.application == Interview.application) & FeedbackRequest.asked_at.is_null(False)
        )
    )
    rows = (
        Interview.select(Interview.id, Interview.company, Interview.told_at, Interview.told_via)
        .where(
            (Interview.outcome == Outcome.REJECTED.value)
            & Interview.told_at.is_null(False)
            & (Interview.told_at > now - ASK_HISTORY - dt.timedelta(days=1))
            & ~fn.EXISTS(asked)
            & is_last_round()
        )
        .tuples()
    )
    # Sorted here, not in SQL: ordering by id would lead SQLite to walk every rejection
    # in id order instead of the few told lately through `interview_told`.
    found = []
    for interview_id, company, told_at, told_via in sorted(rows):
        deadline = ask_deadline(told_at, told_via, tz)
        if deadline is not None and deadline.due > now - ASK_HISTORY:
            found.append(OpenAsk(interview_id, company, deadline))
    return tuple(found)


def _waiting(now: dt.datetime) -> tuple[WaitingRequest, ...]:
    rows = (
        FeedbackRequest.select(
            FeedbackRequest.id,
            FeedbackRequest.interview,
            Interview.company,
            FeedbackRequest.asked_at,
        )
        .join(Interview)
        .where(
            (FeedbackRequest.response == Response.WAITING.value)
            & (FeedbackRequest.asked_at > now - WAITING_HISTORY)
        )
        .order_by(FeedbackRequest.id)
        .tuples()
    )
    return tuple(WaitingRequest(*row) for row in rows)


def _starts_at(day: dt.date, time: str | None) -> dt.datetime:
    """The round's wall-clock start; midnight when only the day is known."""
    try:
        return dt.datetime.combine(day, dt.time.fromisoformat(time or "00:00"))
    except ValueError:
        return dt.datetime.combine(day, dt.time())


def _rounds(now: dt.datetime) -> tuple[UpcomingRound, ...]:
    """Rounds still ahead: from today on, whose application's outcome is not known yet.

    Only the date is asked of SQL, so it walks `interview_date` over the few days ahead;
    the outcome, which every interview has, is checked here.
    """
    rows = (
        Interview.select(
            Interview.id,
            Interview.company,
            Interview.round,
            Interview.date,
            Interview.time,
            Interview.outcome,
        )
        .where(Interview.date >= now.date())
        .order_by(Interview.date)
        .tuples()
    )
    found = sorted(
        (_starts_at(day, time), i, company, number)
        for i, company, number, day, time, outcome in rows
        if outcome == Outcome.PENDING.value
    )
    return tuple(
        UpcomingRound(i, company, number, starts_at)
        for starts_at, i, company, number in found
        if starts_at > now or starts_at.time() == dt.time()
    )


@reads
def gather(journal: Journal, now: dt.datetime, tz: dt.tzinfo | None = None) -> Facts:
    """The facts behind every reminder at wall-clock time `now` (naive local)."""
    open_actions = (
        Action.select(fn.COUNT(Action.id)).where(Action.status != ActionStatus.DONE.value).scalar()
    )
    return Facts(_open_asks(now, tz), _waiting(now), _rounds(now), int(open_actions or 0))
