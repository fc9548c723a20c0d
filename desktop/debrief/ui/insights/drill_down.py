"""The panel under the charts that lists exactly the feedback points behind one clicked bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.insights.counts import PointRow
from debrief.ui.table_models import RowsModel

#: The table's columns, named as in vocabulary.headers() so they share its translations.
POINT_COLUMNS = ("date", "company", "role", "words", "verdict")
_WIDTHS = {"date": 95, "company": 160, "role": 190, "verdict": 150}


def points_model(parent=None) -> RowsModel:
    """Rows (point id, date, company, role, words, verdict); see `rows_of`."""
    return RowsModel(POINT_COLUMNS, parent)


def rows_of(points: list[PointRow]) -> list[tuple]:
    return [(p.point_id, p.date, p.company, p.role, p.words, p.verdict) for p in points]


class DrillDownPanel(QWidget):
    """A heading and a table of points with their interview's company, role and date."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDownPanel")
        self.title = QLabel(objectName="drillDownTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.model = points_model(self)
        self.view = QTableView(objectName="drillDownView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Feedback points on the chosen theme"))
        # A few rows, kept while hidden: the window scrolls to a panel that keeps its size.
        self.view.setMinimumHeight(7 * self.view.fontMetrics().lineSpacing())
        policy = self.view.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.view.setSizePolicy(policy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(POINT_COLUMNS.index(column), width)
        header.setSectionResizeMode(POINT_COLUMNS.index("words"), QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_points(self, heading: str, points: list[PointRow]) -> None:
        self.model.set_rows(rows_of(points))
        self.title.setText(heading)
        self.view.setVisible(True)

    def show_hint(self, hint: str) -> None:
        self.model.set_rows([])
        self.title.setText(hint)
        self.view.setVisible(False)

    def point_ids(self) -> list[int]:
        return [self.model.row_id(row) for row in range(self.model.rowCount())]
