"""What is due now: one entry per thing to do, and only while it is still worth doing."""

from __future__ import annotations

import datetime as dt

from debrief.journal.practice.deadline import ask_deadline
from debrief.journal.practice.reminders.due import due_now
from debrief.journal.practice.reminders.rules import (
    Facts,
    OpenAsk,
    ReminderKind,
    UpcomingRound,
    WaitingRequest,
    reminders,
)

UTC = dt.UTC
TOLD = dt.datetime(2026, 3, 10, 9, 0)


def _facts() -> Facts:
    return Facts(
        asks=(OpenAsk(1, "Quill", ask_deadline(TOLD, "email", UTC)),),
        waiting=(WaitingRequest(7, 2, "Lumen", dt.datetime(2026, 3, 2, 10, 0)),),
        rounds=(UpcomingRound(3, "Atlas", 2, dt.datetime(2026, 3, 11, 14, 0)),),
        open_actions=2,
    )


def test_the_two_nudges_of_one_deadline_are_one_entry():
    now = dt.datetime(2026, 3, 11, 8, 30, tzinfo=UTC)  # after the 1 h nudge, before 09:00
    found = due_now(reminders(_facts(), UTC), now, UTC)
    asks = [r for r in found if r.kind is ReminderKind.ASK]
    assert len(asks) == 1 and asks[0].key.startswith("ask-1h/")
    kinds = {r.kind for r in found}
    assert kinds == {ReminderKind.ASK, ReminderKind.FOLLOW_UP, ReminderKind.PREPARE,
                     ReminderKind.ACTIONS}  # fmt: skip


def test_a_passed_deadline_or_round_is_no_longer_due():
    now = dt.datetime(2026, 3, 11, 15, 0, tzinfo=UTC)
    found = due_now(reminders(_facts(), UTC), now, UTC)
    assert [r.kind for r in found] == [ReminderKind.FOLLOW_UP]


def test_only_the_kinds_asked_for():
    now = dt.datetime(2026, 3, 11, 8, 30, tzinfo=UTC)
    found = due_now(reminders(_facts(), UTC), now, UTC, kinds=[ReminderKind.FOLLOW_UP])
    assert [r.request_id for r in found] == [7]
