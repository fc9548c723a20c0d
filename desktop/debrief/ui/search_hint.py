"""Where a filter match came from, in words: the interviews table's "Found in" tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def _words() -> dict[str, str]:
    """Each source in words; literal contexts, so pyside6-lupdate finds every string."""
    return {
        "company": QCoreApplication.translate("SearchHint", "company"),
        "role": QCoreApplication.translate("SearchHint", "role"),
        "notes": QCoreApplication.translate("SearchHint", "notes"),
        "words": QCoreApplication.translate("SearchHint", "what they said"),
        "clarification": QCoreApplication.translate("SearchHint", "a clarification"),
        "action": QCoreApplication.translate("SearchHint", "an action to practise"),
    }


def found_in(sources: Iterable[str]) -> str:
    """ "Found in: what they said, a clarification" for codes from `listings.SOURCES`."""
    words = _words()
    names = [words.get(source, source) for source in sources]
    if not names:
        return ""
    return QCoreApplication.translate("SearchHint", "Found in: {places}").format(
        places=", ".join(names)
    )
