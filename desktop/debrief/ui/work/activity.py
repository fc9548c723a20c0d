"""The long work running in this process, so every window knows what must wait for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

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

    def add(self, work: Work) -> None:
        self.works.append(work)
        work.ended.connect(lambda: self._remove(work))
        self.changed.emit()

    def _remove(self, work: Work) -> None:
        if work in self.works:
            self.works.remove(work)
            self.changed.emit()

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
