"""The wording coach: checks each message to the interviewer for wording that challenges them."""

from __future__ import annotations

from debrief.journal.practice.wording.categories import ADVICE, KINDS, Purpose, rewrite
from debrief.journal.practice.wording.checker import WordingProblem, wording_problems

__all__ = ["ADVICE", "KINDS", "Purpose", "WordingProblem", "rewrite", "wording_problems"]
