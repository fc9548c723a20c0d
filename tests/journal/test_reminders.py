"""Reminder times with a fake clock: across a clock change, while the app was closed, and
withdrawn when the request is answered first."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from debrief.journal.practice.deadline import ask_deadline
from debrief.journal.practice.reminders.rules import (
    Facts,
    OpenAsk,
    ReminderKind,
    UpcomingRound,
    WaitingRequest,
    add_working_days,
    fell_due,
    next_moment,
    reminders,
    to_utc,
)

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def clock(text: str) -> dt.datetime:
    """A fake clock reading: Berlin wall time as a real instant."""
    return to_utc(at(text), BERLIN)


def ask(told: str, via: str = "email", interview_id: int = 1) -> OpenAsk:
    return OpenAsk(interview_id, "Acme", ask_deadline(at(told), via, BERLIN))


def test_ask_reminders_come_4_and_1_hours_before_the_deadline_across_a_clock_change():
    # Told on Saturday evening; clocks go forward that night, so 24 real hours end at 21:00.
    found = reminders(Facts(asks=(ask("2026-03-28 20:00"),)), BERLIN)
    assert [(r.kind, r.at) for r in found] == [
        (ReminderKind.ASK, at("2026-03-29 17:00")),
        (ReminderKind.ASK, at("2026-03-29 20:00")),
    ]
    assert all(r.event_at == at("2026-03-29 21:00") for r in found)
    assert found[0].params == {"hours": 4, "company": "Acme"}
    # The timer is armed for real instants: on Sunday morning the next one is 17:00.
    assert next_moment(found, clock("2026-03-29 09:00")) == clock("2026-03-29 17:00")
    assert next_moment(found, clock("2026-03-29 17:00")) == clock("2026-03-29 20:00")
    assert next_moment(found, clock("2026-03-29 20:30")) is None


def test_clocks_going_back_move_the_wall_time_not_the_real_hours():
    found = reminders(Facts(asks=(ask("2026-10-24 12:00"),)), BERLIN)
    assert [r.at for r in found] == [at("2026-10-25 07:00"), at("2026-10-25 10:00")]
    assert found[1].at_utc - found[0].at_utc == dt.timedelta(hours=3)


def test_told_by_phone_has_no_countdown():
    assert reminders(Facts(asks=(ask("2026-05-04 10:00", "phone"),)), BERLIN) == []


def test_follow_up_is_five_working_days_after_asking_at_the_same_wall_time():
    assert add_working_days(dt.date(2026, 3, 26), 5) == dt.date(2026, 4, 2)  # Thu -> Thu
    asked = WaitingRequest(7, 3, "Globex", at("2026-03-26 10:30"))  # across the clock change
    (found,) = reminders(Facts(waiting=(asked,)), BERLIN)
    assert (found.kind, found.at, found.request_id) == (
        ReminderKind.FOLLOW_UP,
        at("2026-04-02 10:30"),
        7,
    )
    assert found.at_utc == dt.datetime(2026, 4, 2, 8, 30, tzinfo=dt.UTC)  # summer time now


def test_a_reminder_that_passed_while_the_app_was_closed_is_still_reported():
    facts = Facts(
        asks=(ask("2026-05-04 09:00"),),
        waiting=(WaitingRequest(2, 5, "Initech", at("2026-04-24 11:00")),),
    )
    found = reminders(facts, BERLIN)
    closed, opened = clock("2026-05-04 18:00"), clock("2026-05-05 08:30")
    missed = fell_due(found, closed, opened)
    # The 4-hour nudge (05:00) came while closed; the 1-hour one (08:00) too; the
    # follow-up (1 May, 11:00) had already been seen before closing.
    assert [r.key for r in missed] == ["ask-4h/interview-1", "ask-1h/interview-1"]
    assert next_moment(found, opened) is None
    assert [r.key for r in fell_due(found, None, opened)][0] == "follow-up/request-2"


def test_a_request_answered_before_its_reminder_withdraws_it():
    waiting = WaitingRequest(4, 9, "Hooli", at("2026-06-01 09:00"))
    before = reminders(Facts(waiting=(waiting,)), BERLIN)
    assert next_moment(before, clock("2026-06-03 12:00")) == clock("2026-06-08 09:00")
    # Answered on the 3rd: the journal no longer lists it as waiting, so nothing is due.
    after = reminders(Facts(waiting=()), BERLIN)
    assert next_moment(after, clock("2026-06-03 12:00")) is None
    assert fell_due(after, clock("2026-06-03 12:00"), clock("2026-06-09 12:00")) == []


def test_the_day_before_a_round_asks_to_review_the_prep_sheet_and_counts_open_actions():
    upcoming = UpcomingRound(11, "Umbrella", 2, at("2026-09-15 14:00"))
    found = reminders(Facts(rounds=(upcoming,), open_actions=3), BERLIN)
    assert [(r.kind, r.at) for r in found] == [
        (ReminderKind.ACTIONS, at("2026-09-14 09:00")),
        (ReminderKind.PREPARE, at("2026-09-14 09:00")),
    ]
    assert found[0].params["count"] == 3
    assert [r.kind for r in reminders(Facts(rounds=(upcoming,)), BERLIN)] == [ReminderKind.PREPARE]


def test_keys_are_stable_for_the_same_facts():
    facts = Facts(
        asks=(ask("2026-05-04 09:00"),), rounds=(UpcomingRound(1, "A", 1, at("2026-05-09 10:00")),)
    )
    assert [r.key for r in reminders(facts, BERLIN)] == [r.key for r in reminders(facts, BERLIN)]


def test_the_journal_facts_follow_what_is_asked_and_answered(journal):
    from debrief.journal.practice.reminders.facts import gather
    from debrief.journal.store.models import FeedbackRequest, Interview

    now = at("2026-05-05 10:00")
    with journal.writing():
        told = Interview.create(
            company="Acme", role="Dev", date=dt.date(2026, 4, 28), outcome="rejected",
            told_at=at("2026-05-05 08:00"), told_via="email",
        )  # fmt: skip
        old = Interview.create(
            company="Old", role="Dev", date=dt.date(2025, 4, 28), outcome="rejected",
            told_at=at("2025-05-05 08:00"), told_via="email",
        )  # fmt: skip
        Interview.create(company="Next", role="Dev", date=dt.date(2026, 5, 8))
        asked = FeedbackRequest.create(interview=old, asked_at=at("2026-04-27 09:00"))
    facts = gather(journal, now)
    assert [a.interview_id for a in facts.asks] == [told.id]  # old history is not nagged about
    assert [w.request_id for w in facts.waiting] == [asked.id]
    assert [(r.company, r.starts_at) for r in facts.rounds] == [("Next", at("2026-05-08 00:00"))]
    with journal.writing():
        FeedbackRequest.update(response="given").where(FeedbackRequest.id == asked.id).execute()
        FeedbackRequest.create(interview=told, asked_at=at("2026-05-05 09:30"))
    facts = gather(journal, now)
    assert facts.asks == () and [w.interview_id for w in facts.waiting] == [told.id]


def test_a_rejection_after_several_rounds_is_one_ask_withdrawn_by_asking_on_any(journal):
    """The outcome and the asking belong to the application: three rounds, one reminder,
    and a request on the first round's interviewer settles it."""
    from debrief.journal.practice.reminders.facts import gather
    from debrief.journal.records.rounds import add_next_round
    from debrief.journal.store.models import FeedbackRequest, Interview

    now = at("2026-05-05 10:00")
    with journal.writing():
        first = Interview.create(company="Acme", role="Dev", date=dt.date(2026, 4, 20))
    last = add_next_round(journal, add_next_round(journal, first.id, dt.date(2026, 4, 24)))
    with journal.writing():  # the wizard records the rejection on the round it runs on
        Interview.update(
            outcome="rejected", told_at=at("2026-05-05 08:00"), told_via="email"
        ).where(Interview.id == last).execute()
    assert [a.interview_id for a in gather(journal, now).asks] == [last]
    with journal.writing():
        FeedbackRequest.create(interview=first, asked_at=at("2026-05-05 09:30"))
    assert gather(journal, now).asks == ()
