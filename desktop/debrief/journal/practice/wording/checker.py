"""The wording checker: finds sentences that question a hiring decision and offers a kind rewrite.

Interviewers share advice gladly but defend decisions. Precise rules (rules.py) find the
phrases they know and the exact sentence; a learned classifier (classifier.py) then reads each
remaining sentence for the same intents in other words. Each problem covers a whole sentence,
so applying its rewrite leaves grammatical text, and spans never overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from debrief.journal.practice.wording import excuses, innocent, rules
from debrief.journal.practice.wording.categories import MESSAGES, Purpose, rewrites
from debrief.journal.practice.wording.classifier import load_model
from debrief.journal.practice.wording.text import (
    normalise,
    original_span,
    sentence_around,
    sentences,
)


@dataclass(frozen=True)
class WordingProblem:
    """One sentence to reword: text[start:end] is the sentence, suggestion its replacement."""

    start: int
    end: int
    message: str
    suggestion: str
    kind: str = ""


#: All rules in one regex, a named group per kind: one pass over the text is faster than one
#: per kind. It runs on lower-cased text, because IGNORECASE makes `re` twice as slow, and
#: every match starts at the start of a word.
#: A draft's gap for the user to fill ("[your name]", "[company]"): words about the user,
#: not to them, so the checker reads them as blanks (same length: offsets stay true).
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def _lower_pattern(pattern: str) -> str:
    """Lower-case a regex but not its escapes: \\S must not become \\s."""
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), pattern)


_CHECKER = re.compile(
    r"(?<![\w'])(?=\w)(?:"
    + "|".join(
        f"(?P<{kind}>{_lower_pattern('|'.join(patterns))})"
        for kind, patterns in rules.RULES.items()
    )
    + ")"
)


def _excused(kind: str, before: str, matched: str = "") -> bool:
    """Whether the words just before a match turn it into a disclaimer or an acceptance."""
    if excuses.DISCLAIMED.search(before):
        return True
    if kind in excuses.NEGATABLE and excuses.NEGATED.search(before):
        return True
    if any(
        kind == excused and matched.startswith(start) and words.search(before)
        for excused, start, words in excuses.EXCUSES
    ):
        return True
    return kind in excuses.ACCEPTABLE and excuses.ACCEPTED.search(before) is not None


def rule_spans(
    norm: str, cleared: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each sentence of `norm` that a rule flags, in order.

    A sentence whose match the words before it excuse ("I know why I wasn't selected",
    "I'd never ask you to reconsider") goes into `cleared`: the rule has read it and found
    it innocent, so the classifier leaves it alone too.
    """
    lowered = norm.lower()  # same length: normalise maps the one exception
    found: list[tuple[int, int, str]] = []
    position = previous_end = 0
    while (match := _CHECKER.search(lowered, position)) is not None:
        kind = match.lastgroup or "why"
        left, right = sentence_around(norm, match.start(), match.end())
        left = max(left, previous_end)  # a run-on sentence: spans never overlap
        before = norm[max(left, match.start() - 80) : match.start()]
        if _excused(kind, before, match[0]):
            if cleared is not None:
                cleared.append((left, right))
            position = match.start() + 1  # a later rule may still match inside this one
            continue
        found.append((left, right, kind))
        position = previous_end = right  # one problem per sentence
    if cleared is not None:
        for match in innocent.INNOCENT.finditer(norm):
            cleared.append(sentence_around(norm, match.start(), match.end()))
        cleared.extend(
            (left, right)
            for left, right in sentences(norm)
            if innocent.PLAIN.fullmatch(norm, left, right)
            or innocent.SIGN_OFF.fullmatch(norm, left, right)
            or innocent.TOLD.fullmatch(norm, left, right)
        )
    return found


MAX_CLASSIFIED = 400  # sentences read by the classifier per check; the rules read them all


def model_spans(norm: str, taken: list[tuple]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the sentences the rules left alone that the classifier flags."""
    free = [
        (left, right)
        for left, right in sentences(norm)
        if not any(left < end and start < right for start, end, *_ in taken)
    ][:MAX_CLASSIFIED]
    if not free:
        return []
    guesses = load_model().guess([norm[left:right] for left, right in free])
    return [
        (left, right, guess.kind)
        for (left, right), guess in zip(free, guesses, strict=True)
        if guess.flagged
    ]


def wording_problems(text: str, purpose: Purpose | str = Purpose.REQUEST) -> list[WordingProblem]:
    """Every sentence of `text` that questions the decision, in order, with a kind rewrite.

    `purpose` picks rewrites that fit the message. Never raises on any string; spans are
    character offsets into `text` itself.
    """
    if not isinstance(text, str) or not text:
        return []
    text_read = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
    norm, index = normalise(text_read)
    cleared: list[tuple[int, int]] = []
    found = rule_spans(norm, cleared)
    found = sorted(found + model_spans(norm, found + cleared))
    problems: list[WordingProblem] = []
    used: set[str] = set()
    for left, right, kind in found:
        start, end = original_span(index, left, right)
        choices = rewrites(kind, Purpose(purpose))
        # A rewrite already in the message, or offered for another sentence, would repeat.
        fresh = [c for c in choices if c not in used and c.lower() not in text.lower()]
        suggestion = (fresh or choices)[0]
        used.add(suggestion)
        problems.append(WordingProblem(start, end, MESSAGES[kind], suggestion, kind))
    return problems
