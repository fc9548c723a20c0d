"""The Journal as the one store: writes announce themselves once, models bind per operation."""

from __future__ import annotations

import threading

import pytest

from debrief.journal.records.interviews import delete_interview, save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.binding import models_database
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Action, Interview
from debrief.journal.store.refusals import InvalidInput


def _heard(journal) -> list:
    heard = []
    journal.subscribe(heard.append)
    return heard


def test_a_committed_write_is_announced_once_with_what_it_touched(journal):
    heard = _heard(journal)
    iid = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-01-01"}, [])
    assert len(heard) == 1
    assert heard[0].interviews == {iid} and "interview" in heard[0].tables
    with journal.writing():
        Action.create(description="Rehearse")
        with journal.writing():  # a savepoint inside: still one announcement, at the end
            Interview.update(notes="more").where(Interview.id == iid).execute()
    assert len(heard) == 2
    assert heard[1].tables == {"action", "interview"} and heard[1].interviews == {iid}


def test_a_rolled_back_write_announces_nothing(journal):
    heard = _heard(journal)
    with pytest.raises(InvalidInput):
        save_interview(journal, {"company": "", "role": "Dev", "date": "2026-01-01"})
    with pytest.raises(RuntimeError), journal.writing():
        Interview.create(company="Gone", role="R", date="2026-01-02")
        raise RuntimeError("changed my mind")
    assert heard == []
    assert Interview.select().count() == 0
    iid = save_interview(journal, {"company": "Kept", "role": "R", "date": "2026-01-03"})
    assert [change.interviews for change in heard] == [{iid}]  # nothing left over either


def test_deleting_announces_the_interview_that_went(journal):
    iid = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-01-01"})
    heard = _heard(journal)
    delete_interview(journal, iid)
    assert heard[0].interviews == {iid}


def test_an_unsubscribed_listener_hears_nothing_more(journal):
    heard = []
    stop = journal.subscribe(heard.append)
    stop()
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-01-01"})
    assert heard == []


def test_outside_an_operation_the_models_reach_no_journal(journal_path):
    journal = open_journal(journal_path)
    try:
        assert models_database.obj is None
        with journal.reading():
            assert models_database.obj is journal.db
        assert models_database.obj is None
    finally:
        journal.close()


def test_two_open_journals_each_keep_their_own_rows(tmp_path):
    first, second = open_journal(tmp_path / "a.sqlite3"), open_journal(tmp_path / "b.sqlite3")
    try:
        save_interview(first, {"company": "In A", "role": "R", "date": "2026-01-01"})
        save_interview(second, {"company": "In B", "role": "R", "date": "2026-01-01"})
        assert [r[2] for r in list_interviews(first)] == ["In A"]
        assert [r[2] for r in list_interviews(second)] == ["In B"]
    finally:
        first.close()
        second.close()


def test_a_worker_thread_reads_and_writes_through_its_own_connection(journal):
    save_interview(journal, {"company": "Main", "role": "R", "date": "2026-01-01"})
    heard = _heard(journal)
    seen, connections = {}, {}

    def work() -> None:
        try:
            seen["rows"] = [r[2] for r in list_interviews(journal)]
            save_interview(journal, {"company": "Worker", "role": "R", "date": "2026-01-02"})
            connections["worker"] = journal.db.connection()
        finally:
            journal.db.close()  # a worker closes the connection it was given

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert seen["rows"] == ["Main"]
    assert connections["worker"] is not journal.db.connection()
    assert sorted(r[2] for r in list_interviews(journal)) == ["Main", "Worker"]
    assert len(heard) == 1  # announced on the worker's thread, once


def test_a_closed_journal_refuses_reads_and_writes_without_reopening(journal_path):
    journal = open_journal(journal_path)
    journal.close()
    with pytest.raises(Exception, match="closed"):
        list_interviews(journal)
