"""The verdict on a whole message: its problems, and good news only when it does its job.

A message earns its good-news line by doing what its purpose needs (a request asks for
advice, a thank-you thanks, a clarifying question asks, a follow-up checks in), never merely
because nothing was flagged. Text that is mostly not English gets no verdict at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from debrief.journal.marking import N_
from debrief.journal.practice.wording.categories import Purpose
from debrief.journal.practice.wording.checker import WordingProblem, wording_problems

ENGLISH_ONLY = N_("The wording check reads English only.")
READ_IN_PART = N_(
    "This message is very long: the wording check read its first part only. A short note "
    "is more likely to be read, too."
)
#: The most of a message the check reads. A note to an interviewer runs to a few hundred
#: words; a document pasted by mistake took the check 1.5 s a megabyte after each pause.
MAX_CHECKED = 20_000
GOOD_NEWS: dict[Purpose, str] = {
    Purpose.REQUEST: N_("This asks for advice, not for reasons: a good way to ask."),
    Purpose.THANK: N_("This thanks them warmly: a kind close that leaves the door open."),
    Purpose.CLARIFY: N_("This asks for an example, not for a debate: a good question."),
    Purpose.FOLLOW_UP: N_("This checks in gently and leaves the timing to them."),
}
_DOES_ITS_JOB: dict[Purpose, re.Pattern[str]] = {
    Purpose.REQUEST: re.compile(
        r"\b(advice|advise|improve|improving|work on|tips?|pointers?|suggest\w*|feedback"
        r"|areas?|strengthen|better|stronger|develop|recommend\w*|focus on|practi[sc]e)\b"
    ),
    Purpose.THANK: re.compile(r"\b(thanks?|thank you|grateful|appreciate\w*|cheers)\b"),
    Purpose.CLARIFY: re.compile(
        r"\b(examples?|instance|clarify|elaborate|say (a bit )?more|tell me more"
        r"|look like|which (part|question|round|answer))\b"
    ),
    Purpose.FOLLOW_UP: re.compile(
        r"\b(follow\w*|checking|check in|update|wondered|wondering|no rush|whenever"
        r"|when you have|still|again)\b"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_COMMON = frozenset(
    "the a an and or but to of in on for with at by from i you we it is was be are were have has "
    "had do did not this that my your me our so if as can could would will should thank thanks "
    "please any what how why about there some more time very just really would'd all".split()
)


@dataclass(frozen=True)
class Verdict:
    """What to show under a message: problems, a good-news line or None, or English-only."""

    problems: list[WordingProblem] = field(default_factory=list)
    good_news: str | None = None
    note: str | None = None


def mostly_english(text: str) -> bool:
    """Few common English words among the words, or mostly non-Latin letters: not English."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return all(w.isascii() for w in words)
    latin = sum(w.isascii() for w in words) / len(words)
    common = sum(w in _COMMON for w in words) / len(words)
    return latin >= 0.6 and common >= 0.12


def check_message(text: str, purpose: Purpose | str = Purpose.REQUEST) -> Verdict:
    """Check one message to the interviewer, written for `purpose`."""
    purpose = Purpose(purpose)
    if not text.strip():
        return Verdict()
    if not mostly_english(text[:MAX_CHECKED]):
        return Verdict(note=ENGLISH_ONLY)
    if len(text) > MAX_CHECKED:  # spans into the start are spans into the whole
        return Verdict(wording_problems(text[:MAX_CHECKED], purpose), note=READ_IN_PART)
    problems = wording_problems(text, purpose)
    if problems or not _DOES_ITS_JOB[purpose].search(text.lower()):
        return Verdict(problems)
    return Verdict(problems, GOOD_NEWS[purpose])
