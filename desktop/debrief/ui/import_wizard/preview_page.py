"""Step 4: every row that will land and every row that will not, with why; Import commits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.portability.csv_import import (
    ALREADY_THERE,
    ImportPlan,
    SkippedRow,
    apply_import,
)
from debrief.journal.portability.csv_table import ImportProblem
from debrief.journal.progress import Cancelled
from debrief.ui import vocabulary
from debrief.ui.import_wizard.base import ImportPage, hint, journal_text, skip_text, warning
from debrief.ui.plurals import counted
from debrief.ui.table_models import RowsModel

PLAN_COLUMNS = ("date", "company", "role", "stage", "outcome")


MAX_VISIBLE_ROWS = 10
#: Rows the columns are sized to: measuring all of a big file would hold up the window.
SIZED_ROWS = 200


def plan_rows(plan: ImportPlan) -> list[tuple]:
    """The preview table's rows (the file's row number first); made on the worker."""
    return [(item.row, *(item.fields[c] for c in PLAN_COLUMNS)) for item in plan.rows]


class ReasonList(QListWidget):
    """Why rows are skipped, one wrapped reason per row, as tall as its reasons."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setWordWrap(True)
        self.setSpacing(1)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wraps when the width changes
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def fit(self) -> None:
        """As tall as its first MAX_VISIBLE_ROWS reasons at the current width, wrapped."""
        self.doItemsLayout()
        shown = range(min(self.count(), MAX_VISIBLE_ROWS))
        heights = sum(self.visualItemRect(self.item(i)).height() for i in shown)
        padding = 2 * self.spacing() * max(1, len(shown))
        lines = heights or self.fontMetrics().height()
        self.setFixedHeight(lines + padding + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


def skipped_list(name: str) -> ReasonList:
    return ReasonList(name)


def fill_skipped(widget: ReasonList, skipped: list[SkippedRow]) -> None:
    widget.clear()
    widget.addItems([skip_text(skip) for skip in skipped])
    widget.fit()


def fit_height(view: QAbstractItemView, rows: int, row_height: int, extra: int = 0) -> None:
    """As tall as its rows (up to MAX_VISIBLE_ROWS, then it scrolls): no empty pane."""
    shown = max(1, min(rows, MAX_VISIBLE_ROWS))
    view.setFixedHeight(shown * max(row_height, 1) + 2 * view.frameWidth() + extra + 2)


class PreviewPage(ImportPage):
    """The commit page: its Import button writes the plan in one transaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importPreviewPage", parent)
        self.setTitle(self.tr("Check what will be added"))
        self.setSubTitle(
            self.tr("Nothing has been added yet. Import adds all of these at once, or none.")
        )
        self.setCommitPage(True)
        self.summary = hint(name="previewSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.problem = warning("previewProblem")
        self.model = RowsModel(PLAN_COLUMNS, self)
        self.table_view = QTableView(objectName="previewTable")
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(self.tr("Interviews that will be added"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.skipped_heading = QLabel(self.tr("Rows that will be skipped, and why:"))
        self.skipped = skipped_list("previewSkipped")
        self.skipped.setAccessibleName(self.tr("Rows that will be skipped"))
        self.unknown = hint(name="previewUnknownStatuses")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.table_view)
        layout.addWidget(self.unknown)
        layout.addSpacing(6)
        layout.addWidget(self.skipped_heading)
        layout.addWidget(self.skipped)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.problem.hide()
        try:
            plan = self.dialog.make_plan(self.tr("Role not recorded"), plan_rows)
        except Cancelled:
            self.dialog.plan = None
            self.model.set_rows([])
            self.summary.setText(
                self.tr(
                    "The check was stopped before it finished, so nothing can be imported "
                    "yet. Go Back, then Next to check the rows again."
                )
            )
            return
        except ImportProblem as exc:
            self.dialog.plan = None
            self.model.set_rows([])
            self.summary.setText(journal_text(exc.template, exc.params))
            return
        self.show_plan(plan)

    def show_plan(self, plan: ImportPlan) -> None:
        rows = self.dialog.plan_rows if len(self.dialog.plan_rows) == len(plan.rows) else None
        self.model.set_rows(rows if rows is not None else plan_rows(plan))
        header = self.table_view.horizontalHeader()
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(len(PLAN_COLUMNS) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 260))
        self.summary.setText(self.summary_text(plan))
        fill_skipped(self.skipped, plan.skipped)
        self.skipped.setVisible(bool(plan.skipped))
        self.skipped_heading.setVisible(bool(plan.skipped))
        self.table_view.setVisible(bool(plan.rows))
        view = self.table_view
        fit_height(
            view,
            len(plan.rows),
            view.verticalHeader().defaultSectionSize(),
            view.horizontalHeader().sizeHint().height(),
        )
        self.unknown.setVisible(bool(plan.unknown_statuses))
        if plan.unknown_statuses:
            waiting = vocabulary.outcomes()["pending"]
            self.unknown.setText(
                self.tr(
                    "Debrief does not know these statuses, so those interviews are marked "
                    "“{waiting}”; you can change them later: {statuses}"
                ).format(waiting=waiting, statuses=", ".join(plan.unknown_statuses[:12]))
            )

    def summary_text(self, plan: ImportPlan) -> str:
        rows, skipped = len(plan.rows), len(plan.skipped)
        if not rows:
            if skipped and all(s.template == ALREADY_THERE for s in plan.skipped):
                return self.tr("Everything in this file is already in your journal.")
            return self.tr("No row of this file can be added; the reasons are listed below.")
        added = counted(self.tr("%n interview(s) will be added to your journal.", "", rows), rows)
        if not skipped:
            return added
        return added + " " + counted(self.tr("%n row(s) will be skipped.", "", skipped), skipped)

    def isComplete(self) -> bool:
        plan = self.dialog.plan
        return plan is not None and bool(plan.rows) and not self.dialog.journal.read_only

    def validatePage(self) -> bool:
        """Import: all rows in one transaction. On failure nothing is added and we stay here."""
        plan = self.dialog.plan
        if plan is None:
            return False
        try:
            self.dialog.report = self.dialog.run(
                lambda progress: apply_import(self.dialog.journal, plan, progress),
                self.tr("Importing interviews"),
            )
        except Cancelled:
            self.problem.setText(
                self.tr("The import was cancelled, so nothing was added. Import starts it again.")
            )
            self.problem.show()
            return False
        except ImportProblem as exc:
            self.problem.setText(journal_text(exc.template, exc.params))
            self.problem.show()
            return False
        return True


class ReportPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importReportPage", parent)
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("Your journal is up to date."))
        self.summary = hint(name="reportSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.skipped_heading = QLabel(self.tr("These rows were not imported:"))
        self.skipped = skipped_list("reportSkipped")
        self.skipped.setAccessibleName(self.tr("Rows not imported"))
        self.after = hint(name="reportAfter")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_heading)
        layout.addWidget(self.skipped)
        layout.addSpacing(6)
        layout.addWidget(self.after)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.dialog.report
        if report is None:
            return
        n = report.imported
        added = counted(self.tr("Added to your journal: %n interview(s).", "", n), n)
        skipped = len(report.skipped)
        if skipped == 0:
            more = self.tr("Every row of the file was imported.")
        else:
            more = counted(self.tr("Skipped: %n row(s).", "", skipped), skipped)
        self.summary.setText(f"{added} {more}")
        fill_skipped(self.skipped, report.skipped)
        self.skipped.setVisible(bool(skipped))
        self.skipped_heading.setVisible(bool(skipped))
        self.after.setText(
            self.tr(
                "The new interviews are in the main window. Add how each one felt, and when "
                "one did not lead to an offer, record it to ask for feedback."
            )
        )
