"""The wording coach: checks each message to the interviewer for wording that challenges them."""

from __future__ import annotations

from debrief.journal.practice.wording.categories import ADVICE, KINDS, Purpose, rewrite
from debrief.journal.practice.wording.checker import WordingProblem, wording_problems
from debrief.journal.practice.wording.text import removal_span
from debrief.journal.practice.wording.verdict import ENGLISH_ONLY, Verdict, check_message

__all__ = [
    "ADVICE",
    "ENGLISH_ONLY",
    "KINDS",
    "Purpose",
    "Verdict",
    "WordingProblem",
    "check_message",
    "removal_span",
    "rewrite",
    "wording_problems",
]
