"""Record rejection / Continue debrief: opening the rejection wizard from the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from debrief.journal.records import feedback
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems

if TYPE_CHECKING:
    from debrief.ui.main_window import MainWindow
    from debrief.ui.rejection_wizard import RejectionWizard


class DebriefCommands(QObject):
    """One action that records a rejection or continues an unfinished debrief, and the
    open wizards (at most one per interview)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizards: dict[int, RejectionWizard] = {}
        self.action = QAction(self.tr("&Record rejection…"), window)
        self.action.setObjectName("actionRecordRejection")
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        self.action.setStatusTip(
            self.tr("Not selected? Walk through asking for feedback and learning from it")
        )
        self.action.triggered.connect(self.debrief_selected)
        self.action.setEnabled(False)
        window.addAction(self.action)

    def unfinished(self, interview_id: int | None) -> str | None:
        """The wizard step reached by this interview's unfinished debrief, as the table shows."""
        model = self.window.model
        row = model.row_of(interview_id) if interview_id is not None else -1
        return model.value(row, model.columns.index("debrief")) if row >= 0 else None

    def follow_selection(self, interview_id: int | None) -> None:
        """The action names what it will do for the selected interview."""
        self.action.setEnabled(interview_id is not None)
        self.action.setText(
            self.tr("&Continue debrief…")
            if self.unfinished(interview_id)
            else self.tr("&Record rejection…")
        )

    def offer(self, interview_id: int) -> None:
        """Just marked Not selected: open the debrief once the edit has finished."""
        QTimer.singleShot(0, lambda: self.open(interview_id))

    def debrief_selected(self) -> None:
        interview_id = self.window.selected_id()
        if interview_id is None or self.window.journal.read_only:
            return
        journal = self.window.journal
        if not self.unfinished(interview_id) and feedback.has_finished_debrief(
            journal, interview_id
        ):
            from PySide6.QtWidgets import QMessageBox  # dialogs load when asked for

            answer = QMessageBox.question(
                self.window,
                self.tr("Ask again?"),
                self.tr(
                    "You already finished a debrief for this interview. Start another one, "
                    "for example to ask a second interviewer?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open(interview_id)

    def open(self, interview_id: int) -> None:
        """Open (or bring forward) the rejection wizard for this interview."""
        from debrief.ui.rejection_wizard import RejectionWizard

        if self.window.journal.read_only:
            return
        wizard = self.wizards.get(interview_id)
        if wizard is not None and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return
        try:
            wizard = RejectionWizard(self.window.journal, interview_id, self.window)
        except Refused as exc:
            show_problems(self.window, exc.problems)
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
