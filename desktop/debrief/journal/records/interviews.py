"""Interviews and their interviewers: validated writes, and one interview read for its form.

The window's paged, filtered list of interviews is in `listings`.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from debrief.journal.store.forgetting import forgetting
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Application,
    FeedbackPoint,
    Interview,
    Interviewer,
    Outcome,
    RoundFormat,
    Stage,
    ToldVia,
)
from debrief.journal.store.refusals import InvalidInput, Problem

MAX_SHORT_TEXT = 500  # company, role, names: a line, not an essay
MAX_LONG_TEXT = 10_000_000  # notes: ten million characters is far past any real note
EARLIEST_DATE = dt.date(1950, 1, 1)


def _text_problem(field: str, value: Any, limit: int, required: bool) -> Problem | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return Problem(field, "not_text")
    if required and not value.strip():
        return Problem(field, "required")
    if len(value) > limit:
        return Problem(field, "too_long")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Problem(field, "bad_characters")
    return None


def _today() -> dt.date:
    """Today, in one place, so tests can stand on any calendar day (29 February, say).

    Not `date.today()`: in C it imports `time` on every call, and once PySide is loaded
    every import runs PySide's Python import hook (4.5 us a call, once per imported row,
    instead of 0.6)."""
    return dt.date.fromtimestamp(time.time())


def parse_date(value: Any) -> dt.date | None:
    """A real calendar date from a date or ISO text; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _field_problem(field: str, value: Any, today: dt.date) -> Problem | None:
    if field in ("company", "role"):
        return _text_problem(field, value, MAX_SHORT_TEXT, required=True)
    if field in ("notes", "link"):
        return _text_problem(field, value, MAX_LONG_TEXT, required=False)
    if field == "date":
        day = parse_date(value)
        if day is None:
            return Problem(field, "not_a_date")
        if not EARLIEST_DATE <= day <= dt.date(today.year + 5, today.month, min(today.day, 28)):
            return Problem(field, "date_out_of_range")
        return None
    if field == "feeling":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            return Problem(field, "feeling_range")
        return None
    choices = {"stage": Stage, "outcome": Outcome, "told_via": ToldVia}
    if field in choices:
        if value is None and field == "told_via":
            return None
        return None if value in {m.value for m in choices[field]} else Problem(field, "choice")
    if field == "told_at":
        ok = value is None or isinstance(value, dt.datetime)
        return None if ok else Problem(field, "not_a_date")
    return _round_problem(field, value, today)


def _round_problem(field: str, value: Any, today: dt.date) -> Problem | None:
    """The round's time of day and format, and its application's source and date."""
    if field == "time":
        return None if not value or parse_time(value) else Problem(field, "not_a_time")
    if field == "format":
        known = value is None or value in {f.value for f in RoundFormat}
        return None if known else Problem(field, "choice")
    if field == "source":
        return _text_problem(field, value, MAX_SHORT_TEXT, required=False)
    if field == "applied_on":
        if value in (None, ""):
            return None
        day = parse_date(value)
        if day is None:
            return Problem(field, "not_a_date")
        return None if EARLIEST_DATE <= day <= today else Problem(field, "date_out_of_range")
    return Problem(field, "unknown_field")


def parse_time(value: Any) -> str | None:
    """ "9:30", "09:30" or "21:05" as "HH:MM"; None for anything else."""
    try:
        return dt.time.fromisoformat(str(value).strip().zfill(5)).strftime("%H:%M")
    except ValueError:
        return None


def validate(fields: dict[str, Any], *, partial: bool = False) -> list[Problem]:
    """Every problem with `fields`; `partial` skips the required fields not given."""
    today = _today()
    problems = [p for f, v in fields.items() if (p := _field_problem(f, v, today))]
    if not partial:
        problems += [Problem(f, "required") for f in ("company", "role", "date") if f not in fields]
    return problems


#: What belongs to the application rather than to this round (the rest it mirrors itself).
APPLICATION_FIELDS = ("source", "applied_on")


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "date" in out:
        out["date"] = parse_date(out["date"])
    if "time" in out:
        out["time"] = parse_time(out["time"]) if out["time"] else None
    if "applied_on" in out:
        out["applied_on"] = parse_date(out["applied_on"]) if out["applied_on"] else None
    if "source" in out:
        out["source"] = (out["source"] or "").strip()
    for key in ("company", "role"):
        if key in out:
            out[key] = out[key].strip()
    return out


def validate_interviewer(person: dict[str, Any]) -> list[Problem]:
    """Every problem with one interviewer's fields (the dialog's and an import's checks)."""
    problems = []
    if p := _text_problem("interviewer_name", person.get("name"), MAX_SHORT_TEXT, True):
        problems.append(p)
    for key in ("title", "email", "phone"):
        if p := _text_problem(f"interviewer_{key}", person.get(key), MAX_SHORT_TEXT, False):
            problems.append(p)
    return problems


def save_interview(
    journal: Journal,
    fields: dict[str, Any],
    interviewers: list[dict[str, Any]] | None = None,
    interview_id: int | None = None,
) -> int:
    """Create or update an interview (and replace its interviewers) in one transaction.

    Interviewers keep their ids when `id` is given, so feedback requests stay linked.
    Raises InvalidInput, writing nothing, when any field is wrong.
    """
    problems = validate(fields, partial=interview_id is not None)
    for person in interviewers or []:
        problems += validate_interviewer(person)
    if problems:
        raise InvalidInput(problems)
    values = _clean(fields)
    application = {k: values.pop(k) for k in APPLICATION_FIELDS if k in values}
    with journal.writing():
        if interview_id is None:
            interview_id = Interview.insert(**values).execute()
        else:
            values["updated_at"] = dt.datetime.now().replace(microsecond=0)
            Interview.update(**values).where(Interview.id == interview_id).execute()
        if application:  # the application a trigger gave a new round, or its own
            owner = Interview.select(Interview.application).where(Interview.id == interview_id)
            Application.update(**application).where(Application.id.in_(owner)).execute()
        if interviewers is not None:
            _replace_interviewers(interview_id, interviewers)
    return interview_id


def _replace_interviewers(interview_id: int, people: list[dict[str, Any]]) -> None:
    keep = [p["id"] for p in people if p.get("id")]
    Interviewer.delete().where(
        (Interviewer.interview == interview_id) & Interviewer.id.not_in(keep)
    ).execute()
    for person in people:
        values = {k: person.get(k) or "" for k in ("name", "title", "email", "phone")}
        values["name"] = values["name"].strip()
        if person.get("id"):
            Interviewer.update(**values).where(Interviewer.id == person["id"]).execute()
        else:
            Interviewer.insert(interview=interview_id, **values).execute()


def update_field(journal: Journal, interview_id: int, field: str, value: Any) -> None:
    """Change one field (inline editing); raises InvalidInput and writes nothing if wrong."""
    save_interview(journal, {field: value}, interview_id=interview_id)


def delete_interview(journal: Journal, interview_id: int) -> None:
    """Delete an interview and everything hanging on it (foreign keys cascade), leaving no
    fragment of its text in the file. Its actions stay (other points may share them), so
    only the indexes of interviews and, when it had any, of points are merged."""
    with forgetting(journal, _indexes_reached(journal, interview_id)):
        Interview.delete().where(Interview.id == interview_id).execute()


@reads
def _indexes_reached(journal: Journal, interview_id: int) -> tuple[str, ...]:
    said = FeedbackPoint.select().where(FeedbackPoint.interview == interview_id).exists()
    return ("interview_search", "point_search") if said else ("interview_search",)


@reads
def get_interview(journal: Journal, interview_id: int) -> dict[str, Any] | None:
    """The interview's fields and its interviewers, as plain data for a form."""
    row = Interview.select().where(Interview.id == interview_id).dicts().first()
    if row is None:
        return None
    source, applied_on = (
        Application.select(Application.source, Application.applied_on)
        .where(Application.id == row["application"])
        .tuples()
        .first()
    ) or ("", None)
    row.update(source=source, applied_on=applied_on)
    row["interviewers"] = list(
        Interviewer.select(
            Interviewer.id,
            Interviewer.name,
            Interviewer.title,
            Interviewer.email,
            Interviewer.phone,
        )
        .where(Interviewer.interview == interview_id)
        .order_by(Interviewer.id)
        .dicts()
    )
    return row
