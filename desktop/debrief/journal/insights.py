"""The counts behind the insights charts and the prep sheet, aggregated in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, Expression, Select, fn

from debrief.journal.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Outcome,
    PointKind,
    Response,
    Theme,
    db_proxy,
)

QUARTERS_AFTER_DAYS = 730  # a trend spanning more than ~2 years is drawn by quarter


@dataclass(frozen=True)
class Filters:
    """What every chart is narrowed to; None means no limit. Dates are interview dates."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    stage: str | None = None
    company: str | None = None  # matched whole, ignoring case


@dataclass(frozen=True)
class ThemeCount:
    """Points on one theme (None: points without a theme) and the interviews they came from."""

    theme_id: int | None
    theme: str | None
    points: int
    interviews: int


@dataclass(frozen=True)
class TrendSeries:
    theme_id: int
    theme: str
    counts: list[int]  # one per Trend.periods


@dataclass(frozen=True)
class ActionMark:
    """An action on `theme` completed on `date`, which falls in `period`."""

    theme_id: int
    theme: str
    period: str
    date: dt.date


@dataclass(frozen=True)
class Trend:
    granularity: str  # "month" (periods "2026-03") or "quarter" (periods "2026-Q1")
    periods: list[str]  # every period from first to last, empty ones included
    series: list[TrendSeries]
    completed_actions: list[ActionMark]


@dataclass(frozen=True)
class Funnel:
    """Rejected interviews that reached each step of the practice (each counted once).

    Every step after `rejections` is a part of `asked`; `thanked` can pass `feedback_given`,
    since an interviewer who declined is thanked too.
    """

    rejections: int
    asked: int
    asked_in_time: int
    feedback_given: int
    clarified: int
    thanked: int
    response_rate: float | None  # feedback_given / asked; None before anything was asked
    median_reply_days: float | None  # asked -> answered (given or declined), per request


@dataclass(frozen=True)
class PointRow:
    point_id: int
    interview_id: int
    date: dt.date
    company: str
    role: str
    kind: str
    verdict: str | None
    words: str


@dataclass(frozen=True)
class RecurringTheme:
    theme_id: int
    theme: str
    points: int
    interviews: int
    suggestion: str


@dataclass(frozen=True)
class OpenAction:
    action_id: int
    theme: str | None
    description: str
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Clarification:
    point_id: int
    date: dt.date
    company: str
    theme: str | None
    words: str
    question: str
    example: str


@dataclass(frozen=True)
class PrepSheet:
    recurring: list[RecurringTheme]  # held-me-back themes met in two interviews or more
    open_actions: list[OpenAction]
    clarifications: list[Clarification]
    strengths: list[ThemeCount]  # went-well themes praised more than once


def _conditions(filters: Filters | None) -> list[Expression]:
    """The filters as conditions on Interview; empty when nothing narrows the view."""
    if filters is None:
        return []
    out = []
    if filters.date_from is not None:
        out.append(Interview.date >= filters.date_from)
    if filters.date_to is not None:
        out.append(Interview.date <= filters.date_to)
    if filters.stage:
        out.append(Interview.stage == filters.stage)
    if filters.company and filters.company.strip():
        out.append(Interview.company.collate("NOCASE") == filters.company.strip())
    return out


def _narrowed(query, filters: Filters | None, *, always_join: bool = False):
    """`query` (from FeedbackPoint or FeedbackRequest) limited to the filtered interviews.

    The join is skipped when nothing filters, so the unfiltered charts read indexes only.
    """
    conditions = _conditions(filters)
    if conditions or always_join:
        source = query.model
        query = query.join(Interview, on=source.interview == Interview.id)
    return query.where(*conditions) if conditions else query


def _theme_counts(
    filters: Filters | None, kind: str, *, min_points: int = 1, min_interviews: int = 1
) -> list[ThemeCount]:
    """Points of `kind` per theme with distinct interviews, largest first, in one query."""
    points = fn.COUNT(FeedbackPoint.id)
    interviews = fn.COUNT(FeedbackPoint.interview.distinct())
    grouped = (
        _narrowed(
            FeedbackPoint.select(
                FeedbackPoint.theme.alias("theme_id"),
                points.alias("points"),
                interviews.alias("interviews"),
            ),
            filters,
        )
        .where(FeedbackPoint.kind == kind)
        .group_by(FeedbackPoint.theme)
        .having((points >= min_points) & (interviews >= min_interviews))
        .alias("counts")
    )
    c = grouped.c
    query = (
        Select([grouped], [c.theme_id, Theme.name, c.points, c.interviews])
        .join(Theme, JOIN.LEFT_OUTER, on=c.theme_id == Theme.id)
        .order_by(c.points.desc(), c.interviews.desc(), Theme.name.is_null(), Theme.name)
        .bind(db_proxy)
    )
    return [ThemeCount(*row) for row in query.tuples()]


def weakness_counts(filters: Filters | None = None) -> list[ThemeCount]:
    """Held-me-back points per theme, largest first; unthemed points under theme None."""
    return _theme_counts(filters, PointKind.HELD_BACK.value)


def _period(granularity: str, column) -> Expression:
    """SQL for the period label of an ISO date column: '2026-03' or '2026-Q1'.

    substr() rather than strftime(): the dates are stored as ISO text, and it is cheaper
    over a hundred thousand rows.
    """
    if granularity == "quarter":
        quarter = (fn.substr(column, 6, 2).cast("INTEGER") + 2) / 3
        return fn.substr(column, 1, 4).concat("-Q").concat(quarter)
    return fn.substr(column, 1, 7)


def _period_of(day: dt.date, granularity: str) -> str:
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    return f"{day.year}-{day.month:02d}"


def _periods(first: dt.date, last: dt.date, granularity: str) -> list[str]:
    """Every period label from `first` to `last`, so quiet months show as zeros."""
    step = 3 if granularity == "quarter" else 1
    month = first.year * 12 + first.month - 1
    month -= month % step
    end = last.year * 12 + last.month - 1
    labels = []
    while month <= end:
        labels.append(_period_of(dt.date(month // 12, month % 12 + 1, 1), granularity))
        month += step
    return labels


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _completed_actions(theme_ids: list[int], filters: Filters | None) -> list[tuple]:
    """(theme id, done_at) of finished actions on these themes, inside the date filter."""
    query = Action.select(Action.theme, Action.done_at).where(
        (Action.status == ActionStatus.DONE.value)
        & Action.done_at.is_null(False)
        & Action.theme.in_(theme_ids)
    )
    if filters is not None and filters.date_from is not None:
        query = query.where(Action.done_at >= filters.date_from)
    if filters is not None and filters.date_to is not None:
        query = query.where(Action.done_at < filters.date_to + dt.timedelta(days=1))
    return list(query.order_by(Action.done_at, Action.id).tuples())


def _per_period(filters: Filters | None, ids: list[int], granularity: str) -> list[tuple]:
    """(theme id, period label, points) for held-me-back points on these themes."""
    period = _period(granularity, Interview.date)
    query = (
        _narrowed(
            FeedbackPoint.select(FeedbackPoint.theme, period.alias("period"), fn.COUNT(SQL("*"))),
            filters,
            always_join=True,
        )
        .where((FeedbackPoint.kind == PointKind.HELD_BACK.value) & FeedbackPoint.theme.in_(ids))
        .group_by(FeedbackPoint.theme, SQL("period"))
        .order_by(SQL("period"))
    )
    return list(query.tuples())


def _month_start(label: str) -> dt.date:
    return dt.date(int(label[:4]), int(label[5:7]), 1)


def theme_trend(
    filters: Filters | None = None, top: int = 5, ranking: list[ThemeCount] | None = None
) -> Trend:
    """Held-me-back points per period for the `top` themes, and where actions were finished.

    The top themes are the first of `weakness_counts(filters)`; pass that list as `ranking`
    when it is already at hand (the insights view draws both charts) to save a query.
    Unthemed points are left out: no action can answer them, so there is no fading to show.
    The axis runs by month, or by quarter when it spans more than about two years; it is
    counted by month first, and counted again by quarter only for such long journals.
    """
    if ranking is None:
        ranking = weakness_counts(filters)
    themes = [t for t in ranking if t.theme_id is not None][:top]
    ids = [t.theme_id for t in themes]
    rows = _per_period(filters, ids, "month") if ids else []
    if not rows:
        return Trend("month", [], [], [])
    done = _completed_actions(ids, filters)
    days = [_month_start(rows[0][1]), _month_start(rows[-1][1])]
    days += [_as_date(at) for _, at in done]
    first, last = min(days), max(days)
    granularity = "quarter" if (last - first).days > QUARTERS_AFTER_DAYS else "month"
    if granularity == "quarter":
        rows = _per_period(filters, ids, granularity)
    periods = _periods(first, last, granularity)
    slot = {label: i for i, label in enumerate(periods)}
    counts = {theme_id: [0] * len(periods) for theme_id in ids}
    for theme_id, label, n in rows:  # one row per (theme, period): placing, not counting
        counts[theme_id][slot[label]] = n
    names = {t.theme_id: t.theme for t in themes}
    marks = [
        ActionMark(t, names[t], _period_of(_as_date(at), granularity), _as_date(at))
        for t, at in done
    ]
    return Trend(granularity, periods, [TrendSeries(t, names[t], counts[t]) for t in ids], marks)


def _rejected(filters: Filters | None) -> list[Expression]:
    return [Interview.outcome == Outcome.REJECTED.value, *_conditions(filters)]


def _with_interview(query, filters: Filters | None, *, rejected: bool = False):
    """Join `query` (over FeedbackPoint or FeedbackRequest) to its interviews, filtered.

    Unfiltered, the rows are read first and each one's interview looked up (a CROSS JOIN
    keeps that order): there are fewer requests or clarified points than interviews, and
    their indexes are read in interview order. With filters, SQLite picks the order, so a
    narrow filter starts from the few interviews it matches.
    """
    source = query.model
    conditions = (_rejected if rejected else _conditions)(filters)
    if _conditions(filters):
        return query.join(Interview, on=source.interview == Interview.id).where(*conditions)
    query = query.join(Interview, JOIN.CROSS).where(source.interview == Interview.id)
    return query.where(*conditions) if conditions else query


def _answered(r=FeedbackRequest) -> Expression:
    """A request that got an answer, feedback or a refusal, with both times known."""
    return (
        r.response.in_([Response.GIVEN.value, Response.DECLINED.value])
        & r.asked_at.is_null(False)
        & r.responded_at.is_null(False)
    )


def _request_steps(filters: Filters | None) -> tuple[int, int, int, int, int]:
    """Rejected interviews asked, asked in time, given feedback, thanked; answered requests.

    One pass over the requests, grouped per interview so that asking twice counts once.
    SQLite comparisons are 0 or 1, so MAX says "any of its requests" and SUM counts.
    """
    r = FeedbackRequest
    flags = r.select(
        fn.MAX(r.asked_at.is_null(False)).alias("asked"),
        fn.MAX(r.in_time == True).alias("in_time"),  # noqa: E712 (SQL, not Python)
        fn.MAX(r.response == Response.GIVEN.value).alias("given"),
        fn.MAX(r.thanked_at.is_null(False)).alias("thanked"),
        fn.SUM(_answered()).alias("answered"),
    )
    per_interview = (
        _with_interview(flags, filters, rejected=True).group_by(r.interview).alias("per")
    )
    c = per_interview.c
    columns = (c.asked, c.in_time, c.given, c.thanked, c.answered)
    sums = [fn.COALESCE(fn.SUM(col), 0) for col in columns]
    return Select([per_interview], sums).bind(db_proxy).tuples().get()


def _clarified(filters: Filters | None) -> int:
    """Rejected interviews with at least one point clarified by a question or an example.

    Distinct interviews first, then one lookup each, rather than one per clarified point.
    """
    p = FeedbackPoint
    clarified = (
        p.select(p.interview.alias("interview_id"))
        .where((p.clarify_question != "") | (p.clarify_example != ""))
        .distinct()
        .alias("clarified")
    )
    query = (
        Select([clarified], [fn.COUNT(SQL("*"))])
        .join(Interview, JOIN.CROSS)
        .where(clarified.c.interview_id == Interview.id, *_rejected(filters))
        .bind(db_proxy)
    )
    return query.scalar() or 0


def _median_reply_days(filters: Filters | None, answered: int) -> float | None:
    """Median days from asking to an answer over the `answered` requests.

    SQL sorts and skips to the middle (ORDER BY, LIMIT, OFFSET); at most two values come back.
    """
    if not answered:
        return None
    r = FeedbackRequest
    days = fn.julianday(r.responded_at) - fn.julianday(r.asked_at)
    middle = (
        _with_interview(r.select(days.alias("days")).where(_answered()), filters, rejected=True)
        .order_by(SQL("days"))
        .limit(2 - answered % 2)
        .offset((answered - 1) // 2)
        .alias("middle")
    )
    value = Select([middle], [fn.AVG(middle.c.days)]).bind(db_proxy).scalar()
    return None if value is None else round(value, 2)


def funnel(filters: Filters | None = None) -> Funnel:
    """From rejections to thanks, in interviews; response rate and median reply time.

    Only rejected interviews count, so no bar can outgrow `rejections`: a request on an
    interview whose outcome was later changed to an offer drops out.
    """
    rejections = Interview.select(fn.COUNT(Interview.id)).where(*_rejected(filters)).scalar()
    asked, in_time, given, thanked, answered = _request_steps(filters)
    return Funnel(
        rejections=rejections or 0,
        asked=asked,
        asked_in_time=in_time,
        feedback_given=given,
        clarified=_clarified(filters),
        thanked=thanked,
        response_rate=round(given / asked, 4) if asked else None,
        median_reply_days=_median_reply_days(filters, answered),
    )


def companies() -> list[str]:
    """Every company in the journal once, ignoring case, for the company filter."""
    name = Interview.company.collate("NOCASE")
    query = Interview.select(fn.MIN(Interview.company)).group_by(name).order_by(name)
    return [company for (company,) in query.tuples()]


def points_for_theme(
    theme_id: int | None,
    filters: Filters | None = None,
    kind: str | None = PointKind.HELD_BACK.value,
) -> list[PointRow]:
    """Exactly the points behind one bar of the weakness chart (theme None: unthemed).

    `kind=None` returns points of every kind on the theme.
    """
    p = FeedbackPoint
    on_theme = p.theme.is_null() if theme_id is None else p.theme == theme_id
    query = (
        p.select(
            p.id, p.interview, Interview.date, Interview.company, Interview.role, p.kind, p.verdict
        )
        .select_extend(p.words)
        .join(Interview, on=p.interview == Interview.id)
        .where(on_theme, *_conditions(filters))
        .order_by(Interview.date.desc(), Interview.id.desc(), p.position, p.id)
    )
    if kind is not None:
        query = query.where(p.kind == kind)
    return [PointRow(*row) for row in query.tuples()]


def _recurring(filters: Filters | None) -> list[RecurringTheme]:
    """Held-me-back themes met in two interviews or more, with the theme's improvement idea."""
    p = FeedbackPoint
    points = fn.COUNT(p.id)
    interviews = fn.COUNT(p.interview.distinct())
    query = (
        _narrowed(p.select(Theme.id, Theme.name, points, interviews, Theme.suggestion), filters)
        .switch(p)
        .join(Theme, on=p.theme == Theme.id)
        .where(p.kind == PointKind.HELD_BACK.value)
        .group_by(Theme.id)
        .having(interviews >= 2)
        .order_by(interviews.desc(), points.desc(), Theme.name)
    )
    return [RecurringTheme(*row) for row in query.tuples()]


def _open_actions() -> list[OpenAction]:
    """Actions not done yet, being practised first: the journal's to-do, whatever the filter."""
    practising = Case(Action.status, [(ActionStatus.PRACTISING.value, 0)], 1)
    query = (
        Action.select(Action.id, Theme.name, Action.description, Action.status, Action.created_at)
        .join(Theme, JOIN.LEFT_OUTER, on=Action.theme == Theme.id)
        .where(Action.status != ActionStatus.DONE.value)
        .order_by(practising, Action.created_at.desc(), Action.id.desc())
    )
    return [OpenAction(*row) for row in query.tuples()]


def _clarifications(filters: Filters | None) -> list[Clarification]:
    p = FeedbackPoint
    query = (
        p.select(p.id, Interview.date, Interview.company, Theme.name, p.words)
        .select_extend(p.clarify_question, p.clarify_example)
        .join(Interview, on=p.interview == Interview.id)
        .switch(p)
        .join(Theme, JOIN.LEFT_OUTER, on=p.theme == Theme.id)
        .where((p.clarify_question != "") | (p.clarify_example != ""), *_conditions(filters))
        .order_by(Interview.date.desc(), p.position, p.id)
    )
    return [Clarification(*row) for row in query.tuples()]


def prep_sheet(filters: Filters | None = None) -> PrepSheet:
    """The one-page summary to read before the next interview."""
    strengths = _theme_counts(filters, PointKind.WENT_WELL.value, min_points=2)
    return PrepSheet(
        recurring=_recurring(filters),
        open_actions=_open_actions(),
        clarifications=_clarifications(filters),
        strengths=[s for s in strengths if s.theme_id is not None],
    )
