"""The undoable edits: an interview added, edited or deleted, an action changed.

Each command is pushed after its edit was written (so it skips its first `redo`), and
puts the journal back through `records.restore`, one transaction per step. An interview
removed by a step is snapshotted just then, so what was added to it meanwhile returns too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoCommand

from debrief.journal.records import restore
from debrief.journal.records.restore import ActionSnapshot, InterviewSnapshot
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Problem, Refused


@dataclass
class Context:
    """What every command needs: the journal, where to say what happened, and the ids
    interviews came back under when their own was taken (old id -> current id)."""

    journal: Journal
    show: Callable[[int | None], None]  # select this interview (None: it is gone)
    refused: Callable[[list[Problem]], None]
    renamed: dict[int, int] = field(default_factory=dict)

    def current(self, interview_id: int) -> int:
        while interview_id in self.renamed:
            interview_id = self.renamed[interview_id]
        return interview_id


class JournalCommand(QUndoCommand):
    """A step already written when pushed: the stack's first `redo` does nothing."""

    def __init__(self, context: Context, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Refused as refused:
            self.context.refused(refused.problems)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class PresenceCommand(JournalCommand):
    """An interview added (`present_after`) or deleted: one side has it, the other not."""

    def __init__(
        self, context: Context, text: str, snapshot: InterviewSnapshot, present_after: bool
    ) -> None:
        super().__init__(context, text)
        self.snapshot = snapshot
        self.present_after = present_after

    def _remove(self) -> None:
        interview_id = self.context.current(self.snapshot.interview_id)
        now = restore.snapshot_interview(self.context.journal, interview_id)
        if now is not None:
            self.snapshot = now
            restore.remove_interview(self.context.journal, interview_id)
        self.context.show(None)

    def _bring_back(self) -> None:
        old = self.context.current(self.snapshot.interview_id)
        new = restore.put_back_interview(self.context.journal, self.snapshot)
        if new != old:
            self.context.renamed.pop(new, None)  # the newer id may have been an older one
            self.context.renamed[old] = new
        self.context.show(new)

    def forward(self) -> None:
        self._bring_back() if self.present_after else self._remove()

    def backward(self) -> None:
        self._remove() if self.present_after else self._bring_back()


class EditCommand(JournalCommand):
    """An interview's fields or people changed: what differs is set back, or again."""

    def __init__(
        self, context: Context, text: str, before: InterviewSnapshot, after: InterviewSnapshot
    ) -> None:
        super().__init__(context, text)
        self.before, self.after = before, after

    def _put(self, edited: InterviewSnapshot, wanted: InterviewSnapshot) -> None:
        interview_id = self.context.current(self.before.interview_id)
        restore.put_edit(self.context.journal, interview_id, edited, wanted)
        self.context.show(interview_id)

    def forward(self) -> None:
        self._put(self.before, self.after)

    def backward(self) -> None:
        self._put(self.after, self.before)


class ActionCommand(JournalCommand):
    """An improvement action changed (its status, say): put back as it was, or again."""

    def __init__(
        self, context: Context, text: str, before: ActionSnapshot, after: ActionSnapshot
    ) -> None:
        super().__init__(context, text)
        self.before, self.after = before, after

    def forward(self) -> None:
        restore.put_back_action(self.context.journal, self.after)

    def backward(self) -> None:
        restore.put_back_action(self.context.journal, self.before)
