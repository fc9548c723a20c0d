"""What the import pages share: their order, the wizard's state, and how messages read."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from debrief.journal.portability.csv_import import SkippedRow
from debrief.ui.translations import journal_text as _journal_text

if TYPE_CHECKING:
    from debrief.ui.import_dialog import ImportDialog


class Step(IntEnum):
    """The wizard's pages in order; DATES is shown only when the dates need a question."""

    FILE = 0
    MAPPING = 1
    DATES = 2
    PREVIEW = 3
    REPORT = 4


def journal_text(template: str, params: dict[str, Any]) -> str:
    """A message from the journal layer, translated, then filled in."""
    return _journal_text(template).format(**params)


def skip_text(skip: SkippedRow) -> str:
    """Why one row was left out, e.g. "Row 6 has no company."."""
    return journal_text(skip.template, {"row": skip.row, **skip.params})


def hint(text: str = "", name: str = "") -> QLabel:
    """A wrapped line of plain explanation."""
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def warning(name: str) -> QLabel:
    """A wrapped message that something needs the user, hidden until there is one."""
    label = hint(name=name)
    label.setStyleSheet("color: #a40000;")
    label.hide()
    return label


class ImportPage(QWizardPage):
    """A page of the import wizard, with typed access to the wizard's state."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    @property
    def dialog(self) -> ImportDialog:
        return self.wizard()  # type: ignore[return-value]

    def cleanupPage(self) -> None:
        """Going back keeps this page as it was (Qt would reset registered fields)."""
