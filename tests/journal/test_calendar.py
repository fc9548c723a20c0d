"""The calendar export: an iCalendar file icalendar reads back, one event and alarm per
open deadline, follow-up and upcoming round, the same UIDs every time, written privately."""

from __future__ import annotations

import datetime as dt
import stat

import icalendar

from debrief.app import main
from debrief.journal.demo.story import fill_demo
from debrief.journal.practice.reminders.calendar import export_calendar
from debrief.journal.store.models import FeedbackRequest, Interview, Response


def _read(path):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


def _ahead(journal, now: dt.datetime) -> None:
    """What the demo of this branch point lacks: a round ahead and a fresh rejection."""
    with journal.writing():
        Interview.create(company="Nimbus", role="Engineer", date=now.date() + dt.timedelta(3))
        Interview.create(
            company="Quill", role="Engineer", date=now.date() - dt.timedelta(5),
            outcome="rejected", told_at=now - dt.timedelta(hours=3), told_via="email",
        )  # fmt: skip


def test_the_demo_journal_exports_an_event_and_an_alarm_for_each_thing_ahead(journal, tmp_path):
    now = dt.datetime.now().replace(microsecond=0)
    fill_demo(journal)
    _ahead(journal, now)
    waiting = FeedbackRequest.select().where(
        (FeedbackRequest.response == Response.WAITING.value)
        & FeedbackRequest.asked_at.is_null(False)
    )
    out = tmp_path / "out.ics"
    count = export_calendar(journal, out, now)
    events = _read(out)
    assert count == len(events) >= 3
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert sum(u.startswith("follow-up-request-") for u in uids) == waiting.count() >= 1
    assert any(u.startswith("ask-interview-") for u in uids)
    assert any(u.startswith("round-interview-") for u in uids)
    for event in events:
        (alarm,) = event.walk("VALARM")
        assert alarm["action"] == "DISPLAY"
        assert isinstance(alarm["trigger"].dt, dt.datetime)  # an absolute moment
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.ics")]


def test_the_command_line_writes_the_same_uids_twice_and_opens_no_window(
    journal, journal_path, tmp_path, capsys
):
    now = dt.datetime.now().replace(microsecond=0)
    fill_demo(journal)
    _ahead(journal, now)
    journal.close()
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["--export-calendar", str(first), "--db", str(journal_path)]) == 0
    assert main(["--db", str(journal_path), "--export-calendar", str(second)]) == 0
    assert [e["uid"] for e in _read(first)] == [e["uid"] for e in _read(second)]
    assert "events to" in capsys.readouterr().out


def test_the_command_line_refuses_a_journal_that_is_not_there(tmp_path, capsys):
    missing = tmp_path / "none.sqlite3"
    assert main(["--export-calendar", str(tmp_path / "x.ics"), "--db", str(missing)]) == 2
    assert not missing.exists() and "no journal" in capsys.readouterr().err
