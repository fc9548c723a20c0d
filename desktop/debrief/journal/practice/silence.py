"""No reply: when one polite follow-up is due, and when to let the request go kindly.

Silence is the most common answer. The practice allows one short follow-up after five
working days, and after as long again without a word the request is closed and counted
as silence: never nagged twice.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

WAIT_WORKING_DAYS = 5


class SilenceStep(StrEnum):
    WAIT = "wait"  # too early: give them time
    FOLLOW_UP = "follow_up"  # one polite follow-up is due
    WAIT_AGAIN = "wait_again"  # followed up: give them time once more
    LET_GO = "let_go"  # close kindly, count it as silence


def add_working_days(start: dt.datetime, days: int) -> dt.datetime:
    """`days` working days (Monday to Friday) after `start`, at the same time of day."""
    moment = start
    left = days
    while left > 0:
        moment += dt.timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment


def silence_step(
    asked_at: dt.datetime | None, followed_up_at: dt.datetime | None, now: dt.datetime
) -> tuple[SilenceStep, dt.datetime | None]:
    """Where a request without a reply stands, and from when the next step is due."""
    if followed_up_at is not None:
        due = add_working_days(followed_up_at, WAIT_WORKING_DAYS)
        return (SilenceStep.LET_GO if now >= due else SilenceStep.WAIT_AGAIN), due
    if asked_at is None:
        return SilenceStep.WAIT, None
    due = add_working_days(asked_at, WAIT_WORKING_DAYS)
    return (SilenceStep.FOLLOW_UP if now >= due else SilenceStep.WAIT), due


def silence_is_due(
    asked_at: dt.datetime | None, followed_up_at: dt.datetime | None, now: dt.datetime
) -> bool:
    """Whether the wait after asking (or after following up) is over with no reply: the
    moment to follow up, or to let it go."""
    step, _due = silence_step(asked_at, followed_up_at, now)
    return step in (SilenceStep.FOLLOW_UP, SilenceStep.LET_GO)
