"""One debrief of a rejection: start or resume it, keep its draft, commit it (see debrief_commit).

A debrief is one FeedbackRequest row (one asking). While the wizard runs, what the user
typed lives as JSON in `draft` and the page reached in `wizard_step`, so closing the
wizard or the app loses nothing. `debrief_commit` turns the draft into real rows.

The draft is a plain dict (see `DRAFT_KEYS`); dates in it are ISO text.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, Expression, fn

from debrief.journal.practice.agency import through_agency
from debrief.journal.practice.debrief_commit import (
    Committed,
    close_as_silence,
    finish,
    is_empty_point,
    known_facts,
    record_declined,
    record_no_reply,
    theme_ids,
)
from debrief.journal.practice.draft_shape import resumable
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    FeedbackRequest,
    Interview,
    Interviewer,
    Outcome,
    Response,
    Theme,
    WizardStep,
)
from debrief.journal.store.refusals import InvalidInput, Problem

#: What the wizard keeps in a draft. Points are dicts with POINT_KEYS.
__all__ = [
    "Committed",
    "Debrief",
    "close_as_silence",
    "committed_data",
    "discard",
    "finish",
    "interview_context",
    "is_empty_point",
    "load",
    "open_actions_for_theme",
    "record_declined",
    "record_no_reply",
    "response_counts",
    "save_draft",
    "start",
    "theme_suggestion",
    "unfinished_step",
]

DRAFT_KEYS = (
    "told_via",  # phone | email | letter | never
    "told_at",  # ISO; for "never told", when the user checked the status
    "interviewer_id",  # an Interviewer of this interview, or None
    "interviewer_name",  # typed name (a new interviewer when interviewer_id is None)
    "interviewer_email",
    "channel",  # phone | email: how the user asked
    "subject",  # e-mail subject of the request
    "words",  # the request as sent or said
    "asked",  # bool: the user has asked
    "asked_at",  # ISO
    "response",  # waiting | given | declined | no_reply
    "responded_at",  # ISO
    "points",  # list of point dicts
    "thanked",  # bool
    "thanked_at",  # ISO
    "thank_channel",  # how the thanks go, when the user chose (else as they asked)
    "thank_subject",
    "thank_words",
    "followed_up_at",  # ISO: the one polite follow-up after no reply
    "close_silence",  # bool: no reply after the follow-up; close the request kindly
    "through_agency",  # bool: asked through a recruiter, who passes the request on
)
POINT_KEYS = (
    "kind",  # went_well | held_back | advice
    "theme",  # a theme name, existing or new
    "words",  # verbatim, stored exactly
    "clarify_question",
    "clarify_example",
    "verdict",  # true_weakness | impression | disagree | None
    "action_text",  # a new action to practise (ignored when action_id is set)
    "action_id",  # an open action this point is linked to
    "note",  # the user's own note, e.g. why they disagree
)


@dataclass(frozen=True)
class Debrief:
    """A debrief the wizard can open: which request, the page reached, the draft."""

    request_id: int
    interview_id: int
    step: str
    data: dict[str, Any]


def _iso(value: dt.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value else None


def _unfinished(interview_id: int) -> Expression:
    """The interview's requests whose debrief is not finished yet."""
    return (FeedbackRequest.interview == interview_id) & (
        FeedbackRequest.wizard_step != WizardStep.DONE.value
    )


def _newest_unfinished(interview_id: int) -> FeedbackRequest | None:
    return (
        FeedbackRequest.select()
        .where(_unfinished(interview_id))
        .order_by(FeedbackRequest.id.desc())
        .first()
    )


@dataclass(frozen=True)
class OpenRequest:
    """An unfinished debrief of one interview: whom it asks and how far it got."""

    request_id: int
    interviewer: str  # "" when nobody was chosen yet
    step: str
    asked: bool


@reads
def unfinished_requests(journal: Journal, interview_id: int) -> list[OpenRequest]:
    """Every unfinished debrief of the interview, newest first: after asking a second
    person there are two conversations, and either may be the one to go on with."""
    rows = (
        FeedbackRequest.select(
            FeedbackRequest.id,
            fn.COALESCE(Interviewer.name, ""),
            FeedbackRequest.wizard_step,
            FeedbackRequest.asked_at.is_null(False),
        )
        .join(Interviewer, JOIN.LEFT_OUTER, on=FeedbackRequest.interviewer == Interviewer.id)
        .where(_unfinished(interview_id))
        .order_by(FeedbackRequest.id.desc())
        .tuples()
    )
    return [OpenRequest(i, name, step, bool(asked)) for i, name, step, asked in rows]


@reads
def unfinished_step(journal: Journal, interview_id: int) -> str | None:
    """The page the interview's unfinished debrief reached ("notice"…"improve"), or None."""
    row = _newest_unfinished(interview_id)
    return row.wizard_step if row else None


def committed_data(request: FeedbackRequest) -> dict[str, Any]:
    """A draft rebuilt from what is stored: the starting point when there is no draft."""
    interview = request.interview
    person = request.interviewer
    return {
        "told_via": interview.told_via,
        "told_at": _iso(interview.told_at),
        "interviewer_id": person.id if person else None,
        "interviewer_name": person.name if person else "",
        "interviewer_email": person.email if person else "",
        "channel": request.channel,
        "subject": "",
        "words": request.words,
        "asked": request.asked_at is not None,
        "asked_at": _iso(request.asked_at),
        "response": request.response,
        "responded_at": _iso(request.responded_at),
        "points": [],
        "thanked": request.thanked_at is not None,
        "thanked_at": _iso(request.thanked_at),
        "thank_subject": "",
        "thank_words": request.thank_words,
        "followed_up_at": _iso(request.followed_up_at),
    }


def _load_draft(request: FeedbackRequest) -> dict[str, Any]:
    base = committed_data(request)
    if not request.draft:
        return base
    try:
        saved = json.loads(request.draft)
    except (ValueError, RecursionError):
        return base  # a damaged draft: fall back to what was committed
    return resumable(saved, base)  # fields of the wrong kind (an imported file) left out


@reads
def start(journal: Journal, interview_id: int, request_id: int | None = None) -> Debrief:
    """Resume the interview's unfinished debrief (the newest, or `request_id` when the user
    chose one), or start a new asking at the notice page."""
    if not Interview.select().where(Interview.id == interview_id).exists():
        raise InvalidInput([Problem("interview", "missing")])
    request = _newest_unfinished(interview_id)
    if request_id is not None:
        chosen = FeedbackRequest.get_or_none(
            (FeedbackRequest.id == request_id) & _unfinished(interview_id)
        )
        request = chosen or request
    if request is None:
        with journal.writing():
            request_id = FeedbackRequest.insert(
                interview=interview_id, wizard_step=WizardStep.NOTICE.value
            ).execute()
        request = FeedbackRequest.get_by_id(request_id)
    return Debrief(request.id, interview_id, request.wizard_step, _load_draft(request))


@reads
def load(journal: Journal, request_id: int) -> Debrief:
    """The debrief of one request as stored now (draft included)."""
    request = FeedbackRequest.get_or_none(FeedbackRequest.id == request_id)
    if request is None:
        raise InvalidInput([Problem("debrief", "missing")])
    return Debrief(request.id, request.interview_id, request.wizard_step, _load_draft(request))


def _check_step(step: str) -> None:
    if step not in {s.value for s in WizardStep} or step == WizardStep.DONE.value:
        raise InvalidInput([Problem("wizard_step", "choice")])


def save_draft(journal: Journal, request_id: int, step: str, data: dict[str, Any]) -> None:
    """Keep what the wizard holds and the page it is on, and commit the facts it already
    holds (told, asked: `known_facts`); what was said waits for the end."""
    _check_step(step)
    text = json.dumps(data, ensure_ascii=False, default=str)
    with journal.writing():
        request = FeedbackRequest.get_or_none(
            (FeedbackRequest.id == request_id)
            & (FeedbackRequest.wizard_step != WizardStep.DONE.value)
        )
        if request is None:
            raise InvalidInput([Problem("debrief", "already_finished")])
        facts = known_facts(request, data)
        FeedbackRequest.update(draft=text, wizard_step=step, **facts).where(
            FeedbackRequest.id == request_id
        ).execute()


@reads
def discard(journal: Journal, request_id: int) -> bool:
    """Drop an unfinished debrief's draft. Returns True when the request row was deleted.

    A request whose asking is already stored (a recorded "no reply", or a sent request
    still waiting, as a loaded export or the demo holds) keeps that record: the asking did
    happen. Only what was typed since is dropped, and it stays open at the listen page.
    """
    request = FeedbackRequest.get_or_none(FeedbackRequest.id == request_id)
    if request is None or request.wizard_step == WizardStep.DONE.value:
        return False
    with journal.writing():
        if request.response == Response.NO_REPLY.value or request.asked_at is not None:
            draft = json.dumps(committed_data(request), ensure_ascii=False)
            FeedbackRequest.update(draft=draft, wizard_step=WizardStep.LISTEN.value).where(
                FeedbackRequest.id == request_id
            ).execute()
            return False
        FeedbackRequest.delete().where(FeedbackRequest.id == request_id).execute()
    return True


@reads
def open_actions_for_theme(journal: Journal, name: str) -> list[tuple[int, str]]:
    """(id, description) of actions not yet done on the theme `name` (any case), newest first."""
    theme_id = theme_ids().get((name or "").strip().casefold())
    if theme_id is None:
        return []
    query = (
        Action.select(Action.id, Action.description)
        .where((Action.theme == theme_id) & (Action.status != ActionStatus.DONE.value))
        .order_by(Action.created_at.desc(), Action.id.desc())
    )
    return list(query.tuples())


@reads
def theme_suggestion(journal: Journal, name: str) -> str:
    """The improvement idea kept with a theme (prefills a new action), or ""."""
    theme_id = theme_ids().get((name or "").strip().casefold())
    if theme_id is None:
        return ""
    return Theme.select(Theme.suggestion).where(Theme.id == theme_id).scalar() or ""


@reads
def interview_context(journal: Journal, interview_id: int) -> dict[str, Any]:
    """What the wizard shows and drafts from: company, role, date, stage, people."""
    interview = Interview.get_or_none(Interview.id == interview_id)
    if interview is None:
        raise InvalidInput([Problem("interview", "missing")])
    people = list(
        Interviewer.select(Interviewer.id, Interviewer.name, Interviewer.title, Interviewer.email)
        .where(Interviewer.interview == interview_id)
        .order_by(Interviewer.id)
        .dicts()
    )
    return {
        "company": interview.company,
        "role": interview.role,
        "stage": interview.stage,
        "date": interview.date,
        "told_via": interview.told_via,
        "told_at": interview.told_at,
        "interviewers": people,
        "agency": through_agency(interview.application.source if interview.application else ""),
        "coming_up": _has_interview_ahead(),
    }


def _has_interview_ahead() -> bool:
    """Whether the journal has a round ahead whose outcome is open: only then may a request
    say "I have another interview coming up"."""
    today = dt.date.today()
    return (
        Interview.select()
        .where((Interview.date >= today) & (Interview.outcome == Outcome.PENDING.value))
        .exists()
    )


@reads
def response_counts(journal: Journal, excluding: int | None = None) -> dict[str, int]:
    """How the journal's past requests were answered (given, declined, no reply, waiting),
    leaving out the request being debriefed (`excluding`) while its answer is not
    recorded: its asking is stored as soon as it is made, its answer is what is asked.

    Shown when someone declines or stays silent, so the user sees that it is common.
    """
    query = (
        FeedbackRequest.select(FeedbackRequest.response, fn.COUNT(FeedbackRequest.id))
        .where(
            FeedbackRequest.asked_at.is_null(False)
            & ~(
                (FeedbackRequest.id == (excluding or 0))
                & (FeedbackRequest.response == Response.WAITING.value)
            )
        )
        .group_by(FeedbackRequest.response)
    )
    return dict(query.tuples())
