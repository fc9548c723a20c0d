"""The counts behind the insights charts, aggregated in SQL over indexes made for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, Expression, Select, ValuesList, fn

from debrief.journal.store.binding import models_database
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Application,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Outcome,
    PointKind,
    Reached,
    Theme,
)


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
class Funnel:
    """Rejected applications that reached each step of the practice (each counted once,
    however many rounds it had: asking after any round counts for the application).

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
    # The funnel's nested steps: each is a part of the one before, so no bar can grow.
    given_after_asking: int = 0  # asked, and feedback came
    thanked_after_feedback: int = 0  # asked, feedback came, and the user said thank you
    answered: int = 0  # requests answered (given or declined): what the median is of


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


def dates_only(filters: Filters | None) -> bool:
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


@reads
def theme_counts(
    journal: Journal,
    filters: Filters | None,
    kind: str,
    *,
    min_points: int = 1,
    min_interviews: int = 1,
) -> list[ThemeCount]:
    """Points of `kind` per theme with distinct interviews, largest first.

    Without a stage or company filter each number is one range of an index that SQLite
    only counts (several times cheaper per point than grouping); with them, the points
    are joined to their interviews and grouped.
    """
    count = _counted if dates_only(filters) else _grouped
    # Materialised, so SQLite counts once rather than once per use of a count.
    counts = count(filters, kind).cte("counts", materialized=True)
    c = counts.c
    query = (
        Select([counts], [c.theme_id, Theme.name, c.points, c.interviews])
        .join(Theme, JOIN.LEFT_OUTER, on=c.theme_id == Theme.id)
        .where((c.points >= min_points) & (c.interviews >= min_interviews))
        .order_by(c.points.desc(), c.interviews.desc(), Theme.name.is_null(), Theme.name)
        .with_cte(counts)
        .bind(models_database)
    )
    return [ThemeCount(*row) for row in query.tuples()]


def weakness_counts(journal: Journal, filters: Filters | None = None) -> list[ThemeCount]:
    """Held-me-back points per theme, largest first; unthemed points under theme None."""
    return theme_counts(journal, filters, PointKind.HELD_BACK.value)


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


#: Nested steps: every bit of the mask reached (asked and given; asked, given and thanked).
_CHAINS = (
    Reached.ASKED | Reached.GIVEN,
    Reached.ASKED | Reached.GIVEN | Reached.THANKED,
)
#: What the funnel counts: each step on its own, then each chain whole.
_MEASURES = tuple((int(s.value), False) for s in _STEPS) + tuple((int(m), True) for m in _CHAINS)


def _reaches(steps: int, mask: int, whole: bool) -> bool:
    return (steps & mask) == mask if whole else bool(steps & mask)


def _per_steps(filters: Filters | None) -> tuple[int, ...]:
    """Rejected interviews, how many of them reached each of _MEASURES, and how many
    reached any step.

    Counted per `Interview.feedback_steps` value (kept by triggers), so a few dozen
    counts are summed instead of every request being looked at.
    """
    # Materialised, so SQLite counts once rather than once per sum that reads `n`.
    groups = _step_groups(filters).cte("groups", materialized=True)
    c = groups.c
    reached = [
        Case(None, [((c.steps.bin_and(m) == m) if whole else (c.steps.bin_and(m) != 0), c.n)], 0)
        for m, whole in _MEASURES
    ]
    reached.append(Case(None, [(c.steps != 0, c.n)], 0))  # got anywhere at all, last
    sums = [fn.COALESCE(fn.SUM(value), 0) for value in [c.n, *reached]]
    return Select([groups], sums).with_cte(groups).bind(models_database).tuples().get()


def _rejected_rounds(filters: Filters | None) -> list[Expression]:
    return [Interview.outcome == Outcome.REJECTED.value, *interview_conditions(filters)]


#: Literal, not a bound 0: SQLite uses a partial index only for the very same condition.
GOT_SOMEWHERE = SQL('"feedback_steps" != 0')


def _applications(filters: Filters | None) -> int:
    """Rejected applications (with a round in the filter), each once, from an index.

    Unfiltered, the applications' own outcome index answers; a filter walks the rejected
    rounds in application order along the application funnel index, reading no row.
    """
    if not interview_conditions(filters):
        return Application.select().where(Application.outcome == Outcome.REJECTED.value).count()
    i = Interview
    return i.select(fn.COUNT(i.application.distinct())).where(*_rejected_rounds(filters)).scalar()


def _repeated_steps(filters: Filters | None, anywhere: int) -> list[int]:
    """For each step, how many rounds over one per application reached it.

    `anywhere` is the number of rounds that reached some step; when as many applications
    did, no application has two such rounds and nothing is undone (the usual case: one
    asking covers an application). Otherwise only those applications are grouped.
    """
    i = Interview
    got_somewhere = [*_rejected_rounds(filters), GOT_SOMEWHERE]
    extra = [0] * len(_MEASURES)
    # Along the partial index of rounds that got somewhere, in application order.
    applications = i.select(fn.COUNT(i.application.distinct())).where(*got_somewhere).scalar()
    if applications == anywhere:
        return extra
    query = (
        i.select(fn.GROUP_CONCAT(i.feedback_steps))
        .where(*got_somewhere)
        .group_by(i.application)
        .having(fn.COUNT(SQL("*")) > 1)
    )
    for (joined,) in query.tuples():
        values = [int(v) for v in str(joined).split(",")]
        for n, (mask, whole) in enumerate(_MEASURES):
            reached = sum(1 for v in values if _reaches(v, mask, whole))
            extra[n] += max(0, reached - 1)
    return extra


def _per_application(filters: Filters | None) -> tuple[int, ...]:
    """Rejected applications, and how many reached each step of asking."""
    _rounds, *steps, anywhere = _per_steps(filters)
    extra = _repeated_steps(filters, anywhere)
    return (_applications(filters), *(n - e for n, e in zip(steps, extra, strict=True)))


def _answered(filters: Filters | None) -> Select:
    """Answered requests (feedback or a refusal, both times known) of rejected interviews."""
    r = FeedbackRequest
    query = r.select(r.reply_days.alias("days")).where(
        (r.interview_outcome == Outcome.REJECTED.value) & r.reply_days.is_null(False)
    )
    if dates_only(filters):  # the reply index carries the interview's date
        return query.where(*_date_conditions(filters, r.interview_date))
    return narrowed(query, filters)


def _median_reply_days(filters: Filters | None) -> tuple[float | None, int]:
    """Median days from asking to an answer, per answered request, and how many answered.

    SQL counts, then skips to the middle along the reply index (ORDER BY, LIMIT, OFFSET);
    at most two values come back.
    """
    answered = _answered(filters).count()
    if not answered:
        return None, 0
    middle = (
        _answered(filters)
        .order_by(FeedbackRequest.reply_days)
        .limit(2 - answered % 2)
        .offset((answered - 1) // 2)
        .alias("middle")
    )
    value = Select([middle], [fn.AVG(middle.c.days)]).bind(models_database).scalar()
    return (None if value is None else round(value, 2)), answered


@reads
def funnel(journal: Journal, filters: Filters | None = None) -> Funnel:
    """From rejections to thanks, in applications; response rate and median reply time.

    Only rejected applications count, each once however many rounds it had, so no bar can
    outgrow `rejections`: a request on an application later changed to an offer drops out.
    """
    rejections, asked, in_time, given, clarified, thanked, chain_given, chain_thanked = (
        _per_application(filters)
    )
    median, answered = _median_reply_days(filters)
    return Funnel(
        rejections=rejections,
        asked=asked,
        asked_in_time=in_time,
        feedback_given=given,
        clarified=clarified,
        thanked=thanked,
        response_rate=round(given / asked, 4) if asked else None,
        median_reply_days=median,
        given_after_asking=chain_given,
        thanked_after_feedback=chain_thanked,
        answered=answered,
    )


@reads
def companies(journal: Journal) -> list[str]:
    """Every company in the journal once, ignoring case, for the company filter."""
    name = Interview.company.collate("NOCASE")
    query = Interview.select(fn.MIN(Interview.company)).group_by(name).order_by(name)
    return [company for (company,) in query.tuples()]


@reads
def points_for_theme(
    journal: Journal,
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
