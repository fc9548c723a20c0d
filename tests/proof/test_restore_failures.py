"""Restoring a backup that cannot be restored: a clear message, the current journal open
and unchanged, and no temporary copy left behind."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.files.backups import BackupError, backup_now, restore_backup
from debrief.ui.session import Session

NOTE = "Zürich: they wanted more depth on ünïcode handling. " * 40


def _fill(journal, count: int = 30) -> None:
    for i in range(count):
        save_interview(
            journal, {"company": f"Zürich {i}", "role": "Dev", "date": "2026-01-01", "notes": NOTE}
        )


def _wrong_page_size_in_wal_mode(backup: Path, live_wal: Path) -> Path:
    """The backup with a valid but wrong page size, marked as WAL mode, a -wal beside it."""
    data = bytearray(backup.read_bytes())
    data[16:18] = struct.pack(">H", 1024)  # a valid page size, not the file's own
    data[18] = data[19] = 2  # WAL mode
    bad = backup.with_name("debrief-20260101-000000.sqlite3")
    bad.write_bytes(bytes(data))
    shutil.copyfile(live_wal, bad.with_name(bad.name + "-wal"))
    return bad


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".restore", ".part")))


def test_a_backup_with_a_wrong_page_size_and_a_wal_is_refused_cleanly(journal, journal_path):
    _fill(journal)
    backup = backup_now(journal)
    bad = _wrong_page_size_in_wal_mode(backup, journal_path.with_name(journal_path.name + "-wal"))
    journal.close()
    before = journal_path.read_bytes()

    with pytest.raises(BackupError) as refused:
        restore_backup(journal_path, bad)

    assert "not restored" in str(refused.value) or "could not restore" in str(refused.value)
    assert journal_path.read_bytes() == before
    assert _debris(journal_path.parent) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_posing_as_a_backup_is_refused(journal, journal_path, tmp_path):
    pipe = tmp_path / "debrief-20260101-000000.sqlite3"
    os.mkfifo(pipe)
    journal.close()
    with pytest.raises(BackupError, match="could not restore"):
        restore_backup(journal_path, pipe)
    assert _debris(journal_path.parent) == []


def test_a_restore_that_cannot_keep_a_safety_copy_changes_nothing(journal, journal_path):
    _fill(journal, 3)
    backup = backup_now(journal)
    journal.close()
    shutil.move(backup, journal_path.parent / backup.name)
    backup.parent.rmdir()  # the journal's own folder, then the one holding it
    backup = journal_path.parent / backup.name
    (journal_path.parent / "backups").rmdir()
    (journal_path.parent / "backups").write_text("a file where the folder should be")
    before = journal_path.read_bytes()

    with pytest.raises(BackupError, match="could not restore"):
        restore_backup(journal_path, backup)
    assert journal_path.read_bytes() == before
    assert _debris(journal_path.parent) == []


def test_a_refused_restore_keeps_the_window_and_its_journal(qtbot, tmp_path, settings, monkeypatch):
    path = tmp_path / "journal.sqlite3"
    session = Session(settings)
    assert session.open(path)
    _fill(session.journal)
    backup = backup_now(session.journal)
    bad = _wrong_page_size_in_wal_mode(backup, path.with_name(path.name + "-wal"))
    save_interview(session.journal, {"company": "Kept", "role": "Dev", "date": "2026-02-02"})
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window, journal = session.window, session.journal

    assert not session.restore(bad)

    assert len(shown) == 1 and "Your journal is unchanged" in shown[0]
    assert session.window is window and session.journal is journal and not journal.closed
    save_interview(journal, {"company": "Written after", "role": "Dev", "date": "2026-02-03"})
    assert {"Kept", "Written after"} <= {r[2] for r in list_interviews(journal)}
    assert _debris(tmp_path) == []
    session.close()
