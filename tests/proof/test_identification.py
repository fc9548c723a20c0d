"""Only a Debrief journal is ever opened for writing: another program's database, a pipe or
a folder is refused with a message and left exactly as it was, no -wal or -shm made."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from debrief.journal.store.errors import FOREIGN_DB, NOT_A_FILE
from debrief.journal.store.files.backups import BackupError, restore_backup
from debrief.journal.store.journal import JournalError, open_journal

#: How long a refusal may take before we call it a hang (it takes milliseconds).
HANG_S = 20


def _folder_listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _foreign(path: Path, wal: bool = False, crashed: bool = False) -> None:
    """Another program's database that happens to have a `theme` table. `crashed` leaves
    committed work in its -wal, as a program killed before its checkpoint does."""
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=wal")
        con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE theme (id INTEGER PRIMARY KEY, colour TEXT)")
    con.execute("INSERT INTO theme (colour) VALUES ('dark blue')")
    con.commit()
    if crashed:
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{path}{suffix}", f"{path}.kept{suffix}")
    con.close()
    if crashed:
        for suffix in ("", "-wal"):
            os.replace(f"{path}.kept{suffix}", f"{path}{suffix}")
        Path(f"{path}-shm").unlink(missing_ok=True)


@pytest.mark.parametrize(
    "kind", ["rollback journal", "WAL, closed cleanly", "WAL, with committed work in -wal"]
)
def test_another_programs_database_is_refused_byte_identical(tmp_path, kind):
    path = tmp_path / "theme-editor.db"
    _foreign(path, wal=kind.startswith("WAL"), crashed="-wal" in kind)
    before = _folder_listing(tmp_path)

    with pytest.raises(JournalError) as refused:
        open_journal(path)

    assert refused.value.template == FOREIGN_DB
    assert "left untouched" in str(refused.value)
    assert _folder_listing(tmp_path) == before  # same bytes, and no -wal/-shm/-journal made
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == (
            "wal" if kind.startswith("WAL") else "delete"
        )
    finally:
        con.close()


def test_another_programs_database_is_not_restored_as_a_backup(journal, journal_path, tmp_path):
    journal.close()
    foreign = tmp_path / "elsewhere" / "theme-editor.db"
    foreign.parent.mkdir()
    _foreign(foreign, wal=True)
    journal_before = journal_path.read_bytes()
    foreign_before = _folder_listing(foreign.parent)

    with pytest.raises(BackupError, match="not a Debrief journal"):
        restore_backup(journal_path, foreign)

    assert journal_path.read_bytes() == journal_before
    assert _folder_listing(foreign.parent) == foreign_before


def test_a_journal_is_known_by_its_application_id_not_its_name(journal, journal_path):
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA application_id = 1234")  # any other program's id
    con.close()
    with pytest.raises(JournalError) as refused:
        open_journal(journal_path)
    assert refused.value.template == FOREIGN_DB


# ---- not a regular file --------------------------------------------------------------

_OPEN_IN_CHILD = """
import sys
from debrief.journal.store.journal import JournalError, open_journal
try:
    open_journal(sys.argv[1])
except JournalError as error:
    print(error.template == sys.argv[2], error)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "journal.sqlite3"
    os.mkfifo(fifo)
    child = subprocess.run(
        [sys.executable, "-c", _OPEN_IN_CHILD, str(fifo), NOT_A_FILE],
        capture_output=True,
        text=True,
        timeout=HANG_S,  # opening the pipe would wait for a writer forever
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("True journal.sqlite3 is not an ordinary file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "journal.sqlite3"
    folder.mkdir()
    with pytest.raises(JournalError) as refused:
        open_journal(folder)
    assert refused.value.template == NOT_A_FILE
    assert list(folder.iterdir()) == []


# The real start-up, with the message box answered by a timer as a user would: it prints
# the message it showed and presses OK.
_LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from debrief.app import main

    app = QApplication(sys.argv[:1])

    def answer():
        for widget in app.topLevelWidgets():
            if widget.objectName() == "journalErrorDialog" and widget.isVisible():
                print("shown:", widget.text(), flush=True)
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    sys.exit(main(["--db", sys.argv[1]]))
    """
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_launching_on_a_named_pipe_says_why_and_leaves_no_lock(tmp_path):
    fifo = tmp_path / "journal.sqlite3"
    os.mkfifo(fifo)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", _LAUNCH, str(fifo)],
        capture_output=True,
        text=True,
        timeout=HANG_S,
        env=env,
        cwd=tmp_path,
    )
    assert "shown: journal.sqlite3 is not an ordinary file" in child.stdout, child.stderr
    assert child.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]  # no .lock
