"""Journals kept in one folder each have their own backups: listed, rotated and restored
apart. A red team found `personal.sqlite3` and `work.sqlite3` sharing `backups/`, each
listing the other's copies as its own, and ten backups of one rotating away the other's."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.files.backups import (
    KEEP,
    auto_backup_if_due,
    backup_now,
    backups_folder,
    list_backups,
    restore_backup,
    shared_folder,
)
from debrief.journal.store.files.leftovers import remove_leftovers
from debrief.journal.store.journal import NAME_MAX, ROOM_BESIDE, Journal, open_journal

T0 = dt.datetime(2026, 3, 1, 9, 0, 0)


def _journal(path: Path, company: str) -> Journal:
    journal = open_journal(path)
    save_interview(journal, {"company": company, "role": "Dev", "date": "2026-03-04"})
    return journal


def _companies(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT company FROM interview ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def two(tmp_path):
    """`personal.sqlite3` and `work.sqlite3`, side by side, one interview each."""
    journals = [_journal(tmp_path / f"{name}.sqlite3", name) for name in ("personal", "work")]
    yield journals
    for journal in journals:
        journal.close()


def _listed(journal: Journal) -> list[Path]:
    return [info.path for info in list_backups(journal)]


def test_two_journals_in_one_folder_keep_separate_backup_lists(two):
    personal, work = two
    mine = [backup_now(personal, now=T0 + dt.timedelta(days=i)) for i in range(2)]
    theirs = backup_now(work, now=T0)
    assert _listed(personal) == mine[::-1] and _listed(work) == [theirs]
    assert backups_folder(personal) != backups_folder(work)
    assert theirs.parent == work.path.parent / "backups" / "work.sqlite3"
    assert not any(info.shared for info in list_backups(personal))


def test_rotation_of_one_journal_never_deletes_the_other_s(two):
    personal, work = two
    only = backup_now(work, now=T0)
    for i in range(KEEP + 3):
        backup_now(personal, now=T0 + dt.timedelta(days=i + 1))
    assert len(list_backups(personal)) == KEEP
    assert only.exists() and _listed(work) == [only]


def test_a_restore_takes_its_safety_copy_into_its_own_folder(two):
    personal, work = two
    backup = backup_now(personal, now=T0)
    save_interview(personal, {"company": "later", "role": "Dev", "date": "2026-03-05"})
    before_work = _listed(work)
    personal.close()
    safety = restore_backup(personal.path, backup)
    assert safety is not None and safety.parent == backups_folder(personal)
    assert _companies(personal.path) == ["personal"]
    assert _listed(work) == before_work


def _old_backup(journal: Journal, when: str = "20260228-080000") -> Path:
    """A backup as an older Debrief named it, in the folder every journal shared."""
    folder = shared_folder(journal)
    folder.mkdir(mode=0o700, exist_ok=True)
    old = folder / f"debrief-{when}.sqlite3"
    old.write_bytes(journal.path.read_bytes())
    return old


def test_an_old_debrief_backup_still_lists_for_every_journal_marked_shared(two):
    personal, work = two
    personal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    old = _old_backup(personal)
    made = backup_now(work, now=T0)
    for journal in two:
        (info,) = [info for info in list_backups(journal) if info.path == old]
        assert info.shared and info.when == dt.datetime(2026, 2, 28, 8, 0)
    assert _listed(work) == [made, old]  # newest first, both kinds together


def test_an_old_backup_is_never_rotated_away(two):
    personal, _ = two
    old = _old_backup(personal, "20000101-000000")  # older than all
    for i in range(KEEP + 2):
        backup_now(personal, now=T0 + dt.timedelta(days=i))
    assert old.exists()
    assert len(list_backups(personal)) == KEEP + 1


def test_a_recent_old_backup_does_not_put_off_the_journal_s_own(two):
    """Which journal an old backup copies is not known, so the weekly one is still made."""
    personal, _ = two
    _old_backup(personal, f"{T0:%Y%m%d-%H%M%S}")
    made = auto_backup_if_due(personal, now=T0 + dt.timedelta(hours=1))
    assert made is not None and made.parent == backups_folder(personal)
    assert auto_backup_if_due(personal, now=T0 + dt.timedelta(days=1)) is None


def test_opening_one_journal_leaves_the_other_s_backup_under_way(two):
    personal, work = two
    folder = backups_folder(work)
    folder.mkdir(parents=True)
    under_way = folder / ".debrief-20260301-090000.sqlite3.k2j4.part"
    under_way.write_bytes(b"work is being copied")
    remove_leftovers(personal.path)
    assert under_way.exists()
    remove_leftovers(work.path)  # its own, after a crash
    assert not under_way.exists()


def test_rotation_never_follows_a_linked_folder_into_another_s(two):
    personal, work = two
    theirs = [backup_now(work, now=T0 + dt.timedelta(days=i)) for i in range(KEEP)]
    backups_folder(personal).parent.mkdir(exist_ok=True)
    backups_folder(personal).symlink_to(backups_folder(work))
    backup_now(personal, now=T0 + dt.timedelta(days=30))
    assert all(path.exists() for path in theirs)


@pytest.mark.parametrize(
    "name",
    [
        "Mein Tagebuch v1.2 – Ärger & Glück.sqlite3",  # spaces, dots, non-ASCII
        "notes.db",  # not .sqlite3: its folder is its whole name
        "日記.sqlite3",
        "é" * ((NAME_MAX - ROOM_BESIDE - len(".sqlite3")) // 2) + ".sqlite3",  # longest
        "j" * (NAME_MAX - ROOM_BESIDE - len(".sqlite3")) + ".sqlite3",
    ],
)
def test_any_name_a_journal_may_have_keeps_its_backups(tmp_path, name):
    journal = _journal(tmp_path / name, "odd")
    neighbour = _journal(tmp_path / "notes.sqlite3", "neighbour")
    try:
        made = [backup_now(journal, now=T0 + dt.timedelta(days=i)) for i in range(KEEP + 1)]
        assert made[-1].parent.name == name
        assert _listed(journal) == made[:0:-1]
        assert _listed(neighbour) == []
        journal.close()
        restore_backup(journal.path, made[0] if made[0].exists() else made[-1])
        assert _companies(journal.path) == ["odd"]
    finally:
        journal.close()
        neighbour.close()


def _case_sensitive(folder: Path) -> bool:
    probe = folder / "Case.probe"
    probe.touch()
    try:
        return not (folder / "case.probe").exists()
    finally:
        probe.unlink()


def test_two_journals_whose_names_differ_only_in_case_stay_apart(tmp_path):
    if not _case_sensitive(tmp_path):
        pytest.skip("one file on this file system: one journal, one folder")
    upper, lower = (
        _journal(tmp_path / "Work.sqlite3", "W"),
        _journal(tmp_path / "work.sqlite3", "w"),
    )
    try:
        mine = backup_now(upper, now=T0)
        for i in range(KEEP + 1):
            backup_now(lower, now=T0 + dt.timedelta(days=i + 1))
        assert _listed(upper) == [mine]
        assert mine not in _listed(lower) and len(_listed(lower)) == KEEP
    finally:
        upper.close()
        lower.close()


def test_the_backups_folders_are_private(two):
    personal, _ = two
    made = backup_now(personal, now=T0)
    for folder in (made.parent, made.parent.parent):
        assert os.stat(folder).st_mode & 0o077 == 0


def test_long_names_sharing_their_start_never_clear_each_other_s_restore(tmp_path):
    from debrief.journal.store.files.leftovers import restore_prefix

    start = "j" * (NAME_MAX - ROOM_BESIDE - len("-a.sqlite3"))  # the longest new name
    first, second = tmp_path / f"{start}-a.sqlite3", tmp_path / f"{start}-b.sqlite3"
    assert restore_prefix(first) != restore_prefix(second)
    assert len(os.fsencode(restore_prefix(first) + "abcd1234.restore-journal")) <= NAME_MAX
    copies = {
        path: tmp_path / f"{restore_prefix(path)}abcd1234.restore" for path in (first, second)
    }
    for copy in copies.values():
        copy.write_bytes(b"SQLite format 3\x00")
    remove_leftovers(first)
    assert not copies[first].exists() and copies[second].exists()
