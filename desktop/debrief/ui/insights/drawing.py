"""What each insights chart says: journal aggregates turned into labels, numbers and kind words."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from debrief.journal.insights import counts as insights
from debrief.journal.insights.trend import Trend, theme_trend
from debrief.journal.store.journal import Journal
from debrief.ui import charts
from debrief.ui.count_words import count_words
from debrief.ui.insights.chart_card import ChartCard

TOP_THEMES = 5  # themes drawn over time; the same themes keep their colour in every chart
SHORT_LABELS_AFTER = 9  # more periods than this: "Mar 26" instead of "Mar 2026"


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def nothing_matches() -> str:
    return _t(
        "Nothing recorded matches these filters. Try a wider date range, or another stage "
        "or company."
    )


def theme_label(name: str | None) -> str:
    return name if name is not None else _t("No theme yet")


def points_note(points: int, interviews: int) -> str:
    """ "5 · in 3 interviews": how often, and how widely, a theme came up."""
    where = (
        _t("in 1 interview") if interviews == 1 else _t("in {n} interviews").format(n=interviews)
    )
    return f"{points} · {where}"


def theme_colours(counts: list[insights.ThemeCount]) -> list[str]:
    """The trend chart's colour for each of the top themes, a quiet grey for the rest."""
    colours, themed = [], 0
    for count in counts:
        top = count.theme_id is not None and themed < TOP_THEMES
        colours.append(charts.palette_colour(themed) if top else charts.QUIET_COLOUR)
        themed += count.theme_id is not None
    return colours


def weakness(journal: Journal, card: ChartCard, filters: insights.Filters, narrowed: bool) -> list:
    """Draw held-me-back points per theme, largest first; returns the counts drawn."""
    counts = insights.weakness_counts(journal, filters)
    if not counts:
        card.show_message(
            nothing_matches()
            if narrowed
            else _t(
                "No feedback recorded yet. After your next debrief, the themes that come up "
                "will appear here, so you can see which ones keep returning."
            )
        )
        return counts
    charts.bar_chart(
        card.view,
        _t("What held you back, by theme"),
        [theme_label(c.theme) for c in counts],
        [c.points for c in counts],
        [points_note(c.points, c.interviews) for c in counts],
        _t("Points that held you back"),
        theme_colours(counts),
    )
    card.show_chart(
        _t("Click a bar, or pick one with the arrow keys, to read exactly what was said.")
    )
    return counts


def period_label(period: str, granularity: str, short: bool = False) -> str:
    """ "2026-03" -> "Mar 2026" (or "Mar 26"), "2026-Q1" -> "Q1 2026", in the user's locale."""
    if granularity == "quarter":
        year, quarter = period.split("-")
        return f"{quarter} {year}"
    year, month = (int(part) for part in period.split("-"))
    return QLocale().toString(QDate(year, month, 1), "MMM yy" if short else "MMM yyyy")


def trend(
    journal: Journal,
    card: ChartCard,
    filters: insights.Filters,
    narrowed: bool,
    ranking: list | None = None,
) -> Trend:
    """Draw the top themes per period, stacked, with a star where an action was finished.

    `ranking` is the weakness chart's counts, when drawn already (saves a query).
    """
    data = theme_trend(journal, filters, top=TOP_THEMES, ranking=ranking)
    if not data.series:
        card.show_message(
            nothing_matches()
            if narrowed
            else _t(
                "Once feedback has a theme, this chart shows month by month how often each "
                "theme comes up, and whether it fades after you practise it."
            )
        )
        return data
    short = len(data.periods) > SHORT_LABELS_AFTER
    slot = {p: i for i, p in enumerate(data.periods)}
    order = {s.theme_id: i for i, s in enumerate(data.series)}
    title = (
        _t("Top themes over time")
        if data.granularity == "month"
        else _t("Top themes over time, by quarter")
    )
    charts.stacked_trend_chart(
        card.view,
        title,
        [period_label(p, data.granularity, short) for p in data.periods],
        [(s.theme, s.counts) for s in data.series],
        [(order[m.theme_id], slot[m.period]) for m in data.completed_actions],
        _t("Action finished"),
        _t("Points"),
        _t("Month") if data.granularity == "month" else _t("Quarter"),
    )
    stars = _t("★ marks when you finished an action on a theme, in that theme's colour.")
    card.show_chart(stars if data.completed_actions else "")
    return data


def funnel_steps() -> list[str]:
    """Nested steps: each bar counts interviews that also reached every step above it."""
    return [
        _t("Not selected"),
        _t("Asked for feedback"),
        _t("Feedback came"),
        _t("Thanked for it"),
    ]


def funnel_values(f: insights.Funnel) -> list[int]:
    """Never growing from one step to the next (each is a part of the one before)."""
    return [f.rejections, f.asked, f.given_after_asking, f.thanked_after_feedback]


def funnel_notes(f: insights.Funnel) -> list[str]:
    """Each step's number and its share of the one denominator, the rejections; asking in
    time and clarifying are told beside the steps they belong to."""
    values = funnel_values(f)

    def share(value: int) -> str:
        return f"{value} · {round(100 * value / f.rejections)}%" if f.rejections else str(value)

    notes = [str(values[0])] + [share(v) for v in values[1:]]
    notes[1] += " · " + _t("{n} in time").format(n=f.asked_in_time)
    notes[2] += " · " + _t("{n} clarified").format(n=f.clarified)
    return notes


def funnel(
    journal: Journal, card: ChartCard, filters: insights.Filters, narrowed: bool
) -> insights.Funnel:
    """Draw each step from rejection to thanks, with each step's share of the rejections."""
    data = insights.funnel(journal, filters)
    if not data.rejections:
        card.show_message(
            nothing_matches()
            if narrowed
            else _t(
                "No interviews marked “not selected” yet. When one is, Debrief helps you ask "
                "for advice, and this chart follows each step: asking in time, hearing back, "
                "clarifying and saying thank you."
            )
        )
        return data
    charts.funnel_chart(
        card.view,
        _t("From “not selected” to “thank you”"),
        funnel_steps(),
        funnel_values(data),
        funnel_notes(data),
        funnel_summary(data),
    )
    card.show_chart(funnel_caption(data))
    return data


def funnel_summary(f: insights.Funnel) -> str:
    """What the bars count and of what each share is, under the funnel's axis (so an
    exported picture says it too)."""
    return count_words().share_of_rejections(f.rejections)


def response_text(f: insights.Funnel) -> str:
    """The response rate and the median reply time, in words."""
    if f.response_rate is None or not f.asked:
        return ""
    text = _t("Feedback came for {given} of the {asked} you asked about ({rate}%).").format(
        given=f.given_after_asking,
        asked=count_words().applications(f.asked),
        rate=round(100 * f.given_after_asking / f.asked),
    )
    if f.median_reply_days is not None:
        text += " " + reply_time_text(f.median_reply_days, f.answered)
    return text


def reply_time_text(days: float, answers: int = 2) -> str:
    """The median reply time as people say it: "the same day", "within 1 day"...; with
    one answer, that answer's time (half of one answer is no way to put it)."""
    if days < 0.5:
        if answers == 1:
            return _t("The answer came the same day.")
        return _t("Half of the answers came the same day.")
    whole = math.ceil(days - 1e-9)  # "within": 2.5 days is within 3, not 2
    if answers == 1:
        return _t("The answer came within {days}.").format(days=count_words().days(whole))
    return _t("Half of the answers came within {days}.").format(days=count_words().days(whole))


def funnel_caption(f: insights.Funnel) -> str:
    """A reminder that silence is normal, or how to get the first reply."""
    if f.response_rate is None:
        return _t("Asking for advice within a day of hearing gives the best chance of a reply.")
    return (
        response_text(f)
        + " "
        + _t("Silence is common: many companies never reply, and it says little about you.")
    )
