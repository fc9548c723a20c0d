"""What is due now: the reminders the tray menu lists, one per thing to do, still worth doing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from debrief.journal.practice.reminders.rules import Reminder, ReminderKind, to_utc


def _subject(reminder: Reminder) -> tuple[str, int | None, int]:
    """What a reminder is about: the 4 h and 1 h nudges of one deadline are one thing."""
    return (reminder.kind.value, reminder.request_id, reminder.interview_id)


def _still_ahead(reminder: Reminder, now: dt.datetime, tz: dt.tzinfo | None) -> bool:
    """A deadline or a round that has passed is no longer something to do now.

    A follow-up stays due while its request waits (the facts drop old silences); a round
    known only by its day stays due all that day.
    """
    if reminder.kind is ReminderKind.FOLLOW_UP:
        return True
    event = reminder.event_at
    if reminder.kind is not ReminderKind.ASK and event.time() == dt.time():
        event = event + dt.timedelta(days=1)
    return to_utc(event, tz) > now


def due_now(
    found: Iterable[Reminder],
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
    kinds: Iterable[ReminderKind] | None = None,
) -> list[Reminder]:
    """Reminders that fell due by `now` (an aware instant) and are still worth acting on,
    the latest nudge of each subject, soonest event first; only `kinds` when given."""
    wanted = set(ReminderKind) if kinds is None else set(kinds)
    latest: dict[tuple[str, int | None, int], Reminder] = {}
    for reminder in found:
        if reminder.kind not in wanted or reminder.at_utc > now:
            continue
        if not _still_ahead(reminder, now, tz):
            continue
        subject = _subject(reminder)
        if subject not in latest or latest[subject].at_utc < reminder.at_utc:
            latest[subject] = reminder
    return sorted(latest.values(), key=lambda r: (r.event_at, r.key))
