"""Commit a debrief's draft in one transaction: the outcome, the asking, the points, the plan."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from debrief.journal.practice import deadline
from debrief.journal.store.journal import Journal
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    Channel,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Outcome,
    PointKind,
    Response,
    Theme,
    ToldVia,
    Verdict,
    WizardStep,
)
from debrief.journal.store.refusals import InvalidInput, Problem

MAX_SHORT_TEXT = 500  # names, themes, subjects
MAX_LONG_TEXT = 10_000_000  # what was said: a pasted transcript fits, a runaway paste does not


@dataclass(frozen=True)
class Committed:
    """What a commit stored, and the empty points it left out (the UI says so)."""

    request_id: int
    points: int
    actions_created: int
    actions_linked: int
    skipped_empty: int


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _when(value: Any) -> dt.datetime | None:
    """ISO text or a datetime (seconds precision); None for blank."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return dt.datetime.fromisoformat(str(value)).replace(microsecond=0)


def is_empty_point(point: dict[str, Any]) -> bool:
    """A row with no words is not feedback: it is left out, never stored."""
    return not str(point.get("words") or "").strip()


def _choice_problem(field: str, value: Any, enum, optional: bool) -> Problem | None:
    if value is None and optional:
        return None
    return None if value in {m.value for m in enum} else Problem(field, "choice")


def _text_problem(field: str, value: Any, limit: int) -> Problem | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return Problem(field, "not_text")
    return Problem(field, "too_long") if len(value) > limit else None


def _date_problems(data: dict[str, Any]) -> list[Problem]:
    problems = []
    for key in ("told_at", "asked_at", "responded_at", "thanked_at", "followed_up_at"):
        try:
            _when(data.get(key))
        except (TypeError, ValueError):
            problems.append(Problem(key, "not_a_date"))
    return problems


def _point_problems(points: list[dict[str, Any]]) -> list[Problem]:
    problems = []
    for point in points:
        if is_empty_point(point):
            continue
        checks = (
            _choice_problem("point_kind", point.get("kind"), PointKind, optional=False),
            _choice_problem("verdict", point.get("verdict"), Verdict, optional=True),
            _text_problem("theme", point.get("theme"), MAX_SHORT_TEXT),
            _text_problem("point_words", point.get("words"), MAX_LONG_TEXT),
            _text_problem("clarify_question", point.get("clarify_question"), MAX_LONG_TEXT),
            _text_problem("clarify_example", point.get("clarify_example"), MAX_LONG_TEXT),
            _text_problem("action", point.get("action_text"), MAX_LONG_TEXT),
            _text_problem("note", point.get("note"), MAX_LONG_TEXT),
        )
        problems += [p for p in checks if p]
    return problems


def validate(data: dict[str, Any]) -> list[Problem]:
    """Every problem with a draft about to be committed (empty points are not problems)."""
    checks = [
        _choice_problem("told_via", data.get("told_via"), ToldVia, optional=True),
        _choice_problem("channel", data.get("channel"), Channel, optional=True),
        _choice_problem("response", data.get("response"), Response, optional=False),
        _text_problem("interviewer_name", data.get("interviewer_name"), MAX_SHORT_TEXT),
        _text_problem("interviewer_email", data.get("interviewer_email"), MAX_SHORT_TEXT),
        _text_problem("words", data.get("words"), MAX_LONG_TEXT),
        _text_problem("thank_words", data.get("thank_words"), MAX_LONG_TEXT),
    ]
    problems = [p for p in checks if p] + _date_problems(data)
    points = data.get("points") or []
    if not isinstance(points, list) or not all(isinstance(p, dict) for p in points):
        return problems + [Problem("points", "not_a_list")]
    return problems + _point_problems(points)


def _in_time(data: dict[str, Any]) -> bool | None:
    """Whether the asking met the deadline (guidance's rule); None until asked."""
    if not data.get("asked"):
        return None
    told_at, asked_at = _when(data.get("told_at")), _when(data.get("asked_at"))
    if deadline.ask_deadline(told_at, data.get("told_via")) is None or asked_at is None:
        return None
    return deadline.is_in_time(told_at, data.get("told_via"), asked_at)


def _interviewer_id(interview_id: int, data: dict[str, Any], create: bool = True) -> int | None:
    """The chosen interviewer, or a new one from the typed name; an e-mail fills a blank.
    Only when `create` (the end): a draft's name or e-mail may be half typed, and a blank
    filled with "dana@" would refuse the whole address later."""
    email = (data.get("interviewer_email") or "").strip()
    chosen = data.get("interviewer_id")
    person = (
        Interviewer.get_or_none(
            (Interviewer.id == chosen) & (Interviewer.interview == interview_id)
        )
        if chosen
        else None
    )
    if person is not None:
        if create and email and not person.email:
            Interviewer.update(email=email).where(Interviewer.id == person.id).execute()
        return person.id
    name = (data.get("interviewer_name") or "").strip()
    if not name:
        return None
    same_name = Interviewer.get_or_none(
        (Interviewer.interview == interview_id) & (Interviewer.name == name)
    )
    if same_name is not None:  # typed again on a resumed debrief: the same person
        return same_name.id
    if not create:
        return None
    return Interviewer.insert(interview=interview_id, name=name, email=email).execute()


def _record_notice(request: FeedbackRequest, data: dict[str, Any]) -> None:
    """The interview's outcome, and when and how the user was told; written only when it
    differs from what is stored (a draft is saved at every pause in typing)."""
    told = {"outcome": Outcome.REJECTED.value}
    if data.get("told_via"):
        told |= {"told_via": data["told_via"], "told_at": _when(data.get("told_at"))}
    stored = (
        Interview.select(*(getattr(Interview, field) for field in told))
        .where(Interview.id == request.interview_id)
        .tuples()
        .first()
    )
    if stored != tuple(told.values()):
        Interview.update(**told, updated_at=_now()).where(
            Interview.id == request.interview_id
        ).execute()


def _asking(request: FeedbackRequest, data: dict[str, Any], create: bool = True) -> dict:
    """The request's asking fields: whom, how, the words, and when (None until asked)."""
    asked = bool(data.get("asked"))
    return {
        "interviewer": _interviewer_id(request.interview_id, data, create),
        "channel": data.get("channel"),
        "words": data.get("words") or "",
        "asked_at": (_when(data.get("asked_at")) or _now()) if asked else None,
        "in_time": _in_time(data),
    }


def _record_notice_and_asking(request: FeedbackRequest, data: dict[str, Any]) -> dict:
    """Write the interview's outcome and the request's asking fields; returns request values."""
    _record_notice(request, data)
    response = data.get("response") or Response.WAITING.value
    responded_at = _when(data.get("responded_at"))
    if responded_at is None and response != Response.WAITING.value:
        responded_at = _now()
    return _asking(request, data) | {
        "response": response,
        "responded_at": responded_at,
        "followed_up_at": _when(data.get("followed_up_at")),
    }


def known_facts(request: FeedbackRequest, data: dict[str, Any]) -> dict[str, Any]:
    """A kept draft's facts, committed at once: when and how the user was told, and the
    asking once they have asked. The reminders and the table read these: the ask deadline
    runs from the telling, the follow-up from the asking, whether or not the debrief is
    finished. What was said, and the thanks, wait for the debrief's end. A draft holding
    a wrong value commits none of them (finishing will say what is wrong). Nor does a
    request whose answer ("no reply") is recorded: its asking was committed then, and
    Discard goes back to it. The telling is written here; the asking fields are returned,
    for the caller to store with the draft in one statement."""
    if request.response != Response.WAITING.value:
        return {}
    checks = [
        _choice_problem("told_via", data.get("told_via"), ToldVia, optional=True),
        _choice_problem("channel", data.get("channel"), Channel, optional=True),
        _text_problem("interviewer_name", data.get("interviewer_name"), MAX_SHORT_TEXT),
        _text_problem("interviewer_email", data.get("interviewer_email"), MAX_SHORT_TEXT),
        _text_problem("words", data.get("words"), MAX_LONG_TEXT),
    ]
    if any(checks) or _date_problems(data):
        return {}
    _record_notice(request, data)
    # A new name typed on the page joins the interviewers when the debrief ends: each
    # keystroke's draft would otherwise add "A", "An", "Ann".
    return _asking(request, data, create=False)


def _thanks(data: dict[str, Any]) -> dict:
    thanked = bool(data.get("thanked"))
    return {
        "thanked_at": (_when(data.get("thanked_at")) or _now()) if thanked else None,
        "thank_words": data.get("thank_words") or "",
    }


def theme_ids() -> dict[str, int]:
    """Every theme's id keyed by its casefolded name (Unicode-aware, unlike SQL NOCASE)."""
    return {name.casefold(): tid for tid, name in Theme.select(Theme.id, Theme.name).tuples()}


def _theme_id(name: str, known: dict[str, int]) -> int | None:
    """The theme called `name` in any case; a new theme when nobody used the name yet."""
    name = (name or "").strip()
    if not name:
        return None
    key = name.casefold()
    if key not in known:
        known[key] = Theme.insert(name=name).execute()
    return known[key]


def _open_action_ids(wanted: list[int]) -> set[int]:
    """Which of the actions points want to link to still exist and are not done."""
    if not wanted:
        return set()
    query = Action.select(Action.id).where(
        Action.id.in_(wanted) & (Action.status != ActionStatus.DONE.value)
    )
    return {action_id for (action_id,) in query.tuples()}


def _store_points(request: FeedbackRequest, points: list[dict[str, Any]]) -> tuple[int, int]:
    """Insert the points (in order) with their themes and actions; (created, linked)."""
    known = theme_ids()
    open_ids = _open_action_ids([p["action_id"] for p in points if p.get("action_id")])
    created = linked = 0
    rows = []
    for position, point in enumerate(points):
        theme_id = _theme_id(point.get("theme") or "", known)
        verdict = point.get("verdict")
        action_id = point.get("action_id")
        text = (point.get("action_text") or "").strip()
        if verdict == Verdict.DISAGREE.value:
            action_id, text = None, ""  # noted only, with the user's why: nothing to practise
        if action_id in open_ids:
            linked += 1
        elif text:
            action_id = Action.insert(theme=theme_id, description=text).execute()
            created += 1
        else:
            action_id = None
        rows.append(
            {
                "interview": request.interview_id,
                "request": request.id,
                "kind": point["kind"],
                "theme": theme_id,
                "words": point["words"],
                "verdict": verdict,
                "clarify_question": point.get("clarify_question") or "",
                "clarify_example": point.get("clarify_example") or "",
                "note": point.get("note") or "",
                "action": action_id,
                "position": position,
            }
        )
    if rows:
        FeedbackPoint.insert_many(rows).execute()
    return created, linked


def _unfinished_request(request_id: int) -> FeedbackRequest:
    request = FeedbackRequest.get_or_none(FeedbackRequest.id == request_id)
    if request is None:
        raise InvalidInput([Problem("debrief", "missing")])
    if request.wizard_step == WizardStep.DONE.value:
        raise InvalidInput([Problem("debrief", "already_finished")])
    return request


def _commit(
    journal: Journal, request_id: int, data: dict[str, Any], step: str, draft: str = ""
) -> Committed:
    if problems := validate(data):
        raise InvalidInput(problems)
    all_points = data.get("points") or []
    points = [p for p in all_points if not is_empty_point(p)]
    with journal.writing():
        request = _unfinished_request(request_id)
        values = _record_notice_and_asking(request, data) | _thanks(data)
        FeedbackRequest.update(wizard_step=step, draft=draft, **values).where(
            FeedbackRequest.id == request_id
        ).execute()
        FeedbackPoint.delete().where(FeedbackPoint.request == request_id).execute()
        created, linked = _store_points(request, points)
    return Committed(request_id, len(points), created, linked, len(all_points) - len(points))


def finish(journal: Journal, request_id: int, data: dict[str, Any]) -> Committed:
    """Commit the whole debrief in one transaction and mark it done; the draft is cleared.

    The interview becomes Rejected with when and how the user was told; the request gets
    its asking, response and thanks; each non-empty point is stored verbatim with its
    theme (created when new), clarification, verdict and action (new, or linked to an
    open one). Raises InvalidInput, writing nothing, when the draft holds a wrong value.
    """
    return _commit(journal, request_id, data, WizardStep.DONE.value)


def record_declined(journal: Journal, request_id: int, data: dict[str, Any]) -> Committed:
    """They declined: a normal outcome. The debrief is finished without points."""
    data = {**data, "response": Response.DECLINED.value, "points": []}
    return _commit(journal, request_id, data, WizardStep.DONE.value)


def record_no_reply(journal: Journal, request_id: int, data: dict[str, Any]) -> Committed:
    """No reply yet: the asking is recorded and the debrief stays open at the listen page.

    The draft keeps everything typed (points included) so a reply can be added later.
    """
    draft = json.dumps(
        {**data, "response": Response.NO_REPLY.value}, ensure_ascii=False, default=str
    )
    data = {**data, "response": Response.NO_REPLY.value, "points": []}
    return _commit(journal, request_id, data, WizardStep.LISTEN.value, draft)


def close_as_silence(journal: Journal, request_id: int, data: dict[str, Any]) -> Committed:
    """No reply after the one follow-up: the request is closed kindly and counts as silence.

    The debrief is done, so nothing reminds the user of it again.
    """
    data = {**data, "response": Response.NO_REPLY.value, "points": []}
    return _commit(journal, request_id, data, WizardStep.DONE.value)
