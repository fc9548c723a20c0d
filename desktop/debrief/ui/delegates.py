"""Inline editors for table cells: a calendar date, a choice from a list, a 1-5 rating."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from debrief.ui.table_models import RawRole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDateEdit


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar popup; shows ISO dates, never locale text."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        from PySide6.QtWidgets import QDateEdit  # when a date is first edited, not at start

        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(QDate(1950, 1, 1))
        return editor

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (stored value, label) pairs.

    The stored values are kept in a Python list and looked up by index: it avoids
    QComboBox.currentData(), which over-releases None on PySide6 6.12 with Python 3.11.
    """

    def __init__(self, choices: dict, parent=None) -> None:
        super().__init__(parent)
        self._values = list(choices)
        self._labels = list(choices.values())

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        from PySide6.QtWidgets import QComboBox  # when a choice is first edited

        editor = QComboBox(parent)
        editor.addItems(self._labels)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        value = index.data(RawRole)
        editor.setCurrentIndex(self._values.index(value) if value in self._values else 0)

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        position = editor.currentIndex()
        if 0 <= position < len(self._values):
            model.setData(index, self._values[position], Qt.ItemDataRole.EditRole)
