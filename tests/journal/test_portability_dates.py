"""Reading dates the way other trackers write them, and knowing when to ask about day/month."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debrief.journal.portability.dates import (
    detect_date_order,
    order_evidence,
    parse_date,
    settle_order,
)

MARCH_4 = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-04",
        "2026-3-4",
        "2026-03-04T10:30:00",
        "2026-03-04T10:30:00.000Z",
        "2026-03-04 10:30",
        "2026/03/04",
        "04/03/2026",
        "4/3/26",
        "04.03.2026",
        "04-03-2026",
        "4 Mar 2026",
        "4 March 2026",
        "4th March 2026",
        "March 4, 2026",
        "Mar 4 2026",
        "Wed, 04 Mar 2026 10:00:00 +0100",
        "Wed Mar 04 2026 10:00:00 GMT+0100 (Central European Standard Time)",
        "  2026-03-04  ",
        "04/03/2026 9:15 PM",
    ],
)
def test_day_first_and_unambiguous_forms(text):
    assert parse_date(text, "dmy") == MARCH_4


@pytest.mark.parametrize("text", ["03/04/2026", "3/4/26", "03.04.2026", "March 4, 2026"])
def test_month_first_forms(text):
    assert parse_date(text, "mdy") == MARCH_4


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",  # no 31 February
        "29/02/2025",  # not a leap year
        "2026-13-01",  # no month 13
        "2026-02-30",
        "00/01/2026",
        "32 Jan 2026",
        "Smarch 4, 2026",
        "sometime in spring",
        "N/A",
        "",
        "2026",
        "12345",
        "4 Mar",
    ],
)
def test_impossible_or_unreadable_dates_are_none(text):
    assert parse_date(text, "dmy") is None
    assert parse_date(text, "mdy") is None


def test_leap_day_is_a_real_date():
    assert parse_date("29/02/2028", "dmy") == dt.date(2028, 2, 29)


def test_order_must_be_chosen():
    with pytest.raises(ValueError):
        parse_date("04/03/2026", "ambiguous")


@pytest.mark.parametrize(
    ("values", "order"),
    [
        (["25/03/2026", "04/03/2026"], "dmy"),  # 25 cannot be a month
        (["03/25/2026", "04/03/2026"], "mdy"),  # 25 cannot be a month either way round
        (["04/03/2026", "01/02/2026"], "ambiguous"),
        (["25/03/2026", "03/25/2026"], "mixed"),
        (["2026-03-04", "4 Mar 2026", "", "N/A"], "none"),
        ([], "none"),
        (["2026-03-04", "13.01.2026"], "dmy"),
    ],
)
def test_date_order_looks_at_the_whole_column(values, order):
    assert detect_date_order(values) == order


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_every_real_date_reads_back_in_every_form(day):
    month = day.strftime("%B")
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}", "dmy") == day
    assert parse_date(f"{day.month}/{day.day}/{day.year}", "mdy") == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}", "dmy") == day
    assert parse_date(f"{day.day} {month[:3]} {day.year}") == day
    assert parse_date(f"{month} {day.day}, {day.year}", "mdy") == day


@given(st.text(max_size=40))
def test_arbitrary_text_never_raises(text):
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


@pytest.mark.parametrize(
    ("own", "others", "order"),
    [
        (["04/03/2026"], ["03/25/2026"], "mdy"),  # the other column settles it
        (["04/03/2026"], ["25/03/2026"], "dmy"),
        (["04/03/2026"], ["25/03/2026", "03/25/2026"], "ambiguous"),  # the others disagree
        (["15.10.2026", "10/3/2026"], ["10/13/2026"], "mixed"),  # contradicted: ask
        (["15.10.2026"], ["13.10.2026"], "dmy"),
        (["2026-03-04"], ["03/25/2026"], "none"),  # nothing to settle in the own column
    ],
)
def test_other_date_columns_settle_or_contradict(own, others, order):
    assert settle_order([order_evidence(own)], [order_evidence(others)]) == order
