"""The words the window uses for stored codes (stages, outcomes, verdicts...), translated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def stages() -> dict[str, str]:
    return {
        "screen": _t("Screening"),
        "technical": _t("Technical"),
        "onsite": _t("On-site"),
        "final": _t("Final"),
        "other": _t("Other"),
    }


def day_words(day: dt.date, pattern: str = "ddd dd MMM yyyy") -> str:
    """A day, or a moment, in the user's language by a Qt date pattern: "Tue 08 Dec 2026",
    "Di. 08 Dez. 2026" (strftime would always say it in English)."""
    date = QDate(day.year, day.month, day.day)
    if isinstance(day, dt.datetime):
        return QLocale().toString(QDateTime(date, QTime(day.hour, day.minute)), pattern)
    return QLocale().toString(date, pattern)


def round_formats() -> dict[str, str]:
    return {
        "phone": _t("Phone"),
        "video": _t("Video"),
        "onsite": _t("On-site"),
        "take_home": _t("Take-home"),
    }


def outcomes() -> dict[str, str]:
    return {
        "pending": _t("Waiting to hear"),
        "offer": _t("Offer"),
        "rejected": _t("Not selected"),
        "withdrawn": _t("Withdrew"),
        "no_response": _t("No response"),
    }


def told_via() -> dict[str, str]:
    return {
        "phone": _t("By phone"),
        "email": _t("By e-mail"),
        "letter": _t("By letter"),
        "never": _t("Never told"),
    }


def channels() -> dict[str, str]:
    return {"phone": _t("Phone call"), "email": _t("E-mail")}


def responses() -> dict[str, str]:
    return {
        "waiting": _t("Waiting"),
        "given": _t("Feedback given"),
        "declined": _t("Declined"),
        "no_reply": _t("No reply"),
    }


def point_kinds() -> dict[str, str]:
    return {
        "went_well": _t("Went well"),
        "held_back": _t("Held me back"),
        "advice": _t("Advice"),
    }


def verdicts() -> dict[str, str]:
    return {
        "true_weakness": _t("True weakness"),
        "impression": _t("Impression I gave"),
        "disagree": _t("Disagree (noted only)"),
    }


def action_statuses() -> dict[str, str]:
    return {"open": _t("Open"), "practising": _t("Practising"), "done": _t("Done")}


def wizard_steps() -> dict[str, str]:
    return {
        "notice": _t("Continue debrief: notice"),
        "ask": _t("Continue debrief: ask"),
        "listen": _t("Continue debrief: listen"),
        "clarify": _t("Continue debrief: clarify"),
        "thank": _t("Continue debrief: thank"),
        "improve": _t("Continue debrief: improve"),
    }


def feelings() -> dict[int, str]:
    return {
        1: _t("1 · Badly"),
        2: _t("2 · Not great"),
        3: _t("3 · OK"),
        4: _t("4 · Well"),
        5: _t("5 · Very well"),
    }


def headers() -> dict[str, str]:
    """Column headers shared by every table, keyed by the journal's column names."""
    return {
        "date": _t("Date"),
        "company": _t("Company"),
        "role": _t("Role"),
        "stage": _t("Stage"),
        "feeling": _t("How it felt"),
        "outcome": _t("Outcome"),
        "debrief": _t("Debrief"),
        "round": _t("Round"),
        "kind": _t("Kind"),
        "theme": _t("Theme"),
        "words": _t("What they said"),
        "verdict": _t("Verdict"),
        "clarification": _t("Clarification"),
        "interviewer": _t("Interviewer"),
        "channel": _t("Asked via"),  # e-mail, phone...: "Asked by" read as a person
        "asked_at": _t("Asked"),
        "in_time": _t("In time"),
        "response": _t("Response"),
        "thanked_at": _t("Thanked"),
        "status": _t("Status"),
        "description": _t("What to practise"),
        "points": _t("Points"),
        "created_at": _t("Added"),
        "done_at": _t("Done"),
    }


def problem_message(field: str, code: str) -> str:
    """A kind sentence for a refused field, from the journal's (field, code) pair."""
    label = {
        "company": _t("Company"),
        "role": _t("Role"),
        "date": _t("Date"),
        "notes": _t("Notes"),
        "link": _t("Link"),
        "time": _t("Time"),
        "source": _t("Found via"),
        "applied_on": _t("Applied on"),
        "feeling": _t("How it felt"),
        "interviewer_name": _t("Interviewer's name"),
        "profile": _t("Your name and sign-off"),
        "round": _t("Round"),
    }.get(field, field.replace("_", " ").capitalize())
    text = {
        "required": _t("{label} is needed."),
        "too_long": _t("{label} is too long to store; please shorten it."),
        "not_a_date": _t("{label} is not a real calendar date."),
        "not_a_time": _t("{label} is a time of day such as 09:30 or 14:00."),
        "date_out_of_range": _t("{label} should be between 1950 and five years from now."),
        "feeling_range": _t("{label} is a number from 1 to 5."),
        "bad_characters": _t("{label} contains characters that cannot be stored."),
        "choice": _t("{label} has a value Debrief does not know."),
        "one_only": _t("{label} can be there only once; this file has more than one."),
        "application_ended": _t(
            "This application has ended, so there is no next round to add yet. If they "
            "invited you back, set its outcome to “Waiting to hear” first (F2)."
        ),
    }.get(code, _t("{label} could not be saved."))
    return text.format(label=label)


#: Which vocabulary turns a stored code into words, per column name.
_CHOICES = {
    "stage": stages,
    "outcome": outcomes,
    "kind": point_kinds,
    "verdict": verdicts,
    "status": action_statuses,
    "channel": channels,
    "response": responses,
    "debrief": wizard_steps,
    "told_via": told_via,
}


def choices_for(column: str) -> dict | None:
    if column == "feeling":
        return feelings()
    factory = _CHOICES.get(column)
    return factory() if factory else None


def display(column: str, value: Any, words: dict | None = None) -> str:
    """How a stored value reads in a table cell.

    `words` is the column's choices_for() mapping, passed in by table models that cache it,
    because a table paints thousands of cells and the lookup would rebuild it each time.
    """
    if value is None or value == "":
        return ""
    if column == "feeling":
        return (words or feelings()).get(value, str(value))
    if column in _CHOICES:
        return (words or _CHOICES[column]()).get(value, str(value))
    if column == "in_time":
        return _t("Yes") if value else _t("Late")
    if column == "round":  # "2/3" from the listing
        number, _, total = str(value).partition("/")
        return _t("{number} of {total}").format(number=number, total=total or number)
    if isinstance(value, dt.datetime):
        if column in ("created_at", "done_at"):
            return value.date().isoformat()  # when an action was added or done: the day
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    first_line = text.split("\n", 1)[0]
    return first_line if len(first_line) <= 300 else first_line[:300] + "…"
