"""The command line and main(): the interfaces other programs rely on."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from debrief import __version__
from debrief.app import main
from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.journal import open_journal


def test_python_m_debrief_version():
    result = subprocess.run(
        [sys.executable, "-m", "debrief", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"debrief {__version__}"


def test_main_opens_the_given_journal_and_returns_the_exit_code(qapp, tmp_path, monkeypatch):
    path = tmp_path / "mine.sqlite3"
    shown = []

    def fake_exec():
        shown.extend(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        for w in shown:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert main(["--db", str(path)]) == 0
    assert shown and str(path) in shown[0].windowTitle()
    assert path.exists()
    assert gc.isenabled()  # the start-up pause of the collector never outlives main()


def test_main_shows_a_dialog_for_a_bad_file_and_leaves_it(qapp, tmp_path, monkeypatch):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 10)
    before = path.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    assert main(["--db", str(path)]) == 2
    assert gc.isenabled()
    assert "not a Debrief journal" in messages[0]
    assert path.read_bytes() == before


def test_demo_never_touches_the_users_journal(qapp, tmp_path, monkeypatch):
    user = tmp_path / "data" / "debrief" / "debrief.sqlite3"
    monkeypatch.setattr("debrief.journal.store.journal.default_journal_path", lambda: user)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    titles, counts = [], []

    def fake_exec():
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "mainWindow" and w.isVisible():
                titles.append(w.windowTitle())
                counts.append(w.counts.text())
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    assert main(["--demo"]) == 0
    assert not user.exists()
    assert "demo" in titles[0]
    assert counts[0].startswith("4")  # about forty sample interviews (rounds included)
    assert list(temporary.iterdir()) == []  # the demo's folder is gone with it


def test_a_file_the_user_saved_beside_the_demo_stays(qapp, tmp_path, monkeypatch):
    from debrief.app import throw_away_demo

    journal = tmp_path / "debrief-demo-x" / "demo.sqlite3"
    journal.parent.mkdir()
    for name in ("demo.sqlite3", "demo.sqlite3-wal", "demo.sqlite3.lock", "notes.txt"):
        (journal.parent / name).write_text("x")
    throw_away_demo(journal)
    assert [p.name for p in journal.parent.iterdir()] == ["notes.txt"]


def test_default_journal_lives_in_the_user_data_folder(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    assert main([]) == 0
    path = tmp_path / "share" / "debrief" / "debrief.sqlite3"
    j = open_journal(path)
    try:
        with j.reading():
            save_interview(j, {"company": "A", "role": "B", "date": "2026-01-01"})
            assert len(list_interviews(j)) == 1
    finally:
        j.close()


def test_main_leaves_collection_as_its_caller_had_it(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    gc.disable()
    try:
        assert main(["--db", str(tmp_path / "j.sqlite3")]) == 0
        assert not gc.isenabled()  # it was off before: main() does not switch it on
    finally:
        gc.enable()
    for window in QApplication.topLevelWidgets():
        window.close()


@pytest.mark.parametrize("button", ["openAnotherButton", "newJournalButton", "quitButton"])
def test_a_journal_that_cannot_be_opened_offers_three_ways_on(qapp, tmp_path, monkeypatch, button):
    from PySide6.QtWidgets import QPushButton

    from debrief.ui import export_commands

    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 10)
    good = tmp_path / "other.sqlite3"
    seen: list[list[str]] = []

    def press(box):
        names = [b.objectName() for b in box.findChildren(QPushButton)]
        seen.append([n for n in names if n])
        box.findChild(QPushButton, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)
    monkeypatch.setattr(export_commands, "ask_open_path", lambda *a: good)
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: good)
    opened = []

    def fake_exec():
        opened.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        for w in QApplication.topLevelWidgets():
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code = main(["--db", str(bad)])
    assert sorted(seen[0]) == ["newJournalButton", "openAnotherButton", "quitButton"]
    if button == "quitButton":
        assert code == 2 and not good.exists()
    else:
        assert code == 0 and good.exists()
        assert any(str(good) in title for title in opened)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="settings are a file on Linux")
def test_a_pipe_where_the_settings_file_goes_neither_hangs_nor_is_touched(tmp_path):
    """Qt would wait on a named pipe for ever when it reads its settings: Debrief starts
    afresh in a private file instead, and leaves the pipe as it found it."""
    import os
    import stat

    folder = tmp_path / "config" / "Debrief"
    folder.mkdir(parents=True)
    pipe = folder / "Debrief.conf"
    os.mkfifo(pipe)
    script = "from debrief import app; s = app._settings(); s.setValue('x', 1); s.sync()"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert result.returncode == 0, result.stderr
    assert "not a regular file" in result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
