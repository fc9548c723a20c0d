"""The funnel counts applications: a rejected application with three rounds counts once."""

from __future__ import annotations

import datetime as dt

from peewee import SQL, fn

from debrief.journal.insights.counts import GOT_SOMEWHERE, Filters, funnel
from debrief.journal.records.rounds import add_next_round
from debrief.journal.store.models import Application, FeedbackRequest, Interview


def _rejected_application(journal, rounds: int, day: dt.date) -> list[int]:
    with journal.writing():
        first = Interview.create(company="Quill", role="Dev", date=day).id
    ids = [first]
    for _ in range(rounds - 1):
        ids.append(add_next_round(journal, first, today=day))
    with journal.writing():  # the outcome belongs to the application: every round shows it
        Interview.update(outcome="rejected").where(Interview.id == first).execute()
    return ids


def _ask(journal, interview_id: int, response: str = "waiting") -> None:
    asked = dt.datetime(2026, 3, 2, 10, 0)
    with journal.writing():
        FeedbackRequest.create(
            interview=interview_id, asked_at=asked, in_time=True, response=response,
            responded_at=asked + dt.timedelta(days=2) if response == "given" else None,
            wizard_step="done",
        )  # fmt: skip


def test_three_rounds_count_once(journal):
    _rejected_application(journal, 3, dt.date(2026, 3, 1))
    assert Interview.select().where(Interview.outcome == "rejected").count() == 3
    assert funnel(journal).rejections == 1


def test_asking_after_two_rounds_counts_the_application_once(journal):
    ids = _rejected_application(journal, 3, dt.date(2026, 3, 1))
    _ask(journal, ids[0], "given")
    _ask(journal, ids[2], "given")
    other = _rejected_application(journal, 1, dt.date(2026, 4, 1))
    _ask(journal, other[0])
    result = funnel(journal)
    assert (result.rejections, result.asked, result.asked_in_time) == (2, 2, 2)
    assert result.feedback_given == 1
    assert result.response_rate == 0.5


def test_a_filter_counts_applications_with_a_round_in_it(journal):
    _rejected_application(journal, 2, dt.date(2026, 3, 1))
    _rejected_application(journal, 1, dt.date(2026, 5, 1))
    assert funnel(journal, Filters(date_to=dt.date(2026, 3, 31))).rejections == 1


def _plan(journal, query) -> str:
    sql, params = query.sql()
    rows = journal.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


def test_each_count_reads_an_index(journal):
    """Rejected applications on their outcome index; with a filter, rejected rounds in
    application order; rounds that got somewhere along their partial index."""
    rejected = Interview.outcome == "rejected"
    apps = Application.select(fn.COUNT(SQL("*"))).where(Application.outcome == "rejected")
    assert "COVERING INDEX application_outcome" in _plan(journal, apps)
    filtered = Interview.select(fn.COUNT(Interview.application.distinct())).where(
        rejected, Interview.date >= dt.date(2026, 1, 1)
    )
    assert "COVERING INDEX interview_application_funnel" in _plan(journal, filtered)
    asked = Interview.select(fn.COUNT(Interview.application.distinct())).where(
        rejected, GOT_SOMEWHERE
    )
    assert "interview_application_asked" in _plan(journal, asked)
