"""Shared fixtures: a fresh journal file per test, and Qt forced offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from debrief.journal.database import Journal, open_journal  # noqa: E402


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def journal(journal_path) -> Journal:
    j = open_journal(journal_path)
    yield j
    j.close()
