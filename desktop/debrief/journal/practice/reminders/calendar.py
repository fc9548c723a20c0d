"""The iCalendar file (RFC 5545) of what is ahead: open ask deadlines, follow-ups, rounds.

Each event carries an alarm at the moment Debrief itself would remind the user, and a
UID made from what it is about (the interview or request id), so importing the file again
updates the calendar's events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from debrief import __version__
from debrief.identity import APP_ID
from debrief.journal.portability.export import write_atomic
from debrief.journal.practice.deadline import ask_deadline
from debrief.journal.practice.reminders.facts import gather
from debrief.journal.practice.reminders.rules import (
    Facts,
    OpenAsk,
    Reminder,
    ReminderKind,
    reminders,
    to_utc,
)
from debrief.journal.progress import GATHERING, WRITING_FILE, Progress, quiet
from debrief.journal.store.journal import Journal

# Event titles and descriptions (calendar apps show them as they are).
ASK_TITLE = "Ask {company} for feedback: the 24 hours end"
ASK_TEXT = "A short, kind note asking what you could do better is enough. Late still helps."
FOLLOW_UP_TITLE = "Follow up with {company} on your feedback request"
FOLLOW_UP_TEXT = "No answer yet. One gentle follow-up is fine and often works."
ROUND_TITLE = "Interview with {company} (round {round})"
ROUND_TEXT = "Review your prep sheet in Debrief the day before."

EVENT_LENGTH = dt.timedelta(minutes=30)
ROUND_LENGTH = dt.timedelta(hours=1)


def _uid(subject: str) -> str:
    return f"{subject}@{APP_ID}"


def _event(uid: str, title: str, text: str, start: dt.datetime, alarm_at: dt.datetime):
    event = icalendar.Event()
    event.add("uid", _uid(uid))
    event.add("summary", title)
    event.add("description", text)
    event.add("dtstart", start)
    event.add("dtend", start + EVENT_LENGTH)
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    # An absolute moment (UTC), the reminder's own; RFC 5545 wants VALUE=DATE-TIME said.
    alarm.add("trigger", alarm_at, parameters={"VALUE": "DATE-TIME"})
    event.add_component(alarm)
    return event


def _round_event(reminder: Reminder, tz: dt.tzinfo | None):
    params = reminder.params
    title = ROUND_TITLE.format(**params)
    start = reminder.event_at
    event = _event(f"round-interview-{reminder.interview_id}", title, ROUND_TEXT,
                   to_utc(start, tz), reminder.at_utc)  # fmt: skip
    if start.time() == dt.time():  # no time of day known: an all-day event
        event["dtstart"] = icalendar.vDDDTypes(start.date())
        event["dtend"] = icalendar.vDDDTypes(start.date() + dt.timedelta(days=1))
    else:
        event["dtend"] = icalendar.vDDDTypes(to_utc(start, tz) + ROUND_LENGTH)
    return event


def events(facts: Facts, now: dt.datetime, tz: dt.tzinfo | None = None) -> list:
    """One event per open deadline still ahead, waiting request and upcoming round."""
    found = []
    now_utc = to_utc(now, tz)
    for reminder in reminders(facts, tz):
        if reminder.kind is ReminderKind.ASK and reminder.key.startswith("ask-4h/"):
            due = to_utc(reminder.event_at, tz)
            if due > now_utc:
                title = ASK_TITLE.format(**reminder.params)
                uid = f"ask-interview-{reminder.interview_id}"
                found.append(_event(uid, title, ASK_TEXT, due - EVENT_LENGTH, reminder.at_utc))
        elif reminder.kind is ReminderKind.FOLLOW_UP:
            title = FOLLOW_UP_TITLE.format(**reminder.params)
            uid = f"follow-up-request-{reminder.request_id}"
            found.append(_event(uid, title, FOLLOW_UP_TEXT, reminder.at_utc, reminder.at_utc))
        elif reminder.kind is ReminderKind.PREPARE:
            found.append(_round_event(reminder, tz))
    return found


def calendar_bytes(facts: Facts, now: dt.datetime, tz: dt.tzinfo | None = None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Debrief//Debrief {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Debrief")
    for event in events(facts, now, tz):
        calendar.add_component(event)
    return calendar.to_ical()


def export_calendar(
    journal: Journal,
    path: Path,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the journal's calendar to `path` (atomically, owner-only); returns the events.

    A cancel through `progress` (checked between gathering, making and writing the
    events) raises Cancelled and writes nothing.
    """
    progress = progress or quiet()
    now = now or dt.datetime.now().replace(microsecond=0)
    progress.begin(GATHERING)
    with journal.snapshot():
        facts = gather(journal, now, tz)
    progress.check()
    data = calendar_bytes(facts, now, tz)
    progress.begin(WRITING_FILE)
    write_atomic(Path(path), data)
    return data.count(b"BEGIN:VEVENT")


def deadline_calendar(
    interview_id: int,
    company: str,
    told_at: dt.datetime | None,
    told_via: str | None,
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> bytes | None:
    """One ask deadline as its own calendar (the wizard's "Add to calendar"), with the
    same UID as in the full export; None when there is no deadline still ahead to add."""
    deadline = ask_deadline(told_at, told_via, tz)
    if deadline is None:
        return None
    facts = Facts(asks=(OpenAsk(interview_id, company, deadline),))
    data = calendar_bytes(facts, now, tz)
    return data if b"BEGIN:VEVENT" in data else None
