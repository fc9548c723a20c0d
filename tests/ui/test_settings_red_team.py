"""A settings file edited by hand, or written by another program or version, never stops
the window's start: values of a kind Debrief never writes are passed over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from debrief.journal.store.models import Interview
from debrief.ui import recent_journals
from debrief.ui.due_banner import last_seen_key, missed

#: INI lines for values that are not text: a number and bytes (Qt's own spellings).
NOT_TEXT = r"@Variant(\0\0\0\x2\0\0\0\x5), @ByteArray(xyz)"


def _settings_file(tmp_path: Path, lines: str) -> QSettings:
    path = tmp_path / "edited.ini"
    path.write_text(f"[General]\n{lines}\n", encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_recent_journals_that_are_not_paths_are_passed_over(tmp_path):
    """Each start lists the journal among the recent ones: a number in the list raised a
    TypeError there, and the window never listened for a second launch."""
    settings = _settings_file(tmp_path, f"recentJournals=/old/journal.sqlite3, {NOT_TEXT}")
    assert recent_journals.recent(settings) == [Path("/old/journal.sqlite3")]
    mine = tmp_path / "mine.sqlite3"
    recent_journals.remember(settings, mine)
    assert recent_journals.recent(settings) == [mine.resolve(), Path("/old/journal.sqlite3")]


def test_a_last_look_without_a_time_zone_still_lists_what_fell_due(journal, settings):
    """The banner compared a last look written without a time zone with the reminders'
    moments, and the TypeError left it out of every start."""
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    wall = now.replace(tzinfo=None)
    with journal.writing():
        Interview.create(
            company="Quill", role="Dev", date=wall.date() - dt.timedelta(days=4),
            outcome="rejected", told_at=wall - dt.timedelta(hours=23, minutes=30),
            told_via="email",
        )  # fmt: skip
    settings.setValue(last_seen_key(journal), (wall - dt.timedelta(hours=10)).isoformat())
    assert [r.params["hours"] for r in missed(journal, settings, now)] == [4, 1]
