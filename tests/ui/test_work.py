"""Long work on a worker: the progress dialog's delay and words, Cancel, a window that
keeps answering, commands that wait, and quitting while work runs."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
from debrief.journal.portability.csv_table import read_csv
from debrief.journal.progress import IMPORTING_ROWS, Cancelled, Progress
from debrief.journal.store.models import Interview
from debrief.ui.import_wizard import preview_page
from debrief.ui.work.activity import activity
from debrief.ui.work.progress_dialog import ProgressDialog, stage_text, time_left_text
from debrief.ui.work.runner import Work
from debrief.ui.work.wait import run_with_progress
from tests.journal.test_cancel_moments import dump, tracker_csv
from tests.ui.test_import_dialog import DATA, IMPORT, NEXT, press


def waiting_job(release: threading.Event, total: int = 5000):
    """A job that reports 1,200 of `total` rows, then waits until released or cancelled."""

    def job(progress: Progress) -> str:
        progress.begin(IMPORTING_ROWS, total)
        progress.advance(1200)
        while not release.wait(0.01):
            progress.check()
        return "done"

    return job


def test_the_dialog_shows_only_once_the_work_passes_its_delay(qtbot):
    release = threading.Event()
    work = Work(waiting_job(release), "Importing interviews")
    dialog = ProgressDialog(work, None, show_after_ms=300)
    work.start()
    qtbot.wait(150)
    assert not dialog.isVisible()  # a short job never flickers a window
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.stage.text() == "Importing row 1,200 of 5,000"
    assert dialog.title.text() == "Importing interviews"
    with qtbot.waitSignal(work.finished, timeout=3000) as finished:
        release.set()
    assert finished.args == ["done"]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_work_that_ends_quickly_never_shows_the_dialog(qtbot):
    work = Work(lambda progress: 42, "Exporting the journal")
    dialog = ProgressDialog(work, None, show_after_ms=300)
    shown = []
    work.finished.connect(lambda _result: shown.append(dialog.isVisible()))
    with qtbot.waitSignal(work.ended, timeout=3000):
        work.start()
    qtbot.wait(400)
    assert shown == [False]


def test_finished_work_leaves_no_wrapper_for_a_deleted_runnable(qtbot):
    """The pool deletes what it ran; a Python wrapper left for it would stand for the next
    Qt object made at that address (a combo box's completer came back as a QRunnable)."""
    from PySide6.QtCore import QRunnable

    work = Work(lambda progress: 42, "Exporting the journal")
    with qtbot.waitSignal(work.ended, timeout=3000):
        work.start()
    work._pool.waitForDone()
    stale = [w for w in shiboken6.Shiboken.getAllValidWrappers() if isinstance(w, QRunnable)]
    assert stale == []


def test_cancel_stops_the_work_and_says_so(qtbot):
    work = Work(waiting_job(threading.Event()), "Importing interviews")
    dialog = ProgressDialog(work, None, show_after_ms=0)
    work.start()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    with qtbot.waitSignal(work.cancelled, timeout=3000):
        dialog.cancel_button.click()
        assert dialog.stage.text().startswith("Stopping")
    assert not work.running


def test_time_left_reads_as_words():
    assert time_left_text(None) == ""
    assert time_left_text(3) == "A few seconds left"  # not "almost done" at 20 %
    assert time_left_text(41) == "About 40 seconds left"
    assert time_left_text(600) == "About 10 minutes left"
    progress = Progress()
    assert stage_text(progress) == "Getting ready…"


def test_an_error_in_the_worker_is_raised_where_the_work_was_asked_for(qtbot):
    def failing(progress: Progress) -> None:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        run_with_progress(failing, "Exporting", None)


def test_the_window_keeps_answering_while_rows_are_imported(qtbot, journal):
    table = read_csv(tracker_csv(4000))
    plan = preview_import(journal, table, guess_mapping(table.headers))
    ticks: list[float] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    report = run_with_progress(lambda p: apply_import(journal, plan, p), "Importing", None, journal)
    timer.stop()
    took = time.perf_counter() - started
    assert report.imported == 4000
    assert Interview.select().count() == 4000  # the window's connection sees the rows (WAL)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= took / 0.010 / 4  # the timer kept ticking through the work
    assert max(gaps, default=0) < 0.5


def test_conflicting_commands_wait_with_a_reason_while_work_runs(qtbot, window):
    release = threading.Event()
    seen = {}

    def look() -> None:
        for name in ("actionImport", "actionBackup", "actionOpenJournal", "actionNewInterview"):
            action = window.actions[name]
            seen[name] = (action.isEnabled(), action.toolTip())
        release.set()

    QTimer.singleShot(100, look)
    assert run_with_progress(waiting_job(release), "Importing interviews", window) == "done"
    assert seen["actionImport"] == (
        False,
        "Please wait until “Importing interviews” has finished, or cancel it.",
    )
    assert not seen["actionBackup"][0] and not seen["actionOpenJournal"][0]
    assert seen["actionNewInterview"][0]  # editing goes on meanwhile
    assert window.actions["actionImport"].isEnabled()  # back afterwards, with its own tip
    assert "Please wait" not in window.actions["actionImport"].toolTip()


@pytest.mark.parametrize("choice", ["Keep working", "Cancel it and quit"])
def test_quitting_while_work_runs_asks_first(qtbot, window, monkeypatch, choice):
    release = threading.Event()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    closed = []

    def quit_then_let_the_work_end() -> None:
        closed.append(window.close())
        release.set()  # the work kept running when the user chose to keep working

    QTimer.singleShot(100, quit_then_let_the_work_end)
    outcome = None
    try:
        outcome = run_with_progress(waiting_job(release), "Importing interviews", window)
    except Cancelled:
        outcome = "cancelled"
    finally:
        release.set()
    assert asked and "Importing interviews" in asked[0]
    if choice == "Keep working":
        assert closed == [False] and window.isVisible() and outcome == "done"
    else:
        assert closed == [True] and outcome == "cancelled"
    assert activity().current is None


def test_cancel_in_the_wizard_adds_nothing_and_stays_on_the_preview(
    qtbot, journal, journal_path, monkeypatch
):
    from debrief.ui.import_dialog import ImportDialog
    from debrief.ui.import_wizard.base import Step

    def slow(journal, plan, progress):
        progress.begin(IMPORTING_ROWS, len(plan.rows))
        while True:
            time.sleep(0.01)
            progress.check()

    monkeypatch.setattr(preview_page, "apply_import", slow)
    dialog = ImportDialog(journal, path=DATA / "jobsync.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    before = dump(journal_path)
    QTimer.singleShot(150, dialog.reject)  # Esc while importing stops the import only
    press(qtbot, dialog, IMPORT)
    assert dialog.isVisible() and dialog.currentId() == Step.PREVIEW
    assert dialog.preview_page.problem.text().startswith("The import was cancelled")
    assert dump(journal_path) == before
    assert dialog.button(IMPORT).isEnabled()  # ready to try again


def test_work_pauses_while_the_window_is_busy_and_not_otherwise(monkeypatch):
    """`give_way` naps only while the window's thread is unseen, and not for ever."""
    naps = []
    monkeypatch.setattr(time, "sleep", naps.append)
    progress = Progress()
    progress.give_way()  # no window at all: a script, a test
    progress.window_seen = time.monotonic()
    progress.give_way()  # the window is free
    assert naps == []
    progress.window_seen = time.monotonic() - 0.1
    progress.give_way()  # busy (or waiting for the GIL): make way
    assert len(naps) == 1
    progress.window_seen = time.monotonic() - 5
    progress.give_way()  # blocked on something else, maybe this work: go on
    assert len(naps) == 1


def test_running_work_hears_that_the_window_is_free(qtbot):
    release = threading.Event()
    work = Work(waiting_job(release), "Importing interviews")
    work.start()
    qtbot.wait(100)
    seen = work.progress.window_seen
    assert seen is not None and time.monotonic() - seen < 0.05
    with qtbot.waitSignal(work.ended, timeout=3000):
        release.set()


def test_what_waits_for_the_work_runs_once_when_it_has_ended(qtbot):
    """A window told of a change while an import writes re-reads once, after the work:
    re-reading meanwhile fought the work for the GIL and froze the window."""
    release = threading.Event()
    calls: list[str] = []
    work = Work(lambda progress: release.wait(10), "Waiting")
    work.start()
    activity().add(work)
    activity().after_work(lambda: calls.append("not coalesced, but later"))
    window_refresh = _Recorder(calls)
    for _ in range(3):  # three change notices during the work: one re-read after it
        activity().after_work(window_refresh.refresh)
    assert calls == []  # nothing re-read while the work runs
    with qtbot.waitSignal(work.ended, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: len(calls) == 2)  # each on a turn of the event loop of its own
    assert calls.count("refresh") == 1 and "not coalesced, but later" in calls
    activity().after_work(window_refresh.refresh)  # no work: at once
    assert calls.count("refresh") == 2


def test_what_waits_runs_one_per_turn_so_the_window_answers_between(qtbot):
    """Two slow re-reads after an import: the window's own timer still gets its turn
    between them, instead of one pause as long as both."""
    release = threading.Event()
    work = Work(lambda progress: release.wait(10), "Waiting")
    work.start()
    activity().add(work)
    calls: list[str] = []
    activity().after_work(lambda: (time.sleep(0.03), calls.append("first")))
    activity().after_work(lambda: (time.sleep(0.03), calls.append("second")))
    ticker = QTimer()
    ticker.timeout.connect(lambda: calls.append("tick"))
    ticker.start(1)
    with qtbot.waitSignal(work.ended, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: "second" in calls)
    ticker.stop()
    assert "tick" in calls[calls.index("first") : calls.index("second")]


class _Recorder(QObject):
    def __init__(self, calls: list[str]) -> None:
        super().__init__()
        self.calls = calls

    def refresh(self) -> None:
        self.calls.append("refresh")


def test_a_window_closed_during_the_work_is_not_called_after_it(qtbot):
    release = threading.Event()
    work = Work(lambda progress: release.wait(10), "Waiting")
    work.start()
    activity().add(work)
    calls: list[str] = []
    gone, stays = _Recorder(calls), _Recorder(calls)
    activity().after_work(gone.refresh)
    activity().after_work(stays.refresh)
    shiboken6.delete(gone)  # closed and deleted while the work runs
    with qtbot.waitSignal(work.ended, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: calls == ["refresh"])
