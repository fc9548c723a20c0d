"""Fifth red team, window side: a journal in the recent list that is no longer there."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMessageBox

from debrief.journal.records.interviews import save_interview
from debrief.ui import recent_journals
from debrief.ui.session import Session


def test_a_recent_journal_that_vanished_is_not_made_again_empty(
    qtbot, tmp_path, settings, monkeypatch
):
    """A journal on a drive since unplugged (or moved) was opened from "Open recent" as a
    new, empty journal made where it had been (its folders too): the user saw their
    journal empty, and the next start opened that empty one."""
    gone = tmp_path / "usb" / "journal.sqlite3"
    recent_journals.remember(settings, gone)
    session = Session(settings)
    assert session.open(tmp_path / "here.sqlite3")
    save_interview(session.journal, {"company": "Still here", "role": "R", "date": "2026-01-01"})
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = session.window

    journal_menu = QMenu()
    menu = window.file_commands.recent_menu(journal_menu)
    menu.aboutToShow.emit()
    (entry,) = [a for a in menu.actions() if a.text() == str(gone)]
    entry.trigger()

    assert not (tmp_path / "usb").exists()
    assert session.window is window and session.journal.path.name == "here.sqlite3"
    assert shown and "journal.sqlite3" in shown[0] and "is no longer" in shown[0]
    session.close()


def test_a_journal_name_too_long_for_its_lock_is_refused_as_too_long(
    qtbot, tmp_path, settings, monkeypatch
):
    """No lock file fits beside such a name, so the window opened it read-only and said no
    lock file could be made in the folder."""
    session = Session(settings)
    assert session.open(tmp_path / "here.sqlite3")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    assert not session.open(tmp_path / ("j" * 244 + ".sqlite3"))

    assert shown and "too long a name" in shown[0]
    assert sorted(p.name for p in tmp_path.iterdir() if "j" * 244 in p.name) == []
    session.close()


def test_a_csv_export_folder_never_takes_the_name_of_a_dangling_link(tmp_path):
    """A link named like the new folder, leading nowhere, counted as free: the export then
    failed inside it ("No such file or directory") instead of taking the next name."""
    from debrief.ui.export_commands import free_folder

    (tmp_path / "debrief-2026-03-02-csv").symlink_to(tmp_path / "gone")
    assert free_folder(tmp_path, "debrief-2026-03-02-csv").name == "debrief-2026-03-02-csv (2)"
