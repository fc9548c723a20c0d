"""The rules of the practice in one import: wording checker, ask deadline, message drafts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from debrief.journal.deadline import (
    ASK_WITHIN,
    CALL_GRACE,
    Deadline,
    DeadlineState,
    DeadlineStatus,
    ask_deadline,
    deadline_status,
    is_in_time,
    time_left,
)
from debrief.journal.drafts import (
    TEMPLATES,
    Draft,
    draft,
    interview_values,
    mailto_url,
    template_for,
    template_text,
)
from debrief.journal.practice.wording import ADVICE, WordingProblem, wording_problems

__all__ = [
    "ADVICE",
    "ASK_WITHIN",
    "CALL_GRACE",
    "TEMPLATES",
    "Deadline",
    "DeadlineState",
    "DeadlineStatus",
    "Draft",
    "WordingProblem",
    "ask_deadline",
    "deadline_status",
    "draft",
    "interview_values",
    "is_in_time",
    "mailto_url",
    "template_for",
    "template_text",
    "time_left",
    "wording_problems",
    "asked_in_time",
    "request_draft",
    "thank_draft",
]


def _values(context: Mapping[str, object]) -> dict[str, object]:
    """Template values from the wizard's context, which names the interviewer "interviewer"."""
    values = dict(context)
    values.setdefault("interviewer_name", values.get("interviewer"))
    return values


def request_draft(channel: str | None, context: Mapping[str, object]) -> Draft:
    """The request for advice by e-mail or call script, filled from the wizard's context."""
    return draft(template_for("ask", channel), **_values(context))


def thank_draft(channel: str | None, context: Mapping[str, object]) -> Draft:
    """The thank-you note by e-mail or call script, filled from the wizard's context."""
    return draft(template_for("thank", channel), **_values(context))


def asked_in_time(
    told_via: str | None,
    told_at: dt.datetime | None,
    asked_at: dt.datetime | None,
    tz: dt.tzinfo | None = None,
) -> bool:
    """is_in_time with the wizard's argument order: how, when told, when asked."""
    return is_in_time(told_at, told_via, asked_at, tz)
