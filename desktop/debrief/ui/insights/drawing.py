"""What each insights chart says: journal aggregates turned into labels, numbers and kind words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from debrief.journal.insights import counts as insights
from debrief.journal.insights.trend import Trend, theme_trend
from debrief.journal.store.journal import Journal
from debrief.ui import charts
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
    card.show_chart(_t("Click a bar to read exactly what was said."))
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
    )
    stars = _t("★ marks when you finished an action on a theme, in that theme's colour.")
    card.show_chart(stars if data.completed_actions else "")
    return data


def funnel_steps() -> list[str]:
    return [
        _t("Not selected"),
        _t("Asked for feedback"),
        _t("Asked in time"),
        _t("Feedback given"),
        _t("Clarified"),
        _t("Thanked"),
    ]


def funnel_values(f: insights.Funnel) -> list[int]:
    return [f.rejections, f.asked, f.asked_in_time, f.feedback_given, f.clarified, f.thanked]


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
    values = funnel_values(data)
    notes = [str(values[0])] + [f"{v} · {round(100 * v / data.rejections)}%" for v in values[1:]]
    charts.funnel_chart(
        card.view,
        _t("From “not selected” to “thank you”"),
        funnel_steps(),
        values,
        notes,
        funnel_summary(data),
    )
    card.show_chart(funnel_caption(data))
    return data


def funnel_summary(f: insights.Funnel) -> str:
    """The response rate and the median reply time, in one line under the funnel."""
    if f.response_rate is None:
        return ""
    text = _t("Response rate {rate}%").format(rate=round(100 * f.response_rate))
    if f.median_reply_days is not None:
        days = QLocale().toString(float(f.median_reply_days), "f", 1)
        text += _t(" · median reply after {days} days").format(days=days)
    return text


def funnel_caption(f: insights.Funnel) -> str:
    """A reminder that silence is normal, or how to get the first reply."""
    if f.response_rate is None:
        return _t("Asking for advice within a day of hearing gives the best chance of a reply.")
    return _t(
        "Response rate: the share of interviews you asked about that brought feedback. "
        "Silence is common: many companies never reply, and it says little about you."
    )
