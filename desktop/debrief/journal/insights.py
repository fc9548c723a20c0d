"""The counts behind the insights charts, aggregated in SQL over indexes made for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, Expression, Select, ValuesList, fn

from debrief.journal.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Outcome,
    PointKind,
    Reached,
    Theme,
    db_proxy,
)

QUARTERS_AFTER_DAYS = 730  # a trend spanning more than ~2 years is drawn by quarter


@dataclass(frozen=True)
class Filters:
    """What every chart is narrowed to; None means no limit. Dates are interview dates.

    Every filter keeps or drops whole interviews, which is what lets a sum of
    `FeedbackPoint.first_on_theme` stand for a count of distinct interviews.
    """

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


def _date_conditions(filters: Filters | None, column) -> list[Expression]:
    """The filter's date range on `column`, an interview date or a copy of one."""
    out = []
    if filters is not None and filters.date_from is not None:
        out.append(column >= filters.date_from)
    if filters is not None and filters.date_to is not None:
        out.append(column <= filters.date_to)
    return out


def _dates_only(filters: Filters | None) -> bool:
    """Nothing but dates narrows: the copied interview columns answer without a join."""
    return filters is None or not (filters.stage or (filters.company and filters.company.strip()))


def interview_conditions(filters: Filters | None) -> list[Expression]:
    """The filters as conditions on Interview; empty when nothing narrows the view."""
    if filters is None:
        return []
    out = _date_conditions(filters, Interview.date)
    if filters.stage:
        out.append(Interview.stage == filters.stage)
    if filters.company and filters.company.strip():
        out.append(Interview.company.collate("NOCASE") == filters.company.strip())
    return out


def narrowed(query, filters: Filters | None):
    """`query` (from FeedbackPoint or FeedbackRequest) limited to the filtered interviews.

    The join is skipped when nothing filters, so the unfiltered charts read indexes only
    (the columns they need are copied onto the rows by triggers, see migrations.py).
    """
    conditions = interview_conditions(filters)
    if not conditions:
        return query
    source = query.model
    return query.join(Interview, on=source.interview == Interview.id).where(*conditions)


def _counted(filters: Filters | None, kind: str) -> Select:
    """(theme_id, points, interviews) for every theme and None, as index range counts.

    Only for filters on dates, which the points carry. One point per interview, kind and
    theme has `first_on_theme` set, so counting those counts the interviews.
    """
    p = FeedbackPoint
    none = Select(columns=[SQL("NULL")])
    themes = Theme.select(Theme.id.alias("theme_id")).union_all(none).alias("themes")
    on_theme = [p.kind == kind, p.theme >> themes.c.theme_id]  # >> is SQL's IS
    on_theme += _date_conditions(filters, p.interview_date)
    points = p.select(fn.COUNT(SQL("*"))).where(*on_theme)
    interviews = p.select(fn.COUNT(SQL("*"))).where(*on_theme, p.first_on_theme == 1)
    return Select(
        [themes], [themes.c.theme_id, points.alias("points"), interviews.alias("interviews")]
    )


def _grouped(filters: Filters | None, kind: str) -> Select:
    """(theme_id, points, interviews) through the filtered interviews, grouped by theme."""
    p = FeedbackPoint
    query = p.select(
        p.theme.alias("theme_id"),
        fn.COUNT(SQL("*")).alias("points"),
        fn.SUM(p.first_on_theme).alias("interviews"),
    )
    return narrowed(query, filters).where(p.kind == kind).group_by(p.theme)


def theme_counts(
    filters: Filters | None, kind: str, *, min_points: int = 1, min_interviews: int = 1
) -> list[ThemeCount]:
    """Points of `kind` per theme with distinct interviews, largest first.

    Without a stage or company filter each number is one range of an index that SQLite
    only counts (several times cheaper per point than grouping); with them, the points
    are joined to their interviews and grouped.
    """
    count = _counted if _dates_only(filters) else _grouped
    # Materialised, so SQLite counts once rather than once per use of a count.
    counts = count(filters, kind).cte("counts", materialized=True)
    c = counts.c
    query = (
        Select([counts], [c.theme_id, Theme.name, c.points, c.interviews])
        .join(Theme, JOIN.LEFT_OUTER, on=c.theme_id == Theme.id)
        .where((c.points >= min_points) & (c.interviews >= min_interviews))
        .order_by(c.points.desc(), c.interviews.desc(), Theme.name.is_null(), Theme.name)
        .with_cte(counts)
        .bind(db_proxy)
    )
    return [ThemeCount(*row) for row in query.tuples()]


def weakness_counts(filters: Filters | None = None) -> list[ThemeCount]:
    """Held-me-back points per theme, largest first; unthemed points under theme None."""
    return theme_counts(filters, PointKind.HELD_BACK.value)


def _period_of(day: dt.date, granularity: str) -> str:
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    return f"{day.year}-{day.month:02d}"


def _bounds(first: dt.date, last: dt.date, granularity: str) -> list[tuple[str, str, str]]:
    """(label, first day, day after the last) of every period from `first` to `last`.

    The first and last periods are cut to `first` and `last`, so counting between the
    bounds leaves out days the filter leaves out.
    """
    step = 3 if granularity == "quarter" else 1
    month = first.year * 12 + first.month - 1
    month -= month % step
    out = []
    while month <= last.year * 12 + last.month - 1:
        start, stop = (dt.date(m // 12, m % 12 + 1, 1) for m in (month, month + step))
        start, stop = max(start, first), min(stop, last + dt.timedelta(days=1))
        out.append((_period_of(start, granularity), start.isoformat(), stop.isoformat()))
        month += step
    return out


def _periods(first: dt.date, last: dt.date, granularity: str) -> list[str]:
    """Every period label from `first` to `last`, so quiet months show as zeros."""
    return [label for label, _, _ in _bounds(first, last, granularity)]


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


def _span(filters: Filters | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of the filtered interviews: two seeks along the date index."""
    i = Interview
    edges = [i.select(edge(i.date)) for edge in (fn.MIN, fn.MAX)]
    if conditions := interview_conditions(filters):
        edges = [edge.where(*conditions) for edge in edges]
    first, last = Select(columns=edges).bind(db_proxy).tuples().get()
    return None if first is None else (_as_date(first), _as_date(last))


def _per_period(filters: Filters | None, ids: list[int], granularity: str) -> list[tuple]:
    """(theme id, period label, points) of held-me-back points on these themes, by period.

    Each theme and period is one range of the theme-and-day index, which SQLite walks
    without grouping: several times cheaper per point than GROUP BY. Periods run over the
    filtered interviews' days; the empty ones are left out.
    """
    span = _span(filters)
    if span is None:
        return []
    periods = ValuesList(_bounds(*span, granularity)).alias("periods")
    themes = ValuesList([(theme_id,) for theme_id in ids]).alias("themes")
    label, start, stop = periods.c.column1, periods.c.column2, periods.c.column3
    p = FeedbackPoint
    points = p.select(fn.COUNT(SQL("*"))).where(
        p.kind == PointKind.HELD_BACK.value,
        p.theme == themes.c.column1,
        p.interview_date >= start,  # the filter's dates are within the periods' bounds
        p.interview_date < stop,
    )
    if not _dates_only(filters):
        others = Filters(stage=filters.stage, company=filters.company)
        points = points.join(Interview, on=p.interview == Interview.id).where(
            *interview_conditions(others)
        )
    query = Select([periods, themes], [themes.c.column1, label, points]).order_by(label)
    return [row for row in query.bind(db_proxy).tuples() if row[2]]


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


_STEPS = (Reached.ASKED, Reached.IN_TIME, Reached.GIVEN, Reached.CLARIFIED, Reached.THANKED)


def _step_groups(filters: Filters | None) -> Select:
    """(steps, n): rejected interviews per `feedback_steps` value, for all 32 values.

    Each count is one range of the funnel index (outcome, steps, date), which SQLite walks
    without grouping: several times cheaper per interview than GROUP BY.
    """
    i = Interview
    rejected = [i.outcome == Outcome.REJECTED.value, *interview_conditions(filters)]
    values = ValuesList([(steps,) for steps in range(1 << len(Reached))]).alias("all_steps")
    steps = values.c.column1
    count = i.select(fn.COUNT(SQL("*"))).where(*rejected, i.feedback_steps == steps)
    return Select([values], [steps.alias("steps"), count.alias("n")])


def _per_steps(filters: Filters | None) -> tuple[int, int, int, int, int, int]:
    """Rejected interviews, and how many of them reached each step of asking.

    Counted per `Interview.feedback_steps` value (kept by triggers), so a few dozen
    counts are summed instead of every request being looked at.
    """
    # Materialised, so SQLite counts once rather than once per sum that reads `n`.
    groups = _step_groups(filters).cte("groups", materialized=True)
    c = groups.c
    reached = [Case(None, [(c.steps.bin_and(step.value) != 0, c.n)], 0) for step in _STEPS]
    sums = [fn.COALESCE(fn.SUM(value), 0) for value in [c.n, *reached]]
    return Select([groups], sums).with_cte(groups).bind(db_proxy).tuples().get()


def _answered(filters: Filters | None) -> Select:
    """Answered requests (feedback or a refusal, both times known) of rejected interviews."""
    r = FeedbackRequest
    query = r.select(r.reply_days.alias("days")).where(
        (r.interview_outcome == Outcome.REJECTED.value) & r.reply_days.is_null(False)
    )
    if _dates_only(filters):  # the reply index carries the interview's date
        return query.where(*_date_conditions(filters, r.interview_date))
    return narrowed(query, filters)


def _median_reply_days(filters: Filters | None) -> float | None:
    """Median days from asking to an answer, per answered request.

    SQL counts, then skips to the middle along the reply index (ORDER BY, LIMIT, OFFSET);
    at most two values come back.
    """
    answered = _answered(filters).count()
    if not answered:
        return None
    middle = (
        _answered(filters)
        .order_by(FeedbackRequest.reply_days)
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
    rejections, asked, in_time, given, clarified, thanked = _per_steps(filters)
    return Funnel(
        rejections=rejections,
        asked=asked,
        asked_in_time=in_time,
        feedback_given=given,
        clarified=clarified,
        thanked=thanked,
        response_rate=round(given / asked, 4) if asked else None,
        median_reply_days=_median_reply_days(filters),
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
        .where(on_theme, *interview_conditions(filters))
        .order_by(Interview.date.desc(), Interview.id.desc(), p.position, p.id)
    )
    if kind is not None:
        query = query.where(p.kind == kind)
    return [PointRow(*row) for row in query.tuples()]


_PREP_NAMES = ("PrepSheet", "RecurringTheme", "OpenAction", "Clarification", "prep_sheet")


def __getattr__(name: str):
    """The prep sheet moved to prep.py; `insights.prep_sheet` and its types still work.

    Looked up lazily, because prep.py builds on this module.
    """
    if name in _PREP_NAMES:
        from debrief.journal import prep

        return getattr(prep, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
