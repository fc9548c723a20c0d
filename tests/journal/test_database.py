"""Opening journal files: new, reopened, migrated, and refused without being touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store import schema
from debrief.journal.store.journal import JournalError, open_journal
from debrief.journal.store.models import BUILTIN_THEMES, Theme
from debrief.journal.store.schema import steps as migrations

DATA = Path(__file__).parent.parent / "data"


def test_new_journal_is_private_and_seeded(journal, journal_path):
    assert stat.S_IMODE(os.stat(journal_path).st_mode) == 0o600
    assert {t.name for t in Theme.select()} == set(BUILTIN_THEMES)
    assert schema.user_version(journal.db) == schema.SCHEMA_VERSION
    assert journal.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_keeps_everything_and_seeds_once(journal, journal_path):
    save_interview(journal, {"company": "Acme", "role": "Engineer", "date": "2026-03-01"})
    journal.close()
    again = open_journal(journal_path)
    try:
        with again.reading():
            assert [r[2] for r in list_interviews(again)] == ["Acme"]
            with again.reading():
                assert Theme.select().count() == len(BUILTIN_THEMES)
    finally:
        again.close()


def _refused_untouched(path, match: str) -> None:
    before = path.read_bytes()
    with pytest.raises(JournalError, match=match):
        open_journal(path)
    assert path.read_bytes() == before


def test_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Dear diary,\n" * 100)
    _refused_untouched(path, "not a Debrief journal")


def test_corrupt_file_is_refused_untouched(journal, journal_path):
    for i in range(300):
        save_interview(journal, {"company": f"C{i}", "role": "R" * 200, "date": "2026-01-01"})
    journal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.close()
    data = bytearray(journal_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)  # scribble over pages in the middle
    journal_path.write_bytes(bytes(data))
    _refused_untouched(journal_path, "damaged")


def test_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE interview (id INTEGER PRIMARY KEY)")
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # a journal, but newer
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")

    con.commit()
    con.close()
    _refused_untouched(path, "newer version")


def test_other_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    _refused_untouched(path, "not a Debrief journal")


def test_unwritable_folder_gives_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)  # root ignores chmod, so refuse directly
    with pytest.raises(JournalError, match="cannot create a journal"):
        open_journal(folder / "journal.sqlite3")
    assert not (folder / "journal.sqlite3").exists()


def _v1_copy(tmp_path):
    """A journal as the release with schema version 1 left it (see tests/data)."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "journal_v1.sqlite3", path)
    return path


def test_old_version_is_copied_aside_before_migrating(tmp_path):
    path = _v1_copy(tmp_path)
    before = path.read_bytes()
    j = open_journal(path)
    try:
        with j.reading():
            assert schema.user_version(j.db) == schema.SCHEMA_VERSION
            assert j.backup_path == tmp_path / "old.sqlite3.v1.bak"
            assert j.backup_path.read_bytes() == before
            assert stat.S_IMODE(os.stat(j.backup_path).st_mode) == 0o600
    finally:
        j.close()


def test_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = _v1_copy(tmp_path)
    before = path.read_bytes()
    broken = ("CREATE TABLE half (id INTEGER)", "SELECT no_such_function()")
    monkeypatch.setitem(migrations.STEPS, schema.SCHEMA_VERSION + 1, broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(JournalError, match="could not update"):
        open_journal(path)
    assert path.read_bytes() == before  # every step undone, the version-1 file as it was
    monkeypatch.undo()
    j = open_journal(path)
    try:
        with j.reading():
            companies = [r[2] for r in list_interviews(j, limit=None)]
            assert "Draftworks" in companies and "Finishco" in companies
            tables = {r[0] for r in j.db.execute_sql("SELECT name FROM sqlite_master")}
            assert "half" not in tables
    finally:
        j.close()


def test_the_format_version_is_the_last_migration_step():
    """Opening skips migrations when a file is at SCHEMA_VERSION: the two must agree."""
    assert max(migrations.STEPS) == schema.SCHEMA_VERSION


def test_a_closed_journal_is_never_quietly_reopened(journal_path):
    """After close, a stray write is refused (kindly) and the file stays as it was."""
    from debrief.journal.store.refusals import WriteFailed

    journal = open_journal(journal_path)
    save_interview(journal, {"company": "Kept", "role": "R", "date": "2026-01-01"})
    journal.close()
    before = journal_path.read_bytes()
    with pytest.raises(WriteFailed):
        save_interview(journal, {"company": "Stray", "role": "R", "date": "2026-01-02"})
    journal.close()  # a second close is harmless
    assert journal_path.read_bytes() == before
    assert not journal_path.with_name(journal_path.name + "-wal").exists()
