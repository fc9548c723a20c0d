"""The wording checker: finds phrases that question a hiring decision and offers a kind rewrite."""

from __future__ import annotations

import re
from dataclasses import dataclass

from debrief.journal import wording_rules as rules

# Interviewers share advice gladly but defend decisions; the rules in wording_rules.py look
# for words that turn a request for advice into a challenge. Each problem covers the whole
# sentence, so applying its suggestion replaces the sentence and leaves grammatical text.


@dataclass(frozen=True)
class WordingProblem:
    """One sentence to reword: text[start:end] is the sentence, suggestion its replacement."""

    start: int
    end: int
    message: str
    suggestion: str
    kind: str = ""


#: kind -> (coaching message, suggested sentence). Kind words, never a telling-off.
ADVICE: dict[str, tuple[str, str]] = {
    "why": (
        "Asking why can sound like questioning their decision; people share more when "
        "asked for advice.",
        "Could you share what I could improve before my next interview?",
    ),
    "compare": (
        "Comparing yourself with the person they hired can sound like a challenge; asking "
        "about your own next steps usually gets a fuller answer.",
        "What could I work on to be a stronger candidate for a role like this?",
    ),
    "reconsider": (
        "Asking them to reconsider can put them on the spot; asking for advice keeps the "
        "door open for later.",
        "I respect your decision. Do you have any advice that would help me in future interviews?",
    ),
    "fault": (
        "Calling the decision wrong or unfair tends to make people defensive; a question "
        "about improving invites a helpful answer.",
        "I'd really value your view on the areas where I could improve.",
    ),
    "disagree": (
        "Disagreeing now can turn the talk into a debate; you can note your view privately "
        "and ask for an example instead.",
        "Thank you, that's helpful. Could you give me an example so I can work on it?",
    ),
    "justify": (
        "Asking them to justify the decision can feel like a challenge; most people are "
        "glad to give advice instead.",
        "Would you be willing to share any specific advice for my next interview?",
    ),
    "argue": (
        "Making the case for yourself now can sound like arguing with the outcome; asking "
        "how to show your strengths next time works better.",
        "Is there anything I could do to show my strengths more clearly next time?",
    ),
}

# ---- normalisation: one character in, at most one out, so offsets map back exactly ----

_SAME_WIDTH = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007", " "),
        **dict.fromkeys("\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
        **dict.fromkeys("\u2028\u2029\u0085", "\n"),
        "\u0130": "i",  # the one character whose lower() is two characters long
    }
)
# Soft hyphens, zero-width and bidi marks hide inside words ("mis\u00adtake"): dropped.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+")


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Straighten quotes and spaces, drop invisible marks; index[i] is norm[i]'s origin."""
    mapped = text.translate(_SAME_WIDTH)
    if _INVISIBLE.search(mapped) is None:
        return mapped, None
    pieces: list[str] = []
    index: list[int] = []
    kept_from = 0
    for gap in _INVISIBLE.finditer(mapped):
        pieces.append(mapped[kept_from : gap.start()])
        index.extend(range(kept_from, gap.start()))
        kept_from = gap.end()
    pieces.append(mapped[kept_from:])
    index.extend(range(kept_from, len(mapped)))
    return "".join(pieces), index


#: All rules in one regex, a named group per kind: one pass over the text is faster than one
#: per kind. It runs on lower-cased text, because IGNORECASE makes `re` twice as slow, and
#: every match starts at the start of a word.
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


def _excused(kind: str, before: str) -> bool:
    """Whether the words just before a match turn it into a disclaimer or an acceptance."""
    if rules.DISCLAIMED.search(before):
        return True
    if kind in rules.NEGATABLE and rules.NEGATED.search(before):
        return True
    return kind in rules.ACCEPTABLE and rules.ACCEPTED.search(before) is not None


# ---- sentences: the span a problem covers ----

MAX_REACH = 300  # characters searched either side of a match for the sentence edges
# Sentence ends; also a blank line, a line starting a list item or "Label:", and a short
# line ending in a comma (a greeting such as "Hi Sam,").
_BOUNDARY = re.compile(
    r"[.!?]+(?=[\s\"')\]]|$)|[;]|\n[^\S\n]*\n|(?m:^[^\n]{0,40},[^\S\n]*\n)"
    r"|\n(?=[^\S\n]*(?:[-*\u2022>]|\d+[.)]|[A-Za-z][\w ]{0,15}:))"
)
_LEAD_IN = re.compile(
    r"\s*(?:(?:[-*\u2022>]+|\d+[.)])\s*)?(?:[A-Za-z][\w ]{0,15}:\s+)?[\"'(\[]*\s*"
)


def _sentence(norm: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around norm[start:end], without list markers, labels or open quotes."""
    lo = max(0, start - MAX_REACH)
    left = lo
    for edge in _BOUNDARY.finditer(norm, lo, start):
        left = edge.end()
    if left == lo and lo > 0:  # no edge in reach: begin at a word, not inside one
        space = norm.find(" ", lo, start)
        left = space + 1 if space != -1 else start
    lead = _LEAD_IN.match(norm, left, start)
    if lead is not None:
        left = lead.end()
    edge = _BOUNDARY.search(norm, end, min(len(norm), end + MAX_REACH))
    if edge is None:
        right = min(len(norm), end + MAX_REACH)
    elif norm[edge.start()] in ".!?":
        right = edge.end()
    else:
        right = edge.start()
    while right > end and norm[right - 1].isspace():
        right -= 1
    return min(left, start), max(right, end)


def wording_problems(text: str) -> list[WordingProblem]:
    """Every sentence of `text` that questions the decision, in order, with a kind rewrite.

    Never raises on any string; spans are character offsets into `text` itself.
    """
    if not isinstance(text, str) or not text:
        return []
    norm, index = _normalise(text)
    lowered = norm.lower()  # same length: _normalise maps the one exception
    problems: list[WordingProblem] = []
    position = previous_end = 0
    while (match := _CHECKER.search(lowered, position)) is not None:
        kind = match.lastgroup or "why"
        left, right = _sentence(norm, match.start(), match.end())
        left = max(left, previous_end)  # a run-on sentence: spans never overlap
        if _excused(kind, norm[max(left, match.start() - 80) : match.start()]):
            position = match.start() + 1  # a later rule may still match inside this one
            continue
        start, end = (left, right) if index is None else (index[left], index[right - 1] + 1)
        message, suggestion = ADVICE[kind]
        problems.append(WordingProblem(start, end, message, suggestion, kind))
        position = previous_end = right  # one problem per sentence
    return problems
