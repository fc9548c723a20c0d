"""The long work running in this process, so every window knows what must wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import isValid

if TYPE_CHECKING:  # the runner loads with the first long work, not with every window
    from debrief.ui.work.runner import Work

NAME = "workActivity"
#: Between two re-reads waiting for work to end: long enough to be a real timer, so the
#: event loop turns (and repaints, and reads input) between them.
TURN_MS = 1


class Activity(QObject):
    """Work started anywhere (a wizard, a menu command) and not yet ended.

    `changed` fires when work starts or ends; windows disable what would conflict.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.works: list[Work] = []
        self._after: dict[Callable[[], None], None] = {}  # ordered, each callback once

    def after_work(self, *callbacks: Callable[[], None]) -> None:
        """Each callback now, or once the running work has ended if some runs, in order and
        one per turn of the event loop: a window re-reading the journal while an import
        writes 200,000 rows fought the work for the GIL and froze for 100-150 ms. Asked
        again meanwhile, a callback still runs once."""
        if self.current is None:
            for callback in callbacks:
                callback()
        else:
            self._after.update(dict.fromkeys(callbacks))

    def add(self, work: Work) -> None:
        self.works.append(work)
        work.ended.connect(lambda: self._remove(work))
        self.changed.emit()

    def _remove(self, work: Work) -> None:
        if work in self.works:
            self.works.remove(work)
            self.changed.emit()
        if self.current is None and self._after:
            QTimer.singleShot(TURN_MS, self, self._run_next)

    def _run_next(self) -> None:
        """Run the first callback waiting for the work to end, then queue the next.

        One per turn of the event loop, each queued only once the one before has run: queued
        together they ran in one pass and added up to a single pause (a refresh over 200,000
        rows, then the tray's re-reading). A zero timer would still run in the same pass, as
        a posted call; a timer of TURN_MS lets the window's own timers and input go first."""
        if self.current is not None or not self._after:
            return  # new work began meanwhile: what waits runs when that one ends
        callback = next(iter(self._after))
        del self._after[callback]
        owner = getattr(callback, "__self__", None)
        if not isinstance(owner, QObject) or isValid(owner):  # never once the owner is gone
            callback()
        if self._after:
            QTimer.singleShot(TURN_MS, self, self._run_next)

    @property
    def current(self) -> Work | None:
        running = [work for work in self.works if work.running]
        return running[-1] if running else None

    def cancel_all(self, timeout_s: float = 30) -> bool:
        """Cancel every running work and wait for each to undo itself; True if all did."""
        works = [work for work in self.works if work.running]
        for work in works:
            work.cancel()
        return all(work.wait(timeout_s) for work in works)


def activity() -> Activity:
    """This process's one Activity, kept by the application object."""
    app = QCoreApplication.instance()
    found = app.findChild(Activity, NAME) if app is not None else None
    return found if found is not None else Activity(app)
