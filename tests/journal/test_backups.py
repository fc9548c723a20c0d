"""Backups of the journal: made safely, rotated, listed, restored with every row intact."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.files.backups import (
    KEEP,
    BackupError,
    auto_backup_if_due,
    backup_now,
    backups_folder,
    list_backups,
    restore_backup,
)
from debrief.journal.store.identity import OUR_TABLES
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from tests.journal.test_portability_export import fill_journal

T0 = dt.datetime(2026, 3, 1, 9, 0, 0)


def _contents(path) -> dict[str, list[tuple]]:
    """Every row of every table, read straight from the file (WAL included)."""
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in OUR_TABLES}
    finally:
        con.close()


def _counts(contents: dict[str, list[tuple]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in contents.items()}


def test_backup_copies_every_row_into_a_private_file(journal, journal_path):
    fill_journal()
    path = backup_now(journal, now=T0)
    folder = journal_path.parent / "backups" / "journal.sqlite3"  # the journal's own
    assert path == folder / "debrief-20260301-090000.sqlite3"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder.parent).st_mode) == 0o700
    assert _contents(path) == _contents(journal_path)
    assert _counts(_contents(path))["feedback_point"] == 3
    assert not path.with_name(path.name + "-wal").exists()  # one self-contained file
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_backup_while_writing_continues(journal):
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-04"})
    backup_now(journal, now=T0)
    save_interview(journal, {"company": "Beta", "role": "Dev", "date": "2026-03-05"})
    assert Interview.select().count() == 2


def test_two_backups_in_one_second_are_both_kept(journal):
    first = backup_now(journal, now=T0)
    second = backup_now(journal, now=T0)
    assert first != second
    assert second.name == "debrief-20260301-090000-2.sqlite3"
    assert [b.path for b in list_backups(journal)] == [second, first]


def test_rotation_keeps_the_ten_newest(journal):
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-04"})
    folder = backups_folder(journal)
    folder.mkdir(parents=True)
    (folder / "my notes.txt").write_text("not a backup")
    made = [backup_now(journal, now=T0 + dt.timedelta(days=i)) for i in range(13)]
    backups = list_backups(journal)
    assert len(backups) == KEEP == 10
    assert [b.path for b in backups] == made[::-1][:10]  # newest first
    assert backups[0].when == T0 + dt.timedelta(days=12)
    assert all(b.size > 0 for b in backups)
    assert (folder / "my notes.txt").exists()  # other files are never rotated away


def test_backup_into_a_chosen_folder(journal, tmp_path):
    path = backup_now(journal, tmp_path / "usb", now=T0)
    assert path.parent == tmp_path / "usb"
    assert list_backups(journal, tmp_path / "usb")[0].path == path


def test_backup_failure_is_a_clear_message(journal, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="could not make a backup"):
        backup_now(journal, blocker / "backups")


def test_auto_backup_runs_only_when_due(journal):
    assert auto_backup_if_due(journal, now=T0) is None  # an empty journal has nothing to lose
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-04"})
    first = auto_backup_if_due(journal, now=T0)
    assert first is not None
    assert auto_backup_if_due(journal, now=T0 + dt.timedelta(days=6, hours=23)) is None
    second = auto_backup_if_due(journal, now=T0 + dt.timedelta(days=7))
    assert second is not None and second != first
    assert auto_backup_if_due(journal, now=T0 + dt.timedelta(days=8), max_age=dt.timedelta(0))


def test_restore_brings_back_every_row(journal, journal_path):
    fill_journal()
    backup = backup_now(journal, now=T0)
    saved = _contents(journal_path)
    Interview.delete().execute()  # cascades over interviewers, requests and points
    save_interview(journal, {"company": "After", "role": "Dev", "date": "2026-04-01"})
    changed = _contents(journal_path)
    journal.close()

    safety = restore_backup(journal_path, backup)

    assert _counts(_contents(journal_path)) == _counts(saved)
    assert _contents(journal_path) == saved
    assert _contents(safety) == changed  # the restore can be undone
    assert not journal_path.with_name(journal_path.name + "-wal").exists()
    assert stat.S_IMODE(os.stat(journal_path).st_mode) == 0o600
    again = open_journal(journal_path)
    try:
        with again.reading():
            assert Interview.select().count() == 2
            save_interview(again, {"company": "Writable", "role": "Dev", "date": "2026-04-02"})
    finally:
        again.close()


def test_restore_can_be_undone_with_the_safety_copy(journal, journal_path):
    save_interview(journal, {"company": "Old", "role": "Dev", "date": "2026-03-04"})
    backup = backup_now(journal, now=T0)
    save_interview(journal, {"company": "New", "role": "Dev", "date": "2026-03-05"})
    latest = _contents(journal_path)
    journal.close()
    safety = restore_backup(journal_path, backup)
    restore_backup(journal_path, safety)
    assert _contents(journal_path) == latest


def _refused_untouched(journal_path, backup, words):
    before = journal_path.read_bytes()
    backups_before = sorted(backups_folder(journal_path).iterdir())
    with pytest.raises(BackupError, match=words):
        restore_backup(journal_path, backup)
    assert journal_path.read_bytes() == before
    assert sorted(backups_folder(journal_path).iterdir()) == backups_before
    assert not [p for p in journal_path.parent.iterdir() if p.name.endswith(".restore")]


def test_corrupt_backup_is_refused_and_journal_stays_identical(journal, journal_path):
    for i in range(300):
        save_interview(journal, {"company": f"C{i}", "role": "R" * 200, "date": "2026-01-01"})
    backup = backup_now(journal, now=T0)
    journal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.close()
    data = bytearray(backup.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)  # scribble over pages in the middle
    backup.write_bytes(bytes(data))
    _refused_untouched(journal_path, backup, "is damaged, so it was not restored")


def test_other_files_are_refused_as_backups(journal, journal_path, tmp_path):
    backup_now(journal, now=T0)
    journal.close()
    text = tmp_path / "notes.sqlite3"
    text.write_text("Dear diary\n" * 100)
    _refused_untouched(journal_path, text, "not a Debrief journal")
    foreign = tmp_path / "other.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    con.commit()
    con.close()
    _refused_untouched(journal_path, foreign, "not a Debrief journal")


def test_backup_from_a_newer_debrief_is_refused(journal, journal_path):
    backup = backup_now(journal, now=T0)
    journal.close()
    con = sqlite3.connect(backup)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    _refused_untouched(journal_path, backup, "newer version of Debrief")


def test_restoring_the_journal_onto_itself_is_refused(journal, journal_path):
    journal.close()
    with pytest.raises(BackupError, match="is the journal itself"):
        restore_backup(journal_path, journal_path)


def test_restore_over_a_damaged_journal_keeps_its_bytes(journal, journal_path):
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-04"})
    backup = backup_now(journal, now=T0)
    journal.close()
    journal_path.write_bytes(b"this journal was overwritten by accident" * 50)
    safety = restore_backup(journal_path, backup)
    assert safety.read_bytes() == b"this journal was overwritten by accident" * 50
    assert _counts(_contents(journal_path))["interview"] == 1


def test_restore_when_the_journal_file_is_gone(journal, journal_path):
    backup = backup_now(journal, now=T0)
    journal.close()
    for suffix in ("", "-wal", "-shm"):
        journal_path.with_name(journal_path.name + suffix).unlink(missing_ok=True)
    assert restore_backup(journal_path, backup) is None
    assert _counts(_contents(journal_path)) == _counts(_contents(backup))
