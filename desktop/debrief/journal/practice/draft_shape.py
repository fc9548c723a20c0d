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

#: The kinds of value a field may hold: one of a vocabulary (or empty), or one of these.
TEXT, FLAG, ID, PLAIN, ANY = "text", "flag", "id", "plain", "any"
Kind = str | frozenset[str]

#: What the wizard writes in a draft. A field not named here is the wizard's own and may
#: hold any JSON value (it reads those with care), but an id is always a number.
DRAFT_FIELDS: dict[str, Kind] = {
    "told_via": frozenset(ToldVia),
    "channel": frozenset(Channel),
    "thank_channel": frozenset(Channel),
    "response": frozenset(Response),
    "asked": FLAG,
    "thanked": FLAG,
    **dict.fromkeys(
        (
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
        ),
        TEXT,
    ),
}
#: What each point holds. A field not named here is one of the wizard's own flags (such
#: as whether it filled in an action), a plain value.
POINT_FIELDS: dict[str, Kind] = {
    "kind": frozenset(PointKind),
    "verdict": frozenset(Verdict),
    "action_id": ID,
    **dict.fromkeys(
        (
            "theme",
            "words",
            "clarify_question",
            "clarify_example",
            "action_text",
            "action_auto",
            "note",
        ),
        TEXT,
    ),
}


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
        elif _fits(value, DRAFT_FIELDS.get(key, ID if key.endswith("_id") else ANY)):
            draft[key] = value
    return draft


def _fits(value: object, kind: Kind) -> bool:
    """Whether `value` is of `kind`; empty (None) fits any kind but a flag."""
    if isinstance(kind, frozenset):
        return value is None or value == "" or value in kind
    if kind == FLAG:
        return isinstance(value, bool)
    if value is None or kind == ANY:
        return True
    if kind == ID:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == TEXT:
        return isinstance(value, str)
    return isinstance(value, (str, int, float, bool))  # PLAIN


def _has_kind(point: object) -> bool:
    return isinstance(point, dict) and point.get("kind") in POINT_FIELDS["kind"]


def _point(point: dict[str, Any]) -> dict[str, Any]:
    """The point without the fields the listen page could not show (the wizard gives
    a missing field its default)."""
    return {k: v for k, v in point.items() if _fits(v, POINT_FIELDS.get(k, PLAIN))}
