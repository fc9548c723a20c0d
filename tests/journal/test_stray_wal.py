"""A `-wal` that is not this journal's own is never replayed into it.

SQLite replays whatever `-wal` it finds beside a database, and its header names no
database: another journal's log copied beside this one, or an old one left beside a
journal restored by hand, would put the other file's pages into the journal. Debrief
notes the header of the log it writes (`wal_record`) and refuses any other before SQLite
opens the file, every file left byte-identical. Its own log after a crash is replayed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store import wal_record
from debrief.journal.store.errors import CANNOT_OPEN, JournalError
from debrief.journal.store.journal import open_journal
from tests.journal.test_files_red_team import _companies

ROOT = Path(__file__).resolve().parents[2]

#: A child that writes interviews, says so once they are committed, and waits to be killed.
WRITE_AND_WAIT = """
import sys, time
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import open_journal
journal = open_journal(sys.argv[1])
for i in range(int(sys.argv[3])):
    save_interview(journal, {"company": f"{sys.argv[2]} {i}", "role": "R", "date": "2026-01-02"})
print("committed", flush=True)
time.sleep(60)
"""


#: A child whose second commit begins a new log (a checkpoint in between); it prints the
#: record as it was before that commit, then waits to be killed.
RESTART_AND_WAIT = """
import sys, time
from pathlib import Path
from debrief.journal.records.interviews import save_interview
from debrief.journal.store import wal_record
from debrief.journal.store.journal import open_journal
journal = open_journal(sys.argv[1])
save_interview(journal, {"company": "One", "role": "R", "date": "2026-01-02"})
print(wal_record.record_path(Path(sys.argv[1])).read_bytes().hex(), flush=True)
journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
save_interview(journal, {"company": "Two", "role": "R", "date": "2026-01-02"})
print("committed", flush=True)
time.sleep(60)
"""


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder: its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def _killed_mid_session(path: Path, company: str, count: int = 3) -> None:
    """A Debrief process writes `count` interviews to `path`, then is killed (kill -9):
    its -wal holds the committed work, never copied into the journal."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITE_AND_WAIT, str(path), company, str(count)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert _wal(path).stat().st_size > 0  # the work is in the log alone


def _journal_with(path: Path, companies: list[str]) -> None:
    journal = open_journal(path)
    for company in companies:
        save_interview(journal, {"company": company, "role": "Dev", "date": "2026-01-02"})
    journal.close()


def _wal_of_another_journal(folder: Path) -> bytes:
    """The -wal of a second journal while it is open: committed work not yet copied back."""
    other = folder / "other.sqlite3"
    journal = open_journal(other)
    for i in range(20):
        save_interview(journal, {"company": f"Other {i}", "role": "R", "date": "2026-01-03"})
    data = _wal(other).read_bytes()
    journal.close()
    assert len(data) > 32
    return data


def _refused(path: Path, **options: bool) -> JournalError:
    with pytest.raises(JournalError) as caught:
        open_journal(path, **options)
    assert caught.value.template == CANNOT_OPEN
    assert f"Debrief did not write the file {path.name}-wal beside it" in str(caught.value)
    return caught.value


@pytest.mark.parametrize("options", [{}, {"check_pages": False}, {"read_only": True}])
def test_another_journal_s_wal_is_refused_and_every_file_left_as_it_was(tmp_path, options):
    (tmp_path / "j").mkdir()
    path = tmp_path / "j" / "mine.sqlite3"
    _journal_with(path, ["Mine"])
    _wal(path).write_bytes(_wal_of_another_journal(tmp_path))
    before = _state(path.parent)
    _refused(path, **options)
    assert _state(path.parent) == before  # no -shm made, the -wal not read into the journal
    _wal(path).unlink()
    assert sorted(_companies(path)) == ["Mine"]


def test_a_killed_session_s_own_wal_is_replayed(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Before"])
    _killed_mid_session(path, "Crash")
    assert sorted(_companies(path)) == ["Before", "Crash 0", "Crash 1", "Crash 2"]


def test_after_a_kill_another_journal_s_wal_in_place_of_ours_is_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    mine, theirs = tmp_path / "a" / "journal.sqlite3", tmp_path / "b" / "journal.sqlite3"
    _journal_with(mine, ["Mine"])
    _journal_with(theirs, ["Theirs"])
    _killed_mid_session(mine, "Crash")
    _killed_mid_session(theirs, "Other")
    own = tmp_path / "own-wal"
    shutil.move(_wal(mine), own)
    shutil.copyfile(_wal(theirs), _wal(mine))
    before = _state(mine.parent)
    _refused(mine)
    assert _state(mine.parent) == before
    os.replace(own, _wal(mine))  # the user puts the journal's own log back
    assert sorted(_companies(mine)) == ["Crash 0", "Crash 1", "Crash 2", "Mine"]


def test_the_record_survives_a_clean_close_and_a_reopen(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["First"])
    record = wal_record.record_path(path)
    assert not _wal(path).exists() and wal_record.read_record(record) == wal_record.NONE
    _journal_with(path, ["Second"])
    assert wal_record.read_record(record) == wal_record.NONE
    _wal(path).write_bytes(_wal_of_another_journal(tmp_path))
    _refused(path)


def test_a_journal_from_before_the_record_opens_and_starts_one(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Old"])
    _killed_mid_session(path, "Crash")
    wal_record.record_path(path).unlink()  # as an older Debrief left it: no record
    journal = open_journal(path)
    try:
        assert journal.read_only is False
        save_interview(journal, {"company": "New", "role": "R", "date": "2026-01-04"})
        assert wal_record.read_record(wal_record.record_path(path)) is not None
    finally:
        journal.close()
    assert sorted(_companies(path)) == ["Crash 0", "Crash 1", "Crash 2", "New", "Old"]


def test_a_wal_restarted_before_its_record_was_updated_is_still_ours(tmp_path):
    """A kill between a commit that began a new log and the record's update: SQLite
    numbers the new log after the old one, and that successor is accepted."""
    path = tmp_path / "journal.sqlite3"
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"}
    child = subprocess.Popen(
        [sys.executable, "-c", RESTART_AND_WAIT, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        noted = bytes.fromhex(child.stdout.readline().strip())
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    record = wal_record.record_path(path)
    assert record.read_bytes() != noted  # the new log's header was noted after its commit
    record.write_bytes(noted)  # as a kill a moment earlier would have left it
    assert sorted(_companies(path)) == ["One", "Two"]


@pytest.mark.parametrize("journal_file", ["empty", "missing"])
def test_a_wal_beside_an_empty_or_missing_journal_is_refused(tmp_path, journal_file):
    """SQLite deletes a -wal it finds beside an empty file: it is never this one's."""
    path = tmp_path / "journal.sqlite3"
    if journal_file == "empty":
        path.touch(mode=0o600)
    _wal(path).write_bytes(_wal_of_another_journal(tmp_path))
    before = _state(tmp_path)
    _refused(path)
    assert _state(tmp_path) == before


def test_a_wal_that_is_not_a_log_at_all_is_left_alone(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Mine"])
    _wal(path).write_bytes(b"notes.txt renamed by mistake\n")
    before = _state(tmp_path)
    _refused(path)
    assert _state(tmp_path) == before


def test_an_empty_wal_is_no_stranger(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Mine"])
    _wal(path).touch()
    assert sorted(_companies(path)) == ["Mine"]


def test_a_file_of_someone_else_s_by_the_record_s_name_is_never_written(tmp_path):
    path = tmp_path / "journal.sqlite3"
    theirs = wal_record.record_path(path)
    theirs.write_bytes(b"my notes\n")
    _journal_with(path, ["Mine"])
    assert theirs.read_bytes() == b"my notes\n"
    assert sorted(_companies(path)) == ["Mine"]


def test_a_wal_of_zeros_or_with_a_broken_header_is_no_log_at_all(tmp_path):
    """A file system may leave zeros after a crash, and SQLite reads a log whose header
    fails its checksum as empty: neither can put anything into the journal."""
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Mine"])
    _wal(path).write_bytes(bytes(4096))
    assert sorted(_companies(path)) == ["Mine"]
    header = bytearray(_wal_of_another_journal(tmp_path / "other"))
    header[20] ^= 0xFF  # the second salt changed: the checksum no longer holds
    _wal(path).write_bytes(bytes(header))
    assert sorted(_companies(path)) == ["Mine"]


def test_a_damaged_record_is_no_record_and_never_a_crash(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Before"])
    _killed_mid_session(path, "Crash", count=1)
    record = wal_record.record_path(path)
    record.write_bytes(wal_record.MARK + b"0000000Z".ljust(wal_record.LINE_BYTES) + b"\n")
    assert sorted(_companies(path)) == ["Before", "Crash 0"]


def test_a_record_reached_by_a_second_name_is_never_written_through(tmp_path):
    """A snapshot made with hard links shares the record's file: it keeps its own."""
    path = tmp_path / "journal.sqlite3"
    _journal_with(path, ["Mine"])
    (tmp_path / "snapshot").mkdir()
    snapshot = tmp_path / "snapshot" / "journal.sqlite3.wal-record"
    os.link(wal_record.record_path(path), snapshot)
    kept = snapshot.read_bytes()
    _journal_with(path, ["More"])
    assert snapshot.read_bytes() == kept
    assert wal_record.read_record(wal_record.record_path(path)) == "none"


def test_read_only_through_a_link_reads_the_log_beside_the_real_file(tmp_path):
    """The link's own name has no -wal beside it: reading the main file alone
    (`immutable=1`) would miss what a writer has not yet copied back."""
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "journal.sqlite3"
    link = tmp_path / "journal.sqlite3"
    link.symlink_to(real)
    writer = open_journal(real)
    save_interview(writer, {"company": "Fresh", "role": "R", "date": "2026-01-02"})
    try:
        reader = open_journal(link, read_only=True)
        try:
            assert "Fresh" in [row[2] for row in list_interviews(reader, limit=None)]
        finally:
            reader.close()
    finally:
        writer.close()
