"""Held-me-back points per period for the top themes: the data behind the trend chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import SQL, Select, ValuesList, fn

from debrief.journal.insights.counts import (
    Filters,
    ThemeCount,
    dates_only,
    interview_conditions,
    weakness_counts,
)
from debrief.journal.store.binding import models_database
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackPoint,
    Interview,
    PointKind,
)

QUARTERS_AFTER_DAYS = 730  # a trend spanning more than ~2 years is drawn by quarter


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
    first, last = Select(columns=edges).bind(models_database).tuples().get()
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
    if not dates_only(filters):
        others = Filters(stage=filters.stage, company=filters.company)
        points = points.join(Interview, on=p.interview == Interview.id).where(
            *interview_conditions(others)
        )
    query = Select([periods, themes], [themes.c.column1, label, points]).order_by(label)
    return [row for row in query.bind(models_database).tuples() if row[2]]


def _month_start(label: str) -> dt.date:
    return dt.date(int(label[:4]), int(label[5:7]), 1)


@reads
def theme_trend(
    journal: Journal,
    filters: Filters | None = None,
    top: int = 5,
    ranking: list[ThemeCount] | None = None,
) -> Trend:
    """Held-me-back points per period for the `top` themes, and where actions were finished.

    The top themes are the first of `weakness_counts(filters)`; pass that list as `ranking`
    when it is already at hand (the insights view draws both charts) to save a query.
    Unthemed points are left out: no action can answer them, so there is no fading to show.
    The axis runs by month, or by quarter when it spans more than about two years; it is
    counted by month first, and counted again by quarter only for such long journals.
    """
    if ranking is None:
        ranking = weakness_counts(journal, filters)
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
