"""Every file Debrief writes is private (0600, in folders it makes 0700) and whole: on a
full disk the file that was there stays, no fragment or temporary file is left, and the
user is told."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from debrief.journal.portability.csv_table import ImportProblem
from debrief.journal.portability.export import export_csv, export_json
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.files.backups import BackupError, backup_now, restore_backup
from debrief.journal.store.journal import open_journal
from debrief.ui import charts
from debrief.ui.prep_sheet import PrepSheetDialog
from tests.proof.conftest import fill

INTERVIEW = {
    "company": "Acme",
    "role": "Engineer",
    "date": "2026-03-02",
    "notes": "They said my system design answer skipped failure modes.",
}


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """Most desktops start programs with umask 022, which makes new files 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def sheet(qtbot, journal) -> PrepSheetDialog:
    save_interview(journal, INTERVIEW)
    dialog = PrepSheetDialog(journal)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def chart(qtbot) -> charts.ChartView:
    view = charts.ChartView("privateChart")
    qtbot.addWidget(view)
    view.resize(640, 360)
    charts.funnel_chart(view, "Funnel", ["Not selected", "Asked", "Thanked"], [4, 3, 1])
    return view


# ---- private -------------------------------------------------------------------------


def test_a_journal_on_a_first_run_gets_private_folders(tmp_path):
    path = tmp_path / "home" / ".local" / "share" / "debrief" / "debrief.sqlite3"
    open_journal(path).close()
    for folder in (path.parent, path.parent.parent, path.parent.parent.parent):
        assert _mode(folder) == 0o700, folder
    assert _mode(path) == 0o600


def test_a_journal_copied_in_readable_by_all_becomes_private_with_its_log(tmp_path):
    """A journal brought back by a download or a sync tool (0644) stayed readable by every
    account, and the -wal and -shm SQLite made beside it took the same mode."""
    path = tmp_path / "debrief.sqlite3"
    journal = open_journal(path)
    save_interview(journal, INTERVIEW)
    journal.close()
    path.chmod(0o644)
    journal = open_journal(path)
    save_interview(journal, INTERVIEW)
    log = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    assert [_mode(p) for p in (path, *log)] == [0o600] * 3
    journal.close()


def test_prep_sheets_are_private(sheet, tmp_path, warnings):
    folder = tmp_path / "new folder"
    assert _mode(sheet.export_markdown(folder / "prep.md")) == 0o600
    assert _mode(sheet.export_pdf(folder / "prep.pdf")) == 0o600
    assert _mode(folder) == 0o700
    assert warnings == []


def test_charts_are_private(chart, tmp_path):
    assert _mode(charts.export_png(chart, tmp_path / "funnel.png")) == 0o600
    assert _mode(charts.export_svg(chart, tmp_path / "funnel.svg")) == 0o600


def test_exports_are_private(journal, tmp_path):
    save_interview(journal, INTERVIEW)
    assert _mode(export_json(journal, tmp_path / "debrief.json")) == 0o600
    folder = tmp_path / "debrief-2026-03-02-csv"
    for path in export_csv(journal, folder):
        assert _mode(path) == 0o600, path
    assert _mode(folder) == 0o700


def test_backups_and_their_folder_are_private(journal):
    save_interview(journal, INTERVIEW)
    backup = backup_now(journal)
    assert _mode(backup) == 0o600
    assert _mode(backup.parent) == 0o700


def test_the_safety_copy_of_a_damaged_journal_and_its_wal_are_private(journal, journal_path):
    save_interview(journal, INTERVIEW)
    backup = backup_now(journal)
    journal.close()
    journal_path.write_bytes(b"overwritten by accident " * 100)
    wal = journal_path.with_name(journal_path.name + "-wal")
    wal.write_bytes(b"what the log still held " * 100)
    wal.chmod(0o644)

    safety = restore_backup(journal_path, backup)

    safety_wal = safety.with_name(safety.name + "-wal")
    assert safety_wal.read_bytes() == b"what the log still held " * 100
    assert (_mode(safety), _mode(safety_wal)) == (0o600, 0o600)


# ---- whole or not at all --------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


@pytest.mark.parametrize("kind", ["md", "pdf"])
def test_a_prep_sheet_saved_on_a_full_disk_keeps_the_old_one(sheet, small_disk, warnings, kind):
    target = small_disk / f"prep.{kind}"
    save = sheet.export_markdown if kind == "md" else sheet.export_pdf
    assert save(target) == target
    before = target.read_bytes()
    fill(small_disk)

    assert save(target) is None
    assert target.read_bytes() == before
    assert _leftovers(small_disk) == [f"prep.{kind}"]
    assert len(warnings) == 1 and "is unchanged" in warnings[0]


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_a_chart_saved_on_a_full_disk_keeps_the_old_one(chart, small_disk, kind):
    target = small_disk / f"funnel.{kind}"
    save = charts.export_png if kind == "png" else charts.export_svg
    save(chart, target)
    before = target.read_bytes()
    fill(small_disk)

    with pytest.raises(OSError):
        save(chart, target)
    assert target.read_bytes() == before
    assert _leftovers(small_disk) == [f"funnel.{kind}"]


def test_an_export_on_a_full_disk_keeps_the_old_one(journal, small_disk):
    target = small_disk / "debrief.json"
    export_json(journal, target)
    before = target.read_bytes()
    save_interview(journal, INTERVIEW)
    fill(small_disk)

    with pytest.raises(ImportProblem, match="No space left"):
        export_json(journal, target)
    assert target.read_bytes() == before
    assert _leftovers(small_disk) == ["debrief.json"]


def test_a_backup_on_a_full_disk_leaves_no_part_file(journal, small_disk):
    save_interview(journal, {**INTERVIEW, "notes": "x" * 100_000})
    folder = small_disk / "backups"
    first = backup_now(journal, folder)
    fill(small_disk)

    with pytest.raises(BackupError):
        backup_now(journal, folder)
    assert _leftovers(folder) == [first.name]
    con = sqlite3.connect(first)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
