"""Cancel every long operation at seeded random moments: nothing changes, nothing is left."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
from debrief.journal.portability.csv_table import read_csv
from debrief.journal.portability.export import export_csv, export_json, import_json
from debrief.journal.practice.reminders.calendar import export_calendar
from debrief.journal.progress import Cancelled, Progress
from debrief.journal.store.files.backups import backup_now, backups_folder, prepare_restore
from debrief.journal.store.journal import Journal, open_journal

SEED = 17
MOMENTS = 3  # random moments per operation (plus the first and the last step)
ROWS = 3000


def tracker_csv(rows: int = ROWS, first: int = 0) -> bytes:
    """A tracker's CSV: enough rows for several batches of an import."""
    lines = ["Company,Role,Date,Status,Contact"]
    start = dt.date(2024, 1, 1)
    for n in range(first, first + rows):
        day = start + dt.timedelta(days=n % 700)
        contact = f"Person {n}" if n % rows < rows // 5 else ""  # these insert one by one
        lines.append(f"Company {n},Role {n},{day.isoformat()},Rejected,{contact}")
    return ("\n".join(lines) + "\n").encode()


def fill(journal: Journal, rows: int = ROWS) -> None:
    table = read_csv(tracker_csv(rows))
    apply_import(journal, preview_import(journal, table, guess_mapping(table.headers)))


def dump(path: Path) -> str:
    """Every row and every schema line of the file, as another program would read it."""
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    """Temporary files anything left: `.part` files, restore copies, hidden temp names."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.name.endswith((".part", ".restore")) or p.name.startswith(".")
    )


def stopping_at(step: int) -> Progress:
    """A Progress the user cancels at its `step`-th report."""

    def listener(progress: Progress) -> None:
        if progress.steps >= step:
            progress.cancel()

    return Progress(listener)


def moments(run: Callable[[Progress], object]) -> list[int]:
    """The steps at which to cancel: the first, the last and MOMENTS seeded ones between,
    counted by running the operation once uncancelled (on a copy of what it works on)."""
    counted = Progress()
    run(counted)
    rng = random.Random(f"{SEED}-{counted.steps}")
    between = [rng.randint(1, counted.steps) for _ in range(MOMENTS)]
    return sorted({1, counted.steps, *between})


def assert_cancelled(run: Callable[[Progress], object], step: int) -> None:
    with pytest.raises(Cancelled):
        run(stopping_at(step))


@pytest.fixture
def filled(journal, journal_path):
    fill(journal)
    return journal


def test_a_cancelled_csv_import_adds_no_row(filled, journal_path, tmp_path):
    table = read_csv(tracker_csv(ROWS, first=ROWS))
    plan = preview_import(filled, table, guess_mapping(table.headers))
    scratch = open_journal(tmp_path / "scratch" / "j.sqlite3")
    try:
        steps = moments(lambda p: apply_import(scratch, plan, p))
    finally:
        scratch.close()
    before = dump(journal_path)
    for step in steps:
        assert_cancelled(lambda p: apply_import(filled, plan, p), step)
        assert dump(journal_path) == before
    assert leftovers(journal_path.parent) == []
    assert apply_import(filled, plan).imported == ROWS  # and it imports whole afterwards


def test_a_cancelled_preview_stops_and_writes_nothing(filled, journal_path):
    table = read_csv(tracker_csv(ROWS, first=ROWS))
    mapping = guess_mapping(table.headers)
    before = dump(journal_path)
    for step in moments(lambda p: preview_import(filled, table, mapping, progress=p)):
        assert_cancelled(lambda p: preview_import(filled, table, mapping, progress=p), step)
    assert dump(journal_path) == before


def test_a_cancelled_json_import_leaves_the_empty_journal_as_it_was(filled, tmp_path):
    archive = export_json(filled, tmp_path / "out" / "all.json")
    scratch = open_journal(tmp_path / "scratch" / "j.sqlite3")
    target_path = tmp_path / "target" / "j.sqlite3"
    target = open_journal(target_path)
    try:
        steps = moments(lambda p: import_json(scratch, archive, p))
        before = dump(target_path)
        for step in steps:
            assert_cancelled(lambda p: import_json(target, archive, p), step)
            assert dump(target_path) == before
        assert leftovers(target_path.parent) == []
    finally:
        scratch.close()
        target.close()


@pytest.mark.parametrize("kind", ["json", "csv", "calendar"])
def test_a_cancelled_export_leaves_no_file(filled, journal_path, tmp_path, kind):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "earlier.txt").write_text("kept")
    write = {
        "json": lambda p, where: export_json(filled, where / "all.json", p),
        "csv": lambda p, where: export_csv(filled, where / "csv", progress=p),
        "calendar": lambda p, where: export_calendar(filled, where / "d.ics", progress=p),
    }[kind]
    steps = moments(lambda p: write(p, tmp_path / "counting"))
    before = dump(journal_path)
    for step in steps:
        assert_cancelled(lambda p: write(p, folder), step)
        assert sorted(p.name for p in folder.rglob("*")) == ["earlier.txt"]
    assert dump(journal_path) == before


def test_a_cancelled_backup_leaves_no_part_file(filled, journal_path, tmp_path):
    steps = moments(lambda p: backup_now(filled, tmp_path / "counting", progress=p))
    folder = backups_folder(filled)
    before = journal_path.read_bytes()
    for step in steps:
        assert_cancelled(lambda p: backup_now(filled, progress=p), step)
        assert not folder.exists() or list(folder.iterdir()) == []
    assert journal_path.read_bytes() == before
    assert leftovers(journal_path.parent) == []


def test_a_cancelled_restore_check_leaves_the_journal_and_no_copy(filled, journal_path):
    backup = backup_now(filled)
    filled.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = journal_path.read_bytes()
    steps = moments(lambda p: prepare_restore(journal_path, backup, p).unlink())
    for step in steps:
        assert_cancelled(lambda p: prepare_restore(journal_path, backup, p), step)
        assert journal_path.read_bytes() == before
        assert leftovers(journal_path.parent) == []
