"""Counts in words for code outside a widget: the export, backup, prep-sheet and chart texts.

Each phrase is a `tr()` call with a count in a method of one QObject, because that is the
form `pyside6-lupdate` reads as a plural message (it does not read
`QCoreApplication.translate` with a count), so every language gets its own plural forms.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from debrief.ui.plurals import counted


class CountWords(QObject):
    """One method per counted phrase, translated under the context "CountWords"."""

    def csv_files(self, n: int) -> str:
        return counted(self.tr("%n CSV file(s)", "", n), n)

    def interviews(self, n: int) -> str:
        return counted(self.tr("%n interview(s)", "", n), n)

    def applications(self, n: int) -> str:
        return counted(self.tr("%n application(s)", "", n), n)

    def feedback_points(self, n: int) -> str:
        return counted(self.tr("%n feedback point(s)", "", n), n)

    def things_to_practise(self, n: int) -> str:
        return counted(self.tr("%n thing(s) to practise", "", n), n)

    def days(self, n: int) -> str:
        return counted(self.tr("%n day(s)", "", n), n)

    def times(self, n: int) -> str:
        return counted(self.tr("%n time(s)", "", n), n)

    def share_of_rejections(self, n: int) -> str:
        """The funnel counts applications (a rejection after three rounds is one)."""
        return counted(self.tr("Applications (share of the %n not selected)", "", n), n)


@cache
def count_words() -> CountWords:
    """The one instance (made when first asked for, after the translators are in)."""
    return CountWords()
