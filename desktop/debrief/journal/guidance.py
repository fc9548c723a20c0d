"""The wording checker's stable import path, which outside programs and checks rely on.

`wording_problems(text)` lives with the rest of the practice; this path stays the same
wherever it moves.
"""

from __future__ import annotations

from debrief.journal.practice.wording import WordingProblem, wording_problems

__all__ = ["WordingProblem", "wording_problems"]
