"""Property tests for dates: no parser accepts an impossible date, whatever the layout."""

from __future__ import annotations

import datetime as dt

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from debrief.journal.portability import dates
from debrief.journal.records import interviews
from debrief.journal.records.interviews import get_interview, save_interview

PURE = settings(max_examples=200, deadline=None)
#: Any code point at all: control characters and lone surrogates included.
ANY_CHAR = st.one_of(st.characters(codec=None), st.characters(categories=["Cc", "Cs"]))

YEARS = st.integers(0, 9999)
MONTHS = st.integers(0, 13)
DAYS = st.integers(0, 32)
MONTH_NAMES = ["Jan", "February", "Mar", "April", "May", "Jun", "July", "Aug", "Sept", "Oct"]
MONTH_NAMES += ["November", "Dec"]


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: (layout, date order to parse with, whether the year is written with two digits).
NUMERIC_LAYOUTS = [
    ("{y:04d}-{m:02d}-{d:02d}", "dmy", False),
    ("{y:04d}-{m}-{d}", "mdy", False),
    ("{y:04d}-{m:02d}-{d:02d}T10:30:00", "dmy", False),
    ("{y:04d}-{m:02d}-{d:02d} 10:30", "mdy", False),
    ("{y:04d}/{m}/{d}", "dmy", False),
    ("{y:04d}.{m:02d}.{d:02d}", "mdy", False),
    ("{d:02d}/{m:02d}/{y:04d}", "dmy", False),
    ("{d}.{m}.{y:04d}", "dmy", False),
    ("{d}-{m}-{y:04d} 9:15 PM", "dmy", False),
    ("{m}/{d}/{y:04d}", "mdy", False),
    ("{m:02d}-{d:02d}-{y:04d}", "mdy", False),
    ("{d}/{m}/{yy:02d}", "dmy", True),
    ("{m}/{d}/{yy:02d} 10:30", "mdy", True),
]
NAMED_LAYOUTS = [
    ("{d} {mon} {y:04d}", False),
    ("{mon} {d}, {y:04d}", False),
    ("{y:04d} {mon} {d}", False),
    ("Wed, {d:02d}-{mon}-{y:04d} 10:00 (UTC)", False),
    ("{d}th {mon} {y:04d}", False),
    ("{mon} {d} {yy:02d}", True),
]


def _agrees(parsed: dt.date | None, year: int, month: int, day: int, short: bool) -> None:
    """An accepted date is the one written; a real written date is accepted."""
    event("accepted" if parsed else "refused")
    real = _real(year if not short else 2000 + year % 100, month, day)
    if parsed is None:
        assert real is None, f"refused a real date {year}-{month}-{day}"
        return
    assert real is not None, f"accepted an impossible date {year}-{month}-{day} as {parsed}"
    if short:
        assert (parsed.year % 100, parsed.month, parsed.day) == (year % 100, month, day)
    else:
        assert parsed == real


@PURE
@given(year=YEARS, month=MONTHS, day=DAYS, layout=st.sampled_from(NUMERIC_LAYOUTS))
@example(year=2026, month=2, day=29, layout=NUMERIC_LAYOUTS[6])
@example(year=2024, month=2, day=29, layout=NUMERIC_LAYOUTS[9])
def test_import_dates_are_never_impossible(year, month, day, layout):
    form, order, short = layout
    text = form.format(y=year, m=month, d=day, yy=year % 100)
    _agrees(dates.parse_date(text, order), year, month, day, short)


@PURE
@given(year=YEARS, month=st.integers(1, 12), day=DAYS, layout=st.sampled_from(NAMED_LAYOUTS))
@example(year=2025, month=2, day=29, layout=NAMED_LAYOUTS[0])
def test_named_month_dates_are_never_impossible(year, month, day, layout):
    form, short = layout
    text = form.format(y=year, mon=MONTH_NAMES[month - 1], d=day, yy=year % 100)
    _agrees(dates.parse_date(text, "dmy"), year, month, day, short)


@PURE
@given(
    year=YEARS,
    month=MONTHS,
    day=DAYS,
    form=st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", " {y:04d}{m:02d}{d:02d}\n"]),
)
@example(year=2026, month=2, day=29, form="{y:04d}-{m:02d}-{d:02d}")
def test_interview_dates_are_never_impossible(year, month, day, form):
    text = form.format(y=year, m=month, d=day)
    _agrees(interviews.parse_date(text), year, month, day, False)


@PURE
@given(text=st.text(ANY_CHAR, max_size=40), order=st.sampled_from(dates.CHOSEN_ORDERS))
def test_date_parsers_never_raise_on_any_text(text, order):
    for parsed in (dates.parse_date(text, order), interviews.parse_date(text)):
        assert parsed is None or isinstance(parsed, dt.date)


def test_saving_on_29_february_works(journal, monkeypatch):
    monkeypatch.setattr(interviews, "_today", lambda: dt.date(2028, 2, 29))
    saved = save_interview(journal, {"company": "Acme", "role": "Engineer", "date": "2028-02-29"})
    assert get_interview(journal, saved)["date"] == dt.date(2028, 2, 29)
