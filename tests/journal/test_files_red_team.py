"""Red team: the files Debrief opens and writes, attacked the ways a real disk and a real
user's folders attack them: cut short, half updated by a crash, read-only, locked, full,
odd names, a process killed mid-write. A journal is opened whole or refused in kind
words with every file left as it was; everything written is private and whole."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store import schema
from debrief.journal.store.errors import CANNOT_OPEN, CORRUPT, JournalError
from debrief.journal.store.identity import check_integrity
from debrief.journal.store.journal import open_journal
from tests.proof.conftest import fill, small_disk

__all__ = ["small_disk"]  # fixtures

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def _fill(path: Path, count: int = 30) -> None:
    journal = open_journal(path)
    try:
        for i in range(count):
            save_interview(journal, {"company": f"C{i}", "role": "R" * 50, "date": "2026-01-01"})
    finally:
        journal.close()


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder`: its bytes and its modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def _refused(path: Path, template: str) -> JournalError:
    before = _state(path.parent)
    with pytest.raises(JournalError) as caught:
        open_journal(path)
    assert caught.value.template == template, str(caught.value)
    assert _state(path.parent) == before  # nothing written, made, renamed or touched
    return caught.value


def _companies(path: Path) -> list[str]:
    journal = open_journal(path)
    try:
        return [row[2] for row in list_interviews(journal, limit=None)]
    finally:
        journal.close()


@contextlib.contextmanager
def _read_only_folder(folder: Path):
    """`folder` made unwritable even for root (`chattr +i`), else by its mode."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("root needs chattr to make a folder read-only")
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("this file system has no immutable flag")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


# -- opening: damaged, cut, odd -----------------------------------------------------------
@pytest.mark.parametrize("change", [-1, -100, -(PAGE - 1), +4])
def test_a_journal_cut_or_lengthened_off_its_pages_is_refused_untouched(tmp_path, change):
    path = tmp_path / "journal.sqlite3"
    _fill(path)
    data = path.read_bytes()
    path.write_bytes(data[:change] if change < 0 else data + b"junk"[:change])
    _refused(path, CORRUPT)


def test_a_scrambled_format_version_is_refused_not_upgraded(tmp_path):
    """A flipped byte in the version field made it negative: it must not be 'upgraded'
    (that rewrote the file and left a `.v-16777209.bak` beside it)."""
    path = tmp_path / "journal.sqlite3"
    _fill(path)
    data = bytearray(path.read_bytes())
    data[60] ^= 0xFF  # the high byte of PRAGMA user_version
    path.write_bytes(bytes(data))
    _refused(path, CORRUPT)


def _hot_copy(path: Path, target: Path) -> None:
    """Copy the journal and its -wal while it is open: what a crash leaves on disk."""
    journal = open_journal(path)
    try:
        for i in range(5):
            save_interview(journal, {"company": f"Hot{i}", "role": "R", "date": "2026-02-01"})
        shutil.copyfile(path, target)
        shutil.copyfile(f"{path}-wal", f"{target}-wal")
    finally:
        journal.close()


def _wal_has_page(wal: Path, page: int) -> bool:
    data = wal.read_bytes()
    frame = 24 + PAGE
    return any(
        int.from_bytes(data[at : at + 4], "big") == page for at in range(32, len(data), frame)
    )


def test_a_journal_half_updated_from_its_wal_by_a_crash_opens_whole(tmp_path):
    """A crash while SQLite copies the -wal back leaves the main file alone inconsistent;
    with its -wal it is whole. Reading the main file alone first called it damaged."""
    path, crashed = tmp_path / "journal.sqlite3", tmp_path / "crashed.sqlite3"
    _hot_copy(path, crashed)
    assert _wal_has_page(Path(f"{crashed}-wal"), 1)
    data = bytearray(crashed.read_bytes())
    data[100:PAGE] = os.urandom(PAGE - 100)  # page 1 torn mid-copy; the -wal holds it whole
    crashed.write_bytes(bytes(data))
    assert "Hot4" in _companies(crashed)
    assert check_integrity(crashed) is None


def test_a_foreign_database_with_a_hot_wal_gets_no_shm(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE songs (title TEXT)")
    con.execute("INSERT INTO songs VALUES ('a')")
    con.commit()
    shutil.copyfile(path, tmp_path / "copy.db")
    shutil.copyfile(f"{path}-wal", tmp_path / "copy.db-wal")
    con.close()
    path.unlink()
    _refused(
        tmp_path / "copy.db",
        "{name} is an SQLite database, but not a Debrief journal. It was left untouched.",
    )
    assert not (tmp_path / "copy.db-shm").exists()


def test_a_journal_locked_by_another_program_is_busy_not_damaged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _fill(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = _refused(path, CANNOT_OPEN)
        assert "locked" in str(error)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(_companies(path)) == 30


def test_a_journal_in_a_read_only_folder_opens_read_only_and_passes_its_check(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "journal.sqlite3"
    _fill(path)
    with _read_only_folder(folder):
        journal = open_journal(path, check_pages=False)
        try:
            assert journal.read_only
            assert len(list_interviews(journal, limit=None)) == 30
            assert check_integrity(path) is None  # the window's background check
        finally:
            journal.close()


def test_a_hot_journal_in_a_read_only_folder_cannot_be_opened_and_says_so(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    _hot_copy(tmp_path / "journal.sqlite3", folder / "journal.sqlite3")
    with _read_only_folder(folder):
        _refused(folder / "journal.sqlite3", CANNOT_OPEN)  # not "damaged": it is whole
    assert "Hot4" in _companies(folder / "journal.sqlite3")


def test_a_dangling_link_is_refused_without_creating_its_target(tmp_path):
    link = tmp_path / "journal.sqlite3"
    link.symlink_to(tmp_path / "unplugged" / "journal.sqlite3")
    with pytest.raises(JournalError, match="does not exist"):
        open_journal(link)
    assert link.is_symlink() and not (tmp_path / "unplugged").exists()


@pytest.mark.parametrize("name", ["jöurnal ünïcode.sqlite3", "two  spaces .sqlite3", "new\nline"])
def test_odd_names_make_private_journals_that_reopen(tmp_path, name):
    path = tmp_path / "földer with space" / name
    _fill(path, 2)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert len(_companies(path)) == 2


def test_a_newer_journal_with_a_hot_wal_is_refused_untouched(tmp_path):
    path, hot = tmp_path / "journal.sqlite3", tmp_path / "hot.sqlite3"
    _hot_copy(path, hot)
    con = sqlite3.connect(hot)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    _refused(
        hot,
        "{name} was saved by a newer version of Debrief (journal format {version}; "
        "this version reads up to {supported}). It was left untouched. Please update "
        "Debrief to open it.",
    )


# -- a process killed while it writes ----------------------------------------------------
KEEP_WRITING = """
import sys
from pathlib import Path
from debrief.journal.portability.export import export_json
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import open_journal
from tests.proof.conftest import fill, small_disk

__all__ = ["small_disk"]  # fixtures
journal = open_journal(sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    i += 1
    save_interview(journal, {"company": f"K{i}", "role": "R" * 300, "date": "2026-01-01"})
    export_json(journal, Path(sys.argv[2]))
"""


def test_a_process_killed_while_writing_leaves_a_whole_journal_and_export(tmp_path):
    path, export = tmp_path / "journal.sqlite3", tmp_path / "export.json"
    _fill(path, 200)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    for delay in (0.3, 0.55, 0.8):
        child = subprocess.Popen(
            [sys.executable, "-c", KEEP_WRITING, str(path), str(export)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(delay)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()
        assert check_integrity(path) is None
        assert len(_companies(path)) > 200
        if export.exists():
            assert json.loads(export.read_text(encoding="utf-8"))["interviews"]
            assert stat.S_IMODE(export.stat().st_mode) == 0o600


def test_the_next_open_leaves_other_programs_part_files_in_a_backups_folder(tmp_path):
    """ "backups" beside the journal may be the user's own folder: only Debrief's own
    half-made backups are cleared from it."""
    path = tmp_path / "journal.sqlite3"
    open_journal(path).close()
    backups = tmp_path / "backups"
    backups.mkdir()
    theirs = backups / ".holiday.mp4.part"
    theirs.write_bytes(b"half a download")
    ours = backups / ".debrief-20260101-090000.sqlite3.k2j4.part"
    ours.write_bytes(b"half a backup")
    open_journal(path).close()
    assert theirs.read_bytes() == b"half a download" and not ours.exists()


# -- exports and backups -------------------------------------------------------------------
def _full_on_the_third_file(monkeypatch) -> None:
    """The disk fills while the CSV export writes its third file."""
    from debrief.journal.portability import export as export_module

    real, calls = export_module.csv_bytes, []

    def full_on_the_third(header, rows):
        calls.append(header)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(header, rows)

    monkeypatch.setattr(export_module, "csv_bytes", full_on_the_third)


def test_a_csv_export_failing_midway_leaves_no_files_and_no_folder(journal, tmp_path, monkeypatch):
    from debrief.journal.portability.csv_table import ImportProblem
    from debrief.journal.portability.export import export_csv

    save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-01"})
    _full_on_the_third_file(monkeypatch)
    folder = tmp_path / "csv"
    with pytest.raises(ImportProblem, match="No space left"):
        export_csv(journal, folder)
    assert not folder.exists()


def test_a_csv_export_over_an_earlier_one_changes_nothing_when_it_fails(
    journal, tmp_path, monkeypatch
):
    from debrief.journal.portability.csv_table import ImportProblem
    from debrief.journal.portability.export import export_csv

    folder = tmp_path / "csv"
    export_csv(journal, folder)
    before = _state(folder)
    _full_on_the_third_file(monkeypatch)
    with pytest.raises(ImportProblem):
        export_csv(journal, folder)
    assert _state(folder) == before


def test_a_journal_closed_on_a_full_disk_opens_whole_once_there_is_room(small_disk):
    """Closing copies the -wal back into the file; the disk filled midway through. The
    main file alone is then half old, half new: only with its -wal is it the journal."""
    path = small_disk / "journal.sqlite3"
    journal = open_journal(path)
    for i in range(10):
        save_interview(journal, {"company": f"C{i}", "role": "R" * 500, "date": "2026-01-01"})
    filler = fill(small_disk)
    journal.close()
    filler.unlink()
    assert len(_companies(path)) == 10


def test_the_desktop_entry_and_icons_are_private_under_umask_000(tmp_path):
    """A desktop entry others could change would run their command as the user."""
    from debrief.launcher import install_desktop_entry

    old = os.umask(0)
    try:
        written = install_desktop_entry(tmp_path / "share", exec_path="/opt/debrief")
    finally:
        os.umask(old)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, path.parent
    assert not [p for p in (tmp_path / "share").rglob(".*")]  # no temporary left


def test_the_command_line_calendar_leaves_a_window_s_backup_under_way_alone(tmp_path, capsys):
    """With a window holding the journal, `--export-calendar` only reads: clearing
    leftovers then deleted the half-made backup the window was writing."""
    from debrief.app import main
    from debrief.ui.single_instance import JournalLock

    path = tmp_path / "journal.sqlite3"
    _fill(path, 3)
    (tmp_path / "backups").mkdir()
    under_way = tmp_path / "backups" / ".debrief-20260101-090000.sqlite3.x1y2.part"
    under_way.write_bytes(b"the window is copying")
    window = JournalLock(path)
    assert window.acquire()
    try:
        assert main(["--db", str(path), "--export-calendar", str(tmp_path / "c.ics")]) == 0
    finally:
        window.release()
    assert under_way.exists() and (tmp_path / "c.ics").exists()
    assert main(["--db", str(path), "--export-calendar", str(tmp_path / "c.ics")]) == 0
    assert under_way.exists()  # the export only reads: a window's next open clears it
    assert not JournalLock(path).path.exists()
    assert "events to" in capsys.readouterr().out


def test_an_empty_file_made_a_journal_becomes_private(tmp_path):
    path = tmp_path / "touched.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    _fill(path, 1)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_an_export_never_takes_the_place_of_a_pipe_or_folder(journal, tmp_path, kind):
    from debrief.journal.portability.csv_table import ImportProblem
    from debrief.journal.portability.export import export_json

    target = tmp_path / "export.json"
    if kind == "pipe":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(ImportProblem, match="not an ordinary file"):
        export_json(journal, target)
    assert stat.S_ISFIFO(target.lstat().st_mode) or target.is_dir()
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_upgrade_puts_back_the_same_bytes_and_time(tmp_path, monkeypatch):
    from debrief.journal.store.schema import steps

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", path)
    os.utime(path, ns=(1_500_000_000_000_000_000, 1_500_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    monkeypatch.setitem(steps.STEPS, schema.SCHEMA_VERSION + 1, ("SELECT no_such_function()",))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(JournalError, match="could not update"):
        open_journal(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_another_programs_lock_file_beside_its_file_is_left_as_it_was(tmp_path):
    """Opening `data.db` (not a journal) takes `data.db.lock` for a moment; one that was
    already there is that program's, and letting go must not delete it."""
    from debrief.ui.single_instance import JournalLock

    theirs = tmp_path / "data.db.lock"
    theirs.write_bytes(b"pid 4242\n")
    os.utime(theirs, ns=(1_000_000_000, 1_000_000_000))
    before = _state(tmp_path)
    lock = JournalLock(tmp_path / "data.db")
    assert lock.acquire()
    lock.release()
    assert _state(tmp_path) == before
    ours = JournalLock(tmp_path / "journal.sqlite3")
    assert ours.acquire()
    ours.release()
    assert _state(tmp_path) == before  # Debrief's own lock file is tidied away
