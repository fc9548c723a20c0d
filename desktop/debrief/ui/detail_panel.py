"""The lower half of the window: the selected interview's people and feedback, and all actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.debrief_states import DebriefState
from debrief.journal.records import interviews, listings
from debrief.journal.store.choices import Response
from debrief.journal.store.journal import Journal
from debrief.ui import debrief_column, vocabulary
from debrief.ui.column_fit import ColumnFit
from debrief.ui.delegates import ChoiceDelegate
from debrief.ui.point_reader import PointReader
from debrief.ui.table_models import ActionsModel, DetailModel, points_model
from debrief.ui.upcoming_view import UpcomingModel, upcoming_view
from debrief.ui.verdict_command import VerdictCommand


def _table(name: str, model, stretch: tuple[str, ...], optional: tuple[str, ...] = ()):
    """A detail table whose free text (`stretch`) keeps a third of its width (column_fit)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
    view.verticalHeader().hide()
    ColumnFit(view, stretch, optional)
    return view


def _rows_height(view: QTableView, rows: int) -> int:
    """The height of `view` showing its header and `rows` rows."""
    header = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    return header + rows * view.verticalHeader().defaultSectionSize()


def _fit_rows(view: QTableView, most: int) -> None:
    """As tall as its rows, up to `most`: a short list leaves the room to the next one."""
    view.setFixedHeight(_rows_height(view, min(view.model().rowCount(), most)))


#: The most lines the summary and rounds take before they scroll.
HEAD_LINES = 8


def _scrolling(*labels: QLabel) -> QScrollArea:
    """The labels one above the other, scrolling when the pane is too short for them (large
    text, a long application): cut words would be worse than a scroll bar."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 0, 0)
    for label in labels:
        column.addWidget(label)
    area = QScrollArea(objectName="detailHead", widgetResizable=True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class RequestsModel(DetailModel):
    """The interview's askings. One kept for later before it was sent reads "Not asked
    yet", as the Debrief column does: "Waiting" spoke of an answer nobody could give."""

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(journal, listings.REQUEST_COLUMNS, listings.requests_for_interview, parent)

    def unsent(self, row: int) -> bool:
        """Drafted, not yet asked: no time asked, and no answer (the journal's own rule)."""
        asked_at = self.value(row, self.columns.index("asked_at"))
        return asked_at is None and self.value(row, self.columns.index("response")) == (
            Response.WAITING.value
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and self.columns[index.column()] == "response"
            and self.unsent(index.row())
        ):
            return debrief_column.state_words()[DebriefState.NOT_ASKED]
        return super().data(index, role)


class DetailPanel(QSplitter):
    """Interviewers, feedback requests and points of one interview, beside every action."""

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("detailSplitter")
        self.journal = journal
        self.requests = RequestsModel(journal, self)
        self.points = points_model(journal, self)
        self.actions = ActionsModel(journal, self)
        self.upcoming = UpcomingModel(journal, self)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 4, 3, 4)
        self.summary = QLabel(objectName="detailSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.rounds = QLabel(objectName="applicationRounds", wordWrap=True)
        self.rounds.setTextFormat(Qt.TextFormat.RichText)
        self.rounds.setAccessibleName(self.tr("Rounds of this application"))
        self.requests_view = _table(
            "requestsView", self.requests, ("interviewer",), ("thanked_at", "in_time", "channel")
        )
        self.feedback_view = _table(
            "feedbackView", self.points, ("words", "clarification"), ("clarification", "verdict")
        )
        self.feedback_view.setAccessibleName(self.tr("Feedback points"))
        # Its least is its header: the reader under it shows the point chosen.
        self.feedback_view.setMinimumHeight(_rows_height(self.feedback_view, 0))
        self.requests_view.setAccessibleName(self.tr("Feedback requests"))
        self.feedback_hint = QLabel(objectName="feedbackHint", wordWrap=True)
        self.feedback_hint.setStyleSheet("color: palette(placeholder-text);")
        self.head = _scrolling(self.summary, self.rounds)
        layout.addWidget(self.head)
        layout.addWidget(self.requests_view)
        layout.addWidget(self.feedback_view, 1)
        self.reader = PointReader()
        self.reader.setMaximumHeight(96)
        self.reader.hide()
        self.feedback_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.reader.show_point(self.points, current.row())
        )
        layout.addWidget(self.reader)
        self.verdict = VerdictCommand(journal, self.feedback_view, self.points)
        layout.addWidget(self.verdict.button, 0, Qt.AlignmentFlag.AlignLeft)
        # Shown instead of an empty table; it takes the spare height with its text at the top.
        self.feedback_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.feedback_hint, 1)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(3, 4, 6, 4)
        self.upcoming_heading = QLabel(self.tr("<b>Coming up</b>"))
        self.upcoming_view = upcoming_view(self.upcoming)
        self.upcoming_heading.setBuddy(self.upcoming_view)
        side.addWidget(self.upcoming_heading)
        side.addWidget(self.upcoming_view)
        heading = QLabel(self.tr("<b>Improvement actions</b>"))
        self.actions_view = _table(
            "actionsView", self.actions, ("description",), ("done_at", "points", "theme")
        )
        self.actions_view.setAccessibleName(self.tr("Improvement actions"))
        self.actions_view.setItemDelegateForColumn(
            self.actions.columns.index("status"),
            ChoiceDelegate(vocabulary.action_statuses(), self.actions_view),
        )
        self.actions_hint = QLabel(objectName="actionsHint", wordWrap=True)
        self.actions_hint.setStyleSheet("color: palette(placeholder-text);")
        side.addWidget(heading)
        side.addWidget(self.actions_view, 1)
        self.actions_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.actions_hint, 1)
        heading.setBuddy(self.actions_view)

        left.setMinimumWidth(280)
        right.setMinimumWidth(220)
        self.addWidget(left)
        self.addWidget(right)
        self.setChildrenCollapsible(False)  # a pane dragged small stays findable
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([640, 560])
        self.show_interview(None)

    def show_interview(self, interview_id: int | None) -> None:
        self._show_interview(interview_id)
        self._refit_head()

    def _show_interview(self, interview_id: int | None) -> None:
        self.requests.show_interview(interview_id)
        self.points.show_interview(interview_id)
        self.requests_view.setVisible(self.requests.rowCount() > 0)
        self._show_application(interview_id)
        _fit_rows(self.requests_view, 3)
        if interview_id is None:
            self.summary.setText(
                self.tr("Select an interview to see who you met and what they said.")
            )
            self.feedback_hint.setText("")
            self.feedback_view.setVisible(False)
            self.verdict.button.setVisible(False)
            self.reader.show_point(self.points, -1)
            self.feedback_hint.setVisible(True)  # keeps the summary at the top
            return
        import html  # only once an interview is shown: nothing is selected at start

        record = interviews.get_interview(self.journal, interview_id) or {}
        people = ", ".join(
            html.escape(p["name"] + (f" ({p['title']})" if p["title"] else ""))
            for p in record.get("interviewers", [])
        ) or self.tr("none recorded yet")
        title = html.escape(f"{record.get('role', '')} · {record.get('company', '')}")
        self.summary.setText(
            f"<b>{title}</b><br>" + self.tr("Interviewers: {people}").format(people=people)
        )
        has_points = self.points.rowCount() > 0
        self.feedback_view.setVisible(has_points)
        self.verdict.button.setVisible(has_points)
        if has_points:  # the first point is read at once; arrows move through the rest
            self.feedback_view.selectRow(0)
        else:
            self.reader.show_point(self.points, -1)
        self.feedback_hint.setVisible(not has_points)
        ahead = isinstance(day := record.get("date"), dt.date) and day > dt.date.today()
        self.feedback_hint.setText("" if has_points else self._no_points_hint(ahead))

    def _no_points_hint(self, ahead: bool) -> str:
        """What to do next when the interview holds no feedback yet: prepare for a round
        still ahead, ask, or wait kindly."""
        if ahead:
            return self.tr(
                "This round is still ahead. “Prepare for this round” (Ctrl+Shift+P) shows "
                "what came up before and what you are practising."
            )
        column = self.requests.columns.index("response")
        rows = range(self.requests.rowCount())
        answers = {self.requests.value(row, column) for row in rows}
        unsent = {row for row in rows if self.requests.unsent(row)}
        waiting = {row for row in rows if self.requests.value(row, column) == Response.WAITING}
        if waiting - unsent:
            return self.tr(
                "No feedback recorded for this interview yet. When they answer, Continue "
                "debrief (Ctrl+R) helps you note what they said."
            )
        if unsent:
            return self.tr(
                "No feedback recorded for this interview yet. Your request is drafted but "
                "not sent: Continue debrief (Ctrl+R) opens it."
            )
        if answers:  # declined, or closed after the silence: nothing more to wait for
            return self.tr("No feedback points were recorded for this interview.")
        return self.tr(
            "No feedback recorded for this interview yet. If you were not selected, "
            "a short, polite request for advice often gets an answer."
        )

    def _refit_head(self) -> None:
        """As tall as what the head now says, up to HEAD_LINES lines: a scroll area keeps
        the size its labels first asked for, so new text would be cut off at that height.
        A short pane (a small screen) may take it down to two lines, and it scrolls: a
        fixed height there would push the requests table over its last lines."""
        inner = self.head.widget()
        width = self.head.width()
        wanted = inner.heightForWidth(width) if width > 50 else -1
        wanted = wanted if wanted > 0 else inner.sizeHint().height()
        line = self.head.fontMetrics().lineSpacing()
        inner.setMinimumHeight(wanted)  # squeezed, the head scrolls rather than cuts
        fits = min(wanted, HEAD_LINES * line)
        self.head.setMaximumHeight(fits)
        self.head.setMinimumHeight(max(min(wanted, 2 * line), min(fits, self._room_for_head())))

    def _room_for_head(self) -> int:
        """The height the left pane has for the head once everything under it has its least."""
        pane = self.head.parentWidget()
        layout = pane.layout()
        others = [
            layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget()
        ]
        shown = [w for w in others if w is not self.head and not w.isHidden()]
        least = sum(w.minimumHeight() or w.minimumSizeHint().height() for w in shown)
        margins = layout.contentsMargins().top() + layout.contentsMargins().bottom()
        return pane.height() - least - margins - layout.spacing() * len(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Taller or shorter, the head takes what room there is (`_refit_head`)."""
        super().resizeEvent(event)
        self._refit_head()

    def _show_application(self, interview_id: int | None) -> None:
        """The whole application under the summary, when it has more than one round."""
        self.rounds.setVisible(False)
        if interview_id is None:
            return  # nothing is selected at start: the modules below load when first needed
        from debrief.journal.records.application_rounds import application_view
        from debrief.ui.application_summary import rounds_html

        view = application_view(self.journal, interview_id)
        if view is not None and len(view.rounds) > 1:
            self.rounds.setText(rounds_html(view, interview_id))
            self.rounds.setVisible(True)

    def _fit_upcoming(self) -> None:
        """As tall as its rows (up to four): a short list leaves the room to the actions."""
        _fit_rows(self.upcoming_view, 4)

    def reload(self) -> None:
        self.actions.reload()
        self.upcoming.reload()
        self.upcoming_heading.setVisible(self.upcoming.rowCount() > 0)
        self.upcoming_view.setVisible(self.upcoming.rowCount() > 0)
        self._fit_upcoming()
        self.show_interview(self.points.interview_id)
        self.actions_view.setVisible(self.actions.rowCount() > 0)
        self.actions_hint.setVisible(self.actions.rowCount() == 0)
        self.actions_hint.setText(
            ""
            if self.actions.rowCount()
            else self.tr(
                "No actions yet. After a debrief, each point that held you back becomes "
                "something to practise before the next interview."
            )
        )
