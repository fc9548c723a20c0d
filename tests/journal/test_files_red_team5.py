"""Fifth red team, on files: what Debrief lists, rotates and writes beside the journal is
only ever its own; a file that is not Debrief's is left as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.files.backups import KEEP, backup_now, backups_folder, list_backups
from debrief.journal.store.journal import open_journal

T0 = dt.datetime(2026, 3, 1, 9, 0, 0)
OLD = "debrief-20000101-00000{}.sqlite3"


@pytest.fixture
def journal(tmp_path):
    journal = open_journal(tmp_path / "journal.sqlite3")
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-04"})
    yield journal
    journal.close()


def _strangers(folder: Path, elsewhere: Path) -> dict[Path, bytes]:
    """Files named like the oldest backups that are not Debrief's: a link to a file of the
    user's elsewhere, the user's own notes, and a link named like a backup's -wal."""
    folder.mkdir(mode=0o700, parents=True)
    secret = elsewhere / "passwd"
    secret.write_text("root:x:0:0\n")
    (folder / OLD.format(1)).symlink_to(secret)
    (folder / OLD.format(2)).write_text("my own notes, named oddly")
    (folder / OLD.format(3)).write_bytes(b"SQLite format 3\x00" + bytes(100))
    (folder / (OLD.format(3) + "-wal")).symlink_to(secret)
    return {secret: secret.read_bytes(), folder / OLD.format(2): b"my own notes, named oddly"}


def test_rotation_removes_only_debrief_s_own_backups(journal, tmp_path):
    folder = backups_folder(journal)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kept = _strangers(folder, elsewhere)

    for i in range(KEEP + 1):
        backup_now(journal, now=T0 + dt.timedelta(days=i))

    assert (folder / OLD.format(1)).is_symlink()  # a link is not a backup Debrief made
    assert (folder / (OLD.format(3) + "-wal")).is_symlink()
    for path, data in kept.items():
        assert path.read_bytes() == data
    listed = [b.path.name for b in list_backups(journal)]
    assert OLD.format(1) not in listed and OLD.format(2) not in listed


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_rotation_leaves_another_account_s_backups_alone(journal):
    folder = backups_folder(journal)
    folder.mkdir(mode=0o700, parents=True)
    theirs = folder / OLD.format(4)
    theirs.write_bytes((journal.path).read_bytes())
    os.chown(theirs, 4321, 4321)

    for i in range(KEEP + 1):
        backup_now(journal, now=T0 + dt.timedelta(days=i))

    assert theirs.exists()


def test_the_command_line_calendar_never_makes_a_journal_of_an_empty_file(tmp_path, capsys):
    """`--export-calendar` only reads: given an empty file as `--db` (a slip, a file the
    user made for something else) it wrote a whole new journal into it and made it 0600."""
    from debrief.app import main

    empty = tmp_path / "notes.txt"
    empty.touch(mode=0o644)
    empty.chmod(0o644)
    assert main(["--db", str(empty), "--export-calendar", str(tmp_path / "cal.ics")]) == 2
    assert "no journal" in capsys.readouterr().err
    assert empty.stat().st_size == 0 and stat.S_IMODE(empty.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


V1 = Path(__file__).resolve().parents[1] / "data" / "journal_v1.sqlite3"


@pytest.mark.parametrize("there", [b"my notes about the old journal", b"SQLite format 3\x00older"])
def test_an_upgrade_keeps_a_file_already_named_like_its_copy(tmp_path, there):
    """The copy put aside before an upgrade took `<name>.v1.bak` whatever was there: the
    user's own file of that name, or the copy of an earlier upgrade of a file since put
    back in the journal's place, was replaced without a word."""
    old = tmp_path / "old.sqlite3"
    old.write_bytes(V1.read_bytes())
    earlier = tmp_path / "old.sqlite3.v1.bak"
    earlier.write_bytes(there)

    journal = open_journal(old)
    try:
        assert journal.backup_path is not None and journal.backup_path != earlier
        assert journal.backup_path.read_bytes() == V1.read_bytes()
    finally:
        journal.close()
    assert earlier.read_bytes() == there


def test_the_next_open_removes_only_this_user_s_leftover_files(tmp_path):
    """A crash's `.part` and `.restore` copies are removed at the next open; a link with
    such a name (it leads anywhere), or another account's file, is not Debrief's."""
    path = tmp_path / "journal.sqlite3"
    open_journal(path).close()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone's")
    link = tmp_path / ".journal.sqlite3.abcd.restore"
    link.symlink_to(elsewhere)
    (tmp_path / "backups").mkdir()
    part_link = tmp_path / "backups" / ".debrief-20260101-000000.sqlite3.ab12.part"
    part_link.symlink_to(elsewhere)
    crashed = tmp_path / ".journal.sqlite3.efgh.restore"
    crashed.write_bytes(b"SQLite format 3\x00")
    theirs = tmp_path / ".journal.sqlite3.ijkl.restore"
    theirs.write_bytes(b"SQLite format 3\x00")
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        os.chown(theirs, 4321, 4321)

    open_journal(path).close()

    assert link.is_symlink() and part_link.is_symlink()
    assert not crashed.exists()  # Debrief's own, as before
    assert theirs.exists() == as_root


@pytest.mark.parametrize("value", [b"{},", b"[],", b"1.5,", b"0,"])
def test_a_json_file_of_countless_tiny_values_is_refused_before_it_fills_memory(tmp_path, value):
    """Each `{}` of three bytes became a Python dict of some 70: a 30 MB file of them took
    800 MB, and one at the 500 MB limit would have taken the machine's memory; `1.5,` makes
    a float of 32 bytes out of 4. No export of Debrief's is so dense: its entries hold
    their fields."""
    import tracemalloc

    from debrief.journal.portability.csv_table import ImportProblem
    from debrief.journal.portability.export import NOT_ARCHIVE, import_json

    bomb = tmp_path / "bomb.json"
    bomb.write_bytes(b'{"format":"debrief","version":3,"points":[' + value * 1_000_000 + b"1]}")
    journal = open_journal(tmp_path / "j.sqlite3")
    tracemalloc.start()
    try:
        with pytest.raises(ImportProblem) as refused:
            import_json(journal, bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        journal.close()
    assert refused.value.template == NOT_ARCHIVE
    assert peak < 4 * bomb.stat().st_size  # the bytes read, not an object for each value


@pytest.mark.parametrize("stem", ["a" * 245, "面接" * 40])
def test_an_export_to_a_long_but_valid_name_is_written(journal, tmp_path, stem):
    """A name the file system takes (up to 255 bytes) failed with "File name too long":
    the temporary name beside it is the target's name and 15 characters more."""
    from debrief.journal.portability.export import export_json

    target = tmp_path / f"{stem}.json"
    export_json(journal, target)
    assert target.read_bytes().startswith(b"{")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_new_journal_whose_name_leaves_no_room_beside_it_is_refused_in_words(tmp_path):
    """A name near the file system's 255 bytes made an empty file, then failed as "unable
    to open database file. Choose a folder you can write to": SQLite's -journal and -wal
    beside it could not be named. The folder was never the trouble."""
    from debrief.journal.store.errors import NAME_TOO_LONG, JournalError

    for length, read_only in ((240, False), (244, True)):  # no lock fits beside: read-only
        with pytest.raises(JournalError) as refused:
            open_journal(tmp_path / ("j" * length + ".sqlite3"), read_only=read_only)
        assert refused.value.template == NAME_TOO_LONG
    assert list(tmp_path.iterdir()) == []
    open_journal(tmp_path / ("j" * 200 + ".sqlite3")).close()  # long, with room beside it


def test_a_backup_never_takes_the_name_of_a_dangling_link(journal, tmp_path):
    """A link named like the new backup, leading nowhere (yet), was renamed over."""
    folder = backups_folder(journal)
    folder.mkdir(mode=0o700, parents=True)
    link = folder / "debrief-20260301-090000.sqlite3"
    link.symlink_to(tmp_path / "not-yet-there")

    made = backup_now(journal, now=T0)

    assert link.is_symlink() and made.name == "debrief-20260301-090000-2.sqlite3"


@pytest.mark.parametrize("number", [0, -7, 2**63 - 1])
def test_an_archive_round_the_window_never_numbers_is_refused(journal, tmp_path, number):
    """Rounds count from 1, one more each: an archive's round 2**63 - 1 was imported, and
    "Add the next round" on it then failed with Python's OverflowError."""
    from debrief.journal.portability.export import ArchiveRefused, export_json, import_json

    source = tmp_path / "source.json"
    export_json(journal, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["interviews"][0]["round"] = number
    source.write_text(json.dumps(data), encoding="utf-8")
    empty = open_journal(tmp_path / "empty.sqlite3")
    try:
        with pytest.raises(ArchiveRefused) as refused:
            import_json(empty, source)
    finally:
        empty.close()
    assert [(r.table, r.problem.field) for r in refused.value.refusals] == [("interviews", "round")]


def test_an_export_whose_notes_are_full_of_code_still_imports(tmp_path):
    """Brackets and commas inside the notes are text: only the values outside the strings
    count towards a file too dense to be an export."""
    from debrief.journal.portability.export import export_json, import_json
    from debrief.journal.portability.json_reading import DENSE_ALLOWED
    from debrief.journal.records.listings import list_interviews

    code = "const grid = [[{a: 1}, {b: [2, 3]}], [{}, []]];\n" * 30
    source = open_journal(tmp_path / "source.sqlite3")
    for i in range(1_100):
        save_interview(source, {"company": f"C{i}", "role": "Dev", "date": "2026-01-02"})
    source.db.execute_sql("UPDATE interview SET notes = ?", (code,))
    exported = export_json(source, tmp_path / "code.json")
    source.close()
    raw = exported.read_bytes()
    brackets = raw.count(b"{") + raw.count(b"[")
    assert brackets * 32 > len(raw) + DENSE_ALLOWED  # refused by the count before this one
    target = open_journal(tmp_path / "target.sqlite3")
    try:
        import_json(target, exported)
        assert len(list_interviews(target, limit=None)) == 1_100
    finally:
        target.close()
