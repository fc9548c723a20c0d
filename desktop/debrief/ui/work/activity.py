"""The long work running in this process, so every window knows what must wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import isValid

if TYPE_CHECKING:  # the runner loads with the first long work, not with every window
    from debrief.ui.work.runner import Work

NAME = "workActivity"


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

    def after_work(self, callback: Callable[[], None]) -> None:
        """`callback()` now, or once the running work has ended if some runs: a window
        re-reading the journal while an import writes 200,000 rows fought the work for
        the GIL and froze for 100-150 ms. Asked again meanwhile, it still runs once."""
        if self.current is None:
            callback()
        else:
            self._after[callback] = None

    def add(self, work: Work) -> None:
        self.works.append(work)
        work.ended.connect(lambda: self._remove(work))
        self.changed.emit()

    def _remove(self, work: Work) -> None:
        if work in self.works:
            self.works.remove(work)
            self.changed.emit()
        if self.current is None:
            waiting, self._after = list(self._after), {}
            for callback in waiting:  # each on a turn of its own: the window answers between
                owner = getattr(callback, "__self__", None)
                if isinstance(owner, QObject):  # never once the owner is gone
                    if isValid(owner):
                        QTimer.singleShot(0, owner, callback)
                else:
                    QTimer.singleShot(0, callback)

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
