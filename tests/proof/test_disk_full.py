"""A full disk is reported as a full disk: the first error, not SQLite's follow-up one,
and the journal stays whole and usable once space is freed."""

from __future__ import annotations

import sqlite3

import pytest

from debrief.journal.records.interviews import get_interview, save_interview
from debrief.journal.store.errors import CANNOT_CREATE
from debrief.journal.store.journal import JournalError, open_journal
from debrief.journal.store.refusals import write_failure
from tests.proof.conftest import fill

NOTE = "What I would say differently about the caching question. " * 4000  # ~230 KB


def test_a_full_disk_during_a_save_is_reported_as_full(small_disk):
    path = small_disk / "journal.sqlite3"
    journal = open_journal(path)
    try:
        kept = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
        filler = fill(small_disk)
        with pytest.raises(Exception) as refused:
            save_interview(
                journal, {"company": "Bolt", "role": "Dev", "date": "2026-03-03", "notes": NOTE}
            )
        assert getattr(refused.value, "code", None) == "disk_full", refused.value
        assert "no transaction is active" not in refused.value.detail
        assert "full" in refused.value.detail

        filler.unlink()
        saved = save_interview(
            journal, {"company": "Bolt", "role": "Dev", "date": "2026-03-03", "notes": NOTE}
        )
        assert get_interview(journal, saved)["notes"] == NOTE
        assert get_interview(journal, kept)["company"] == "Acme"
        check = journal.db.execute_sql("PRAGMA integrity_check").fetchone()[0]
        assert check == "ok"
    finally:
        journal.close()


def test_creating_a_journal_on_a_full_disk_says_the_disk_is_full(small_disk):
    fill(small_disk)
    with pytest.raises(JournalError) as refused:
        open_journal(small_disk / "journal.sqlite3")
    assert refused.value.template == CANNOT_CREATE
    assert "full" in str(refused.value), refused.value


def test_the_first_error_is_named_when_the_rollback_fails_after_it():
    full = sqlite3.OperationalError("database or disk is full")
    try:
        try:
            raise full
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlite3.OperationalError as follow_up:
        refusal = write_failure(follow_up)
    assert (refusal.code, refusal.detail) == ("disk_full", "database or disk is full")
