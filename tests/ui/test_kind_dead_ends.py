"""Kind dead ends: save dialogs start in Documents or home, saves offer Show in folder,
counts read right for 0, 1 and 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from debrief.ui import export_commands
from debrief.ui.count_words import count_words
from debrief.ui.plurals import counted
from debrief.ui.save_places import confirm_saved, start_folder
from tests.conftest import add_interviews


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh home folder, with the working directory somewhere else entirely."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    elsewhere = tmp_path / "source-tree"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return home


def test_save_dialogs_start_in_documents_when_it_exists(home):
    (home / "Documents").mkdir()
    assert start_folder() == home / "Documents"


def test_save_dialogs_start_at_home_without_documents_never_the_working_directory(home):
    assert start_folder() == home
    assert start_folder() != Path.cwd()


def test_every_save_dialog_starts_in_the_same_place(home, journal, monkeypatch, qtbot):
    """JSON export, CSV export and the calendar all ask where from start_folder()."""
    from debrief.ui.time_commands import TimeCommands

    starts = []
    monkeypatch.setattr(
        export_commands, "ask_save_path", lambda p, c, start, f: starts.append(start.parent)
    )
    monkeypatch.setattr(export_commands, "ask_folder", lambda p, c, start: starts.append(start))
    export_commands.export_json_interactive(journal)
    export_commands.export_csv_interactive(journal)
    TimeCommands(journal, None, lambda: None, lambda _id: None).export_calendar()
    assert starts == [home, home, home]


def test_a_save_is_confirmed_with_show_in_folder(tmp_path, monkeypatch):
    saved = tmp_path / "export.json"
    saved.write_text("{}")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def press_show(box):
        box.findChild(QPushButton, "showInFolderButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_show)
    assert confirm_saved(None, "Saved", "Your file is saved.", saved)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_json_export_confirms_with_show_in_folder(home, journal, monkeypatch):
    target = home / "out.json"
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: target)
    confirmed = []
    monkeypatch.setattr(export_commands, "confirm_saved", lambda *a: confirmed.append(a[-1]))
    assert export_commands.export_json_interactive(journal) == target
    assert confirmed == [target]


@pytest.mark.parametrize(
    ("n", "words"), [(0, "0 interviews"), (1, "1 interview"), (2, "2 interviews")]
)
def test_counts_read_right_for_0_1_and_2(qapp, n, words):
    assert count_words().interviews(n) == words
    assert counted(f"{n} interview(s)", n) == words


@pytest.mark.parametrize(
    ("n", "status"),
    [
        (0, "0 interviews · 0 not selected · 0 with feedback"),
        (1, "1 interview · 0 not selected · 0 with feedback"),
        (2, "2 interviews · 0 not selected · 0 with feedback"),
    ],
)
def test_the_status_bar_counts_in_words(window, journal, n, status):
    add_interviews(journal, n)
    window.refresh()
    assert window.counts.text() == status


@pytest.mark.parametrize(
    ("rows", "words"), [(1, "holds 1 row and 2 columns"), (2, "holds 2 rows and 2 columns")]
)
def test_the_import_summary_counts_rows_in_words(qtbot, journal, tmp_path, rows, words):
    from debrief.journal.portability.csv_table import read_csv_file
    from debrief.ui.import_dialog import ImportDialog

    path = tmp_path / "jobs.csv"
    path.write_text("Company,Date\n" + "Acme,2026-01-02\n" * rows, encoding="utf-8")
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    assert words in dialog.file_page.summary_text(path, read_csv_file(path))
