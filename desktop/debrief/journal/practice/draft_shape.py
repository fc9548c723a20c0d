"""What of a stored wizard draft can be resumed.

A draft is JSON in the journal, and a journal can arrive from elsewhere (a JSON import, a
file another program wrote). The wizard fills its pages from the draft, so a field of the
wrong kind ("points": 5, a channel it does not offer) would stop it from opening at all.
Each field is kept only when it has the kind the wizard writes; the rest falls back to
what was committed, so the debrief still opens, with what could be read.
"""

from __future__ import annotations

from typing import Any

from debrief.journal.store.choices import Channel, PointKind, Response, ToldVia, Verdict

#: Fields whose value must be one of a vocabulary (or empty).
CHOICES: dict[str, frozenset[str]] = {
    "told_via": frozenset(ToldVia),
    "channel": frozenset(Channel),
    "thank_channel": frozenset(Channel),
    "response": frozenset(Response),
}
#: The same inside each point.
POINT_CHOICES: dict[str, frozenset[str]] = {
    "kind": frozenset(PointKind),
    "verdict": frozenset(Verdict),
}
#: Fields of a point that are numbers (ids), and those that are text; the wizard's own
#: flags (such as whether it filled in an action) may be any plain value.
POINT_IDS = frozenset({"action_id"})
POINT_TEXT = frozenset(
    {"theme", "words", "clarify_question", "clarify_example", "action_text", "action_auto", "note"}
)


def resumable(saved: object, committed: dict[str, Any]) -> dict[str, Any]:
    """`committed` with every field of `saved` that has the kind the wizard writes; points
    whose kind the wizard does not offer are left out, and so are a point's fields of the
    wrong kind."""
    if not isinstance(saved, dict):
        return committed
    draft = dict(committed)
    for key, value in saved.items():
        if key == "points":
            points = value if isinstance(value, list) else []
            draft[key] = [_point(p) for p in points if _has_kind(p)]
        elif _fits(key, value, committed.get(key)):
            draft[key] = value
    return draft


def _fits(key: str, value: object, like: object) -> bool:
    """Whether `value` has the kind of the committed `like` (any JSON value for the
    fields only the wizard keeps, which it reads with care)."""
    if key in CHOICES:
        return value is None or value == "" or value in CHOICES[key]
    if isinstance(like, bool):
        return isinstance(value, bool)
    if key.endswith("_id"):
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if isinstance(like, str) or (like is None and key in _TEXT):
        return value is None or isinstance(value, str)
    return True


#: The committed fields that are text even when empty (None) in the journal.
_TEXT = frozenset(
    {
        "told_at",
        "interviewer_name",
        "interviewer_email",
        "subject",
        "words",
        "asked_at",
        "responded_at",
        "thanked_at",
        "thank_subject",
        "thank_words",
        "followed_up_at",
    }
)


def _has_kind(point: object) -> bool:
    return isinstance(point, dict) and point.get("kind") in POINT_CHOICES["kind"]


def _point(point: dict[str, Any]) -> dict[str, Any]:
    """The point without the fields the listen page could not show (the wizard gives
    a missing field its default)."""
    return {key: value for key, value in point.items() if _point_field_fits(key, value)}


def _point_field_fits(key: str, value: object) -> bool:
    if value is None:
        return True
    if key in POINT_CHOICES:
        return value == "" or value in POINT_CHOICES[key]
    if key in POINT_IDS:
        return isinstance(value, int) and not isinstance(value, bool)
    if key in POINT_TEXT:
        return isinstance(value, str)
    return isinstance(value, (str, int, float, bool))
