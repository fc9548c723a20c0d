"""Dates as other trackers write them: ISO, day/month or month/day numbers, English month names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

#: What a column of dates needs from the user. "none": no numeric day/month pair in it, so
#: no question; "dmy"/"mdy": the values themselves tell; "ambiguous": every value reads
#: both ways (ask); "mixed": some values read only one way, some only the other (ask).
DateOrder = Literal["none", "dmy", "mdy", "ambiguous", "mixed"]
#: Orders the user can choose; `parse_date` takes one of these.
CHOSEN_ORDERS = ("dmy", "mdy")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
WEEKDAYS |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?")
_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:z|utc|gmt)?[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_NOISE = re.compile(r"\([^)]*\)|\b(?:utc|gmt|z)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+|\d+", re.IGNORECASE)


def _day(year: int, month: int, day: int) -> dt.date | None:
    """A real calendar date, or None: 31/02 and month 13 never become a date."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(year: str) -> int:
    """Two-digit years: up to five years ahead of now belong to this century."""
    if len(year) == 4:
        return int(year)
    short = int(year)
    return 2000 + short if short <= dt.date.today().year % 100 + 5 else 1900 + short


def _split_numeric(text: str) -> tuple[int, int, str] | None:
    match = _NUMERIC.fullmatch(_without_time(text))
    if match is None:
        return None
    return int(match[1]), int(match[2]), match[3]


def _without_time(text: str) -> str:
    """The text with any clock time (and its zone) removed, e.g. '3/4/26 10:30 PM'."""
    return _TIME.sub(" ", text).strip(" ,")


def _named_month(text: str) -> dt.date | None:
    """'4 Mar 2026', 'March 4, 2026', 'Wed, 04-Mar-2026 10:00', 'Mar 4 2026'."""
    tokens = _TOKEN.findall(_NOISE.sub(" ", _without_time(text)).lower())
    words = [t for t in tokens if t.isalpha() and t not in WEEKDAYS]
    numbers = [t for t in tokens if t.isdigit()]
    ordinals = {"st", "nd", "rd", "th"}
    words = [w for w in words if w not in ordinals]
    if len(words) != 1 or words[0] not in MONTHS or len(numbers) != 2:
        return None
    month = MONTHS[words[0]]
    if len(numbers[0]) == 4:  # 2026 Mar 4
        year, day = numbers
    elif len(numbers[1]) in (2, 4) and len(numbers[0]) <= 2:
        day, year = numbers
    else:
        return None
    return _day(_full_year(year), month, int(day))


def parse_date(text: str, order: str = "dmy") -> dt.date | None:
    """The calendar date in `text`, or None when it holds no real date.

    `order` ("dmy" or "mdy") settles numeric forms like 04/03/2026; ISO dates, year-first
    dates and dates with a month name never depend on it. A time of day is ignored.
    """
    if order not in CHOSEN_ORDERS:
        raise ValueError(f"order must be one of {CHOSEN_ORDERS}, not {order!r}")
    text = text.strip()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if match := _YMD.fullmatch(_without_time(text)):
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if parts := _split_numeric(text):
        first, second, year = parts
        day, month = (first, second) if order == "dmy" else (second, first)
        return _day(_full_year(year), month, day)
    return _named_month(text)


@dataclass(frozen=True)
class OrderEvidence:
    """What one column's numeric dates say about day and month order."""

    #: A value reads only day first (25/03/2026).
    day_first: bool = False
    #: A value reads only month first (03/25/2026).
    month_first: bool = False
    #: A value reads both ways (04/03/2026).
    either: bool = False


def order_evidence(values: Iterable[str]) -> OrderEvidence:
    """Which orders a column's values allow, looking at every value."""
    day_first = month_first = either = False
    for value in set(values):  # dates repeat: a year of rows has at most 366 distinct days
        parts = _split_numeric(value.strip())
        if parts is None:
            continue
        first, second, _ = parts
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
        elif first <= 12 and second <= 12:
            either = True
    return OrderEvidence(day_first, month_first, either)


def settle_order(own: Iterable[OrderEvidence], others: Iterable[OrderEvidence] = ()) -> DateOrder:
    """The order of the columns being imported (`own`), helped by the file's other date
    columns: one app writes all its dates the same way round.

    "mixed" when the values contradict each other, including when an imported column
    reads only one way and another column of the file proves the other: the user is
    asked rather than some rows silently getting day and month swapped.
    """
    own, others = list(own), list(others)
    day_first = any(e.day_first for e in own)
    month_first = any(e.month_first for e in own)
    other_day = any(e.day_first for e in others)
    other_month = any(e.month_first for e in others)
    if day_first and month_first:
        return "mixed"
    if day_first or month_first:
        contradicted = other_month if day_first else other_day
        if contradicted:
            return "mixed"
        return "dmy" if day_first else "mdy"
    if not any(e.either for e in own):
        return "none"
    if other_day != other_month:
        return "dmy" if other_day else "mdy"
    return "ambiguous"


def looks_like_dates(values: Iterable[str], sample: int = 200) -> bool:
    """True for a column most of whose first `sample` filled cells are dates."""
    filled = []
    for value in values:
        if value.strip():
            filled.append(value)
            if len(filled) >= sample:
                break
    dates = sum(1 for v in filled if parse_date(v, "dmy") or parse_date(v, "mdy"))
    return bool(filled) and dates * 2 >= len(filled)


def detect_date_order(values: Iterable[str]) -> DateOrder:
    """Which way round a whole column writes day and month, looking at every value.

    One value with a first number above 12 (25/03/2026) makes the column day-first; one
    with a second number above 12 makes it month-first. When every value reads both ways
    the answer is "ambiguous" and the user should be asked.
    """
    return settle_order([order_evidence(values)])
