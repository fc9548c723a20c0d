"""One long journal operation run on a worker thread, with its outcome sent back as signals."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from debrief.journal.progress import Cancelled, Progress
from debrief.journal.store.journal import Journal

Job = Callable[[Progress], Any]


#: How long a thread holding the GIL keeps it from one that waits, while work runs.
#: CPython's 5 ms is paid at every crossing between Qt and Python, and showing a dialog
#: crosses dozens of times: with a worker busy in Python, the progress dialog took 115-190
#: ms to appear (the window frozen meanwhile); at 0.5 ms it took 6-25 ms (measured).
SWITCH_INTERVAL_S = 0.0005
#: How often the window's thread tells running work it is free (`Progress.window_seen`).
SEEN_EVERY_MS = 5


class _WhileWorking:
    """What changes for the whole process while some work runs, and comes back after.

    The collector leaves the objects that existed before the work alone: a full
    collection scans every object the process tracks; with the window's own (hundreds
    of thousands) that took 100-200 ms, and it holds every thread, the window's too.
    `gc.freeze()` sets them aside for as long as some work runs, so the collections the
    work provokes scan only what it made; `gc.unfreeze()` puts them back (nothing is
    lost: they are collected as before once the work is over). And the GIL changes hands
    sooner (SWITCH_INTERVAL_S), so the window's thread gets its turns.
    """

    def __init__(self) -> None:
        self.works = 0
        self.interval = sys.getswitchinterval()

    def begin(self) -> None:
        if self.works == 0:
            gc.freeze()
            self.interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self.interval, SWITCH_INTERVAL_S))
        self.works += 1

    def end(self) -> None:
        self.works -= 1
        if self.works == 0:
            sys.setswitchinterval(self.interval)
            gc.unfreeze()


#: Touched on the window's thread only (start and delivery).
_while_working = _WhileWorking()


class Work(QObject):
    """`job(progress)` on a worker thread; exactly one of `finished(result)`,
    `failed(exception)` or `cancelled()` arrives afterwards on the window's thread.

    The job calls journal operations with the same `Journal` the window uses: the store
    gives the worker thread its own SQLite connection, which is closed when the job ends,
    so the window keeps reading (WAL) while the worker writes. `title` names the work for
    people ("Importing interviews"), and `blocks` says why other commands must wait.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: Emitted after whichever outcome, once the worker has let go of the journal.
    ended = Signal()
    _outcome = Signal(str, object)

    def __init__(
        self,
        job: Job,
        title: str,
        journal: Journal | None = None,
        parent: QObject | None = None,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.title = title
        self.journal = journal
        self.progress = progress or Progress()
        self._done = threading.Event()
        self._started = False
        self._outcome.connect(self._deliver)
        self._seen = QTimer(self, interval=SEEN_EVERY_MS, timeout=self._note_seen)

    @property
    def running(self) -> bool:
        return self._started and not self._done.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run the job on `pool` (a pool of this work's own by default)."""
        self._started = True
        _while_working.begin()
        self._note_seen()
        self._seen.start()
        self._pool = pool or QThreadPool(self)
        # A callable, not a QRunnable made here: the pool deletes its runnable when done,
        # unseen by PySide, whose wrapper would then stand for whatever Qt object came
        # next at that address (a combo box's completer once came back as a "QRunnable").
        self._pool.start(self._run)

    def cancel(self) -> None:
        """Ask the job to stop at its next step; `cancelled` follows once it has."""
        self.progress.cancel()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has finished (quitting waits so); True if it has."""
        return self._done.wait(timeout_s)

    def _note_seen(self) -> None:
        """The window's thread has time to spare: the work need not make way for it."""
        self.progress.window_seen = time.monotonic()

    def _run(self) -> None:
        """On the worker thread: the job, then its own connection closed, then the news."""
        try:
            kind, value = "finished", self.job(self.progress)
        except Cancelled:
            kind, value = "cancelled", None
        except Exception as exc:  # reaches the user as a kind message, never a traceback
            kind, value = "failed", exc
        finally:
            if self.journal is not None and not self.journal.closed:
                self.journal.db.close()  # this thread's connection only
        self._done.set()
        self._outcome.emit(kind, value)

    def _deliver(self, kind: str, value: object) -> None:
        """On the window's thread (Qt queues the signal across threads)."""
        self._seen.stop()
        _while_working.end()
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.ended.emit()
