"""The ask deadline: 24 real hours after being told, or during the call when told by phone."""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

import pytest

from debrief.journal.practice.deadline import (
    DeadlineState,
    ask_deadline,
    deadline_status,
    is_in_time,
    time_left,
)
from debrief.journal.store.models import ToldVia

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
H = dt.timedelta(hours=1)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_email_deadline_runs_across_midnight():
    deadline = ask_deadline(at("2025-05-12 23:30"), "email", BERLIN)
    assert deadline.due == at("2025-05-13 23:30")
    assert not deadline.during_call
    assert is_in_time(at("2025-05-12 23:30"), "email", at("2025-05-13 00:10"), BERLIN)
    assert is_in_time(at("2025-05-12 23:30"), "email", at("2025-05-13 23:30"), BERLIN)
    assert not is_in_time(at("2025-05-12 23:30"), "email", at("2025-05-13 23:31"), BERLIN)


@pytest.mark.parametrize(
    ("zone", "told", "due"),
    [
        # Clocks go forward overnight: 24 real hours end at 13:00 on the wall clock.
        (BERLIN, "2024-03-30 12:00", "2024-03-31 13:00"),
        (NEW_YORK, "2024-03-09 12:00", "2024-03-10 13:00"),
        # Clocks go back overnight: 24 real hours end at 11:00 on the wall clock.
        (BERLIN, "2024-10-26 12:00", "2024-10-27 11:00"),
        (NEW_YORK, "2024-11-02 12:00", "2024-11-03 11:00"),
    ],
)
def test_the_24_hours_are_real_hours_across_a_clock_change(zone, told, due):
    deadline = ask_deadline(at(told), ToldVia.LETTER, zone)
    assert deadline.due == at(due)
    told_utc = at(told).replace(tzinfo=zone).astimezone(dt.UTC)
    assert deadline.due_utc - told_utc == dt.timedelta(hours=24)


def test_asking_at_the_same_wall_clock_time_after_spring_forward_is_already_late():
    told = at("2024-03-30 12:00")
    assert is_in_time(told, "email", at("2024-03-31 12:59"), BERLIN)
    assert not is_in_time(told, "email", at("2024-03-31 13:01"), BERLIN)
    deadline = ask_deadline(told, "email", BERLIN)
    assert time_left(deadline, at("2024-03-31 12:00")) == H  # an hour of the day vanished


def test_after_fall_back_the_wall_clock_deadline_comes_an_hour_earlier():
    told = at("2024-11-02 12:00")
    assert is_in_time(told, "email", at("2024-11-03 10:59"), NEW_YORK)
    assert not is_in_time(told, "email", at("2024-11-03 11:30"), NEW_YORK)
    deadline = ask_deadline(told, "email", NEW_YORK)
    assert time_left(deadline, told) == dt.timedelta(hours=24)


def test_told_by_phone_means_ask_during_the_call():
    told = at("2025-05-12 16:05")
    deadline = ask_deadline(told, "phone", BERLIN)
    assert deadline.during_call
    assert is_in_time(told, "phone", told, BERLIN)
    assert is_in_time(told, "phone", told + 2 * H, BERLIN)
    assert not is_in_time(told, "phone", told + dt.timedelta(days=1), BERLIN)
    status = deadline_status(deadline, told + dt.timedelta(minutes=5))
    assert status.state is DeadlineState.DURING_CALL
    assert "during the call" in status.message
    assert deadline_status(deadline, told + 3 * H).state is DeadlineState.OVERDUE


def test_never_told_runs_from_when_the_status_was_checked():
    checked = at("2025-06-01 09:15")
    deadline = ask_deadline(checked, "never", BERLIN)
    assert deadline.due == at("2025-06-02 09:15")
    assert is_in_time(checked, "never", at("2025-06-02 09:00"), BERLIN)
    assert not is_in_time(checked, "never", at("2025-06-03 09:00"), BERLIN)


def test_unknown_channel_or_time_has_no_deadline():
    assert ask_deadline(None, "email") is None
    assert ask_deadline(at("2025-06-01 09:15"), None) is None
    assert ask_deadline(at("2025-06-01 09:15"), "pigeon") is None
    assert not is_in_time(None, "email", at("2025-06-01 09:15"))
    assert not is_in_time(at("2025-06-01 09:15"), "email", None)


def test_asking_before_being_told_counts_as_in_time():
    assert is_in_time(at("2025-06-01 09:15"), "email", at("2025-06-01 08:00"), BERLIN)


def test_status_shows_time_left_then_overdue_with_plain_numbers():
    deadline = ask_deadline(at("2025-05-12 10:00"), "email", BERLIN)
    status = deadline_status(deadline, at("2025-05-12 20:30"))
    assert status.state is DeadlineState.OPEN
    assert status.params == {"hours": 13, "minutes": 30, "days": 0}
    assert status.message.format(**status.params).startswith("13 h 30 min left")
    late = deadline_status(deadline, at("2025-05-13 13:05"))
    assert late.state is DeadlineState.OVERDUE
    assert late.left == -dt.timedelta(hours=3, minutes=5)
    assert late.params == {"hours": 3, "minutes": 5, "days": 0}
    assert "still" in late.message  # late is no reason not to ask


def test_long_overdue_says_days_not_thousands_of_hours():
    deadline = ask_deadline(at("2025-05-12 10:00"), "email", BERLIN)
    late = deadline_status(deadline, at("2026-06-01 09:00"))
    words = late.message.format(**late.params)
    assert late.state is DeadlineState.OVERDUE
    assert "383 days ago" in words and " h " not in words
    assert "still" in words
    nearly = deadline_status(deadline, at("2025-05-14 20:00"))  # 34 h over: hours still
    assert "34 h 0 min ago" in nearly.message.format(**nearly.params)


def test_aware_datetimes_keep_their_own_zone():
    told = at("2024-03-30 12:00").replace(tzinfo=BERLIN)
    deadline = ask_deadline(told, "email")
    assert deadline.due == at("2024-03-31 13:00").replace(tzinfo=BERLIN)


def test_extreme_dates_do_not_crash():
    assert ask_deadline(dt.datetime.max, "email", BERLIN) is not None
    assert ask_deadline(dt.datetime.min, "email") is not None


@pytest.fixture
def berlin_is_local():
    """Make this computer's zone Europe/Berlin for one test (POSIX only)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_without_a_zone_the_computer_zone_is_used(berlin_is_local):
    deadline = ask_deadline(at("2024-03-30 12:00"), "email")
    assert deadline.due == at("2024-03-31 13:00")
    assert time_left(deadline, at("2024-03-31 12:00")) == H
