"""The window's undo history: records each edit as it is written, and runs Undo and Redo.

Edits are written as before (dialogs, inline edits, Delete); the window tells the history
what it is about to change and what it changed, and the history pushes a command that can
put it back. One history per window, so opening another journal starts an empty one.
The commands and the snapshots (`records.restore`) load with the first edit: the first
window does not need them (their three dataclasses cost ~3 ms of start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack

from debrief.journal.records import feedback, interviews
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Problem

if TYPE_CHECKING:
    from debrief.journal.records.restore import InterviewSnapshot
    from debrief.ui.undo.commands import Context


class UndoHistory(QObject):
    """The QUndoStack behind Edit → Undo and Redo, fed by the window's edits."""

    def __init__(
        self,
        journal: Journal,
        parent: QObject,
        show: Callable[[int | None], None],
        refused: Callable[[list[Problem]], None],
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.stack = QUndoStack(self)
        self._show, self._refused = show, refused
        self._context: Context | None = None
        self._bound: tuple[QAction, QAction] | None = None

    @property
    def context(self) -> Context:
        """What the commands share, made with the first one pushed."""
        if self._context is None:
            from debrief.ui.undo.commands import Context  # with the first edit, not at start

            self._context = Context(self.journal, self._show, self._refused)
        return self._context

    # -- Undo and Redo ------------------------------------------------------------------
    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def bind(self, undo: QAction, redo: QAction) -> None:
        """Keep the two actions' words and state with the stack: "Undo delete interview
        at Acme", enabled only when there is something to undo."""
        self._bound = (undo, redo)
        self.stack.indexChanged.connect(self._follow)  # a method: gone with this object
        self._follow()

    def _follow(self, *_: Any) -> None:
        undo, redo = self._bound
        undo.setText(self.tr("&Undo {what}").format(what=self.stack.undoText()).strip())
        redo.setText(self.tr("&Redo {what}").format(what=self.stack.redoText()).strip())
        undo.setEnabled(self.stack.canUndo())
        redo.setEnabled(self.stack.canRedo())

    def forget(self) -> None:
        """Drop every step: an import just wrote rows no step knows about, and Ctrl+Z
        straight after it would have undone an older edit (deleting an interview added
        before the import) instead of the import the user had in mind."""
        self.stack.clear()
        if self._bound is not None:
            self._follow()

    # -- recording ----------------------------------------------------------------------
    def snapshot(self, interview_id: int | None) -> InterviewSnapshot | None:
        """The interview as it is before an edit (None for a new one)."""
        if interview_id is None:
            return None
        from debrief.journal.records import restore  # with the first edit, not at start

        return restore.snapshot_interview(self.journal, interview_id)

    def saved(self, before: InterviewSnapshot | None, interview_id: int) -> None:
        """An interview was added (`before` None) or edited: push the step that undoes it."""
        from debrief.journal.records import restore  # with the first edit, not at start
        from debrief.ui.undo.commands import EditCommand, PresenceCommand

        after = self.snapshot(interview_id)
        if after is None:
            return
        if before is None:
            text = self.tr("add interview at {company}").format(company=after.company)
            self.stack.push(PresenceCommand(self.context, text, after, present_after=True))
        elif not restore.same_content(before, after):
            text = self.tr("edit interview at {company}").format(company=before.company)
            self.stack.push(EditCommand(self.context, text, before, after))

    def round_added(self, interview_id: int) -> None:
        """The next round of an application was added."""
        from debrief.ui.undo.commands import PresenceCommand  # with the first edit

        after = self.snapshot(interview_id)
        if after is not None:
            text = self.tr("add round {round} at {company}").format(
                round=after.interview["round"], company=after.company
            )
            self.stack.push(PresenceCommand(self.context, text, after, present_after=True))

    def delete(self, interview_id: int) -> None:
        """Delete the interview (Refused propagates, nothing pushed) and record it."""
        from debrief.ui.undo.commands import PresenceCommand  # with the first edit

        before = self.snapshot(interview_id)
        interviews.delete_interview(self.journal, interview_id)
        if before is not None:
            text = self.tr("delete interview at {company}").format(company=before.company)
            self.stack.push(PresenceCommand(self.context, text, before, present_after=False))

    def update_field(self, interview_id: int, field: str, value: Any) -> None:
        """An inline edit in the interviews table, written and recorded."""
        before = self.snapshot(interview_id)
        interviews.update_field(self.journal, interview_id, field, value)
        self.saved(before, interview_id)

    def set_action_status(self, action_id: int, status: str):
        """An action's status changed in the actions table, written and recorded."""
        from debrief.journal.records import restore  # with the first edit, not at start
        from debrief.ui.undo.commands import ActionCommand

        before = restore.snapshot_action(self.journal, action_id)
        done_at = feedback.set_action_status(self.journal, action_id, status)
        after = restore.snapshot_action(self.journal, action_id)
        if before is not None and after is not None and before != after:
            text = self.tr("change of “{action}”").format(action=_short(before.action))
            self.stack.push(ActionCommand(self.context, text, before, after))
        return done_at


def _short(action: dict[str, Any], limit: int = 40) -> str:
    text = " ".join(str(action["description"]).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
