"""How far a long journal operation has got, and the user's wish to stop it (no Qt here).

A long operation (an import, an export, a backup, a restore) takes a `Progress`, says at
each step what it is doing and how far along it is, and calls `check()` between steps.
When the user has cancelled, `check()` raises `Cancelled` inside the operation: its
transaction rolls back and its temporary file is removed, exactly as for any failure,
so a cancelled operation leaves the journal and the folders as they were.

The window reads `stage`, `done` and `total` whenever it repaints (plain attributes, set
by one thread and read by another); nothing is sent per step, so a fast loop never floods
the window with messages.

Long work also makes way for the window (`give_way`, called per row in the long loops).
Work in Python holds the GIL, and the window's thread needs it at every call between Qt
and Python: a repaint of the main window's tables makes hundreds of them, and each waited
for the worker to hand the GIL over, so one repaint froze the window for 150-190 ms. The
window's thread notes the time (`window_seen`) every few milliseconds while it is free;
when that note is older than WINDOW_BUSY_S, the window is busy (or waiting for the GIL),
so the work pauses in short naps until it is free again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

# What the work is doing, in English with named params; the UI runs them through tr().
READING_FILE = "Reading the file"
CHECKING_ROWS = "Checking row {done} of {total}"
IMPORTING_ROWS = "Importing row {done} of {total}"
EXPORTING_ROWS = "Reading entry {done} of {total}"
WRITING_FILE = "Writing the file"
READING_ARCHIVE = "Reading the export"
CHECKING_ENTRIES = "Checking the entries"
BACKING_UP = "Copying page {done} of {total}"
COPYING_BYTES = "Copying the backup"
CHECKING_BACKUP = "Checking the backup"
GATHERING = "Gathering what is ahead"

#: The window's thread counts as busy once it has not been seen for this long (s)...
WINDOW_BUSY_S = 0.02
#: ...and work naps this long at a time (s), GIL released, until it is seen again.
NAP_S = 0.002
#: ...for at most this long (s) at a time.
GIVE_WAY_FOR_S = 0.5


class Cancelled(Exception):  # noqa: N818 - it is an event, not an error: the user stopped
    """The user stopped the work; whatever it had begun has been undone."""


Listener = Callable[["Progress"], None]


class Progress:
    """One operation's position (stage, done, total) and whether it should stop.

    `listener`, when given, is called on the working thread after every step (tests use
    it to cancel at a chosen moment).
    """

    def __init__(self, listener: Listener | None = None) -> None:
        self.stage = ""
        self.done = 0
        self.total = 0
        self.steps = 0  # how many times the work reported: the moments it could stop
        self.stage_started = time.monotonic()
        #: When the window's thread last had time to spare (monotonic s); None: no window.
        self.window_seen: float | None = None
        self._stop = threading.Event()
        self._listener = listener

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (any thread)."""
        self._stop.set()

    def begin(self, stage: str, total: int = 0) -> None:
        """A new stage: `total` steps (0 when unknown); stops here if cancelled."""
        self.stage, self.done, self.total = stage, 0, max(0, total)
        self.stage_started = time.monotonic()
        self.check()

    def advance(self, done: int) -> None:
        """`done` of the stage's total are finished; stops here if cancelled."""
        self.done = min(done, self.total) if self.total else done
        self.check()

    def give_way(self) -> None:
        """Nap once if the window's thread is busy, so it has the GIL to itself meanwhile.

        Past GIVE_WAY_FOR_S unseen, the window is blocked on something else (waiting for
        this work to end, say): then the work goes on without pausing."""
        seen = self.window_seen
        if seen is not None and WINDOW_BUSY_S < time.monotonic() - seen < GIVE_WAY_FOR_S:
            time.sleep(NAP_S)

    def check(self) -> None:
        """Raise Cancelled if the user stopped the work."""
        self.give_way()
        self.steps += 1
        if self._listener is not None:
            self._listener(self)
        if self._stop.is_set():
            raise Cancelled

    def fraction(self) -> float | None:
        """How much of the current stage is done, 0 to 1; None when its size is unknown."""
        return self.done / self.total if self.total else None

    def seconds_left(self, now: float | None = None) -> float | None:
        """The time the stage still needs at its pace so far; None until it can tell."""
        fraction = self.fraction()
        if not fraction or fraction >= 1:
            return None
        spent = (now if now is not None else time.monotonic()) - self.stage_started
        if spent < 0.3:
            return None  # too soon: the first steps say little about the pace
        return spent / fraction - spent


def quiet() -> Progress:
    """A Progress nobody watches or cancels: the default of every long operation."""
    return Progress()
