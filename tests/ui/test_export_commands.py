"""Export to JSON and CSV, and a JSON export brought back, driven through the menu commands."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from debrief.journal.portability.export import CSV_NAMES
from debrief.journal.store.identity import OUR_TABLES
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from debrief.ui import export_commands
from debrief.ui.export_commands import (
    export_csv_interactive,
    export_json_interactive,
    import_json_interactive,
)
from debrief.ui.save_places import start_folder
from tests.conftest import add_interviews
from tests.journal.test_portability_export import fill_journal

TODAY = dt.date.today().isoformat()


@pytest.fixture
def said(monkeypatch):
    """Every message box the commands show, as (kind, title, text), instead of showing it."""
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        export_commands,
        "tell",
        lambda parent, title, text, **_: messages.append(("tell", title, text)),
    )
    monkeypatch.setattr(
        export_commands, "warn", lambda parent, title, text: messages.append(("warn", title, text))
    )
    return messages


@pytest.fixture
def answers(monkeypatch):
    """What the file dialogs answer; each records what it was asked."""
    asked: dict[str, list] = {"save": [], "folder": [], "open": []}
    chosen: dict[str, Path | None] = {"save": None, "folder": None, "open": None}

    def record(kind):
        def dialog(parent, caption, start, *filters):
            asked[kind].append((caption, start, *filters))
            return chosen[kind]

        return dialog

    monkeypatch.setattr(export_commands, "ask_save_path", record("save"))
    monkeypatch.setattr(export_commands, "ask_folder", record("folder"))
    monkeypatch.setattr(export_commands, "ask_open_path", record("open"))
    return chosen, asked


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in OUR_TABLES}
    finally:
        con.close()


def test_json_export_suggests_a_dated_file_in_documents(journal, said, answers):
    chosen, asked = answers
    assert export_json_interactive(journal) is None  # Cancel writes nothing
    caption, suggested, filters = asked["save"][0]
    assert suggested == start_folder() / f"debrief-{TODAY}.json"
    assert "*.json" in filters
    assert said == []


def test_json_export_then_import_into_an_empty_journal_keeps_every_row(
    journal, journal_path, tmp_path, said, answers
):
    chosen, _ = answers
    fill_journal()
    add_interviews(journal, 3)
    chosen["save"] = tmp_path / "out" / "my journal"  # no suffix: .json is added

    written = export_json_interactive(journal)

    assert written == tmp_path / "out" / "my journal.json" and written.is_file()
    assert said[-1][0] == "tell" and str(written) in said[-1][2]

    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            changes = []
            fresh.subscribe(changes.append)
            chosen["open"] = written
            received = import_json_interactive(fresh)
            assert received["interviews"] == 5
            assert counts(tmp_path / "fresh.sqlite3") == counts(journal_path)
            assert len(changes) == 1 and "interview" in changes[0].tables  # windows refresh
            assert "5 interviews" in said[-1][2]
    finally:
        fresh.close()


def test_json_import_is_refused_kindly_when_the_journal_has_entries(journal, said, answers):
    chosen, asked = answers
    add_interviews(journal, 1)
    chosen["open"] = Path("/never/asked.json")

    assert import_json_interactive(journal) is None

    assert asked["open"] == []  # refused before asking for a file
    kind, title, text = said[0]
    assert kind == "tell" and "empty" in text and "stays as it is" in text
    assert Interview.select().count() == 1


def test_the_refusal_offers_to_start_a_new_journal(qtbot, journal, said, answers):
    """From the menu the refusal is no dead end: its default button starts a new journal."""
    chosen, asked = answers
    add_interviews(journal, 1)
    started = []
    seen = []

    def press_start() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.defaultButton().click()

    QTimer.singleShot(0, press_start)
    assert import_json_interactive(journal, None, lambda: started.append(True)) is None

    assert started == [True] and asked["open"] == []
    assert "Load a JSON export" in seen[0] and "Open recent" in seen[0]
    assert Interview.select().count() == 1


def test_declining_the_new_journal_leaves_everything_as_it_was(journal, said, monkeypatch):
    add_interviews(journal, 1)
    monkeypatch.setattr(export_commands, "offer_new_journal", lambda *_: False)
    started = []
    assert import_json_interactive(journal, None, lambda: started.append(True)) is None
    assert started == [] and Interview.select().count() == 1


def test_a_file_that_is_not_an_export_imports_nothing(journal, tmp_path, said, answers):
    chosen, _ = answers
    chosen["open"] = tmp_path / "notes.json"
    chosen["open"].write_text('{"hello": 1}')
    assert import_json_interactive(journal) is None
    assert said == [
        (
            "warn",
            "Not imported",
            "notes.json is not a Debrief export (JSON), so it cannot be imported.",
        )
    ]
    assert Interview.select().count() == 0


def test_csv_export_writes_one_file_per_table_in_a_new_folder(journal, tmp_path, said, answers):
    chosen, asked = answers
    fill_journal()
    chosen["folder"] = tmp_path

    first = export_csv_interactive(journal)
    second = export_csv_interactive(journal)

    assert asked["folder"][0][1] == start_folder()
    folder = tmp_path / f"debrief-{TODAY}-csv"
    assert sorted(p.name for p in folder.iterdir()) == sorted(CSV_NAMES.values())
    assert {p.parent for p in first} == {folder}
    assert {p.parent for p in second} == {
        tmp_path / f"debrief-{TODAY}-csv (2)"
    }  # never overwritten
    interviews_csv = (folder / "interviews.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in interviews_csv  # a formula cell is neutralised
    assert said[0][0] == "tell" and str(folder) in said[0][2] and "8 CSV files" in said[0][2]


def test_an_export_that_cannot_be_written_says_so(journal, tmp_path, said, answers):
    chosen, _ = answers
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    chosen["save"] = blocker / "out.json"
    assert export_json_interactive(journal) is None
    kind, title, text = said[0]
    assert (kind, title) == ("warn", "Not exported")
    assert text.startswith("Debrief could not write out.json")
