"""The points Debrief proposes from a pasted reply, as a table the user ticks and edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from debrief.journal.practice.reply_reader import ProposedPoint
from debrief.ui import vocabulary
from debrief.ui.rejection_wizard.points_model import COLUMNS, PointColumns

_ROOT = QModelIndex()


def proposal(point: ProposedPoint) -> dict[str, Any]:
    """A proposal as the draft keeps it: ticked, with the reader's kind and theme, and its
    words read as a sentence (a point cut from "…, but your answers…" starts with a
    capital, though the reader's own text stays the exact slice of the reply)."""
    words = point.text[:1].upper() + point.text[1:]
    return {"use": True, "kind": point.kind, "theme": point.theme or "", "words": words}


class ProposalsModel(PointColumns):
    """Proposed points: each row is ticked (kept) or not, and its kind, theme and words edit.

    Nothing here is stored: the ticked rows become points only when the user adds them.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._kinds = vocabulary.point_kinds()

    def set_proposals(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()

    def proposals(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def ticked(self) -> list[dict[str, Any]]:
        """The rows the user keeps, with words, as point fields (kind, theme, words)."""
        return [
            {key: row[key] for key in COLUMNS}
            for row in self._rows
            if row["use"] and row["words"].strip()
        ]

    # -- Qt model ------------------------------------------------------------------------
    def _items(self) -> list[dict[str, Any]]:
        return self._rows

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "kind":
            return Qt.CheckState.Checked if row["use"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._kinds.get(row["kind"], "") if column == "kind" else row[column]
        if role == Qt.ItemDataRole.EditRole:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "words":
            return row["words"][:2000]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsEditable
        if COLUMNS[index.column()] == "kind":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "kind":
            row["use"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and isinstance(value, str):
            if column == "kind" and value not in self._kinds:
                return False
            row[column] = value.strip() if column == "theme" else value
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class KindDelegate(QStyledItemDelegate):
    """Edits a kind with a list of the three kinds, in the user's words."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QComboBox(parent, objectName="replyKindEditor")
        for value, label in vocabulary.point_kinds().items():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        kinds = list(vocabulary.point_kinds())
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(kinds.index(value) if value in kinds else 0)

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        kinds = list(vocabulary.point_kinds())
        position = editor.currentIndex()
        if 0 <= position < len(kinds):
            model.setData(index, kinds[position], Qt.ItemDataRole.EditRole)
