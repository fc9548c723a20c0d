"""A settings file edited by hand, or written by another program or version, never stops
the window's start: values of a kind Debrief never writes are passed over."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from debrief.ui import recent_journals
from debrief.ui.due_banner import last_seen_key, missed
from debrief.ui.single_instance import server_name

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


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps names of any bytes")
def test_a_journal_named_in_an_older_encoding_starts_whole(tmp_path, settings):
    """A name in Latin-1 (a folder from an old drive) is no UTF-8: hashing it for the
    launch channel and the due banner raised UnicodeEncodeError at every start, and the
    recent list kept another name, which would have opened a new, empty journal."""
    folder = tmp_path / os.fsdecode(b"Bewerbungen M\xfcller")
    journal = open_journal(folder / "journal.sqlite3")
    try:
        assert last_seen_key(journal).startswith("reminders/last_seen/")
        assert server_name(journal.path) != server_name(tmp_path / "journal.sqlite3")
        recent_journals.remember(settings, journal.path)
        assert all(p.exists() for p in recent_journals.recent(settings))
    finally:
        journal.close()
