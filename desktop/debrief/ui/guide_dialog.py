"""Help → Guide to the practice: how to ask for feedback, listen, clarify, thank, improve.

The words live in resources/guide as HTML, one file per language (practice.html is
English, practice_de.html German), so a translator edits prose, not code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from debrief.identity import resource_path
from debrief.ui.screen_fit import fit_to_screen


def guide_file(locale: QLocale | None = None) -> Path:
    """The guide in the language of `locale` (the app's), or in English."""
    language = (locale or QLocale()).name().split("_")[0]
    translated = resource_path("guide", f"practice_{language}.html")
    return translated if translated.exists() else resource_path("guide", "practice.html")


class GuideDialog(QDialog):
    """The guide in a scrolling page, with Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide to the practice — Debrief"))
        self.text = QTextBrowser(self, objectName="guideText", openExternalLinks=True)
        self.text.setHtml(guide_file().read_text(encoding="utf-8"))
        self.text.setAccessibleName(self.tr("Guide to the practice"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        height = self.fontMetrics().height()
        # About 70 characters a line at any text size, Close in reach on a short screen.
        fit_to_screen(self, height * 40, height * 36)
