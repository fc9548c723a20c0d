"""When to remind the user, from plain facts and a clock: no Qt, no database.

The facts are the journal's open ask deadlines, requests still waiting for an answer,
upcoming rounds and open actions. A reminder exists only while its fact does: a request
answered before its follow-up date simply no longer yields one (it is withdrawn).
Wall-clock times are naive local time in `tz` (None: this computer's zone), as the journal
stores them; every comparison is done on real instants (UTC), so clock changes are safe.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from debrief.journal.marking import N_
from debrief.journal.practice.deadline import Deadline

#: Before the ask deadline passes: a first nudge, then a last one.
ASK_NUDGES = (dt.timedelta(hours=4), dt.timedelta(hours=1))
#: An unanswered request deserves one gentle follow-up after this many working days.
FOLLOW_UP_WORKING_DAYS = 5
#: The day before a round, the prep reminder comes at this wall-clock time.
PREP_AT = dt.time(9, 0)

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params).
ASK_SOON = N_("{hours} h left to ask {company} for feedback: a short, kind note is enough.")
FOLLOW_UP = N_("No answer yet from {company}. A gentle follow-up today is fine and often works.")
PREPARE = N_("Your {company} interview is tomorrow: review your prep sheet.")
ACTIONS_OPEN = N_("{count} improvement actions are still open before your {company} interview.")


class ReminderKind(StrEnum):
    ASK = "ask"
    FOLLOW_UP = "follow_up"
    PREPARE = "prepare"
    ACTIONS = "actions"


@dataclass(frozen=True)
class OpenAsk:
    """A rejected interview whose feedback has not been asked for yet."""

    interview_id: int
    company: str
    deadline: Deadline


@dataclass(frozen=True)
class WaitingRequest:
    """A feedback request sent and not answered."""

    request_id: int
    interview_id: int
    company: str
    asked_at: dt.datetime


@dataclass(frozen=True)
class UpcomingRound:
    interview_id: int
    company: str
    round: int
    starts_at: dt.datetime  # the time of day is midnight when the journal knows none


@dataclass(frozen=True)
class Facts:
    asks: tuple[OpenAsk, ...] = ()
    waiting: tuple[WaitingRequest, ...] = ()
    rounds: tuple[UpcomingRound, ...] = ()
    open_actions: int = 0


@dataclass(frozen=True)
class Reminder:
    """One moment to tell the user something; `key` is stable while its fact exists."""

    key: str
    kind: ReminderKind
    at: dt.datetime  # wall-clock time, naive like the journal's
    at_utc: dt.datetime
    event_at: dt.datetime  # what it is about: the deadline, the follow-up day, the round
    interview_id: int
    message: str
    params: dict[str, object] = field(default_factory=dict, compare=False)
    request_id: int | None = None


def to_utc(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """The real instant of a wall-clock `moment` in `tz` (None: this computer's zone)."""
    if moment.tzinfo is None and tz is not None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(dt.UTC)


def to_wall(instant: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def add_working_days(day: dt.date, count: int) -> dt.date:
    """`count` weekdays after `day` (Saturday and Sunday do not count)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def follow_up_at(asked_at: dt.datetime) -> dt.datetime:
    """Five working days after asking, at the same time of day on the wall clock."""
    return dt.datetime.combine(
        add_working_days(asked_at.date(), FOLLOW_UP_WORKING_DAYS), asked_at.time()
    )


def prepare_at(starts_at: dt.datetime) -> dt.datetime:
    """The morning of the day before a round."""
    return dt.datetime.combine(starts_at.date() - dt.timedelta(days=1), PREP_AT)


def _ask_reminders(ask: OpenAsk, tz: dt.tzinfo | None) -> Iterable[Reminder]:
    if ask.deadline.during_call:  # the call is the moment; nothing to count down
        return
    for before in ASK_NUDGES:
        instant = ask.deadline.due_utc - before
        hours = int(before.total_seconds() // 3600)
        yield Reminder(
            f"ask-{hours}h/interview-{ask.interview_id}",
            ReminderKind.ASK,
            to_wall(instant, tz),
            instant,
            ask.deadline.due,
            ask.interview_id,
            ASK_SOON,
            {"hours": hours, "company": ask.company},
        )


def _follow_up(request: WaitingRequest, tz: dt.tzinfo | None) -> Reminder:
    at = follow_up_at(request.asked_at)
    return Reminder(
        f"follow-up/request-{request.request_id}",
        ReminderKind.FOLLOW_UP,
        at,
        to_utc(at, tz),
        at,
        request.interview_id,
        FOLLOW_UP,
        {"company": request.company},
        request.request_id,
    )


def _round_reminders(
    upcoming: UpcomingRound, open_actions: int, tz: dt.tzinfo | None
) -> Iterable[Reminder]:
    at = prepare_at(upcoming.starts_at)
    params = {"company": upcoming.company, "round": upcoming.round}
    key = f"interview-{upcoming.interview_id}"
    when = upcoming.starts_at
    yield Reminder(
        f"prepare/{key}", ReminderKind.PREPARE, at, to_utc(at, tz), when,
        upcoming.interview_id, PREPARE, params,
    )  # fmt: skip
    if open_actions:
        yield Reminder(
            f"actions/{key}", ReminderKind.ACTIONS, at, to_utc(at, tz), when,
            upcoming.interview_id, ACTIONS_OPEN, {**params, "count": open_actions},
        )  # fmt: skip


def reminders(facts: Facts, tz: dt.tzinfo | None = None) -> list[Reminder]:
    """Every reminder the facts call for, past and future, earliest first."""
    found: list[Reminder] = []
    for ask in facts.asks:
        found.extend(_ask_reminders(ask, tz))
    found.extend(_follow_up(request, tz) for request in facts.waiting)
    for upcoming in facts.rounds:
        found.extend(_round_reminders(upcoming, facts.open_actions, tz))
    return sorted(found, key=lambda r: (r.at_utc, r.key))


def fell_due(
    found: Iterable[Reminder], since: dt.datetime | None, now: dt.datetime
) -> list[Reminder]:
    """The reminders whose moment came after `since` and by `now` (aware instants).

    With `since` the moment the app last looked, this is what fell due while it was
    closed; None means everything already due.
    """
    return [r for r in found if r.at_utc <= now and (since is None or r.at_utc > since)]


def next_moment(found: Iterable[Reminder], now: dt.datetime) -> dt.datetime | None:
    """The earliest reminder still to come after `now` (an aware instant), if any."""
    return min((r.at_utc for r in found if r.at_utc > now), default=None)
