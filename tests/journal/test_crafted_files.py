"""Red team, third round: files that pass for Debrief's (its id, its version, its tables)
but were crafted or spoiled, and the writes that fail half way. A journal that is not as
Debrief made it is refused in kind words and left as it was; nothing of someone else's
runs when Debrief writes."""

from __future__ import annotations

import copy
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from debrief.journal.portability.csv_import import ImportProblem
from debrief.journal.portability.csv_table import read_csv
from debrief.journal.portability.export import export_json, import_json
from debrief.journal.practice import templates_store
from debrief.journal.practice.templates_store import TemplateProblem
from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store import schema
from debrief.journal.store.errors import CANNOT_OPEN, CORRUPT, MIGRATION_FAILED, JournalError
from debrief.journal.store.files import atomic_file
from debrief.journal.store.files.backups import (
    BackupError,
    backup_now,
    prepare_restore,
    restore_backup,
)
from debrief.journal.store.journal import open_journal
from tests.journal.test_files_red_team import _companies
from tests.journal.test_import_red_team import archive
from tests.proof.conftest import fill, small_disk

__all__ = ["archive", "small_disk"]  # fixtures

ROOT = Path(__file__).resolve().parents[2]

#: What a crafted file adds to a real journal: its own trigger, view or index, or a
#: table of ours rebuilt with other columns.
CRAFTS = {
    "trigger": [
        "CREATE TABLE loot (x)",
        "CREATE TRIGGER theirs AFTER INSERT ON interview BEGIN DELETE FROM theme; END",
    ],
    "trigger on a search table": [
        "CREATE TRIGGER theirs AFTER INSERT ON interview_search_data BEGIN DELETE FROM theme; END"
    ],
    "view": ["CREATE VIEW theirs AS SELECT * FROM interview"],
    "index": ["CREATE INDEX theirs ON interview (notes)"],
    "changed table": [
        "DROP TABLE interviewer",
        "CREATE TABLE interviewer (id INTEGER PRIMARY KEY, interview_id INTEGER)",
    ],
    "changed trigger": [
        "DROP TRIGGER interview_search_add",
        "CREATE TRIGGER interview_search_add AFTER INSERT ON interview "
        "BEGIN DELETE FROM theme; END",
    ],
}


def _craft(path: Path, statements: list[str]) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file, as a backup is
    finally:
        con.close()


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("craft", CRAFTS)
def test_a_journal_with_objects_of_someone_else_is_refused_untouched(tmp_path, craft):
    path = tmp_path / "crafted.sqlite3"
    open_journal(path).close()
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type='trigger'")}
    con.close()
    assert "interview_search_add" in names  # the trigger the craft rewrites is ours
    _craft(path, CRAFTS[craft])
    before = _state(tmp_path)
    for check_pages in (True, False):  # the window opens without reading every page
        with pytest.raises(JournalError) as caught:
            open_journal(path, check_pages=check_pages)
        assert caught.value.template == CORRUPT
    assert _state(tmp_path) == before


@pytest.mark.parametrize("craft", ["trigger", "changed table"])
def test_a_crafted_backup_is_not_restored(journal, tmp_path, craft):
    backup = tmp_path / "backup.sqlite3"
    open_journal(backup).close()
    _craft(backup, CRAFTS[craft])
    before = _state(tmp_path)
    with pytest.raises(BackupError, match="is damaged, so it was not restored"):
        prepare_restore(journal.path, backup)
    assert _state(tmp_path) == before


def test_an_old_journal_with_a_trigger_of_someone_else_is_put_back_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", path)
    _craft(path, CRAFTS["trigger"])
    before = path.read_bytes()
    with pytest.raises(JournalError) as caught:
        open_journal(path)
    assert caught.value.template == MIGRATION_FAILED
    assert "never made" in str(caught.value)
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_empty_journal_to_be_made_with_a_view_in_it_is_refused(tmp_path):
    path = tmp_path / "empty.sqlite3"
    open_journal(path).close()
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1147302502")
    con.execute("CREATE VIEW theirs AS SELECT 1")
    con.close()
    before = path.read_bytes()
    with pytest.raises(JournalError) as caught:
        open_journal(path)
    assert caught.value.template == CORRUPT
    assert path.read_bytes() == before


def test_a_journal_analysed_and_reopened_still_opens(tmp_path):
    path = tmp_path / "used.sqlite3"
    journal = open_journal(path)
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-01-02"})
    journal.db.execute_sql("ANALYZE")  # sqlite_stat1, as PRAGMA optimize may make it
    journal.close()
    open_journal(path).close()


# -- JSON import --------------------------------------------------------------------------
def test_a_nul_in_an_archive_is_refused_since_its_csv_export_would_not_come_back(
    journal, tmp_path, archive
):
    spoiled = copy.deepcopy(archive)
    spoiled["interviews"][0]["notes"] = "before\u0000after"
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(spoiled), encoding="utf-8")
    with pytest.raises(ImportProblem) as refused:
        import_json(journal, path)
    assert "notes holds characters Debrief cannot store" in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    with pytest.raises(ImportProblem, match="not"):  # why: a CSV with a NUL is refused
        read_csv(b"company,notes\r\nAcme,before\x00after\r\n")


# -- a full disk ----------------------------------------------------------------------------
def test_an_upgrade_that_fills_the_disk_puts_the_old_journal_back_in_words(small_disk):
    path = small_disk / "old.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", path)
    before = path.read_bytes()
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - 320_000)  # room for the copy aside, no more
    with pytest.raises(JournalError) as caught:
        open_journal(path)
    assert caught.value.template == MIGRATION_FAILED
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    filler.unlink()
    assert _companies(path)  # once there is room, it upgrades with its entries


def test_an_old_backup_is_brought_up_to_date_before_it_replaces_the_journal(journal, tmp_path):
    backup = tmp_path / "old.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", backup)
    before = backup.read_bytes()
    prepared = prepare_restore(journal.path, backup)
    con = sqlite3.connect(prepared)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    con.close()
    prepared.unlink()
    assert backup.read_bytes() == before


def test_an_old_backup_with_a_trigger_of_someone_else_is_not_restored(journal, tmp_path):
    backup = tmp_path / "old.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", backup)
    _craft(backup, CRAFTS["trigger"])
    before = _state(tmp_path)
    with pytest.raises(BackupError, match="is damaged, so it was not restored"):
        prepare_restore(journal.path, backup)
    assert _state(tmp_path) == before


# -- the user's templates -------------------------------------------------------------------
@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_an_endless_device_as_a_template_falls_back_without_hanging(templates_folder):
    pipe = templates_store.copy_path("ask_email")
    templates_folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pipe)
    loaded = templates_store.load("ask_email")
    assert loaded.problem == TemplateProblem.UNREADABLE and not loaded.edited
    assert templates_store.own_text("ask_email") == templates_store.shipped_text("ask_email")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)  # left as it was

    endless = templates_store.copy_path("thank_email")
    endless.symlink_to("/dev/zero")
    assert templates_store.load("thank_email").problem == TemplateProblem.UNREADABLE


def test_a_huge_template_copy_is_read_only_as_far_as_a_template_goes(templates_folder):
    templates_folder.mkdir(parents=True, exist_ok=True)
    huge = templates_store.copy_path("ask_email")
    huge.write_bytes(b"Hello {role}\n" * 4_000_000)  # 52 MB
    tracemalloc.start()
    try:
        assert templates_store.load("ask_email").problem == TemplateProblem.TOO_LONG
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000


# -- a journal reached through a link (a synced folder, another drive) ----------------------
def _linked_journal(tmp_path: Path) -> tuple[Path, Path]:
    """A journal in `synced/`, opened through a link in `home/`."""
    (tmp_path / "synced").mkdir()
    (tmp_path / "home").mkdir()
    real, link = tmp_path / "synced" / "j.sqlite3", tmp_path / "home" / "j.sqlite3"
    link.symlink_to(real)
    return real, link


def test_a_restore_through_a_link_restores_the_file_it_leads_to(tmp_path):
    real, link = _linked_journal(tmp_path)
    open_journal(real).close()
    journal = open_journal(link)
    save_interview(journal, {"company": "Kept", "role": "Dev", "date": "2026-01-02"})
    backup = backup_now(journal)
    save_interview(journal, {"company": "Later", "role": "Dev", "date": "2026-01-03"})
    journal.close()
    safety = restore_backup(link, backup)
    assert link.is_symlink() and link.resolve() == real
    assert _companies(real) == ["Kept"]
    assert safety is not None and safety.parent == link.parent / "backups" / link.name
    assert not list((tmp_path / "synced").glob(".*restore*"))


def test_a_failed_upgrade_through_a_link_puts_back_the_file_it_leads_to(tmp_path):
    real, link = _linked_journal(tmp_path)
    shutil.copyfile(ROOT / "tests" / "data" / "journal_v1.sqlite3", real)
    _craft(real, CRAFTS["trigger"])
    before = real.read_bytes()
    with pytest.raises(JournalError) as caught:
        open_journal(link)
    assert caught.value.template == MIGRATION_FAILED
    assert link.is_symlink() and real.read_bytes() == before


# -- the command line ------------------------------------------------------------------------
def test_the_calendar_never_replaces_the_journal_s_lock_file(tmp_path, capsys):
    from debrief.app import main
    from debrief.ui.single_instance import JournalLock

    path = tmp_path / "j.sqlite3"
    open_journal(path).close()
    target = tmp_path / "j.sqlite3.lock"
    assert main(["--db", str(path), "--export-calendar", str(target)]) == 2  # none held
    assert "no calendar was written" in capsys.readouterr().err
    window = JournalLock(path)  # a window's lock
    assert window.acquire()
    try:
        held = target.stat().st_ino
        assert main(["--db", str(path), "--export-calendar", str(target)]) == 2
        assert target.stat().st_ino == held  # the window still holds the lock everyone sees
        assert not JournalLock(path).acquire()
    finally:
        window.release()


# -- exports given the journal's name -------------------------------------------------------
@pytest.mark.parametrize("slip", ["", "-wal", "-shm", ".lock"])
def test_an_export_never_takes_the_place_of_the_open_journal(journal, tmp_path, slip):
    """A JSON export saved as the journal itself replaced it: later edits were lost."""
    save_interview(journal, {"company": "Mine", "role": "Dev", "date": "2026-01-02"})
    target = journal.path.with_name(journal.path.name + slip)
    target.touch()
    with pytest.raises(ImportProblem, match="is a journal or another database"):
        export_json(journal, target)
    save_interview(journal, {"company": "Later", "role": "Dev", "date": "2026-01-03"})
    journal.close()
    assert sorted(_companies(journal.path)) == ["Later", "Mine"]


def test_no_writer_replaces_another_database_but_a_link_to_one_is_replaced(tmp_path):
    other = tmp_path / "app.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    before = other.read_bytes()
    with pytest.raises(OSError, match="is a journal or another database"):
        atomic_file.write_atomic(other, b"text")
    assert other.read_bytes() == before
    link = tmp_path / "link.json"
    link.symlink_to(other)
    atomic_file.write_atomic(link, b"text")  # the link itself, never what it leads to
    assert not link.is_symlink() and other.read_bytes() == before


def test_a_big_file_that_is_no_journal_is_refused_before_it_is_copied(small_disk, tmp_path):
    path = small_disk / "j.sqlite3"
    open_journal(path).close()
    film = tmp_path / "film.mp4"
    with film.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MiB that take no room here
    with pytest.raises(BackupError) as caught:
        prepare_restore(path, film)
    assert "is not a Debrief journal" in str(caught.value)  # not "no space left"
    assert sorted(p.name for p in small_disk.iterdir()) == ["j.sqlite3", "j.sqlite3.wal-record"]


def test_two_lists_of_one_name_in_an_archive_are_refused_not_half_imported(
    journal, tmp_path, archive
):
    text = json.dumps(archive)
    second = json.dumps([archive["interviews"][0] | {"id": 9999}])
    pasted = text[:-1] + f', "interviews": {second}}}'  # a second export's list pasted in
    path = tmp_path / "pasted.json"
    path.write_text(pasted, encoding="utf-8")
    with pytest.raises(ImportProblem, match="is not a Debrief export"):
        import_json(journal, path)
    assert not list_interviews(journal, limit=None)


def test_a_field_given_twice_in_an_entry_is_refused_not_one_kept(journal, tmp_path, archive):
    text = json.dumps(archive).replace('"notes": ', '"notes": "written first", "notes": ', 1)
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem, match="is not a Debrief export"):
        import_json(journal, path)
    assert not list_interviews(journal, limit=None)


# -- another database's unfinished transaction beside the journal ---------------------------
def _hot_journal_of_another(folder: Path) -> bytes:
    """The `-journal` a database in rollback mode leaves when its writer dies mid-write."""
    other = folder / "other.sqlite3"
    journal = open_journal(other)
    for i in range(100):
        save_interview(journal, {"company": f"Other {i}", "role": "R", "date": "2026-01-03"})
    journal.close()
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    dying = (
        "import os, sqlite3\n"
        f"con = sqlite3.connect({str(other)!r}, isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=2')\n"  # spill: the file itself is half written
        "con.execute('BEGIN')\n"
        'con.execute("UPDATE interview SET notes = hex(randomblob(300))")\n'
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", dying], check=True)
    hot = other.with_name(other.name + "-journal")
    data = hot.read_bytes()
    hot.unlink()
    return data


def test_another_database_s_unfinished_transaction_never_goes_into_the_journal(tmp_path):
    (tmp_path / "j").mkdir()
    path = tmp_path / "j" / "mine.sqlite3"
    journal = open_journal(path)
    save_interview(journal, {"company": "Mine", "role": "Dev", "date": "2026-01-02"})
    journal.close()
    stray = path.with_name(path.name + "-journal")
    stray.write_bytes(_hot_journal_of_another(tmp_path))
    before = _state(path.parent)
    with pytest.raises(JournalError) as caught:
        open_journal(path, check_pages=False)
    assert caught.value.template == CANNOT_OPEN
    assert "mine.sqlite3-journal beside it belongs to another database" in str(caught.value)
    assert _state(path.parent) == before
    stray.unlink()
    assert _companies(path) == ["Mine"]


def test_a_restore_leaves_no_unfinished_transaction_of_the_replaced_file(journal, tmp_path):
    save_interview(journal, {"company": "Backed up", "role": "Dev", "date": "2026-01-02"})
    backup = backup_now(journal)
    journal.close()
    path = journal.path
    path.with_name(path.name + "-journal").write_bytes(_hot_journal_of_another(tmp_path))
    restore_backup(path, backup)
    assert _companies(path) == ["Backed up"]
