"""Interviews as rounds of applications: the next round, what the application shares with
its rounds, the count of rounds, and what the interviews table shows."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.journal.records import listings
from debrief.journal.records.interviews import delete_interview, save_interview
from debrief.journal.records.rounds import add_next_round, application_of
from debrief.journal.store.models import Application, FeedbackRequest, Interview
from debrief.journal.store.refusals import Problem, Refused


def _app(interview_id: int) -> Application:
    return Application.get_by_id(Interview.get_by_id(interview_id).application_id)


def test_an_interview_written_alone_is_round_one_of_its_own_application(journal):
    first = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
    second = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-03"})
    assert _app(first).id != _app(second).id
    assert (_app(first).company, _app(first).rounds, Interview.get_by_id(first).round) == (
        "Acme", 1, 1,
    )  # fmt: skip


def test_the_next_round_joins_the_application_and_the_table_shows_it(journal):
    first = save_interview(
        journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02", "stage": "screen"}
    )
    second = add_next_round(journal, first, today=dt.date(2026, 3, 1))
    third = add_next_round(journal, second, today=dt.date(2026, 3, 9))
    rows = {r[0]: r for r in listings.list_interviews(journal, sort="date", descending=False)}
    assert [rows[i][8] for i in (first, second, third)] == ["1/3", "2/3", "3/3"]
    new = Interview.get_by_id(third)
    assert (new.stage, new.date, new.company, new.round) == (
        "onsite",
        dt.date(2026, 3, 9),
        "Acme",
        3,
    )
    whole = application_of(journal, second)
    assert [r[1] for r in whole["round_list"]] == [1, 2, 3] and whole["rounds"] == 3
    by_round = listings.list_interviews(journal, sort="round", descending=True)
    assert [r[0] for r in by_round] == [third, second, first]


def test_the_outcome_and_how_the_user_was_told_belong_to_the_application(journal):
    first = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
    second = add_next_round(journal, first)
    told = dt.datetime(2026, 3, 20, 10, 0)
    request = FeedbackRequest.create(interview=first)
    changes = []
    journal.subscribe(changes.append)
    with journal.writing():  # the wizard records the rejection on the round it runs on
        Interview.update(outcome="rejected", told_at=told, told_via="email").where(
            Interview.id == second
        ).execute()
    rows = Interview.select(Interview.outcome, Interview.told_at).tuples()
    assert set(rows) == {("rejected", told)}
    assert _app(first).outcome == "rejected"
    assert FeedbackRequest.get_by_id(request.id).interview_outcome == "rejected"
    assert changes[-1].interviews == {first, second}
    with journal.writing():
        Application.update(company="Acme Corp").where(Application.id == _app(first).id).execute()
    assert listings.list_interviews(journal, "Acme Corp")[0][2] == "Acme Corp"
    assert listings.count_interviews(journal, "Acme Corp") == 2


def test_deleting_rounds_counts_down_and_the_last_takes_the_application(journal):
    first = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
    second = add_next_round(journal, first)
    app_id = _app(first).id
    delete_interview(journal, second)
    assert Application.get_by_id(app_id).rounds == 1
    delete_interview(journal, first)
    assert Application.get_or_none(Application.id == app_id) is None


def test_an_application_that_ended_gets_no_next_round(journal):
    """Its outcome belongs to every round: a new one would arrive rejected, with a deadline."""
    first = save_interview(
        journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02", "outcome": "rejected"}
    )
    with pytest.raises(Refused) as refused:
        add_next_round(journal, first)
    assert refused.value.problems == [Problem("outcome", "application_ended")]
    assert Application.get_by_id(_app(first).id).rounds == 1  # nothing written
    with journal.writing():  # invited back: the user sets it to waiting first
        Interview.update(outcome="pending").where(Interview.id == first).execute()
    assert add_next_round(journal, first)
