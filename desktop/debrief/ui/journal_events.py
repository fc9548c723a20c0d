"""The open journal's change notices as a Qt signal, delivered on the GUI thread.

The journal announces each committed write to its subscribers on the thread that wrote.
A window makes one `JournalEvents` and connects to `changed`; Qt queues the signal to the
GUI thread when a worker wrote, and drops the connection when the window is destroyed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from debrief.journal.store.changes import Change
from debrief.journal.store.journal import Journal


class JournalEvents(QObject):
    """Relays `journal`'s changes as `changed(Change)` for as long as `parent` lives."""

    changed = Signal(object)

    def __init__(self, journal: Journal, parent: QObject) -> None:
        super().__init__(parent)
        unsubscribe = journal.subscribe(self._relay)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
