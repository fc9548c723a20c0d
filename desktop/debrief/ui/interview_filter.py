"""The box above the interviews table that narrows it as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class InterviewFilter(QLineEdit):
    """Searches company, role, notes and what was said; Esc clears what was typed."""

    def __init__(self) -> None:
        super().__init__(objectName="interviewFilter", clearButtonEnabled=True)
        self.setPlaceholderText(self.tr("Filter by company, role, notes or what was said (Ctrl+F)"))
        self.setAccessibleName(self.tr("Filter interviews"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc clears a filter first; with nothing typed it goes on to the window."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
