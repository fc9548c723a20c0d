"""Qt table models over journal queries: the paged interviews list and the small detail lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal

from debrief.journal.practice.debrief_states import Standing, debrief_states
from debrief.journal.records import feedback, interviews, listings
from debrief.journal.store.refusals import Refused
from debrief.ui import debrief_column, vocabulary

if TYPE_CHECKING:
    from debrief.journal.store.journal import Journal

IdRole = Qt.ItemDataRole.UserRole + 1  # the journal id of the row's record
RawRole = Qt.ItemDataRole.UserRole + 2  # the stored value, for delegates and tests

_ROOT = QModelIndex()
#: Text longer than this may be cut short in its column: its tooltip holds it whole.
TIP_AFTER = 24


def _edit_value(value: Any) -> Any:
    """Stored value -> what an editor wants (QDate for dates)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return QDate(value.year, value.month, value.day)
    return value


def _stored_value(value: Any) -> Any:
    """Editor value -> what the journal stores."""
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


class RowsModel(QAbstractTableModel):
    """A read-only table of (id, *columns) tuples, replaced whole by `set_rows`."""

    def __init__(self, columns: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[tuple] = []
        self._headers = vocabulary.headers()
        self._words = [vocabulary.choices_for(column) for column in self.columns]

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self._headers.get(self.columns[section], self.columns[section])
        return None

    def value(self, row: int, column: int) -> Any:
        return self._rows[row][column + 1]

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    #: The roles answered here; a view asks about a dozen per cell, most of them unused.
    ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
            IdRole,
            RawRole,
        }
    )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self.ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.display(column, value, self._words[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return _edit_value(value)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and isinstance(value, str)
            and len(value) > TIP_AFTER
        ):
            return value[:2000]
        if role == IdRole:
            return self.row_id(index.row())
        if role == RawRole:
            return value
        return None


#: The roles the Debrief column answers from the row's debrief state (debrief_column.py).
_STATE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


class InterviewsModel(RowsModel):
    """Every interview, filtered and sorted in SQL, loaded a page at a time.

    Sorting re-queries with ORDER BY instead of sorting loaded rows, so the order is right
    even when only the first page is loaded (a QSortFilterProxyModel would need every row).
    """

    PAGE = 64  # rows per query: a 1080-pixel screen shows about 35, so a page fills it
    #: (interview_id, problems) when an inline edit was refused.
    edit_refused = Signal(list)
    #: interview id whose outcome was just set to Rejected (the window offers the debrief).
    rejected = Signal(int)
    #: a header click sorted by a column while rounds were grouped: grouping is off.
    grouping_ended = Signal()
    EDITABLE = {"date", "company", "role", "stage", "feeling", "outcome"}

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(listings.COLUMNS, parent)
        self.journal = journal
        self.read_only = journal.read_only
        self._text = ""
        self._sort = "date"
        self._descending = True
        self._exhausted = True
        self._fetching = False
        self._loaded = False
        self._found: dict[int, str] = {}  # interview id -> where the filter found it
        #: writes one inline edit (the window's undo history records it as it writes)
        self.write_field: Callable[[int, str, Any], None] = partial(
            interviews.update_field, journal
        )
        self.grouped = False  # View → Group rounds: each application's rounds together
        self._states: dict[int, Standing] = {}  # the debrief state of each loaded row
        self._debrief = self.columns.index("debrief")

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read from the journal, keeping as many rows loaded as the view had."""
        self._loaded = True
        self._found = {}
        keep = max(self.PAGE, len(self._rows))
        rows = listings.list_interviews(
            self.journal, self._text, self._order(), self._descending, 0, keep
        )
        self._exhausted = len(rows) < keep
        self._states = debrief_states(self.journal, [row[0] for row in rows])
        self._fetching = True  # views (and the model tester) fetch on modelReset: not yet
        try:
            self.set_rows(rows)
        finally:
            self._fetching = False

    def _order(self) -> str:
        return listings.GROUPED if self.grouped else self._sort

    def set_grouped(self, grouped: bool) -> None:
        """Group each application's rounds (in the table's direction), or sort by column."""
        if grouped != self.grouped:
            self.grouped = grouped
            self._rows = []
            self.reload()

    def repeats_application(self, row: int) -> bool:
        """Grouped, a round after its application's first row shows no company or role."""
        rows = self._rows
        return self.grouped and 0 < row < len(rows) and rows[row][-1] == rows[row - 1][-1]

    def set_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._rows = []
            self._found = {}
            self.reload()

    def found_in(self, row: int) -> str:
        """Where the filter's text is in this row's interview ("Found in: what they said"),
        read when first asked (a hover), then kept until the filter changes."""
        from debrief.ui.search_hint import found_in

        interview_id = self.row_id(row)
        if interview_id not in self._found:
            sources = listings.match_sources(self.journal, self._text, interview_id)
            self._found[interview_id] = found_in(sources)
        return self._found[interview_id]

    def canFetchMore(self, parent: QModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex = _ROOT) -> None:
        # The view (and Qt's model tester) may call back in while rows are inserted.
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        try:
            start = len(self._rows)
            more = listings.list_interviews(
                self.journal, self._text, self._order(), self._descending, start, self.PAGE
            )
            self._exhausted = len(more) < self.PAGE
            if more:
                self._states.update(debrief_states(self.journal, [row[0] for row in more]))
                self.beginInsertRows(_ROOT, start, start + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key, descending = self.columns[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._loaded:
            return  # the view re-announces the order it already has (e.g. on restore)
        if self.grouped:  # a header click sorts by that column again
            self.grouped = False
            self.grouping_ended.emit()
        self._sort, self._descending = key, descending
        self._rows = []
        if self._loaded:  # before the first reload, only remember the order
            self.reload()

    def row_of(self, interview_id: int) -> int:
        for row, record in enumerate(self._rows):
            if record[0] == interview_id:
                return row
        return -1

    # -- display and editing -------------------------------------------------------------
    def standing(self, row: int) -> Standing | None:
        """Where the row's debrief stands (None: not a rejection, nothing asked)."""
        return self._states.get(self.row_id(row)) if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self._debrief and role in _STATE_ROLES:
            return self._state_data(index.row(), role)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self._text.strip() and index.isValid():
            return self.found_in(index.row()) or None
        if (
            role == Qt.ItemDataRole.DisplayRole
            and self.grouped
            and self.columns[index.column()] in ("company", "role")
            and self.repeats_application(index.row())
        ):
            return ""  # the application is named once, on its first row
        return super().data(index, role)

    def _state_data(self, row: int, role: Qt.ItemDataRole):
        """The Debrief cell: the state in words, its icon and colour, bold while open."""
        standing = self.standing(row)
        if standing is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return debrief_column.label(standing)
        if role == Qt.ItemDataRole.ToolTipRole:
            return debrief_column.tooltip(standing)
        if role == Qt.ItemDataRole.DecorationRole:
            return debrief_column.icon(standing.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return debrief_column.brush(standing.state)
        return debrief_column.bold() if standing.step else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.read_only and self.columns[index.column()] in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        column = self.columns[index.column()]
        stored = _stored_value(value)
        if column == "feeling" and stored in ("", 0):
            stored = None
        if stored == self.value(index.row(), index.column()):
            return False
        interview_id = self.row_id(index.row())
        try:
            self.write_field(interview_id, column, stored)
        except Refused as exc:
            self.edit_refused.emit(exc.problems)
            return False
        if column in ("company", "role") and isinstance(stored, str):
            stored = stored.strip()
        record = list(self._rows[index.row()])
        record[index.column() + 1] = stored
        self._rows[index.row()] = tuple(record)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        if column == "outcome" and stored == "rejected":
            self.rejected.emit(interview_id)
        return True


class ActionsModel(RowsModel):
    """Improvement actions; the status column is editable (open, practising, done)."""

    edit_refused = Signal(list)

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(listings.ACTION_COLUMNS, parent)
        self.journal = journal
        self.read_only = journal.read_only
        #: writes a new status (the window's undo history records it as it writes)
        self.write_status: Callable[[int, str], dt.datetime | None] = partial(
            feedback.set_action_status, journal
        )

    def reload(self) -> None:
        self.set_rows(listings.list_actions(self.journal))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.read_only and self.columns[index.column()] == "status":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if value == self.value(index.row(), index.column()):
            return False
        try:
            done_at = self.write_status(self.row_id(index.row()), value)
        except Refused as exc:
            self.edit_refused.emit(exc.problems)
            return False
        record = list(self._rows[index.row()])
        record[1 + self.columns.index("status")] = value
        record[1 + self.columns.index("done_at")] = done_at
        self._rows[index.row()] = tuple(record)
        last = self.index(index.row(), len(self.columns) - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        return True


class DetailModel(RowsModel):
    """Rows that belong to one interview (its requests or its points), reloaded on selection."""

    def __init__(
        self,
        journal: Journal,
        columns: Sequence[str],
        loader: Callable[[Journal, int], list[tuple]],
        parent=None,
    ) -> None:
        super().__init__(columns, parent)
        self.journal = journal
        self._loader = loader
        self.interview_id: int | None = None

    def show_interview(self, interview_id: int | None) -> None:
        self.interview_id = interview_id
        rows = self._loader(self.journal, interview_id) if interview_id is not None else []
        self.set_rows(rows)

    def reload(self) -> None:
        self.show_interview(self.interview_id)


def points_model(journal: Journal, parent=None) -> DetailModel:
    return DetailModel(journal, listings.POINT_COLUMNS, listings.points_for_interview, parent)


def requests_model(journal: Journal, parent=None) -> DetailModel:
    return DetailModel(journal, listings.REQUEST_COLUMNS, listings.requests_for_interview, parent)
