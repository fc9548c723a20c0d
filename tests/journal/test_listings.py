"""The window's lists in plain SQL: the same rows, values and types the ORM would give."""

from __future__ import annotations

import datetime as dt

from debrief.journal.records import listings
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.choices import ActionStatus, Outcome, Reached
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Interview, Theme


def test_values_spelled_in_the_sql_are_the_enums_values():
    assert listings.GIVEN == Reached.GIVEN.value
    assert Outcome.REJECTED.value == "rejected"
    assert ActionStatus.DONE.value == "done"


def test_rows_carry_dates_and_moments_as_python_values(journal):
    interview_id = save_interview({"company": "Acme", "role": "Dev", "date": "2026-02-28"})
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

    (row,) = listings.list_interviews()
    assert row == (
        interview_id,
        dt.date(2026, 2, 28),
        "Acme",
        "Dev",
        "screen",
        None,
        "pending",
        "notice",  # its request's debrief is unfinished
    )
    actions = listings.list_actions()
    assert [a[0] for a in actions] == [open_action.id, done.id]  # unfinished first
    assert actions[1][1:] == (
        "done",
        "Communication",
        "Structure answers",
        1,
        dt.datetime(2026, 3, 1, 9, 30),
    )
    (asked,) = listings.requests_for_interview(interview_id)
    assert asked[2:5] == ("email", dt.datetime(2026, 3, 1, 10, 0), None)
    (point,) = listings.points_for_interview(interview_id)
    assert point[1:] == ("held_back", "Communication", "Rambled", None, "How?")
    assert listings.journal_counts() == {"interviews": 1, "rejections": 0, "feedback": 0}
    Interview.update(outcome="rejected").execute()
    assert listings.journal_counts()["rejections"] == 1


def test_the_lists_follow_the_newest_journal(tmp_path):
    from debrief.journal.store.journal import open_journal

    first = open_journal(tmp_path / "a.sqlite3")
    save_interview({"company": "First", "role": "R", "date": "2026-01-01"})
    second = open_journal(tmp_path / "b.sqlite3")
    try:
        assert listings.list_interviews() == []
        save_interview({"company": "Second", "role": "R", "date": "2026-01-02"})
        assert [r[2] for r in listings.list_interviews()] == ["Second"]
    finally:
        second.close()
        first.close()


ODD_DATES = [
    "2026-02-28",
    "2026-02-28 10:30:00",
    "2026-02-28 10:30:00.250000",
    "2026-02-28T10:30:00",
    "2026-02-28 10:30:00Z",
    "2024-1-5",
    "2024-01-05x",
    "2026-02-30",
    "not a date",
    "",
    None,
]


def test_stored_dates_read_back_exactly_as_the_orm_reads_them():
    """Rows written outside Debrief (an old import, a hand edit) may hold odd date text;
    the plain-SQL lists must turn it into the same values the models would."""
    for text in ODD_DATES:
        assert listings._date(text) == Interview.date.python_value(text), text
        assert listings._datetime(text) == Action.done_at.python_value(text), text
