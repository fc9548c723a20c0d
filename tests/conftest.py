"""Shared fixtures: a fresh journal file per test, and Qt forced offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from debrief.journal.store.journal import Journal, open_journal  # noqa: E402


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def journal(journal_path) -> Journal:
    """A new journal, with the models bound to it for the test's own queries."""
    j = open_journal(journal_path)
    with j.reading():
        yield j
    j.close()


@pytest.fixture
def settings(tmp_path):
    """A QSettings file of the test's own, so no test touches the user's layout."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, journal, settings):
    from debrief.ui.main_window import MainWindow

    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def add_interviews(journal: Journal, count: int, **overrides) -> list[int]:
    """Write `count` plain interviews through the journal layer; returns their ids."""
    from debrief.journal.records.interviews import save_interview

    ids = []
    for i in range(count):
        fields = {
            "company": f"Company {i:03d}",
            "role": "Engineer",
            "date": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
        }
        ids.append(save_interview(journal, {**fields, **overrides}))
    return ids


@pytest.fixture(autouse=True)
def templates_folder(tmp_path):
    """Edited message templates go to the test's own folder, never the user's data folder."""
    from debrief.journal.practice import templates_store

    folder = tmp_path / "templates"
    templates_store.use_folder(folder)
    yield folder
    templates_store.use_folder(None)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected would wait forever offscreen: fail the test instead.

    Tests that expect a message replace these themselves (their monkeypatch wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
