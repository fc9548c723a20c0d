"""The interviews table as the window shows it: columns, sorting, selection, cell editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from debrief.ui import vocabulary
from debrief.ui.delegates import ChoiceDelegate, DateDelegate
from debrief.ui.table_models import InterviewsModel

#: Starting widths of the columns whose text runs long; the user can drag them, and the
#: window remembers what they chose.
WIDTHS = {"company": 180, "role": 200, "feeling": 110, "outcome": 120}


def interviews_view(model: InterviewsModel) -> QTableView:
    """A table over `model`, newest first: whole rows selected one at a time, edited in
    place by a key press or a second click, with Tab leaving the table."""
    view = QTableView(objectName="interviewsView")
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(model.columns.index("date"), Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
    view.verticalHeader().hide()
    view.setAccessibleName(QCoreApplication.translate("MainWindow", "Interviews"))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for name, width in WIDTHS.items():
        header.resizeSection(model.columns.index(name), width)
    column = model.columns.index
    view.setItemDelegateForColumn(column("date"), DateDelegate(view))
    for name, choices in (
        ("stage", vocabulary.stages()),
        ("feeling", vocabulary.feelings()),
        ("outcome", vocabulary.outcomes()),
    ):
        view.setItemDelegateForColumn(column(name), ChoiceDelegate(choices, view))
    return view
