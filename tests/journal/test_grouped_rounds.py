"""Grouping rounds: each application's rounds together, along an index, never sorted."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.journal.records import listings
from debrief.journal.records.application_rounds import application_view
from debrief.journal.records.rounds import add_next_round
from debrief.journal.store.models import FeedbackPoint, Interview, Interviewer


def _applications(journal) -> dict[str, list[int]]:
    with journal.writing():
        quill = Interview.create(company="Quill", role="Dev", date=dt.date(2026, 3, 1)).id
        lumen = Interview.create(company="Lumen", role="Ops", date=dt.date(2026, 3, 5)).id
        Interviewer.create(interview=quill, name="Ann Lee")
        FeedbackPoint.create(interview=quill, kind="went_well", words="Clear")
    second = add_next_round(journal, quill, today=dt.date(2026, 3, 10))
    return {"quill": [quill, second], "lumen": [lumen]}


def test_grouped_rows_keep_an_application_together(journal):
    apps = _applications(journal)
    rows = listings.list_interviews(journal, sort=listings.GROUPED, descending=False)
    assert [r[0] for r in rows] == [*apps["quill"], *apps["lumen"]]
    assert rows[0][-1] == rows[1][-1] != rows[2][-1]  # the application id follows
    by_date = listings.list_interviews(journal, sort="date", descending=False)
    assert [r[0] for r in by_date] == [apps["quill"][0], apps["lumen"][0], apps["quill"][1]]


@pytest.mark.parametrize("descending", [True, False])
def test_the_grouped_and_sorted_pages_walk_an_index(journal, descending):
    """Unfiltered, the table's page query orders along an index in every direction: no
    sorting step that would read all 100,000 rows before the first page. (A filter's hits
    come from the search index and are few enough to sort.)"""
    text = ""
    for sort in (listings.GROUPED, *listings.COLUMNS):
        sql, params = listings.interviews_query(text, sort, descending).limit(128).sql()
        plan = journal.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        details = " | ".join(str(row[-1]) for row in plan)
        assert "TEMP B-TREE FOR ORDER BY" not in details, (sort, details)
        assert "RIGHT PART OF ORDER BY" not in details, (sort, details)
    grouped, params = listings.interviews_query(text, listings.GROUPED, descending).sql()
    plan = journal.db.execute_sql("EXPLAIN QUERY PLAN " + grouped, params).fetchall()
    assert "interview_application_id" in " ".join(str(row[-1]) for row in plan)


def test_the_application_view_has_every_round(journal):
    apps = _applications(journal)
    view = application_view(journal, apps["quill"][1])
    assert view.company == "Quill"
    assert [(r.round, r.interviewers, r.points) for r in view.rounds] == [
        (1, "Ann Lee", 1),
        (2, "", 0),
    ]
    assert application_view(journal, 9999) is None
