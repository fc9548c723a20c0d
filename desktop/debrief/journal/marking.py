"""`N_`: marks English text for translation in the layer that imports no Qt.

It returns the text unchanged; `make translations` (pyside6-lupdate) finds each `N_("…")`,
and the window translates what it shows with `ui.translations.journal_text`.
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802  (gettext's name, known to every extractor)
    return text
