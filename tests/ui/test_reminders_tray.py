"""The tray's one timer follows the next reminder, and a due reminder becomes a notification."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow

from debrief.journal.store.models import Interview
from debrief.ui.journal_events import JournalEvents
from debrief.ui.reminders_tray import RemindersTray

ROUND_DAY = dt.date(2026, 3, 12)


class Clock:
    """A fake clock the test moves by hand (aware UTC instants)."""

    def __init__(self, wall: dt.datetime) -> None:
        self.at = wall.replace(tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at


def _round(journal, day: dt.date) -> int:
    with journal.writing():
        return Interview.create(
            company="Quill", role="Dev", date=day, time="14:00", outcome="pending"
        ).id


def _tray(qtbot, journal, clock: Clock) -> RemindersTray:
    window = QMainWindow()
    qtbot.addWidget(window)
    events = JournalEvents(journal, window)
    tray = RemindersTray(journal, window, QAction("Quit", window), now=clock, tz=dt.UTC)
    events.changed.connect(tray.on_journal_changed)
    return tray


def _armed_for(tray: RemindersTray, clock: Clock) -> dt.datetime:
    assert tray.timer.isActive()
    return clock() + dt.timedelta(milliseconds=tray.timer.remainingTime())


def _close(a: dt.datetime, b: dt.datetime) -> bool:
    return abs(a - b) < dt.timedelta(seconds=2)


def test_the_timer_is_armed_for_the_morning_before_the_round(qtbot, journal):
    _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 10, 12, 0))
    tray = _tray(qtbot, journal, clock)
    assert tray.icon.objectName() == "trayIcon"
    assert _close(_armed_for(tray, clock), dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC))


def test_a_change_re_arms_the_timer(qtbot, journal):
    interview_id = _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 10, 12, 0))
    tray = _tray(qtbot, journal, clock)
    with journal.writing():
        Interview.update(date=ROUND_DAY + dt.timedelta(days=3)).where(
            Interview.id == interview_id
        ).execute()
    assert _close(_armed_for(tray, clock), dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC))
    with journal.writing():  # the round is over: nothing ahead, the timer rests
        Interview.update(outcome="rejected").where(Interview.id == interview_id).execute()
    assert not tray.timer.isActive()


def test_a_due_reminder_becomes_a_notification(qtbot, journal, monkeypatch):
    _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 10, 12, 0))
    tray = _tray(qtbot, journal, clock)
    shown = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: shown.append(args))
    clock.at = dt.datetime(2026, 3, 11, 9, 0, 1, tzinfo=dt.UTC)
    tray.fire()
    assert len(shown) == 1
    title, text, icon, _ms = shown[0]
    assert "Quill" in text and "tomorrow" in text
    assert isinstance(icon, QIcon) and not icon.isNull()  # the app's own icon
    assert not tray.timer.isActive()  # nothing else ahead
    tray.fire()
    assert len(shown) == 1  # told once


def test_nothing_ahead_leaves_the_timer_resting(qtbot, journal):
    tray = _tray(qtbot, journal, Clock(dt.datetime(2026, 3, 10, 12, 0)))
    assert not tray.timer.isActive()


def test_the_window_makes_its_tray_without_a_system_tray(window, qtbot):
    """Offscreen there is no tray: the icon stays hidden and nothing breaks."""
    qtbot.waitUntil(lambda: getattr(window, "tray", None) is not None)
    assert window.tray.icon.objectName() == "trayIcon"
    assert window.tray.menu.actions()[-1] is window.actions["actionQuit"]
    # Settings is one click from the tray, so a reminder can be switched off where it shows.
    assert window.actions["actionSettings"] in window.tray.menu.actions()
    window.tray.show_window()
