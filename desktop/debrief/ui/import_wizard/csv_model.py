"""A read-only Qt table over the first rows of a CSV file, exactly as the file holds them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from debrief.journal.portability.csv_table import CsvTable

#: Enough rows to recognise the file; the preview step shows every row's fate anyway.
PREVIEW_ROWS = 100
MAX_CELL_CHARS = 120

_ROOT = QModelIndex()


def _shown(cell: str) -> str:
    """The first line of a cell, shortened, so one long note does not widen the table."""
    lines = cell.strip().splitlines() or [""]
    first = lines[0].rstrip()
    if len(first) > MAX_CELL_CHARS:
        return first[:MAX_CELL_CHARS] + "…"
    return first + (" …" if len(lines) > 1 else "")


class CsvTableModel(QAbstractTableModel):
    """The file's headers as columns and its first rows; row headers are the file's lines.

    Rows are numbered as a spreadsheet numbers them (the header is row 1), so the row
    numbers here match the ones in the skip reasons.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._numbers: list[int] = []

    def set_table(self, table: CsvTable | None) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._rows, self._numbers = [], [], []
        else:
            self._headers = list(table.headers)
            self._rows = table.rows[:PREVIEW_ROWS]
            self._numbers = table.row_numbers[:PREVIEW_ROWS]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and section < len(self._numbers):
            return str(self._numbers[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(cell)
        if role == Qt.ItemDataRole.ToolTipRole and _shown(cell) != cell.strip():
            return cell[:2000]
        return None
