"""Asking a second interviewer too: a new request to them, its draft re-addressed.

After asking one person, the user may ask another who was in the room. That is a second
FeedbackRequest on the same interview, waiting at the Ask page with the same message
written to the new person, so asking them is one click and one send.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from debrief.journal.practice import drafts
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import FeedbackRequest, Interviewer, WizardStep
from debrief.journal.store.refusals import InvalidInput, Problem

#: What the new request's draft keeps from the first: how the user was told and asked.
CARRIED = ("told_via", "told_at", "channel", "short_form", "through_agency")


@reads
def others_to_ask(
    journal: Journal,
    interview_id: int,
    people: Sequence[Mapping[str, Any]],
    chosen: object,
    request_id: int | None = None,
) -> list[Mapping[str, Any]]:
    """The interviewers of `people` not asked yet (no other request names them) other than
    the one `chosen` now on request `request_id`, most senior first. That request's stored
    interviewer is left out: the page's choice is newer than its last saved draft."""
    asked = {
        row[0]
        for row in FeedbackRequest.select(FeedbackRequest.interviewer)
        .where(
            (FeedbackRequest.interview == interview_id)
            & FeedbackRequest.interviewer.is_null(False)
            & (FeedbackRequest.id != (request_id or 0))
        )
        .tuples()
    }
    rest = [p for p in people if p.get("id") not in asked and p.get("id") != chosen]
    return sorted(rest, key=lambda p: -drafts.seniority(p.get("title")))


def ask_also(
    journal: Journal,
    interview_id: int,
    person_id: int,
    data: Mapping[str, Any],
    old_name: str,
) -> int:
    """A new request to interviewer `person_id`, at the Ask page, its message that of
    `data` re-addressed from `old_name` to them. Returns the new request's id."""
    with journal.writing():
        person = Interviewer.get_or_none(
            (Interviewer.id == person_id) & (Interviewer.interview == interview_id)
        )
        if person is None:
            raise InvalidInput([Problem("interviewer", "missing")])
        draft = {key: data.get(key) for key in CARRIED if key in data}
        draft.update(
            interviewer_id=person.id,
            interviewer_name=person.name,
            interviewer_email=person.email,
            subject=data.get("subject") or "",
            words=drafts.readdress(data.get("words") or "", old_name, person.name),
            asked=False,
            response="waiting",
            points=[],
        )
        return FeedbackRequest.insert(
            interview=interview_id,
            interviewer=person.id,
            channel=data.get("channel"),
            wizard_step=WizardStep.ASK.value,
            draft=json.dumps(draft, ensure_ascii=False),
        ).execute()
