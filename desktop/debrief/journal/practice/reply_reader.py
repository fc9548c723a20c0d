"""Reads an interviewer's pasted reply into candidate feedback points and the reply's shape.

Pure text rules, no database and no Qt: the listen page shows what this proposes and the
user confirms or edits every point before anything is saved.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from debrief.journal.practice.replies import kinds
from debrief.journal.practice.replies.shape import (
    ReplyShape,
    follow_up_for,
    is_decline,
    is_filler,
    is_generic_reason,
)
from debrief.journal.practice.replies.split import Piece, pieces
from debrief.journal.practice.replies.strip import kept_lines
from debrief.journal.practice.replies.theme_model import propose_theme

__all__ = ["ProposedPoint", "ReadReply", "ReplyShape", "read_reply"]


@dataclass(frozen=True)
class ProposedPoint:
    """One candidate point: the interviewer's words, text[start:end] of the paste."""

    text: str
    kind: str  # a PointKind value
    theme: str | None  # a built-in theme's name, or None to let the user choose
    start: int
    end: int
    #: Only a vague comparison ("someone with more experience"), not about the interview.
    generic: bool = False


@dataclass(frozen=True)
class ReadReply:
    shape: ReplyShape
    points: tuple[ProposedPoint, ...]
    #: For a generic reply: one kind, narrow question to ask next (English, for tr()).
    follow_up: str | None = None
    #: The paste was longer than MAX_READ: only its start was read.
    cut: bool = False


#: The most of a paste the reader reads. The longest letters of feedback run to about 8,000
#: characters; a whole mail thread or a document pasted by mistake would otherwise hold
#: the window for seconds (a megabyte of prose took 16 s and proposed 40,000 points).
MAX_READ = 30_000


# "Areas to develop: ..." or "Honest feedback: ..." introduce the point; they are not in it.
_INTRO = re.compile(r"^[^:.!?]{1,40}:\s+(?=\S)")
# Where one sentence holds praise and then criticism (or the other way round).
# Each whitespace run is tried once, from its start and whole (20,000 spaces took 30 s).
_TURN = re.compile(r",?(?<!\s)\s++\b(but|however|whereas)\b,?\s+|;\s+however,?\s+", re.IGNORECASE)
# "..., and several of the panel felt ...": a second observation with a subject of its own.
_AND_THEN = re.compile(
    r",\s+and\s+(?=(the|your|you|they|several|some|most|many|a few|also)\b)", re.I
)
_REFERS_BACK = re.compile(r"\b(this|that|it|these|those|them)\b", re.IGNORECASE)
_LONG_ENOUGH = 5  # words on each side of an "and" before it splits two observations


def read_reply(text: str) -> ReadReply:
    """Proposes points, each with a kind and a theme, and the shape of the whole reply."""
    cut = len(text) > MAX_READ
    if cut:  # up to the last line break within the limit, so no sentence is read half
        end = text.rfind("\n", 0, MAX_READ)
        text = text[: end if end > MAX_READ // 2 else MAX_READ]
    points: list[ProposedPoint] = []
    declined = False
    for piece in _split_turns(_without_intros(pieces(kept_lines(text)))):
        if is_decline(piece.text):
            declined = True
            continue
        point = _as_point(piece)
        if point is not None:
            points.append(_in_context(point, points[-1] if points else None))
    shape = _shape(points, declined)
    follow_up = None
    if shape is ReplyShape.GENERIC:
        follow_up = follow_up_for(points[0].theme if points else None)
    return ReadReply(shape, tuple(points), follow_up, cut)


def _as_point(piece: Piece) -> ProposedPoint | None:
    generic = is_generic_reason(piece.text)
    feedback = _has_feedback_words(piece.text)
    if is_filler(piece.text, feedback) or not (feedback or generic):
        return None
    kind = kinds.propose_kind(piece.text)
    theme = propose_theme(piece.text)
    return ProposedPoint(piece.text, kind.value, theme, piece.start, piece.end, generic)


def _in_context(point: ProposedPoint, before: ProposedPoint | None) -> ProposedPoint:
    """Advice with no theme of its own usually answers the criticism just before it."""
    if point.theme or before is None or point.kind != "advice":
        return point
    if before.kind == "held_back" or _REFERS_BACK.search(point.text):
        return dataclasses.replace(point, theme=before.theme)
    return point


def _has_feedback_words(text: str) -> bool:
    return kinds.leans(text) != 0 or kinds.propose_kind(text) == "advice"


def _shape(points: list[ProposedPoint], declined: bool) -> ReplyShape:
    if any(not point.generic for point in points):
        return ReplyShape.SPECIFIC
    return ReplyShape.DECLINED if declined and not points else ReplyShape.GENERIC


def _without_intros(found: list[Piece]) -> list[Piece]:
    trimmed = []
    for piece in found:
        intro = _INTRO.match(piece.text)
        if intro and len(piece.text[intro.end() :].split()) >= 2:
            cut = intro.end()
            piece = Piece(piece.start + cut, piece.end, piece.text[cut:])
        trimmed.append(piece)
    return trimmed


def _split_turns(found: list[Piece]) -> list[Piece]:
    """Splits "Your coding was strong, but you rushed the design" into its two points."""
    result = []
    for piece in found:
        turn = _TURN.search(piece.text)
        joint = _AND_THEN.search(piece.text)
        if turn and _differ(piece.text[: turn.start()], piece.text[turn.end() :]):
            result += _cut(piece, turn)
        elif joint and _both_long(piece.text[: joint.start()], piece.text[joint.end() :]):
            result += _cut(piece, joint)
        else:
            result.append(piece)
    return result


def _differ(left: str, right: str) -> bool:
    """Praise on one side, criticism on the other."""
    sides_long = len(left.split()) >= 2 and len(right.split()) >= 2
    return sides_long and kinds.leans(left) * kinds.leans(right) < 0


def _both_long(left: str, right: str) -> bool:
    return len(left.split()) >= _LONG_ENOUGH and len(right.split()) >= _LONG_ENOUGH


def _cut(piece: Piece, joint: re.Match[str]) -> list[Piece]:
    left, right = piece.text[: joint.start()], piece.text[joint.end() :]
    return [
        Piece(piece.start, piece.start + len(left), left),
        Piece(piece.start + joint.end(), piece.end, right),
    ]
