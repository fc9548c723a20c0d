"""The window's lists: rows of plain values in the order and types the table shows."""

from __future__ import annotations

import datetime as dt

from debrief.journal.records import listings
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Interview, Theme


def test_rows_carry_dates_and_moments_as_python_values(journal):
    interview_id = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-02-28"})
    theme = Theme.get(Theme.name == "Communication")
    done = Action.create(theme=theme, description="Structure answers", status="done")
    Action.update(done_at=dt.datetime(2026, 3, 1, 9, 30)).where(Action.id == done.id).execute()
    open_action = Action.create(description="Rehearse the opening")
    request = FeedbackRequest.create(
        interview=interview_id, channel="email", asked_at=dt.datetime(2026, 3, 1, 10, 0)
    )
    FeedbackPoint.create(
        interview=interview_id,
        request=request,
        theme=theme,
        words="Rambled",
        clarify_question="How?",
        action=done,
    )

    (row,) = listings.list_interviews(journal)
    assert row[-1] == Interview.get_by_id(interview_id).application_id  # for grouping
    assert row[:-1] == (
        interview_id,
        dt.date(2026, 2, 28),
        "Acme",
        "Dev",
        "screen",
        None,
        "pending",
        "notice",  # its request's debrief is unfinished
        "1/1",  # round 1 of its application's 1
    )
    actions = listings.list_actions(journal)
    assert [a[0] for a in actions] == [open_action.id, done.id]  # unfinished first
    assert actions[1][1:] == (
        "done",
        "Communication",
        "Structure answers",
        1,
        dt.datetime(2026, 3, 1, 9, 30),
    )
    (asked,) = listings.requests_for_interview(journal, interview_id)
    assert asked[2:5] == ("email", dt.datetime(2026, 3, 1, 10, 0), None)
    (point,) = listings.points_for_interview(journal, interview_id)
    assert point[1:] == ("held_back", "Communication", "Rambled", None, "How?")
    assert listings.journal_counts(journal) == {"interviews": 1, "rejections": 0, "feedback": 0}
    Interview.update(outcome="rejected").execute()
    assert listings.journal_counts(journal)["rejections"] == 1


def test_each_journal_lists_its_own_rows(journal, tmp_path):
    from debrief.journal.store.journal import open_journal

    first = open_journal(tmp_path / "a.sqlite3")
    save_interview(first, {"company": "First", "role": "R", "date": "2026-01-01"})
    second = open_journal(tmp_path / "b.sqlite3")
    try:
        with second.reading():
            assert listings.list_interviews(second) == []
            save_interview(second, {"company": "Second", "role": "R", "date": "2026-01-02"})
            assert [r[2] for r in listings.list_interviews(second)] == ["Second"]
        assert [r[2] for r in listings.list_interviews(first)] == ["First"]
    finally:
        second.close()
        first.close()


ODD_DATES = [
    "2026-02-28",
    "2026-02-28 10:30:00",
    "2026-02-28T10:30:00",
    "2024-1-5",
    "not a date",
]


def test_odd_date_text_written_by_another_program_reads_as_the_models_read_it(journal):
    """Rows written outside Debrief (an old import, a hand edit) may hold odd date text."""
    for text in ODD_DATES:
        journal.db.execute_sql(
            "INSERT INTO interview (company, role, stage, date, notes, link, outcome, "
            "created_at, updated_at) VALUES ('Odd', 'R', 'screen', ?, '', '', 'pending', ?, ?)",
            (text, text, text),
        )
    rows = listings.list_interviews(journal, limit=None)
    assert sorted(str(r[1]) for r in rows) == sorted(
        str(Interview.date.python_value(t)) for t in ODD_DATES
    )
