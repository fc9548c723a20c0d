"""The feedback points being captured in the wizard, as an editable Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from debrief.ui import vocabulary
from debrief.ui.table_models import RawRole

_ROOT = QModelIndex()
COLUMNS = ("kind", "theme", "words")
_EDIT_ROLES = (Qt.ItemDataRole.EditRole, RawRole)


def new_point(kind: str = "held_back") -> dict[str, Any]:
    return {
        "kind": kind,
        "theme": "",
        "words": "",
        "clarify_question": "",
        "clarify_example": "",
        "verdict": None,
        "action_text": "",
        "action_id": None,
    }


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 200 else line[:200] + "…"


class PointColumns(QAbstractTableModel):
    """Rows of point dicts shown in COLUMNS under the window's translated headers: the part
    the wizard's list of points and a reply's proposed points share."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = vocabulary.headers()

    def _items(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[COLUMNS[section]]
        return None


class PointsModel(PointColumns):
    """Point dicts (see journal.debriefs.POINT_KEYS); kind, theme and words are columns.

    The other fields (clarification, verdict, action) are edited by later pages through
    `set_field`, so one list holds the whole point and the draft saves it as it is.
    """

    def __init__(self, points: list[dict[str, Any]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._points = [{**new_point(), **p} for p in points or []]
        self._kinds = vocabulary.point_kinds()

    # -- the data ------------------------------------------------------------------------
    def points(self) -> list[dict[str, Any]]:
        """A copy of every point, in order, ready for the draft."""
        return [dict(p) for p in self._points]

    def point(self, row: int) -> dict[str, Any]:
        return dict(self._points[row])

    def set_field(self, row: int, key: str, value: Any) -> None:
        if not 0 <= row < len(self._points) or self._points[row].get(key) == value:
            return
        self._points[row][key] = value
        if key in COLUMNS:
            index = self.index(row, COLUMNS.index(key))
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, *_EDIT_ROLES])

    def add_point(self, kind: str = "held_back") -> int:
        row = len(self._points)
        self.beginInsertRows(_ROOT, row, row)
        self._points.append(new_point(kind))
        self.endInsertRows()
        return row

    def remove_empty(self) -> int:
        """Drop points without words; returns how many were dropped."""
        empty = [r for r, p in enumerate(self._points) if not str(p.get("words") or "").strip()]
        for row in reversed(empty):
            self.removeRows(row, 1)
        return len(empty)

    # -- Qt model ------------------------------------------------------------------------
    def _items(self) -> list[dict[str, Any]]:
        return self._points

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        column = COLUMNS[index.column()]
        value = self._points[index.row()].get(column) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self._kinds.get(value, value)
            return _first_line(value) if column == "words" else value
        if role in _EDIT_ROLES:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column == "words" and len(value) > 60:
            return value[:2000]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column == "kind" and value not in self._kinds:
            return False
        if not isinstance(value, str):
            return False
        self.set_field(index.row(), column, value)
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = _ROOT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._points):
            return False
        self.beginRemoveRows(_ROOT, row, row + count - 1)
        del self._points[row : row + count]
        self.endRemoveRows()
        return True
