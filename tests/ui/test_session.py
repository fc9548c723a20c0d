"""Switching journals, refusing a second writer, and restoring a backup, as the user sees it."""

from __future__ import annotations

import shutil
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QMessageBox

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.files import backups
from debrief.ui import recent_journals
from debrief.ui.session import AUTO_BACKUP_DELAY_MS, Session
from debrief.ui.single_instance import SingleInstance


def _companies(session: Session) -> list[str]:
    model = session.window.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_a_switch_whose_migration_fails_leaves_the_current_journal_working(
    qtbot, tmp_path, settings, monkeypatch
):
    """The new file is restored and refused; the window on the old one reads and writes it."""
    from debrief.journal.store.schema import steps as migrations

    session = Session(settings)
    current = tmp_path / "current.sqlite3"
    assert session.open(current)
    save_interview(session.journal, {"company": "Still here", "role": "R", "date": "2026-01-01"})
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    old = tmp_path / "old.sqlite3"  # a journal of the first release, to be upgraded
    shutil.copyfile(Path(__file__).parents[1] / "data" / "journal_v1.sqlite3", old)
    monkeypatch.setitem(migrations.STEPS, 2, ("SELECT no_such_function()",))
    window = session.window
    assert not session.open(old)
    assert shown and "could not update" in shown[0]
    assert session.window is window
    assert _companies(session) == ["Still here"]
    save_interview(session.journal, {"company": "Written after", "role": "R", "date": "2026-01-02"})
    assert sorted(_companies(session)) == ["Still here", "Written after"]
    session.close()
    assert [r[2] for r in _reopened(current)] == ["Written after", "Still here"]


def _reopened(path: Path) -> list[tuple]:
    from debrief.journal.store.journal import open_journal

    journal = open_journal(path)
    try:
        with journal.reading():
            return list_interviews(journal)
    finally:
        journal.close()


def test_switching_journals_keeps_each_ones_data(qtbot, tmp_path, settings):
    session = Session(settings)
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert session.open(first)
    save_interview(session.journal, {"company": "In A", "role": "R", "date": "2026-01-01"})
    old_window = session.window
    session.window.journal_requested.emit(second)
    assert session.window is not old_window and not old_window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_window))  # deleted, not kept around
    assert _companies(session) == []
    save_interview(session.journal, {"company": "In B", "role": "R", "date": "2026-01-01"})
    assert session.open(first)
    assert _companies(session) == ["In A"]
    # listed once the window is up, on the next turn of the event loop
    qtbot.waitUntil(lambda: recent_journals.recent(settings)[:1] == [first.resolve()])
    assert recent_journals.recent(settings)[:2] == [first.resolve(), second.resolve()]
    session.close()


def test_a_bad_file_leaves_the_current_journal_open(qtbot, tmp_path, settings, monkeypatch):
    session = Session(settings)
    good, bad = tmp_path / "good.sqlite3", tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 50)
    assert session.open(good)
    save_interview(session.journal, {"company": "Still here", "role": "R", "date": "2026-01-01"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window = session.window
    assert not session.open(bad)
    assert session.window is window and _companies(session) == ["Still here"]
    assert bad.read_bytes() == b"not a database at all" * 50
    session.close()


def test_a_second_session_on_the_same_file_raises_the_first(qtbot, tmp_path, settings):
    path = tmp_path / "shared.sqlite3"
    first = Session(settings)
    assert first.open(path)
    assert not first.guard.listening  # the window shows before the server starts
    qtbot.waitUntil(lambda: first.guard.listening)  # its next turn of the event loop
    second = Session(settings, SingleInstance())
    with qtbot.waitSignal(first.guard.activation_requested, timeout=5000):
        assert not second.open(path)
    assert second.raised_other and second.window is None
    second.close()
    first.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_file(qtbot, tmp_path, settings):
    path = tmp_path / "journal.sqlite3"
    session = Session(settings)
    assert session.open(path)
    save_interview(session.journal, {"company": "Before backup", "role": "R", "date": "2026-01-01"})
    backup = backups.backup_now(session.journal)
    save_interview(session.journal, {"company": "After backup", "role": "R", "date": "2026-01-02"})
    assert session.restore(backup)
    assert _companies(session) == ["Before backup"]
    copies = [b.path for b in backups.list_backups(session.journal) if b.path != backup]
    assert copies, "the replaced journal was backed up first"
    assert Path(copies[0]).exists()
    assert [r[2] for r in list_interviews(session.journal)] == ["Before backup"]
    session.close()


def test_weekly_backup_is_made_after_the_window_shows(qtbot, tmp_path, settings):
    session = Session(settings)
    assert session.open(tmp_path / "journal.sqlite3")
    save_interview(session.journal, {"company": "Worth keeping", "role": "R", "date": "2026-01-01"})
    assert backups.list_backups(session.journal) == []  # nothing delays the first paint
    status = session.window.statusBar()
    qtbot.waitUntil(lambda: "first backup" in status.currentMessage(), timeout=5000)
    assert len(backups.list_backups(session.journal)) == 1
    session.close()


def _damage(path: Path) -> bytes:
    """Scribble over pages in the middle of a journal, as a failing disk might."""
    import os

    from debrief.journal.store.journal import open_journal

    journal = open_journal(path)
    for i in range(300):
        save_interview(journal, {"company": f"C{i}", "role": "R" * 200, "date": "2026-01-01"})
    journal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = os.urandom(4096 * 3)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_journal_is_closed_with_a_message_and_left_untouched(
    qtbot, tmp_path, settings, monkeypatch
):
    path = tmp_path / "damaged.sqlite3"
    before = _damage(path)
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    session = Session(settings)
    session.open(path)  # shows at once or refuses at once; either way the check follows
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "damaged" in messages[0]
    qtbot.wait(AUTO_BACKUP_DELAY_MS + 200)  # no weekly backup of a damaged file either
    assert session.window is None and session.journal is None
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    session.close()
