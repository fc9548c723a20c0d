"""Counts in words: Qt's numerus forms, with English read right when no translation is loaded.

Every count is asked for as `tr("%n interview(s)", "", n)`, so a translation gives each
language its own plural forms. With no translation for the user's language, Qt hands the
English source back with the number filled in; `counted` then settles "(s)" ("1 interview",
"0 interviews", "2 interviews").
"""

from __future__ import annotations


def counted(text: str, n: int) -> str:
    """`text` as Qt translated it for `n`, with any English "(s)" settled for `n`."""
    return text.replace("(s)", "" if n == 1 else "s")
