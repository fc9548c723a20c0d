"""A round's prep sheet: this company's earlier rounds, people met before, actions' age."""

from __future__ import annotations

import datetime as dt

from debrief.journal.practice.round_prep import round_prep
from debrief.journal.records.rounds import add_next_round
from debrief.journal.store.models import Action, FeedbackPoint, Interview, Interviewer

TODAY = dt.date(2026, 3, 20)


def _build(journal) -> dict[str, int]:
    with journal.writing():
        old = Interview.create(company="Quill", role="Analyst", date=dt.date(2025, 6, 1),
                               outcome="rejected")  # fmt: skip
        Interviewer.create(interview=old, name="Ann Lee")
        FeedbackPoint.create(interview=old, kind="held_back", words="Answers ran long")
        FeedbackPoint.create(interview=old, kind="went_well", words="Clear SQL", verdict="agree")
        FeedbackPoint.create(interview=old, kind="held_back", words="Unfair", verdict="disagree")
        first = Interview.create(company="quill", role="Dev", date=dt.date(2026, 3, 10))
        Interviewer.create(interview=first, name="Bo Chen")
        other = Interview.create(company="Lumen", role="Dev", date=dt.date(2026, 3, 1))
        Interviewer.create(interview=other, name="Zed")
        Action.create(description="Practise short answers", created_at=dt.datetime(2026, 3, 8))
        Action.create(description="Done already", status="done", created_at=dt.datetime(2026, 1, 1))
    upcoming = add_next_round(journal, first.id, today=TODAY)
    with journal.writing():
        Interview.update(date=dt.date(2026, 3, 24), time="14:00", format="video").where(
            Interview.id == upcoming
        ).execute()
        Interviewer.create(interview=upcoming, name="ann lee")
    return {"old": old.id, "first": first.id, "upcoming": upcoming, "other": other.id}


def test_the_company_history_and_the_people_met_before(journal):
    ids = _build(journal)
    r = round_prep(journal, ids["upcoming"], TODAY)
    assert (r.company, r.round, r.time, r.format) == ("quill", 2, "14:00", "video")
    assert [p.interview_id for p in r.history] == [ids["first"], ids["old"]]
    first, old = r.history
    assert first.same_application and not old.same_application
    assert first.interviewers == "Bo Chen" and old.interviewers == "Ann Lee"
    assert [p.words for p in old.points] == ["Answers ran long", "Clear SQL"]  # no disagreement
    assert r.interviewers == ["ann lee"]
    assert r.met_before == {"Ann Lee": 1}


def test_open_actions_say_how_long_they_have_waited(journal):
    ids = _build(journal)
    r = round_prep(journal, ids["upcoming"], TODAY)
    assert sorted(r.days_open.values()) == [12]
    assert [a.description for a in r.sheet.open_actions] == ["Practise short answers"]


def test_a_first_interview_with_a_company_has_no_history(journal):
    ids = _build(journal)
    assert round_prep(journal, ids["other"], TODAY).history == []
    assert round_prep(journal, 9999, TODAY) is None


def test_a_namesake_at_another_company_is_not_met_before(journal):
    ids = _build(journal)
    with journal.writing():
        Interviewer.create(interview=ids["other"], name="Ann Lee")  # at Lumen, not Quill
    assert round_prep(journal, ids["upcoming"], TODAY).met_before == {"Ann Lee": 1}
