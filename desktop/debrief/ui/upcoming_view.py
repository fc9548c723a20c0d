"""The rounds still ahead, as a small table beside the details, and their prep sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from debrief.journal.records import interviews
from debrief.journal.records.upcoming import Upcoming, upcoming_rounds
from debrief.journal.store.journal import Journal
from debrief.ui.vocabulary import day_words


class UpcomingModel(QAbstractTableModel):
    """Date, time, company and round of each round still ahead, soonest first."""

    columns = ("date", "time", "company", "round")

    def __init__(
        self, journal: Journal, parent=None, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.now = now  # naive wall clock; tests hand in a fixed one
        self.rows: list[Upcoming] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [] if self.journal.closed else upcoming_rounds(self.journal, self.now())
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Company"), self.tr("Round"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if column == "date":
            return day_words(row.date, "ddd dd MMM")
        if column == "time":
            return row.time or self.tr("any time")
        if column == "round":
            return str(row.round)
        return row.company

    def interview_at(self, row: int) -> int:
        return self.rows[row].interview_id


def upcoming_view(model: UpcomingModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent, objectName="upcomingView")
    view.setModel(model)
    view.setAccessibleName(QCoreApplication.translate("UpcomingView", "Upcoming interview rounds"))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return view


def follow_upcoming(
    view: QTableView,
    select: Callable[[int], None],
    prepare: Callable[[int], None],
    prepare_action: QAction,
) -> None:
    """A round chosen in the list (click or arrow keys) is selected in the main table;
    Enter or a double-click opens its prep sheet, and so does the right-click menu."""
    model = view.model()

    def chosen(current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            select(model.interview_at(current.row()))

    view.selectionModel().currentRowChanged.connect(chosen)
    view.activated.connect(lambda index: prepare(model.interview_at(index.row())))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(prepare_action)


def round_title(journal: Journal, interview_id: int) -> str:
    """'Quill, round 2 on Thu 12 Mar': what the round's prep sheet is for."""
    record = interviews.get_interview(journal, interview_id) or {}
    day = record.get("date")
    when = day_words(day, "ddd dd MMM") if isinstance(day, dt.date) else ""
    words = QCoreApplication.translate("UpcomingView", "{company}, round {round} on {day}")
    return words.format(company=record.get("company", ""), round=record.get("round", 1), day=when)


def open_round_prep(journal: Journal, interview_id: int, parent: QWidget) -> QWidget:
    """actionPrepare and a round's reminder: the prep sheet for that round (non-modal)."""
    from debrief.ui.round_prep_sheet import RoundPrepDialog

    dialog = RoundPrepDialog(journal, interview_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
