"""Run long work on a worker while the window keeps answering, then carry on with its result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from debrief.journal.progress import Cancelled, Progress
from debrief.journal.store.journal import Journal
from debrief.ui.work.activity import activity
from debrief.ui.work.progress_dialog import SHOW_AFTER_MS, ProgressDialog
from debrief.ui.work.runner import Job, Work


def run_with_progress(
    job: Job,
    title: str,
    parent: QWidget | None,
    journal: Journal | None = None,
    *,
    progress: Progress | None = None,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Any:
    """`job(progress)` on a worker thread; returns its result, or raises what it raised
    (Cancelled when the user stopped it).

    Meanwhile the window's event loop keeps turning (paints, timers, clicks), a progress
    dialog shows once the work passes `show_after_ms`, and the Activity tells every
    window which commands must wait. Callers read as if the work ran in line.
    """
    if QApplication.instance() is None:  # no window to keep answering (a script, a test)
        return job(progress or Progress())
    work = Work(job, title, journal, progress=progress)
    ProgressDialog(work, parent, show_after_ms)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    work.finished.connect(lambda result: outcome.setdefault("result", result))
    work.failed.connect(lambda error: outcome.setdefault("error", error))
    work.cancelled.connect(lambda: outcome.setdefault("error", Cancelled()))
    work.ended.connect(loop.quit)  # queued: never before the loop below has begun
    work.start()
    activity().add(work)  # running now: the windows hold what would conflict
    loop.exec()
    work.deleteLater()
    if "result" not in outcome:  # an error, a cancel, or the application quitting
        raise outcome.get("error") or Cancelled()
    return outcome["result"]
