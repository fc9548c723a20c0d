"""Where each rejection's debrief stands, in one word the window can show and colour.

The states, from most to least settled: feedback received, waiting for a reply, no reply,
declined, asking still in time (with its deadline), not asked. An interview that was not
a rejection and has no asking has none. Computed for one page of the table at a time
(two queries over indexed columns), never for the whole journal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from debrief.journal.practice.deadline import ask_deadline, time_left
from debrief.journal.records.rounds import is_last_round
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    FeedbackRequest,
    Interview,
    Outcome,
    Response,
)


class DebriefState(StrEnum):
    GIVEN = "given"
    WAITING = "waiting"
    NO_REPLY = "no_reply"
    DECLINED = "declined"
    ASK_BY = "ask_by"
    NOT_ASKED = "not_asked"


#: With several askings, the one that says most about the debrief wins.
_RANK = {
    Response.GIVEN.value: DebriefState.GIVEN,
    Response.WAITING.value: DebriefState.WAITING,
    Response.NO_REPLY.value: DebriefState.NO_REPLY,
    Response.DECLINED.value: DebriefState.DECLINED,
}
_ORDER = list(DebriefState)


@dataclass(frozen=True)
class Standing:
    """One interview's state; `due` for ASK_BY; `step` when a debrief is still open."""

    state: DebriefState
    due: dt.datetime | None = None
    step: str | None = None


def state_of(
    rejected: bool,
    responses: Iterable[str | None],
    told_at: dt.datetime | None,
    told_via: str | None,
    now: dt.datetime,
) -> tuple[DebriefState, dt.datetime | None] | None:
    """The state from the answers of the askings made (None: not yet asked)."""
    found = [_RANK[r] for r in responses if r in _RANK]
    if found:
        return min(found, key=_ORDER.index), None
    if not rejected:
        return None
    deadline = ask_deadline(told_at, told_via)
    if deadline is not None and time_left(deadline, now) >= dt.timedelta(0):
        return DebriefState.ASK_BY, deadline.due
    return DebriefState.NOT_ASKED, None


@reads
def debrief_states(
    journal: Journal, interview_ids: list[int], now: dt.datetime | None = None
) -> dict[int, Standing]:
    """The state of each listed interview that has one.

    The outcome and the asking belong to the application: its last round shows how the
    debrief of the rejection stands whichever round's interviewer was asked, and an
    earlier round shows a state only for askings of its own.
    """
    if not interview_ids:
        return {}
    now = now or dt.datetime.now()
    rows = list(
        Interview.select(
            Interview.id,
            Interview.application,
            is_last_round(),
            Interview.outcome,
            Interview.told_at,
            Interview.told_via,
            Interview.debrief_step,
        )
        .where(Interview.id.in_(interview_ids))
        .tuples()
    )
    applications = {row[1] for row in rows}
    own, shared = _responses(applications)
    found: dict[int, Standing] = {}
    for interview_id, app, last, outcome, told_at, told_via, step in rows:
        mine = own.get(interview_id, [])
        if mine or last:
            answers, rejected = mine or shared.get(app, []), outcome == Outcome.REJECTED.value
            state = state_of(rejected, answers, told_at, told_via, now)
        else:
            state = None  # an earlier round: the rejection's debrief shows on the last
        if state is None and step:
            state = (DebriefState.NOT_ASKED, None)  # a debrief begun before the outcome
        if state is not None:
            found[interview_id] = Standing(state[0], state[1], step)
    return found


def _responses(
    applications: set[int],
) -> tuple[dict[int, list[str | None]], dict[int, list[str | None]]]:
    """The answers of the askings made, per interview and per application."""
    own: dict[int, list[str | None]] = {}
    shared: dict[int, list[str | None]] = {}
    asked = (
        FeedbackRequest.select(
            FeedbackRequest.interview, Interview.application, FeedbackRequest.response
        )
        .join(Interview, on=FeedbackRequest.interview == Interview.id)
        .where(
            Interview.application.in_(applications)
            & (
                FeedbackRequest.asked_at.is_null(False)
                | (FeedbackRequest.response != Response.WAITING.value)
            )
        )
        .tuples()
    )
    for interview_id, app, response in asked:
        own.setdefault(interview_id, []).append(response)
        shared.setdefault(app, []).append(response)
    return own, shared
