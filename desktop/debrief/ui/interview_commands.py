"""New, edit and delete interview: the dialog, the question before deleting, and Undo's record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from debrief.journal.records import interviews
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems
from debrief.ui.table_models import InterviewsModel
from debrief.ui.undo.history import UndoHistory


class InterviewCommands(QObject):
    """The window's edits of whole interviews, through narrow callbacks: which row is
    selected, how to select one, and what to offer once an interview became a rejection."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        history: UndoHistory,
        model: InterviewsModel,
        selected_id: Callable[[], int | None],
        show_interview: Callable[[int | None], None],
        offer_debrief: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self.journal, self.parent_widget, self.history, self.model = journal, parent, history, model
        self.selected_id, self.show_interview = selected_id, show_interview
        self.offer_debrief = offer_debrief
        self._date_first: int | None = None  # a round just added: its dialog opens at the date

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "actionNewInterview": self.new_interview,
            "actionEditInterview": self.edit_interview,
            "actionDeleteInterview": self.delete_interview,
        }

    def _run_dialog(self, interview_id: int | None) -> None:
        from debrief.ui.interview_dialog import InterviewDialog  # not needed to start up

        before = self.history.snapshot(interview_id)
        dialog = InterviewDialog(self.journal, self.parent_widget, interview_id)
        if interview_id is not None and interview_id == self._date_first:
            dialog.date.setFocus()  # what the round still needs
        self._date_first = None
        if dialog.exec() != InterviewDialog.DialogCode.Accepted:
            return
        self.history.saved(before, dialog.interview_id)
        self.show_interview(dialog.interview_id)
        if dialog.became_rejected:
            self.offer_debrief(dialog.interview_id)

    def round_added(self, interview_id: int) -> None:
        """A round was just added, dated today: say how to date it, and open the dialog
        at its date when the user does (F2 is a window shortcut: it opens the dialog)."""
        self._date_first = interview_id
        text = self.tr("Next round added. Press F2 to set its date.")
        self.parent_widget.statusBar().showMessage(text, 8000)

    def new_interview(self) -> None:
        if not self.journal.read_only:
            self._run_dialog(None)

    def edit_interview(self) -> None:
        if (interview_id := self.selected_id()) is not None and not self.journal.read_only:
            self._run_dialog(interview_id)

    def delete_interview(self) -> None:
        interview_id = self.selected_id()
        if interview_id is None or self.journal.read_only or not self._confirm(interview_id):
            return
        row = self.model.row_of(interview_id)
        try:
            self.history.delete(interview_id)
        except Refused as exc:
            show_problems(self.parent_widget, exc.problems)
            return
        next_row = min(row, self.model.rowCount() - 1)
        if next_row >= 0:
            self.show_interview(self.model.row_id(next_row))

    def _confirm(self, interview_id: int) -> bool:
        from PySide6.QtWidgets import QMessageBox  # like every dialog, made when asked for

        record = interviews.get_interview(self.journal, interview_id) or {}
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Delete interview?"),
            self.tr(
                "Delete the interview for {role} at {company}, with its interviewers, "
                "feedback requests and feedback points? You can bring it back with Edit → "
                "Undo (Ctrl+Z)."
            ).format(role=record.get("role", ""), company=record.get("company", "")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
