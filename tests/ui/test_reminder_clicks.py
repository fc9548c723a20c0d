"""A notification or a tray entry opens where it leads; Settings switch reminder kinds off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from debrief.journal.practice.reminders.rules import ReminderKind
from debrief.journal.store.models import Interview
from debrief.ui.journal_events import JournalEvents
from debrief.ui.reminder_settings import set_kind_enabled
from debrief.ui.reminders_tray import RemindersTray
from tests.ui.test_reminders_tray import ROUND_DAY, Clock, _armed_for, _close, _round


def _tray(qtbot, journal, clock, settings, opened) -> RemindersTray:
    window = QMainWindow()
    qtbot.addWidget(window)
    events = JournalEvents(journal, window)
    tray = RemindersTray(
        journal, window, QAction("Quit", window), now=clock, tz=dt.UTC,
        settings=settings, open_reminder=opened.append,
    )  # fmt: skip
    events.changed.connect(tray.on_journal_changed)
    return tray


def test_clicking_the_notification_opens_what_it_was_about(qtbot, journal, settings, monkeypatch):
    interview_id = _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 10, 12, 0))
    opened = []
    tray = _tray(qtbot, journal, clock, settings, opened)
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: None)
    clock.at = dt.datetime(2026, 3, 11, 9, 0, 1, tzinfo=dt.UTC)
    tray.fire()
    assert tray.last_shown is not None
    tray.icon.messageClicked.emit()
    assert [r.interview_id for r in opened] == [interview_id]
    assert opened[0].kind in (ReminderKind.PREPARE, ReminderKind.ACTIONS)


def test_the_tray_menu_lists_what_is_due(qtbot, journal, settings):
    _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 11, 10, 0))
    opened = []
    tray = _tray(qtbot, journal, clock, settings, opened)
    tray.fill_due_menu()
    entries = tray.due_menu.actions()
    assert [a.text() for a in entries] == ["Prepare for Quill, round 1"]
    entries[0].trigger()
    assert [r.kind for r in opened] == [ReminderKind.PREPARE]
    clock.at = dt.datetime(2026, 3, 12, 15, 0, tzinfo=dt.UTC)  # the round has passed
    tray.fill_due_menu()
    assert [a.isEnabled() for a in tray.due_menu.actions()] == [False]


def test_a_kind_switched_off_is_not_armed_for(qtbot, journal, settings):
    _round(journal, ROUND_DAY)
    clock = Clock(dt.datetime(2026, 3, 10, 12, 0))
    tray = _tray(qtbot, journal, clock, settings, [])
    assert _close(_armed_for(tray, clock), dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC))
    set_kind_enabled(settings, ReminderKind.PREPARE, False)
    set_kind_enabled(settings, ReminderKind.ACTIONS, False)
    tray.on_settings_changed()
    assert not tray.timer.isActive()
    set_kind_enabled(settings, ReminderKind.PREPARE, True)
    tray.on_settings_changed()
    assert tray.timer.isActive()


def test_the_window_opens_the_wizard_at_the_ask_page(window, qtbot, journal):
    from debrief.journal.practice.reminders.facts import gather
    from debrief.journal.practice.reminders.rules import reminders
    from debrief.ui.rejection_wizard.base import Page
    from debrief.ui.reminder_targets import open_target

    told = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=2)
    with journal.writing():
        interview_id = Interview.create(
            company="Quill", role="Dev", date=told.date(), outcome="rejected",
            told_at=told, told_via="email",
        ).id  # fmt: skip
    found = reminders(gather(journal, dt.datetime.now()))
    ask = next(r for r in found if r.kind is ReminderKind.ASK)
    open_target(ask, journal, window.debriefs, window)
    wizard = window.debriefs.wizards[interview_id]
    qtbot.addWidget(wizard)
    assert wizard.currentId() == int(Page.ASK)
    wizard.closed = True
    wizard.close()


def test_without_a_tray_a_due_reminder_shows_in_the_window(window, qtbot, journal, monkeypatch):
    """Offscreen, like stock GNOME, has no system tray: the banner says it, with Open."""
    from PySide6.QtWidgets import QFrame, QToolButton

    qtbot.waitUntil(lambda: getattr(window, "tray", None) is not None)
    assert not window.tray.available()
    interview_id = _round(journal, ROUND_DAY)
    opened = []
    monkeypatch.setattr(window.tray, "open_reminder", opened.append)
    clock = Clock(dt.datetime(2026, 3, 11, 9, 0, 1))
    window.tray.now, window.tray.tz, window.tray.seen = clock, dt.UTC, clock() - dt.timedelta(1)
    window.tray.fire()
    banner = window.findChild(QFrame, "dueBanner")
    assert banner.isVisible()
    assert "Due now" in banner.label.text() and "Quill" in banner.label.text()
    banner.findChild(QToolButton, "dueBannerOpen").click()
    assert [r.interview_id for r in opened] == [interview_id]
    assert not banner.isVisible()
