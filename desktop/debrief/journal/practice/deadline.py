"""The ask deadline: during the call when told by phone, else 24 real hours after being told."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from debrief.journal.marking import N_
from debrief.journal.store.models import ToldVia

#: Told by e-mail, by letter, or found out by checking: ask within a day of knowing.
ASK_WITHIN = dt.timedelta(hours=24)
#: Told by phone, the moment to ask is that same call. The journal only knows when the user
#: says they were told (often typed in just after hanging up), so a request recorded within
#: two hours of that still counts as asked during the call; a call back the next day does not.
CALL_GRACE = dt.timedelta(hours=2)

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params). Late is never a reason not to ask, so the overdue one says so.
ASK_DURING_CALL = N_("Ask for feedback during the call, before you say goodbye.")
TIME_LEFT = N_("{hours} h {minutes} min left to ask for feedback.")
OVERDUE = N_(
    "The 24 hours have passed ({hours} h {minutes} min ago). Asking late is still much "
    "better than not asking."
)
#: Two days on, hours stop meaning much: "(8837 h 34 min ago)" reads as a reproach.
OVERDUE_DAYS = N_(
    "The 24 hours have passed ({days} days ago). Asking late is still much better than not asking."
)
OVERDUE_IN_DAYS_AFTER = dt.timedelta(days=2)
CALL_OVER = N_("The call has ended. You can still ask by e-mail or a short call back today.")


class DeadlineState(StrEnum):
    DURING_CALL = "during_call"
    OPEN = "open"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    """When asking stops counting as in time. `due` is wall-clock time like `told_at`."""

    told_at: dt.datetime
    told_via: ToldVia
    due: dt.datetime
    due_utc: dt.datetime  # the same instant, for arithmetic that ignores clock changes
    during_call: bool
    tz: dt.tzinfo | None = field(default=None, compare=False)


@dataclass(frozen=True)
class DeadlineStatus:
    """Plain data for the notice page: the state, the time left, and words to show."""

    state: DeadlineState
    due: dt.datetime
    left: dt.timedelta  # negative once overdue
    message: str
    params: dict[str, int]


def _to_utc(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """The real instant of `moment`: naive values are wall-clock time in `tz` (None: here)."""
    if moment.tzinfo is None and tz is not None:
        moment = moment.replace(tzinfo=tz)
    try:
        return moment.astimezone(dt.UTC)  # a naive value is read as this computer's time
    except (OverflowError, OSError, ValueError):  # years the platform clock cannot place
        return moment.replace(tzinfo=dt.UTC)


def _from_utc(instant: dt.datetime, like: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """`instant` as wall-clock time of the same kind as `like` (naive or aware)."""
    try:
        if like.tzinfo is not None:
            return instant.astimezone(like.tzinfo)
        return instant.astimezone(tz).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return instant.replace(tzinfo=like.tzinfo)


def _later(instant: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    try:
        return instant + delta
    except OverflowError:
        return dt.datetime.max.replace(tzinfo=instant.tzinfo)


def ask_deadline(
    told_at: dt.datetime | None, told_via: str | None, tz: dt.tzinfo | None = None
) -> Deadline | None:
    """The deadline for asking, or None when the journal does not know how or when.

    Datetimes in the journal are naive local time; `tz` names that zone (None: this
    computer's). The 24 hours are real hours: across a clock change the wall-clock deadline
    moves by an hour, as the interviewer's own memory of the candidate does not.
    For "never told", `told_at` is when the user checked the status themselves.
    """
    try:
        via = ToldVia(told_via)
    except ValueError:
        return None
    if told_at is None:
        return None
    during_call = via is ToldVia.PHONE
    due_utc = _later(_to_utc(told_at, tz), CALL_GRACE if during_call else ASK_WITHIN)
    due = _from_utc(due_utc, told_at, tz)
    return Deadline(told_at, via, due, due_utc, during_call, tz)


def time_left(deadline: Deadline, now: dt.datetime) -> dt.timedelta:
    """Real time from `now` until the deadline; negative once it has passed."""
    return deadline.due_utc - _to_utc(now, deadline.tz)


def is_in_time(
    told_at: dt.datetime | None,
    told_via: str | None,
    asked_at: dt.datetime | None,
    tz: dt.tzinfo | None = None,
) -> bool:
    """Whether asking at `asked_at` met the deadline. Asking before being told counts."""
    deadline = ask_deadline(told_at, told_via, tz)
    if deadline is None or asked_at is None:
        return False
    return time_left(deadline, asked_at) >= dt.timedelta(0)


def _hours_minutes(span: dt.timedelta) -> dict[str, int]:
    minutes = int(abs(span).total_seconds()) // 60
    return {"hours": minutes // 60, "minutes": minutes % 60, "days": minutes // (24 * 60)}


def deadline_status(deadline: Deadline, now: dt.datetime) -> DeadlineStatus:
    """What the notice page shows at `now`: ask during the call, time left, or overdue."""
    left = time_left(deadline, now)
    params = _hours_minutes(left)
    if deadline.during_call:
        state = DeadlineState.DURING_CALL if left >= dt.timedelta(0) else DeadlineState.OVERDUE
        message = ASK_DURING_CALL if state is DeadlineState.DURING_CALL else CALL_OVER
    elif left >= dt.timedelta(0):
        state, message = DeadlineState.OPEN, TIME_LEFT
    else:
        state = DeadlineState.OVERDUE
        message = OVERDUE_DAYS if -left >= OVERDUE_IN_DAYS_AFTER else OVERDUE
    return DeadlineStatus(state, deadline.due, left, message, params)
