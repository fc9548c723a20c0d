"""Rounds still ahead are listed soonest first, and the query uses the date index."""

from __future__ import annotations

import datetime as dt

from debrief.journal.records.upcoming import UPCOMING_SQL, upcoming_rounds
from debrief.journal.store.models import Interview

NOW = dt.datetime(2026, 3, 10, 12, 0)


def _add(journal, company: str, day: dt.date, time: str | None, outcome: str = "pending"):
    with journal.writing():
        Interview.create(company=company, role="Dev", date=day, time=time, outcome=outcome)


def test_only_rounds_ahead_with_an_open_outcome_soonest_first(journal):
    today = NOW.date()
    _add(journal, "Later", today + dt.timedelta(days=3), "09:30")
    _add(journal, "Morning gone", today, "08:00")
    _add(journal, "This afternoon", today, "15:00")
    _add(journal, "Some time today", today, None)
    _add(journal, "Yesterday", today - dt.timedelta(days=1), "10:00")
    _add(journal, "Decided", today + dt.timedelta(days=1), "10:00", outcome="rejected")
    found = upcoming_rounds(journal, NOW)
    assert [r.company for r in found] == ["Some time today", "This afternoon", "Later"]
    assert found[-1].date == today + dt.timedelta(days=3) and found[-1].round == 1


def test_the_list_is_short(journal):
    for n in range(30):
        _add(journal, f"C{n}", NOW.date() + dt.timedelta(days=n + 1), "10:00")
    assert len(upcoming_rounds(journal, NOW)) == 20


def test_the_query_reads_the_date_index(journal):
    params = {"today": "2026-03-10", "clock": "12:00", "pending": "pending", "limit": 20}
    plan = journal.db.execute_sql("EXPLAIN QUERY PLAN " + UPCOMING_SQL, params).fetchall()
    assert "USING INDEX interview_date (date>?)" in " ".join(str(row[3]) for row in plan)
