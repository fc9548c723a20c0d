"""Sentences more than one wizard page says: the ask deadline and how long is left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from debrief.journal.practice import deadline as deadlines
from debrief.ui.translations import journal_text
from debrief.ui.vocabulary import day_words


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def when(moment: dt.datetime) -> str:
    return day_words(moment, "ddd yyyy-MM-dd HH:mm")


def deadline_text(told_via: str | None, told_at: dt.datetime | None, now: dt.datetime) -> str:
    """The ask deadline in plain words: during the call, time left, or kindly overdue."""
    deadline = deadlines.ask_deadline(told_at, told_via)
    if deadline is None:
        return _t("Choose how you were told to see when to ask.") if told_at else ""
    status = deadlines.deadline_status(deadline, now)
    message = journal_text(status.message).format(**status.params)
    if status.state == deadlines.DeadlineState.OPEN:
        message = _t("Ask by {due}: {message}").format(due=when(status.due), message=message)
        if told_via == "never":
            message += " " + _t("The 24 hours run from when you checked the status.")
    return message


def in_time_text(in_time: bool | None) -> str:
    if in_time is None:
        return ""
    if in_time:
        return _t("✓ Asked in time.")
    return _t("Asked after the deadline. It still counts, and it was still worth asking.")
