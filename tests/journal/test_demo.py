"""The demo journal: every table filled, a story the charts can tell, the same every time."""

from __future__ import annotations

import datetime as dt

from debrief.journal.demo.story import fill_demo
from debrief.journal.insights.counts import funnel, weakness_counts
from debrief.journal.insights.trend import theme_trend
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import (
    ALL_MODELS,
    Action,
    Application,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Outcome,
    PointKind,
    Response,
    Stage,
    ToldVia,
    Verdict,
    WizardStep,
)

TODAY = dt.date(2026, 3, 15)


def _snapshot() -> dict[str, list[dict]]:
    return {m.__name__: list(m.select().order_by(m.id).dicts()) for m in ALL_MODELS}


def _values(field) -> set:
    return {v for (v,) in field.model.select(field).distinct().tuples()}


def test_demo_fills_every_table_with_every_kind_of_value(journal):
    fill_demo(journal, today=TODAY)
    assert all(m.select().count() for m in ALL_MODELS)
    assert 28 <= Interview.select().count() <= 40
    assert len(_values(Interview.company)) >= 15
    assert _values(Interview.stage) == {s.value for s in Stage}
    assert _values(Interview.outcome) == {o.value for o in Outcome}
    assert _values(Interview.told_via) - {None} == {t.value for t in ToldVia}
    assert _values(FeedbackRequest.response) == {r.value for r in Response}
    assert _values(FeedbackPoint.kind) == {k.value for k in PointKind}
    assert _values(FeedbackPoint.verdict) - {None} == {v.value for v in Verdict}
    assert _values(Action.status) == {"open", "practising", "done"}


def test_demo_dates_are_recent_and_only_the_next_round_is_ahead(journal):
    fill_demo(journal, today=TODAY)
    dates = _values(Interview.date)
    ahead = [d for d in dates if d > TODAY]
    assert len(ahead) == 1 and ahead[0] <= TODAY + dt.timedelta(days=7)
    dates -= set(ahead)
    assert TODAY - dt.timedelta(days=450) <= min(dates) and max(dates) <= TODAY
    assert (max(dates) - min(dates)).days >= 365  # about fourteen months of history
    now = dt.datetime.combine(TODAY, dt.time.max)
    for field in (FeedbackRequest.asked_at, FeedbackRequest.responded_at, Action.done_at):
        assert all(v <= now for v in _values(field) - {None})


def test_demo_mostly_asks_in_time_and_leaves_debriefs_to_continue(journal):
    fill_demo(journal, today=TODAY)
    rejected = Application.select().where(Application.outcome == "rejected").count()
    asked = FeedbackRequest.select().count()
    assert rejected - 3 <= asked < rejected  # most rejections, not all
    late = FeedbackRequest.select().where(FeedbackRequest.in_time == False).count()  # noqa: E712
    assert 1 <= late <= asked // 4
    steps = [s for (s,) in FeedbackRequest.select(FeedbackRequest.wizard_step).tuples()]
    unfinished = [s for s in steps if s != WizardStep.DONE]
    assert 1 <= len(unfinished) <= 2 and steps.count(WizardStep.DONE) > len(steps) / 2
    clarified = FeedbackPoint.select().where(FeedbackPoint.clarify_question != "").count()
    assert clarified >= 3


def test_demo_tells_the_enthusiasm_story(journal):
    fill_demo(journal, today=TODAY)
    top = [t.theme for t in weakness_counts(journal)[:3]]
    assert "Enthusiasm" in top
    trend = theme_trend(journal)
    enthusiasm = next(s for s in trend.series if s.theme == "Enthusiasm")
    mark = next(m for m in trend.completed_actions if m.theme == "Enthusiasm")
    done = trend.periods.index(mark.period)
    before, after = sum(enthusiasm.counts[:done]), sum(enthusiasm.counts[done + 1 :])
    assert before >= 5 and after <= 1  # frequent early, rare once the action was done
    result = funnel(journal)
    assert result.rejections > result.asked > result.feedback_given > 0
    assert result.clarified > 0 and result.thanked > 0
    assert 0 < result.response_rate < 1


def test_demo_is_the_same_for_the_same_seed_and_day(tmp_path):
    snapshots = []
    for name, seed in (("one", 7), ("two", 7), ("three", 8)):
        journal = open_journal(tmp_path / f"{name}.sqlite3")
        try:
            with journal.reading():
                fill_demo(journal, seed, today=TODAY)
                snapshots.append(_snapshot())
        finally:
            journal.close()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["Interview"] != snapshots[2]["Interview"]


def test_demo_without_a_day_counts_back_from_today(journal):
    fill_demo(journal)
    past = {d for d in _values(Interview.date) if d <= dt.date.today()}
    assert max(past) >= dt.date.today() - dt.timedelta(days=7)
    assert max(_values(Interview.date)) <= dt.date.today() + dt.timedelta(days=7)


def test_demo_has_rounds_and_something_to_be_reminded_of(journal):
    from debrief.journal.practice.reminders.facts import gather
    from debrief.journal.practice.reminders.rules import follow_up_at

    fill_demo(journal, today=TODAY)
    rounds = [r for (r,) in Application.select(Application.rounds).tuples()]
    assert max(rounds) == 3 and sum(r > 1 for r in rounds) >= 3
    assert Interview.select().where(Interview.time.is_null(False)).count() >= 2
    now = dt.datetime.combine(TODAY, dt.time(12))
    facts = gather(journal, now)
    (upcoming,) = facts.rounds
    assert upcoming.round == 2 and now < upcoming.starts_at < now + dt.timedelta(days=7)
    (ask,) = facts.asks
    assert ask.deadline.due > now
    assert any(follow_up_at(w.asked_at) < now for w in facts.waiting)
