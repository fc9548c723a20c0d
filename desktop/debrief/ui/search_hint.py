"""Where a filter match came from, in words: the interviews table's "Found in" tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

CONTEXT = "SearchHint"


def _words() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "company": tr(CONTEXT, "company"),
        "role": tr(CONTEXT, "role"),
        "notes": tr(CONTEXT, "notes"),
        "words": tr(CONTEXT, "what they said"),
        "clarification": tr(CONTEXT, "a clarification"),
        "action": tr(CONTEXT, "an action to practise"),
    }


def found_in(sources: Iterable[str]) -> str:
    """ "Found in: what they said, a clarification" for codes from `listings.SOURCES`."""
    words = _words()
    names = [words.get(source, source) for source in sources]
    if not names:
        return ""
    return QCoreApplication.translate(CONTEXT, "Found in: {places}").format(places=", ".join(names))
