"""Record rejection / Continue debrief: opening the rejection wizard from the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from debrief.journal.records import feedback, interviews
from debrief.journal.store.choices import Outcome
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems

if TYPE_CHECKING:
    from debrief.journal.store.journal import Journal
    from debrief.ui.rejection_wizard import RejectionWizard
    from debrief.ui.rejection_wizard.base import Page


class DebriefCommands(QObject):
    """Record rejection / Continue debrief for the selected interview, and the open wizards
    (at most one per interview). It reads the window through three narrow callbacks: which
    interview is selected, the debrief step the table shows for an interview, and how a
    field is written (the undo history's writer)."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        action: QAction,
        selected: Callable[[], int | None],
        step_of: Callable[[int], str | None],
        write_field: Callable[[int, str, Any], None],
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.parent_widget = parent
        self.action = action
        self.selected = selected
        self.step_of = step_of
        # How "not selected" is written: through the window's undo history, so a Record
        # rejection chosen by mistake is one Ctrl+Z away even after its draft is discarded.
        self.write_field = write_field
        self.wizards: dict[int, RejectionWizard] = {}

    def unfinished(self, interview_id: int | None) -> str | None:
        """The wizard step reached by this interview's unfinished debrief, as the table shows."""
        return self.step_of(interview_id) if interview_id is not None else None

    def follow_selection(self, interview_id: int | None) -> None:
        """The action names what it will do for the selected interview: go on with its
        debrief, start another once one is finished, or record the rejection."""
        if self.unfinished(interview_id):
            text = self.tr("&Continue debrief…")
        elif interview_id is not None and feedback.has_finished_debrief(self.journal, interview_id):
            text = self.tr("Debrief a&gain…")
        else:
            text = self.tr("&Record rejection…")
        self.action.setText(text)

    def offer(self, interview_id: int) -> None:
        """Just marked Not selected: open the debrief once the edit has finished."""
        QTimer.singleShot(0, lambda: self.open(interview_id))

    def debrief_selected(self) -> None:
        interview_id = self.selected()
        if interview_id is None or self.journal.read_only:
            return
        finished = feedback.has_finished_debrief(self.journal, interview_id)
        if not self.unfinished(interview_id) and finished:
            from PySide6.QtWidgets import QMessageBox  # dialogs load when asked for

            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Ask again?"),
                self.tr(
                    "You already finished a debrief for this interview. Start another one, "
                    "for example to ask a second interviewer?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self._mark_rejected(interview_id):
            return
        self.open(interview_id)

    def _mark_rejected(self, interview_id: int) -> bool:
        """Recording a rejection says "not selected" at once: the row shows it while the
        debrief runs, not only once it ends. False (after a message) when refused."""
        record = interviews.get_interview(self.journal, interview_id) or {}
        if record.get("outcome") == Outcome.REJECTED.value:
            return True
        try:
            self.write_field(interview_id, "outcome", Outcome.REJECTED.value)
        except Refused as exc:
            show_problems(self.parent_widget, exc.problems)
            return False
        return True

    def open(
        self, interview_id: int, page: Page | None = None, request_id: int | None = None
    ) -> None:
        """Open (or bring forward) the rejection wizard for this interview, at `page` when
        given (a reminder leads to the ask or listen page), on `request_id` when given (a
        follow-up is about one person). With several people asked and none named, the
        user chooses whose conversation to go on with."""
        from debrief.ui.rejection_wizard import RejectionWizard

        if self.journal.read_only:
            return
        wizard = self.wizards.get(interview_id)
        if wizard is not None and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return
        if request_id is None:
            from debrief.ui.request_choice import choose_request  # asked only after asking two

            chosen = choose_request(self.journal, interview_id, self.parent_widget)
            if chosen is False:
                return  # the user closed the question
            request_id = chosen
        try:
            wizard = RejectionWizard(
                self.journal, interview_id, self.parent_widget, page, request_id
            )
        except Refused as exc:
            show_problems(self.parent_widget, exc.problems)
            return
        self.wizards[interview_id] = wizard
        wizard.finished.connect(lambda _result: self.wizards.pop(interview_id, None))
        wizard.show()

    def keep_all(self) -> None:
        """The window is closing: keep every open debrief as a draft, without asking."""
        for wizard in list(self.wizards.values()):
            if wizard.save_draft():
                wizard.closed = True
            wizard.close()
