"""Only one window writes a journal: a second launch on the same file raises the first,
another file opens side by side, and a crashed owner does not block the journal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QDir

from debrief.ui.single_instance import SingleInstance, lock_path, server_name


@pytest.fixture
def guards(qapp):
    made: list[SingleInstance] = []

    def make() -> SingleInstance:
        guard = SingleInstance()
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.release()


def test_second_launch_on_the_same_journal_raises_the_first(qtbot, guards, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    first, second = guards(), guards()
    assert first.claim(journal)

    assert not second.claim(journal)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.notify_running(journal)


def test_a_launch_waits_for_an_owner_that_is_still_starting(tmp_path):
    """The owner takes the lock, shows its window, and only then listens: a second launch
    in between keeps trying instead of saying the journal cannot be brought forward."""
    journal = tmp_path / "journal.sqlite3"
    owner_script = textwrap.dedent(
        f"""
        import time
        from PySide6.QtCore import QCoreApplication, QTimer
        from debrief.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance()
        print(guard.claim({str(journal)!r}, listen=False), flush=True)
        time.sleep(0.3)  # the window being built
        guard.listen()
        guard.activation_requested.connect(lambda: (print("raised", flush=True), app.quit()))
        QTimer.singleShot(5000, app.quit)
        app.exec()
        """
    )
    owner = subprocess.Popen(
        [sys.executable, "-c", owner_script], stdout=subprocess.PIPE, text=True
    )
    try:
        assert owner.stdout.readline().strip() == "True"
        launch = SingleInstance()
        assert not launch.claim(journal)
        assert launch.notify_running(journal)
        assert owner.stdout.readline().strip() == "raised"
    finally:
        owner.wait(timeout=10)
        owner.stdout.close()


def test_the_same_file_by_another_spelling_is_the_same_journal(guards, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    assert guards().claim(journal)
    assert not guards().claim(tmp_path / "." / "sub" / ".." / "journal.sqlite3")


def test_another_journal_opens_side_by_side(guards, tmp_path):
    assert guards().claim(tmp_path / "work.sqlite3")
    assert guards().claim(tmp_path / "personal.sqlite3")


def test_nobody_to_notify_when_the_journal_is_not_open(guards, tmp_path):
    assert not guards().notify_running(tmp_path / "closed.sqlite3")


def test_release_lets_the_next_window_claim_and_tidies_the_lock(guards, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    first = guards()
    assert first.claim(journal)
    assert lock_path(journal).exists()
    first.release()
    assert not lock_path(journal).exists()
    assert guards().claim(journal)


def test_switching_journals_lets_the_old_one_go(guards, tmp_path):
    window = guards()
    assert window.claim(tmp_path / "old.sqlite3")
    assert window.claim(tmp_path / "new.sqlite3")
    assert guards().claim(tmp_path / "old.sqlite3")
    assert not guards().claim(tmp_path / "new.sqlite3")


@pytest.mark.skipif(sys.platform == "win32", reason="stale socket files exist on POSIX only")
def test_a_stale_socket_from_a_crash_is_cleared(qtbot, guards, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    stale = os.path.join(QDir.tempPath(), server_name(journal))
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(stale)  # bound, never listening, never removed: what a crash leaves
    leftover.close()
    lock_path(journal).write_text("")  # a lock file left behind holds no lock

    first = guards()
    assert first.claim(journal)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert guards().notify_running(journal)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
def test_a_killed_owner_frees_its_journal(guards, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    owner_script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from debrief.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance()
        print(guard.claim({str(journal)!r}), flush=True)
        sys.stdin.readline()
        """
    )
    owner = subprocess.Popen(
        [sys.executable, "-c", owner_script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert owner.stdout.readline().strip() == "True"
        assert not guards().claim(journal)
        assert guards().notify_running(journal)
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait()
        owner.stdin.close()
        owner.stdout.close()

    assert os.path.exists(os.path.join(QDir.tempPath(), server_name(journal)))  # left stale
    assert guards().claim(journal)


def test_launches_racing_for_one_journal_leave_exactly_one_writer(tmp_path):
    journal = tmp_path / "journal.sqlite3"
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from debrief.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance()
        print("ready", flush=True)
        sys.stdin.readline()
        print(guard.claim({str(journal)!r}), flush=True)
        sys.stdin.readline()
        """
    )
    launches = [
        subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    try:
        for launch in launches:
            assert launch.stdout.readline().strip() == "ready"
        for launch in launches:
            launch.stdin.write("go\n")
            launch.stdin.flush()
        results = [launch.stdout.readline().strip() for launch in launches]
    finally:
        for launch in launches:
            launch.stdin.close()
            launch.wait()
            launch.stdout.close()
    assert sorted(results) == ["False", "False", "False", "True"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names pipes, not socket files")
def test_a_long_temporary_folder_still_lets_the_second_launch_raise_the_first(
    qtbot, guards, tmp_path, monkeypatch
):
    # A Unix socket address holds 107 bytes: Qt's bare name under a deeper temporary
    # folder could not listen, and the second launch said "Already open" and quit.
    deep = tmp_path / ("a-long-folder-name-" * 8)
    deep.mkdir()
    assert len(str(deep)) > 107
    monkeypatch.setenv("TMPDIR", str(deep))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    journal = tmp_path / "journal.sqlite3"
    assert len(server_name(journal).encode()) <= 107

    first, second = guards(), guards()
    assert first.claim(journal)
    assert first.listening
    assert not second.claim(journal)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.notify_running(journal)  # not "Already open"
