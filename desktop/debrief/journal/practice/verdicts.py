"""Changing one's mind about a stored point: a new verdict, a note of why, the action it gets."""

from __future__ import annotations

from typing import Any

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Action, ActionStatus, FeedbackPoint, Theme, Verdict
from debrief.journal.store.refusals import InvalidInput, Problem


def _drop_if_orphaned(action_id: int | None, point_id: int) -> None:
    """An action no other point answers and not yet done goes with the last point's need."""
    if action_id is None:
        return
    others = FeedbackPoint.select().where(
        (FeedbackPoint.action == action_id) & (FeedbackPoint.id != point_id)
    )
    if not others.exists():
        Action.delete().where(
            (Action.id == action_id) & (Action.status != ActionStatus.DONE.value)
        ).execute()


def change_verdict(
    journal: Journal, point_id: int, verdict: str | None, note: str = "", action_text: str = ""
) -> int | None:
    """Set a point's verdict and note; returns the id of the action it now has, or None.

    "Disagree" keeps the point and the note and takes its action away (an open action that
    answered only this point is deleted; a done one stays, as history). Another verdict
    keeps the point's action, or creates one from `action_text` when it has none.
    """
    if verdict is not None and verdict not in {v.value for v in Verdict}:
        raise InvalidInput([Problem("verdict", "choice")])
    with journal.writing():
        point = FeedbackPoint.get_or_none(FeedbackPoint.id == point_id)
        if point is None:
            raise InvalidInput([Problem("point", "missing")])
        action_id = point.action_id
        if verdict == Verdict.DISAGREE.value:
            FeedbackPoint.update(verdict=verdict, note=note, action=None).where(
                FeedbackPoint.id == point_id
            ).execute()
            _drop_if_orphaned(action_id, point_id)
            return None
        if action_id is None and action_text.strip():
            action_id = Action.insert(
                theme=point.theme_id, description=action_text.strip()
            ).execute()
        FeedbackPoint.update(verdict=verdict, note=note, action=action_id).where(
            FeedbackPoint.id == point_id
        ).execute()
    return action_id


@reads
def point_verdict(journal: Journal, point_id: int) -> dict[str, Any] | None:
    """What changing one's mind about a point shows: its words, kind, theme, verdict, note
    and the action it has now (None when the point is gone)."""
    point = FeedbackPoint.get_or_none(FeedbackPoint.id == point_id)
    if point is None:
        return None
    theme = Theme.get_or_none(Theme.id == point.theme_id) if point.theme_id else None
    action = Action.get_or_none(Action.id == point.action_id) if point.action_id else None
    return {
        "id": point.id,
        "words": point.words,
        "kind": point.kind,
        "theme": theme.name if theme else "",
        "verdict": point.verdict,
        "note": point.note,
        "action": action.description if action else "",
    }
