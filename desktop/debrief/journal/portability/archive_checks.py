"""The field checks a JSON import runs on every entry: the dialogs' own rules, so an archive
cannot bring in what Debrief would refuse when typed (a date in year 1, a feeling of 99)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from debrief.journal.practice.profile import MAX_TEXT as MAX_PROFILE_TEXT
from debrief.journal.records import interviews
from debrief.journal.records.interviews import EARLIEST_DATE, MAX_LONG_TEXT, MAX_SHORT_TEXT
from debrief.journal.store.refusals import Problem

#: The interview fields the interview dialog checks (`interviews.validate`).
INTERVIEW_FIELDS = (
    "company",
    "role",
    "stage",
    "date",
    "feeling",
    "notes",
    "link",
    "outcome",
    "told_via",
    "told_at",
    "time",
    "format",
)
#: An application's fields the interview dialog checks on its rounds (the applied date's
#: range is checked with every other date).
APPLICATION_FIELDS = ("company", "role", "source", "link", "outcome", "told_via", "told_at")
#: Free text of the other tables, by its limit: a line, or what was said.
SHORT_TEXT = {"themes": ("name",), "actions": (), "requests": (), "points": ()}
LONG_TEXT = {
    "themes": ("suggestion",),
    "actions": ("description",),
    "requests": ("words", "thank_words", "draft"),
    "points": ("words", "clarify_question", "clarify_example"),
}


#: Rounds count from 1, one more each (the window numbers them); far past any real
#: application, and far from SQLite's largest integer, which the next round would pass.
MAX_ROUND = 1000
#: The integers SQLite stores; a larger one failed the import with Python's words.
SQLITE_INTEGERS = (-(2**63), 2**63 - 1)
#: What no text of Debrief's holds: half of a UTF-16 pair (JSON can spell one alone,
#: "\ud800"; UTF-8 cannot store it), and NUL ("\u0000": the CSV export of a journal
#: holding one came back refused as a binary file).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class Refusal(NamedTuple):
    """One refused value: which list of the archive, which entry (from 1), and why."""

    table: str
    index: int
    problem: Problem


def stored_value(field: Field, value: Any) -> Any:
    """The stored value for one exported field; ValueError when it cannot be that field's."""
    if value is None:
        if not field.null and not field.primary_key:
            raise ValueError(f"{field.name} is empty")
        return None
    if isinstance(field, BooleanField):
        ok = isinstance(value, bool)
    elif isinstance(field, IntegerField | ForeignKeyField):
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and not SQLITE_INTEGERS[0] <= value <= SQLITE_INTEGERS[1]:
            raise ValueError(f"{field.name} is too large a number")
    elif isinstance(field, DateTimeField):
        return _wall_clock(field, value)
    elif isinstance(field, DateField):
        return dt.date.fromisoformat(value) if isinstance(value, str) else _bad(field)
    else:
        ok = isinstance(value, str) if isinstance(field, TextField) else True
        if ok and isinstance(value, str) and UNSTORABLE.search(value):
            raise ValueError(f"{field.name} holds characters Debrief cannot store")
    if not ok:
        _bad(field)
    if field.choices and value not in {c for c, _ in field.choices}:
        raise ValueError(f"{field.name} cannot be {value!r}")
    return value


def _wall_clock(field: Field, value: Any) -> dt.datetime:
    """A moment as the journal keeps them: naive wall-clock time. One with a time zone
    cannot be compared with the journal's others (the reminders stopped on it)."""
    if not isinstance(value, str):
        _bad(field)
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        raise ValueError(f"{field.name} has a time zone")
    return moment


def _bad(field: Field) -> Any:
    raise ValueError(f"{field.name} has the wrong type")


def _latest_date(today: dt.date) -> dt.date:
    """Five years from today, as the interview dialog allows (28th: no 29 February)."""
    return dt.date(today.year + 5, today.month, min(today.day, 28))


def _date_problems(row: dict[str, Any], today: dt.date) -> list[Problem]:
    """Any date or time outside 1950 .. five years from now: the charts count days
    between dates, and year 1 or 9999 breaks that arithmetic."""
    latest = _latest_date(today)
    problems = []
    for field, value in row.items():
        day = value.date() if isinstance(value, dt.datetime) else value
        if isinstance(day, dt.date) and not EARLIEST_DATE <= day <= latest:
            problems.append(Problem(field, "date_out_of_range"))
    return problems


def _text_problems(table: str, row: dict[str, Any]) -> list[Problem]:
    limits = [(f, MAX_SHORT_TEXT) for f in SHORT_TEXT.get(table, ())]
    limits += [(f, MAX_LONG_TEXT) for f in LONG_TEXT.get(table, ())]
    return [
        Problem(field, "too_long")
        for field, limit in limits
        if isinstance(row.get(field), str) and len(row[field]) > limit
    ]


def row_problems(table: str, row: dict[str, Any], today: dt.date) -> list[Problem]:
    """Every problem with one archive entry of `table`, as the dialogs would see it."""
    if table == "profile":
        problems = [
            Problem(field, "too_long")
            for field in ("name", "signature")
            if isinstance(row.get(field), str) and len(row[field]) > MAX_PROFILE_TEXT
        ]
    elif table == "interviews":
        problems = interviews.validate({k: row[k] for k in INTERVIEW_FIELDS if k in row})
        if not 1 <= row.get("round", 1) <= MAX_ROUND:
            problems.append(Problem("round", "choice"))
    elif table == "applications":
        fields = {k: row[k] for k in APPLICATION_FIELDS if k in row}
        problems = interviews.validate(fields, partial=True)
    elif table == "interviewers":
        problems = interviews.validate_interviewer(row)
    else:
        problems = _text_problems(table, row)
    problems += _date_problems(row, today)
    return list(dict.fromkeys(problems))  # the date field is checked twice for interviews


def check_archive(tables: dict[str, list[dict[str, Any]]]) -> list[Refusal]:
    """Every refused value in the archive, in file order; empty when all may be imported."""
    today = dt.date.today()
    refused = [
        Refusal(table, index, problem)
        for table, rows in tables.items()
        for index, row in enumerate(rows, start=1)
        for problem in row_problems(table, row, today)
    ]
    # A journal has one profile: drafts sign with it. A second one is not guessed between.
    refused += [
        Refusal("profile", index, Problem("profile", "one_only"))
        for index in range(2, len(tables.get("profile", ())) + 1)
    ]
    return refused
