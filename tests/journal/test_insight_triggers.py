"""The charts' copied columns stay in step with their sources through every kind of edit.

Each check compares the fast chart queries (which read columns kept by triggers) with the
same numbers counted the plain way, joining interviews, and checks every copied column
against what it is copied from.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import statistics
from pathlib import Path

import pytest

from debrief.journal.insights.counts import Filters, funnel, weakness_counts
from debrief.journal.insights.trend import theme_trend
from debrief.journal.portability.export import export_json, import_json
from debrief.journal.records.interviews import delete_interview, save_interview, update_field
from debrief.journal.store.binding import models_database
from debrief.journal.store.derived import fill
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import (
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Reached,
    Theme,
)

COMPANIES = ("Acme", "ACME", "Beta", "Gamma")
STAGES = ("screen", "technical", "onsite", "final")
OUTCOMES = ("rejected", "rejected", "rejected", "offer", "pending", "no_response")
RESPONSES = ("given", "given", "declined", "no_reply", "waiting")
KINDS = ("held_back", "held_back", "went_well", "advice")
FILTERS = (
    None,
    Filters(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 6, 30)),
    Filters(date_to=dt.date(2026, 5, 15)),
    Filters(stage="technical"),
    Filters(company="acme", date_from=dt.date(2026, 2, 14)),
)


def _stamp(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 18), rng.randrange(60)))


def _add_request(rng: random.Random, interview: Interview) -> int:
    asked = _stamp(rng, interview.date + dt.timedelta(days=rng.randrange(1, 5)))
    response = rng.choice(RESPONSES)
    answered = response in ("given", "declined")
    return FeedbackRequest.create(
        interview=interview,
        channel="email",
        asked_at=asked if rng.random() < 0.9 else None,
        in_time=rng.choice((True, False, None)),
        response=response,
        responded_at=asked + dt.timedelta(hours=rng.randrange(2, 200)) if answered else None,
        thanked_at=asked + dt.timedelta(days=9) if rng.random() < 0.6 else None,
        wizard_step="done",
    ).id


def _add_point(rng: random.Random, interview_id: int, request_id: int | None, themes) -> int:
    clarified = rng.random() < 0.2
    return FeedbackPoint.create(
        interview=interview_id,
        request=request_id,
        kind=rng.choice(KINDS),
        theme=rng.choice(themes),
        words="said",
        clarify_question="An example?" if clarified and rng.random() < 0.5 else "",
        clarify_example="The design round." if clarified else "",
    ).id


@pytest.fixture
def filled(journal):
    """Forty interviews with requests and points, written row by row through the models."""
    rng = random.Random(11)
    themes = [t.id for t in Theme.select().order_by(Theme.id).limit(5)] + [None]
    with journal.writing():
        for n in range(40):
            interview = Interview.create(
                company=rng.choice(COMPANIES),
                role="Engineer",
                stage=rng.choice(STAGES),
                date=dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(280)),
                outcome=rng.choice(OUTCOMES),
            )
            requests = [_add_request(rng, interview) for _ in range(n % 3)]
            for _ in range(rng.randrange(5)):
                _add_point(rng, interview.id, rng.choice([*requests, None]), themes)
    return rng


def _where(filters: Filters | None) -> tuple[str, list]:
    """The filters as plain SQL over interview `i`."""
    parts, params = ["1"], []
    if filters and filters.date_from:
        parts.append("i.date >= ?")
        params.append(filters.date_from.isoformat())
    if filters and filters.date_to:
        parts.append("i.date <= ?")
        params.append(filters.date_to.isoformat())
    if filters and filters.stage:
        parts.append("i.stage = ?")
        params.append(filters.stage)
    if filters and filters.company:
        parts.append("i.company = ? COLLATE NOCASE")
        params.append(filters.company)
    return " AND ".join(parts), params


def _rows(sql: str, params=()) -> list[tuple]:
    return models_database.execute_sql(sql, params).fetchall()


def _joined_weakness(filters: Filters | None) -> dict:
    where, params = _where(filters)
    rows = _rows(
        "SELECT p.theme_id, COUNT(*), COUNT(DISTINCT p.interview_id) FROM feedback_point p "
        f"JOIN interview i ON i.id = p.interview_id WHERE p.kind = 'held_back' AND {where} "
        "GROUP BY p.theme_id",
        params,
    )
    return {theme: (points, interviews) for theme, points, interviews in rows}


def _joined_trend(filters: Filters | None, theme_ids: list[int]) -> dict:
    where, params = _where(filters)
    marks = ",".join("?" * len(theme_ids))
    rows = _rows(
        "SELECT p.theme_id, substr(i.date, 1, 7), COUNT(*) FROM feedback_point p "
        f"JOIN interview i ON i.id = p.interview_id WHERE p.kind = 'held_back' AND {where} "
        f"AND p.theme_id IN ({marks}) GROUP BY 1, 2",
        [*params, *theme_ids],
    )
    return {(theme, month): n for theme, month, n in rows}


def _any_request(condition: str) -> str:
    return f"EXISTS (SELECT 1 FROM feedback_request r WHERE r.interview_id = i.id AND {condition})"


_STEP_SQL = {
    Reached.ASKED: _any_request("r.asked_at IS NOT NULL"),
    Reached.IN_TIME: _any_request("r.in_time = 1"),
    Reached.GIVEN: _any_request("r.response = 'given'"),
    Reached.CLARIFIED: "EXISTS (SELECT 1 FROM feedback_point p WHERE p.interview_id = i.id "
    "AND (p.clarify_question != '' OR p.clarify_example != ''))",
    Reached.THANKED: _any_request("r.thanked_at IS NOT NULL"),
}


def _joined_funnel(filters: Filters | None) -> tuple:
    where, params = _where(filters)
    # Per application: a step reached after any of its rounds counts it once.
    reached = ", ".join(f"MAX({sql}) AS s{n}" for n, sql in enumerate(_STEP_SQL.values()))
    sums = ", ".join(f"SUM(s{n})" for n in range(len(_STEP_SQL)))
    counts = _rows(
        f"SELECT COUNT(*), {sums} FROM (SELECT {reached} FROM interview i "
        f"WHERE i.outcome = 'rejected' AND {where} GROUP BY i.application_id)",
        params,
    )[0]
    days = _rows(
        "SELECT julianday(r.responded_at) - julianday(r.asked_at) FROM feedback_request r "
        "JOIN interview i ON i.id = r.interview_id WHERE i.outcome = 'rejected' "
        "AND r.response IN ('given', 'declined') AND r.asked_at IS NOT NULL "
        f"AND r.responded_at IS NOT NULL AND {where}",
        params,
    )
    median = round(statistics.median(d for (d,) in days), 2) if days else None
    return (*[n or 0 for n in counts], median)


def _copied_columns_wrong() -> dict[str, int]:
    """How many rows disagree with their source, per copied column (all should be 0)."""
    steps = " | ".join(f"(({sql}) * {bit.value})" for bit, sql in _STEP_SQL.items())
    checks = {
        "interview_date": "SELECT COUNT(*) FROM feedback_point p JOIN interview i "
        "ON i.id = p.interview_id WHERE p.interview_date IS NOT i.date",
        "first_on_theme": "SELECT COUNT(*) FROM feedback_point p WHERE p.first_on_theme != "
        "(p.id = (SELECT MIN(q.id) FROM feedback_point q WHERE q.interview_id = p.interview_id "
        "AND q.kind = p.kind AND q.theme_id IS p.theme_id))",
        "interview_outcome": "SELECT COUNT(*) FROM feedback_request r JOIN interview i "
        "ON i.id = r.interview_id WHERE r.interview_outcome IS NOT i.outcome",
        "request interview_date": "SELECT COUNT(*) FROM feedback_request r JOIN interview i "
        "ON i.id = r.interview_id WHERE r.interview_date IS NOT i.date",
        "reply_days": "SELECT COUNT(*) FROM feedback_request WHERE reply_days IS NOT (CASE "
        "WHEN response IN ('given', 'declined') "
        "THEN julianday(responded_at) - julianday(asked_at) END)",
        "feedback_steps": f"SELECT COUNT(*) FROM interview i WHERE feedback_steps != ({steps})",
    }
    return {name: _rows(sql)[0][0] for name, sql in checks.items()}


def assert_in_step(journal) -> None:
    """Copied columns equal their sources, and every chart equals the joined count."""
    assert set(_copied_columns_wrong().values()) == {0}, _copied_columns_wrong()
    for filters in FILTERS:
        ranking = weakness_counts(journal, filters)
        assert {r.theme_id: (r.points, r.interviews) for r in ranking} == _joined_weakness(
            filters
        ), filters
        trend = theme_trend(journal, filters, ranking=ranking)
        ids = [s.theme_id for s in trend.series]
        drawn = {
            (s.theme_id, period): n
            for s in trend.series
            for period, n in zip(trend.periods, s.counts, strict=True)
            if n
        }
        assert drawn == _joined_trend(filters, ids), filters
        f = funnel(journal, filters)
        fast = (f.rejections, f.asked, f.asked_in_time, f.feedback_given, f.clarified)
        assert (*fast, f.thanked, f.median_reply_days) == _joined_funnel(filters), filters


def test_rows_written_one_by_one_are_counted_as_a_join_counts(journal, filled):
    assert Interview.select().where(Interview.feedback_steps != 0).exists()
    assert FeedbackPoint.select().where(FeedbackPoint.first_on_theme).exists()
    assert funnel(journal).median_reply_days is not None
    assert_in_step(journal)


def test_editing_interviews_carries_date_outcome_stage_and_company(journal, filled):
    ids = [i for (i,) in Interview.select(Interview.id).order_by(Interview.id).tuples()]
    for n, interview_id in enumerate(ids[:24]):
        if n % 4 == 0:
            update_field(
                journal, interview_id, "date", dt.date(2026, 2, 1) + dt.timedelta(days=9 * n)
            )
        elif n % 4 == 1:
            update_field(journal, interview_id, "outcome", "offer")
        elif n % 4 == 2:
            update_field(journal, interview_id, "outcome", "rejected")
        else:
            save_interview(
                journal, {"stage": "technical", "company": "acme"}, interview_id=interview_id
            )
    assert_in_step(journal)


def test_new_interview_and_its_first_request_and_point(journal, filled):
    interview_id = save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-04-04"})
    Interview.update(outcome="rejected").where(Interview.id == interview_id).execute()
    interview = Interview.get_by_id(interview_id)
    request = _add_request(filled, interview)
    FeedbackRequest.update(response="given", responded_at=dt.datetime(2026, 4, 20)).where(
        FeedbackRequest.id == request
    ).execute()
    _add_point(filled, interview_id, request, [None])
    assert_in_step(journal)


def test_editing_points_kind_theme_interview_and_clarification(journal, filled):
    themes = [t.id for t in Theme.select().order_by(Theme.id).limit(3)] + [None]
    interviews = [i for (i,) in Interview.select(Interview.id).tuples()]
    points = [
        p for (p,) in FeedbackPoint.select(FeedbackPoint.id).order_by(FeedbackPoint.id).tuples()
    ]
    p = FeedbackPoint
    for n, point_id in enumerate(points):
        change = {
            0: {"kind": KINDS[n % len(KINDS)]},
            1: {"theme": themes[n % len(themes)]},
            2: {"interview": interviews[n % len(interviews)]},
            3: {"clarify_question": "", "clarify_example": ""},
            4: {"clarify_example": "In the first round."},
        }[n % 5]
        p.update(**change).where(p.id == point_id).execute()
    p.update(kind="held_back", theme=themes[0]).where(p.id.in_(points[::3])).execute()
    assert_in_step(journal)


def test_moving_the_only_clarified_point_moves_the_clarified_step(journal):
    day = dt.date(2026, 3, 3)
    a, b = (Interview.create(company=c, role="Dev", date=day, outcome="rejected") for c in "AB")
    point = _add_point(random.Random(2), a.id, None, [None])
    FeedbackPoint.update(clarify_example="The cache question.").where(
        FeedbackPoint.id == point
    ).execute()
    assert funnel(journal).clarified == 1
    FeedbackPoint.update(interview=b.id).where(FeedbackPoint.id == point).execute()
    assert Interview.get_by_id(a.id).feedback_steps == 0
    assert Interview.get_by_id(b.id).feedback_steps == Reached.CLARIFIED
    assert_in_step(journal)


def test_editing_requests_response_times_thanks_and_interview(journal, filled):
    interviews = [i for (i,) in Interview.select(Interview.id).tuples()]
    requests = list(FeedbackRequest.select().order_by(FeedbackRequest.id))
    r = FeedbackRequest
    for n, request in enumerate(requests):
        asked = request.asked_at or dt.datetime(2026, 5, 1, 9)
        change = {
            0: {"response": "declined", "responded_at": asked + dt.timedelta(days=2)},
            1: {"response": "no_reply", "responded_at": None},
            2: {"response": "given", "responded_at": asked + dt.timedelta(hours=30)},
            3: {"asked_at": None, "in_time": None},
            4: {"in_time": True, "thanked_at": asked + dt.timedelta(days=3)},
            5: {"thanked_at": None},
            6: {"interview": interviews[n % len(interviews)]},
        }[n % 7]
        r.update(**change).where(r.id == request.id).execute()
    assert_in_step(journal)


def test_deleting_points_requests_interviews_and_themes(journal, filled):
    firsts = FeedbackPoint.select(FeedbackPoint.id).where(FeedbackPoint.first_on_theme)
    FeedbackPoint.delete().where(
        FeedbackPoint.id.in_([p for (p,) in firsts.tuples()][::2])
    ).execute()
    assert_in_step(journal)
    requests = [r for (r,) in FeedbackRequest.select(FeedbackRequest.id).tuples()]
    FeedbackRequest.delete().where(FeedbackRequest.id.in_(requests[::3])).execute()  # cascades
    assert_in_step(journal)
    for interview_id in [i for (i,) in Interview.select(Interview.id).tuples()][::4]:
        delete_interview(journal, interview_id)
    assert_in_step(journal)
    used = FeedbackPoint.select(FeedbackPoint.theme).where(FeedbackPoint.theme.is_null(False))
    Theme.delete().where(Theme.id == used.first().theme_id).execute()  # points lose the theme
    assert_in_step(journal)


def test_copied_values_written_by_an_import_are_recomputed(journal, filled, tmp_path):
    """An archive carrying wrong copied values (written here on purpose) imports right."""
    FeedbackPoint.update(first_on_theme=True, interview_date="1999-01-01").execute()
    FeedbackRequest.update(
        interview_outcome="offer", interview_date="1999-01-01", reply_days=99.0
    ).execute()
    Interview.update(feedback_steps=31).execute()
    assert 0 not in _copied_columns_wrong().values()  # the check does notice wrong values
    archive = export_json(journal, tmp_path / "export.json")
    copy = open_journal(tmp_path / "copy.sqlite3")
    try:
        with copy.reading():
            import_json(copy, archive)
            assert_in_step(copy)
            assert weakness_counts(copy) and funnel(copy).rejections > 0
    finally:
        copy.close()


def test_fill_recomputes_every_copied_column_from_scratch(journal, filled):
    FeedbackPoint.update(first_on_theme=True, interview_date="1999-01-01").execute()
    FeedbackRequest.update(
        interview_outcome="offer", interview_date="1999-01-01", reply_days=99.0
    ).execute()
    Interview.update(feedback_steps=31).execute()
    fill(models_database.connection())
    assert_in_step(journal)


def _generate():
    path = Path(__file__).parents[2] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate_triggers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def test_bulk_loaded_journal_is_filled_in_step_and_keeps_its_triggers(tmp_path):
    """bench/generate.py lifts the triggers while loading and fills the columns at once."""
    path = tmp_path / "generated.sqlite3"
    _generate()(path, interviews=300, points=900, seed=5)
    journal = open_journal(path)
    try:
        with journal.reading():
            assert_in_step(journal)
            first = Interview.select().where(Interview.outcome == "rejected").first()
            update_field(journal, first.id, "date", dt.date(2026, 1, 2))
            update_field(journal, first.id, "outcome", "offer")
            _add_point(random.Random(1), first.id, None, [None])
            assert_in_step(journal)
    finally:
        journal.close()
