"""Cuts the kept lines of a reply into candidate points: sentences, bullets, merged fragments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from debrief.journal.practice.replies.strip import Line


@dataclass(frozen=True)
class Piece:
    """A run of the paste, text[start:end], that may become one point."""

    start: int
    end: int
    text: str


# A sentence ends at . ! or ? followed by space, except after a title or a common
# abbreviation (a full stop there is part of the word, not the sentence's end).
_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+")
_ABBREVIATION = re.compile(
    r"(\b(?i:mr|mrs|ms|dr|prof|st|sr|jr|vs|etc|e\.g|i\.e|approx|no|inc|ltd|co|dept|esp|incl)"
    r"|\b[A-Z])\.$"
)
# A sentence that only makes sense with the one before it: an example, a detail, a "this".
_CONTINUES = re.compile(
    r"^(like|for example|for instance|e\.g\.|especially|in particular|particularly|specifically"
    r"|such as|which|this (was|is|meant|made)|that (was|is|meant|made)|it (was|made|meant)"
    r"|and that|so that|because|as (a result|this))\b",
    re.IGNORECASE,
)
_SHORTEST = 3  # words: a shorter fragment ("Like the subnetting one.") joins its neighbour


def pieces(lines: list[Line]) -> list[Piece]:
    """Sentences of the reply, each a candidate point, fragments merged into their sentence."""
    found: list[Piece] = []
    for block in _blocks(lines):
        sentences = [part for found in _sentences(block) for part in _spoken_runs(found)]
        found += _merge_fragments(sentences)
    return found


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Paragraphs: soft-wrapped lines join; a blank line, bullet or speaker turn starts anew."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text.strip() or line.starts_item:
            if current:
                blocks.append(current)
            current = [line] if line.text.strip() else []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _sentences(block: list[Line]) -> list[Piece]:
    """Splits a paragraph at sentence ends, keeping offsets into the paste."""
    found: list[Piece] = []
    for line in block:
        start = 0
        text = line.text
        for match in _END.finditer(text):
            candidate = text[start : match.start()].rstrip()
            if _ABBREVIATION.search(candidate.split(" ")[-1] if candidate else ""):
                continue
            found.append(_piece(line, start, match.start()))
            start = match.end()
        if text[start:].strip():
            found.append(_piece(line, start, len(text)))
    return _join_wrapped(found, block)


def _piece(line: Line, start: int, end: int) -> Piece:
    raw = line.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    return Piece(line.start + start + lead, line.start + start + lead + len(body), body)


def _join_wrapped(found: list[Piece], block: list[Line]) -> list[Piece]:
    """A sentence wrapped over two lines of one paragraph is one sentence; in notes, a
    line without a full stop is still a thought of its own."""
    notes = _is_notes(block)
    joined: list[Piece] = []
    for piece in found:
        open_end = joined and not re.search(r"[.!?][\"')\]]?$", joined[-1].text)
        if open_end and not (notes and _on_new_line(joined[-1], piece, block)):
            joined[-1] = _join(joined[-1], piece)
        else:
            joined.append(piece)
    return joined


#: Mail wrapped by a program breaks every line but the last near one width.
_WRAP_WIDTH = 50
_WRAP_SPREAD = 25


def _is_notes(block: list[Line]) -> bool:
    """Lines jotted one per thought (call notes, a form's fields), not a wrapped paragraph:
    three lines or more whose lengths do not sit at one wrapping width."""
    lengths = [len(line.text.strip()) for line in block[:-1]]
    if len(block) < 3:
        return False
    wrapped = min(lengths) >= _WRAP_WIDTH and max(lengths) - min(lengths) <= _WRAP_SPREAD
    return not wrapped


def _on_new_line(before: Piece, piece: Piece, block: list[Line]) -> bool:
    """Whether `piece` starts on a later line than the one `before` ends on."""
    return any(before.end <= line.start <= piece.start for line in block)


def _join(first: Piece, second: Piece) -> Piece:
    return Piece(first.start, second.end, f"{first.text} {second.text}")


def _merge_fragments(sentences: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in sentences:
        short = len(re.findall(r"\w+", piece.text)) < _SHORTEST
        if merged and (_CONTINUES.match(piece.text) or (short and not _is_aside(piece.text))):
            merged[-1] = _join(merged[-1], piece)
        else:
            merged.append(piece)
    return merged


def _is_aside(text: str) -> bool:
    """Short sentences that stand alone: "Sure thing.", "Good luck!", "Thanks!"."""
    return bool(
        re.match(r"^(sure|thanks|thank|good|best|cheers|ok|okay|yes|no|hope)\b", text, re.I)
    )


# A transcribed voicemail often has no full stops; its hesitations mark where thoughts end.
# From the start of a whitespace run only, and all of it: a long run is read once.
_HESITATION = re.compile(r"(?<!\s)\s++\b(?:um+|uh+|erm+|er|anyway|so)\b\s+", re.IGNORECASE)
_RUN_ON = 40  # words without a sentence end


def _spoken_runs(piece: Piece) -> list[Piece]:
    """Cuts a long unpunctuated run at "um", "anyway", "so"; other sentences stay whole."""
    if len(piece.text.split()) < _RUN_ON or re.search(r"[.!?]\s", piece.text):
        return [piece]
    runs, start = [], 0
    for match in _HESITATION.finditer(piece.text):
        runs.append(_slice(piece, start, match.start()))
        start = match.end()
    runs.append(_slice(piece, start, len(piece.text)))
    return [run for run in runs if run.text]


def _slice(piece: Piece, start: int, end: int) -> Piece:
    return Piece(piece.start + start, piece.start + end, piece.text[start:end].strip())
