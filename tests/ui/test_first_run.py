"""The first run on a new machine: the journal's folder does not exist yet, and still only
one window may write the journal; a window that cannot hold the lock only reads."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time

from debrief.journal.records.interviews import save_interview
from debrief.ui.session import Session
from debrief.ui.single_instance import SingleInstance, lock_path


def test_a_claim_makes_the_missing_folder_and_holds_the_lock(qapp, tmp_path):
    journal = tmp_path / "not" / "yet" / "journal.sqlite3"
    first, second = SingleInstance(), SingleInstance()
    try:
        assert first.claim(journal)
        assert lock_path(journal).exists()
        assert stat.S_IMODE(os.stat(journal.parent).st_mode) == 0o700
        assert not second.claim(journal)  # the folder exists now: the lock decides
    finally:
        first.release()
        second.release()


def test_a_window_that_cannot_lock_its_journal_only_reads(qtbot, tmp_path, settings):
    path = tmp_path / "journal.sqlite3"
    writer = Session(settings)
    assert writer.open(path)
    save_interview(writer.journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
    writer.close()
    lock_path(path).mkdir()  # no lock file can be made there

    session = Session(settings, SingleInstance())
    try:
        assert session.open(path)
        assert session.journal.read_only
    finally:
        session.close()


# A real launch; it prints "up" once its window shows and stays until `stop` appears.
_LAUNCH = textwrap.dedent(
    """
    import pathlib, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from debrief.app import main
    from debrief.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    stop = pathlib.Path(sys.argv[2])
    said = []

    def look():
        if not said and any(
            isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()
        ):
            said.append(1)
            print("up", flush=True)
        if stop.exists():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    sys.exit(main(["--db", sys.argv[1]]))
    """
)


def _launch(journal, stop) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", _LAUNCH, str(journal), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_second_launch_on_a_new_folder_raises_the_first_instead_of_writing(tmp_path):
    journal = tmp_path / "data" / "debrief" / "debrief.sqlite3"
    stop = tmp_path / "stop"
    first = _launch(journal, stop)
    try:
        assert first.stdout.readline() == "up\n", first.stderr.read()
        time.sleep(0.3)  # the first window is listening by now
        second = _launch(journal, stop)
        try:
            out, err = second.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            stop.touch()  # it stayed: a second window
            out, err = second.communicate(timeout=60)
        assert "up" not in out, "a second window opened the same journal"
        assert second.returncode == 0, err  # 0: it raised the first window and left
    finally:
        stop.touch()
        first.communicate(timeout=60)
    assert first.returncode == 0
