"""Drive a whole flow with key presses, through modal dialogs, from the event loop.

A modal dialog opened by a key (Ctrl+N runs `exec()`) blocks whoever pressed the key
until the dialog closes, so a test cannot simply press keys one after another. A
`KeyScript` runs the test's steps (a generator) in small turns of the event loop instead:
the generator yields `until(condition, what)` to wait (for a window, a page, the focus),
and `Later(press)` for a key that opens a modal dialog, which is then pressed on a turn of
its own. A script stuck past its time closes the dialogs it opened and reports what it
was waiting for, instead of hanging the test run.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

TICK_MS = 5


@dataclass
class Until:
    """Wait until `condition()` is true; `what` says what we wait for when it never is."""

    condition: Callable[[], bool]
    what: str


@dataclass
class Later:
    """Run `press` on its own turn of the event loop (it may open a modal dialog)."""

    press: Callable[[], None]


def until(condition: Callable[[], bool], what: str) -> Until:
    return Until(condition, what)


Step = Generator[Until | Later, None, None]


class KeyScript:
    """Runs `steps` a little at a time; `done` once it ends, `error` if it raised."""

    def __init__(self, steps: Step, timeout_ms: int = 20_000) -> None:
        self._steps = steps
        self._deadline = time.monotonic() + timeout_ms / 1000
        self._waiting: Until | None = None
        self._windows = WindowManager()
        self.done = False
        self.error: str | None = None

    def start(self) -> None:
        QTimer.singleShot(0, self._tick)

    @property
    def waiting_for(self) -> str:
        return self._waiting.what if self._waiting else ""

    def _tick(self) -> None:
        if self.done:
            return
        # The next turn is scheduled first: this one may end up inside a modal exec().
        QTimer.singleShot(TICK_MS, self._tick)
        self._windows.tend()
        if self._waiting is not None and not self._waiting.condition():
            if time.monotonic() > self._deadline:
                self._give_up()
            return
        self._waiting = None
        try:
            item = next(self._steps)
        except StopIteration:
            self.done = True
            return
        except Exception:  # reported by the test, which is waiting on `done`
            self.error = traceback.format_exc()
            self.done = True
            return
        if isinstance(item, Later):
            QTimer.singleShot(0, item.press)
        else:
            self._waiting = item

    def _give_up(self) -> None:
        active = QApplication.activeWindow()
        focus = QApplication.focusWidget()
        self.error = (
            f"stuck waiting for {self.waiting_for}; active window "
            f"{active.objectName() if active else None}, focus "
            f"{type(focus).__name__} {focus.objectName() if focus else ''}"
        )
        self.done = True
        _close_dialogs()


class WindowManager:
    """What a desktop's window manager does and the offscreen platform does not: a window
    that opens becomes active, and when the active window closes, the one that was active
    before it becomes active again.

    Without it, closing a dialog leaves no active window, so no key would reach the main
    window, although on a desktop it would. It looks after the windows while `KeyScript`
    runs, on every turn.
    """

    def __init__(self) -> None:
        self._history: list[QWidget] = []

    def tend(self) -> None:
        active = QApplication.activeWindow()
        if active is not None:
            if active in self._history:
                self._history.remove(active)
            self._history.append(active)
            return
        self._history = [w for w in self._history if _alive(w) and w.isVisible()]
        shown = [w for w in QApplication.topLevelWidgets() if _is_window(w)]
        new = [w for w in shown if w not in self._history]
        if new:  # a window that just opened gets the focus, as on a desktop
            new[-1].activateWindow()
        elif self._history:
            self._history[-1].activateWindow()


def _is_window(widget: QWidget) -> bool:
    kind = widget.windowType()
    return widget.isVisible() and kind in (Qt.WindowType.Window, Qt.WindowType.Dialog)


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted by Qt
        return False
    return True


def _close_dialogs() -> None:
    """Hiding a dialog ends its exec(), so a stuck test unwinds instead of hanging."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()


def focused() -> QWidget:
    """Where a key press goes now: the focus widget of the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active, so keys go nowhere"
    return widget


def is_active(name: str) -> Callable[[], bool]:
    """True once the active window (or active modal dialog) has this objectName."""

    def check() -> bool:
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        return window is not None and window.objectName() == name and window.isVisible()

    return check


def has_focus(name: str) -> Callable[[], bool]:
    def check() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and widget.objectName() == name

    return check


ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
