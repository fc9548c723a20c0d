"""The start-up banner lists what fell due while Debrief was closed, once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QToolButton

from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from debrief.ui.due_banner import last_seen_key, missed
from debrief.ui.main_window import MainWindow


def _told_rejection(journal, told_at: dt.datetime) -> None:
    with journal.writing():
        Interview.create(
            company="Quill", role="Dev", date=told_at.date() - dt.timedelta(days=4),
            outcome="rejected", told_at=told_at, told_via="email",
        )  # fmt: skip


def test_reminders_that_came_while_closed_are_listed_once(journal, settings):
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    wall = now.replace(tzinfo=None)
    _told_rejection(journal, wall - dt.timedelta(hours=23, minutes=30))
    settings.setValue(
        last_seen_key(journal), (now - dt.timedelta(hours=10)).astimezone(dt.UTC).isoformat()
    )
    found = missed(journal, settings, now)
    assert [r.params["hours"] for r in found] == [4, 1]
    assert missed(journal, settings, now) == []  # seen now: not news again


def test_each_journal_keeps_its_own_last_look(journal, settings, tmp_path):
    """Opening another journal (the demo, say) does not mark this one's news as seen."""
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    _told_rejection(journal, now.replace(tzinfo=None) - dt.timedelta(hours=23, minutes=30))
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        assert missed(other, settings, now) == []
    finally:
        other.close()
    assert [r.params["hours"] for r in missed(journal, settings, now)] == [4, 1]


def test_names_show_as_written_not_as_markup(qtbot, journal, settings):
    wall = dt.datetime.now().replace(microsecond=0)
    with journal.writing():
        Interview.create(
            company="<b>Bold</b> & Co", role="Dev", date=wall.date() - dt.timedelta(days=4),
            outcome="rejected", told_at=wall - dt.timedelta(hours=22), told_via="email",
        )  # fmt: skip
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QFrame, "dueBanner") is not None)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in window.findChild(QFrame, "dueBanner").label.text()


def test_the_window_shows_the_banner_and_it_can_be_dismissed(qtbot, journal, settings):
    wall = dt.datetime.now().replace(microsecond=0)
    _told_rejection(journal, wall - dt.timedelta(hours=22))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QFrame, "dueBanner") is not None)  # after paint
    banner = window.findChild(QFrame, "dueBanner")
    assert banner.isVisible() and "Quill" in banner.label.text()
    assert "4 h left" in banner.label.text()
    banner.findChild(QToolButton).click()
    assert not banner.isVisible()


def test_nothing_due_shows_no_banner(window, qtbot):
    qtbot.waitUntil(lambda: window.findChild(QFrame, "dueBanner") is not None)
    assert not window.findChild(QFrame, "dueBanner").isVisible()


def test_a_line_of_the_banner_opens_where_it_leads(qtbot, journal, settings, monkeypatch):
    wall = dt.datetime.now().replace(microsecond=0)
    _told_rejection(journal, wall - dt.timedelta(hours=22))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "tray", None) is not None)
    opened = []
    monkeypatch.setattr(window.tray, "open_reminder", opened.append)
    banner = window.findChild(QFrame, "dueBanner")
    assert '<a href="0">' in banner.label.text()
    banner.label.linkActivated.emit("0")  # a click on the line, or Enter on it
    assert [r.params["company"] for r in opened] == ["Quill"]
