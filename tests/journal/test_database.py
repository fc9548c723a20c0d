"""Opening journal files: new, reopened, migrated, and refused without being touched."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store import schema
from debrief.journal.store.journal import JournalError, open_journal
from debrief.journal.store.models import BUILTIN_THEMES, Theme
from debrief.journal.store.schema import steps as migrations


def test_new_journal_is_private_and_seeded(journal, journal_path):
    assert stat.S_IMODE(os.stat(journal_path).st_mode) == 0o600
    assert {t.name for t in Theme.select()} == set(BUILTIN_THEMES)
    assert migrations.user_version(journal.db) == schema.SCHEMA_VERSION
    assert journal.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_keeps_everything_and_seeds_once(journal, journal_path):
    save_interview({"company": "Acme", "role": "Engineer", "date": "2026-03-01"})
    journal.close()
    again = open_journal(journal_path)
    try:
        assert [r[2] for r in list_interviews()] == ["Acme"]
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
        save_interview({"company": f"C{i}", "role": "R" * 200, "date": "2026-01-01"})
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


def test_old_version_is_copied_aside_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_journal(path).close()
    calls = []

    def v2(db, migrator):
        calls.append(2)
        db.execute_sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setitem(migrations.STEPS, 2, v2)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)  # this code now writes v2
    j = open_journal(path)
    try:
        assert calls == [2]
        assert migrations.user_version(j.db) == 2
        assert j.backup_path == tmp_path / "old.sqlite3.v1.bak"
        con = sqlite3.connect(j.backup_path)
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        con.close()
    finally:
        j.close()


def test_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    first = open_journal(path)
    save_interview({"company": "Keep me", "role": "R", "date": "2026-01-01"})
    first.close()

    def broken(db, migrator):
        db.execute_sql("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)  # this code now writes v2
    with pytest.raises(JournalError, match="could not update"):
        open_journal(path)
    monkeypatch.delitem(migrations.STEPS, 2)
    j = open_journal(path)
    try:
        assert [r[2] for r in list_interviews()] == ["Keep me"]
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
    save_interview({"company": "Kept", "role": "R", "date": "2026-01-01"})
    journal.close()
    before = journal_path.read_bytes()
    with pytest.raises(WriteFailed):
        save_interview({"company": "Stray", "role": "R", "date": "2026-01-02"})
    journal.close()  # a second close is harmless
    assert journal_path.read_bytes() == before
    assert not journal_path.with_name(journal_path.name + "-wal").exists()


def test_the_models_and_the_journal_share_one_database_when_peewee_loads_late(journal_path):
    """In a fresh process the models load only when first used; `journal.db` asked for
    first (before any model) must still be the very database the models write through."""
    open_journal(journal_path).close()  # made and migrated here, so the child only opens
    script = (
        "import sys\n"
        "from debrief.journal.store.journal import open_journal\n"
        f"journal = open_journal({str(journal_path)!r})\n"
        "assert 'peewee' not in sys.modules\n"
        "db = journal.db\n"
        "from debrief.journal.store.models import db_proxy\n"
        "with db.atomic():\n"
        "    with db_proxy.atomic():\n"
        "        pass\n"
        "print(db_proxy.obj is db)\n"
        "journal.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"]
