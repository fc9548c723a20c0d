"""Insights counts on a small journal built by hand, where every number is known."""

from __future__ import annotations

import datetime as dt
import importlib.util
import statistics
from collections import Counter
from pathlib import Path

import pytest

from debrief.journal.insights.counts import (
    Filters,
    ThemeCount,
    companies,
    funnel,
    points_for_theme,
    weakness_counts,
)
from debrief.journal.insights.trend import theme_trend
from debrief.journal.practice.prep import prep_sheet
from debrief.journal.records.interviews import delete_interview
from debrief.journal.records.listings import count_interviews
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import (
    Action,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Theme,
)

T = dt.datetime


def _interview(company, stage, day, outcome="rejected"):
    return Interview.create(
        company=company, role="Engineer", stage=stage, date=day, outcome=outcome
    ).id


def _request(interview, asked, in_time, response, answered=None, thanked=None):
    return FeedbackRequest.create(
        interview=interview,
        channel="email",
        asked_at=asked,
        in_time=in_time,
        response=response,
        responded_at=answered,
        thanked_at=thanked,
        wizard_step="done",
    ).id


def _point(interview, request, theme, kind="held_back", question="", example="", pos=0):
    return FeedbackPoint.create(
        interview=interview,
        request=request,
        theme=theme,
        kind=kind,
        words=f"point {pos} on {interview}",
        verdict="true_weakness" if kind == "held_back" else None,
        clarify_question=question,
        clarify_example=example,
        position=pos,
    ).id


@pytest.fixture
def built(journal):
    """Six interviews, six requests, thirteen points: see each test for what they add up to."""
    theme = {t.name: t.id for t in Theme.select()}
    theme["Salary talk"] = Theme.create(name="Salary talk").id
    enth, comm, tech, prep = (
        theme[n] for n in ("Enthusiasm", "Communication", "Technical depth", "Preparation")
    )
    with journal.writing():
        a = _interview("Acme", "screen", dt.date(2026, 1, 10))
        b = _interview("Beta", "technical", dt.date(2026, 2, 5))
        c = _interview("ACME", "onsite", dt.date(2026, 3, 20))
        d = _interview("Delta", "technical", dt.date(2026, 4, 2), outcome="offer")
        e = _interview("Echo", "screen", dt.date(2026, 4, 15))
        f = _interview("Foxtrot", "final", dt.date(2026, 5, 1))
        r1 = _request(a, T(2026, 1, 15, 12), True, "given", T(2026, 1, 17, 12), T(2026, 1, 17, 15))
        _request(b, T(2026, 2, 12, 9), False, "no_reply")
        r3 = _request(b, T(2026, 2, 14, 10), False, "given", T(2026, 2, 18, 10))
        _request(c, T(2026, 3, 25, 9), True, "declined", T(2026, 3, 26, 9), T(2026, 3, 26, 10))
        r5 = _request(f, T(2026, 5, 5, 9), True, "given", T(2026, 5, 8, 9), T(2026, 5, 8, 12))
        r6 = _request(d, T(2026, 4, 9, 9), True, "given", T(2026, 4, 9, 10), T(2026, 4, 9, 11))
        points = {
            "p1": _point(a, r1, enth, question="Could you give me an example?", pos=0),
            "p2": _point(a, r1, enth, pos=1),
            "p3": _point(a, r1, tech, kind="went_well", pos=2),
            "p4": _point(a, r1, None, pos=3),
            "p5": _point(b, r3, enth, pos=0),
            "p6": _point(b, r3, comm, pos=1),
            "p7": _point(b, r3, prep, kind="advice", pos=2),
            "p8": _point(c, None, comm, pos=0),
            "p9": _point(c, None, tech, kind="went_well", pos=1),
            "p10": _point(d, r6, enth, example="When we talked about the roadmap.", pos=0),
            "p11": _point(f, r5, theme["Salary talk"], example="The budget question.", pos=0),
            "p12": _point(f, r5, None, pos=1),
            "p13": _point(f, r5, tech, kind="went_well", pos=2),
        }
        Action.create(theme=enth, description="Two reasons", status="done", done_at=T(2026, 2, 20))
        Action.create(theme=comm, description="STAR", status="done", done_at=T(2026, 6, 10, 8))
        Action.create(theme=prep, description="Research", status="done", done_at=T(2026, 3, 1))
        Action.create(theme=tech, description="Mock design", status="practising")
        Action.create(theme=None, description="Sleep well", status="open")
    return {"theme": theme, "interview": dict(a=a, b=b, c=c, d=d, e=e, f=f), "point": points}


def _counts(rows: list[ThemeCount]) -> list[tuple]:
    return [(r.theme, r.points, r.interviews) for r in rows]


def test_weakness_counts_held_back_points_per_theme_largest_first(journal, built):
    assert _counts(weakness_counts(journal)) == [
        ("Enthusiasm", 4, 3),
        ("Communication", 2, 2),
        (None, 2, 2),  # points without a theme, named last among equals
        ("Salary talk", 1, 1),
    ]
    assert weakness_counts(journal)[0].theme_id == built["theme"]["Enthusiasm"]


def test_renamed_theme_keeps_its_counts_under_the_new_name(journal, built):
    Theme.update(name="Energy").where(Theme.id == built["theme"]["Enthusiasm"]).execute()
    assert _counts(weakness_counts(journal))[0] == ("Energy", 4, 3)


def test_deleted_interview_takes_its_points_out_of_every_count(journal, built):
    delete_interview(journal, built["interview"]["f"])
    assert _counts(weakness_counts(journal)) == [
        ("Enthusiasm", 4, 3),
        ("Communication", 2, 2),
        (None, 1, 1),
    ]
    result = funnel(journal)
    assert (result.rejections, result.asked, result.asked_in_time) == (4, 3, 2)
    assert (result.feedback_given, result.clarified, result.thanked) == (2, 1, 2)
    assert result.median_reply_days == 2.0
    assert _counts(prep_sheet(journal).strengths) == [("Technical depth", 2, 2)]


def test_filters_narrow_every_count(journal, built):
    acme = Filters(company="acme")
    assert _counts(weakness_counts(journal, acme)) == [
        ("Enthusiasm", 2, 1),
        ("Communication", 1, 1),
        (None, 1, 1),
    ]
    technical = Filters(stage="technical")
    assert _counts(weakness_counts(journal, technical)) == [
        ("Enthusiasm", 2, 2),
        ("Communication", 1, 1),
    ]
    spring = Filters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 3, 20))
    assert _counts(weakness_counts(journal, spring)) == [
        ("Communication", 2, 2),
        ("Enthusiasm", 1, 1),
    ]
    assert weakness_counts(journal, Filters(company="Nobody")) == []
    result = funnel(journal, acme)
    assert (result.rejections, result.asked, result.feedback_given, result.thanked) == (2, 2, 1, 2)


def test_funnel_counts_rejected_interviews_at_each_step(journal, built):
    result = funnel(journal)
    # Rejected: a, b, c, e, f. The offer (d) has a request and a clarified point: not counted.
    assert result.rejections == 5
    assert result.asked == 4  # e was never asked; b asked twice counts once
    assert result.asked_in_time == 3  # a, c, f
    assert result.feedback_given == 3  # a, b (second request), f
    assert result.clarified == 2  # a (a question), f (an example)
    assert result.thanked == 3  # a, c, f
    assert result.response_rate == 0.75
    # Answers after 2 (a), 4 (b), 1 (c, declined) and 3 (f) days; no reply is no answer.
    assert result.median_reply_days == 2.5
    assert result.answered == 4  # the median's sample: the caption says "half of" them


def test_funnel_of_an_empty_journal_is_zero_without_rates(journal):
    result = funnel(journal)
    assert (result.rejections, result.asked, result.thanked) == (0, 0, 0)
    assert result.response_rate is None and result.median_reply_days is None
    assert result.answered == 0


def test_trend_by_month_with_completed_action_marks(journal, built):
    trend = theme_trend(journal, top=3)
    assert trend.granularity == "month"
    # The Communication action done in June stretches the axis past the last interview.
    assert trend.periods == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    series = {s.theme: s.counts for s in trend.series}
    assert list(series) == ["Enthusiasm", "Communication", "Salary talk"]
    assert series["Enthusiasm"] == [2, 1, 0, 1, 0, 0]
    assert series["Communication"] == [0, 1, 1, 0, 0, 0]
    assert series["Salary talk"] == [0, 0, 0, 0, 1, 0]
    marks = [(m.theme, m.period, m.date) for m in trend.completed_actions]
    assert marks == [
        ("Enthusiasm", "2026-02", dt.date(2026, 2, 20)),
        ("Communication", "2026-06", dt.date(2026, 6, 10)),
    ]  # Preparation's action is not a top theme: no mark


def test_trend_top_limits_series_and_reuses_a_ranking(journal, built):
    ranking = weakness_counts(journal)
    trend = theme_trend(journal, top=1, ranking=ranking)
    assert [s.theme for s in trend.series] == ["Enthusiasm"]
    assert trend.periods[-1] == "2026-04"  # the last Enthusiasm point; its mark is in February


def test_trend_switches_to_quarters_over_two_years(journal, built):
    old = _interview("Oldco", "screen", dt.date(2023, 11, 3))
    _point(old, None, built["theme"]["Enthusiasm"])
    trend = theme_trend(journal, top=1)
    assert trend.granularity == "quarter"
    assert trend.periods[0] == "2023-Q4" and trend.periods[-1] == "2026-Q2"
    assert len(trend.periods) == 11
    counts = dict(zip(trend.periods, trend.series[0].counts, strict=True))
    assert counts == {**dict.fromkeys(trend.periods, 0), "2023-Q4": 1, "2026-Q1": 3, "2026-Q2": 1}
    assert [m.period for m in trend.completed_actions] == ["2026-Q1"]


def test_trend_of_a_journal_without_feedback_is_empty(journal):
    trend = theme_trend(journal)
    assert (trend.periods, trend.series, trend.completed_actions) == ([], [], [])


def test_drill_down_returns_exactly_the_points_behind_a_bar(journal, built):
    p = built["point"]
    enthusiasm = points_for_theme(journal, built["theme"]["Enthusiasm"])
    assert [r.point_id for r in enthusiasm] == [p["p10"], p["p5"], p["p1"], p["p2"]]
    first = enthusiasm[0]
    assert (first.company, first.date, first.kind) == ("Delta", dt.date(2026, 4, 2), "held_back")
    assert first.words == f"point 0 on {built['interview']['d']}"
    assert [r.point_id for r in points_for_theme(journal, None)] == [p["p12"], p["p4"]]
    acme = Filters(company="Acme")
    assert [r.point_id for r in points_for_theme(journal, built["theme"]["Enthusiasm"], acme)] == [
        p["p1"],
        p["p2"],
    ]
    tech = points_for_theme(journal, built["theme"]["Technical depth"], kind=None)
    assert [r.point_id for r in tech] == [p["p13"], p["p9"], p["p3"]]
    assert points_for_theme(journal, built["theme"]["Technical depth"]) == []  # none held back


def test_drill_down_matches_the_weakness_counts(journal, built):
    for row in weakness_counts(journal):
        points = points_for_theme(journal, row.theme_id)
        assert len(points) == row.points
        assert len({r.interview_id for r in points}) == row.interviews


def test_prep_sheet_summarises_what_to_work_on(journal, built):
    sheet = prep_sheet(journal)
    assert [(r.theme, r.points, r.interviews) for r in sheet.recurring] == [
        ("Enthusiasm", 4, 3),
        ("Communication", 2, 2),
    ]
    assert sheet.recurring[0].suggestion.startswith("Say out loud")
    assert [(a.description, a.status, a.theme) for a in sheet.open_actions] == [
        ("Mock design", "practising", "Technical depth"),
        ("Sleep well", "open", None),
    ]
    assert [(c.company, c.theme, c.question, c.example) for c in sheet.clarifications] == [
        ("Foxtrot", "Salary talk", "", "The budget question."),
        ("Delta", "Enthusiasm", "", "When we talked about the roadmap."),
        ("Acme", "Enthusiasm", "Could you give me an example?", ""),
    ]
    assert _counts(sheet.strengths) == [("Technical depth", 3, 3)]


def test_prep_sheet_follows_filters(journal, built):
    sheet = prep_sheet(journal, Filters(date_from=dt.date(2026, 3, 1)))
    assert [r.theme for r in sheet.recurring] == []  # one interview each since March
    assert [c.company for c in sheet.clarifications] == ["Foxtrot", "Delta"]
    assert _counts(sheet.strengths) == [("Technical depth", 2, 2)]
    assert len(sheet.open_actions) == 2  # actions are the journal's to-do, whatever the filter


def test_prep_sheet_of_an_empty_journal_is_empty(journal):
    sheet = prep_sheet(journal)
    assert (sheet.recurring, sheet.clarifications, sheet.strengths) == ([], [], [])
    assert sheet.open_actions == []


def test_companies_are_listed_once_ignoring_case(journal, built):
    assert companies(journal) == ["ACME", "Beta", "Delta", "Echo", "Foxtrot"]


def _load_generator():
    path = Path(__file__).parents[2] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def test_generated_journal_agrees_with_counting_by_hand(tmp_path):
    """The benchmark's journal is consistent, and SQL counts match a plain Python count."""
    path = tmp_path / "generated.sqlite3"
    _load_generator()(path, interviews=400, points=2000, seed=3)
    journal = open_journal(path)
    try:
        with journal.reading():
            assert journal.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
            assert journal.db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
            company = Interview.select(Interview.company).order_by(Interview.id).first().company
            named = Interview.select().where(Interview.company.contains(company)).count()
            assert count_interviews(journal, company) == named > 0  # the search index was rebuilt
            held = list(
                FeedbackPoint.select(FeedbackPoint.theme, FeedbackPoint.interview)
                .where(FeedbackPoint.kind == "held_back")
                .tuples()
            )
            by_theme = Counter(theme for theme, _ in held)
            interviews = Counter(theme for theme, _ in set(held))
            assert {r.theme_id: (r.points, r.interviews) for r in weakness_counts(journal)} == {
                t: (by_theme[t], interviews[t]) for t in by_theme
            }
            trend = theme_trend(journal)
            assert {s.theme_id: sum(s.counts) for s in trend.series} == {
                s.theme_id: by_theme[s.theme_id] for s in trend.series
            }
            application_of = dict(
                Interview.select(Interview.id, Interview.application)
                .where(Interview.outcome == "rejected")
                .tuples()
            )  # the funnel counts applications: rounds of one count once
            rejected = set(application_of.values())
            requests = [
                {**r, "application": application_of[r["interview"]]}
                for r in FeedbackRequest.select().dicts()
                if r["interview"] in application_of
            ]
            asked = {r["application"] for r in requests if r["asked_at"]}
            given = {r["application"] for r in requests if r["response"] == "given"}
            days = [
                (r["responded_at"] - r["asked_at"]).total_seconds() / 86400
                for r in requests
                if r["response"] in ("given", "declined") and r["asked_at"] and r["responded_at"]
            ]
            result = funnel(journal)
            assert (result.rejections, result.asked, result.feedback_given) == (
                len(rejected),
                len(asked),
                len(given),
            )
            assert result.thanked == len({r["application"] for r in requests if r["thanked_at"]})
            assert result.median_reply_days == pytest.approx(statistics.median(days), abs=0.01)
    finally:
        journal.close()
