"""The interviews table as the window shows it: columns, sorting, selection, cell editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QTableView

from debrief.ui import debrief_column, vocabulary
from debrief.ui.column_fit import PADDING, ColumnFit
from debrief.ui.delegates import ChoiceDelegate, DateDelegate
from debrief.ui.table_models import InterviewsModel

#: The state icon (16 px, state_icons.py) and the gap after it.
ICON_ROOM = 24
#: Company and role share what the coded columns leave (column_fit.py).
FREE_TEXT = ("company", "role")


def _debrief_width(view: QTableView) -> int:
    """Room for the longest state, an "Ask by" deadline and the state's icon."""
    words = [*debrief_column.state_words().values(), "Ask by Wed 23:59"]
    bold = QFontMetrics(debrief_column.bold())
    return max(bold.horizontalAdvance(w) for w in words) + ICON_ROOM + PADDING


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
    ColumnFit(view, FREE_TEXT, widths={"debrief": _debrief_width(view)})
    column = model.columns.index
    view.setItemDelegateForColumn(column("date"), DateDelegate(view))
    for name, choices in (
        ("stage", vocabulary.stages()),
        ("feeling", vocabulary.feelings()),
        ("outcome", vocabulary.outcomes()),
    ):
        view.setItemDelegateForColumn(column(name), ChoiceDelegate(choices, view))
    return view
