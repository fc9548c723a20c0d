"""A JSON export is checked like typing: an entry the dialogs would refuse (a date in year
1 or 9999, a feeling of 99, an empty or 100,000-character company) stops the whole import,
and the message names each refused value and why."""

from __future__ import annotations

import json

import pytest

from debrief.journal.portability.export import ArchiveRefused, export_json, import_json
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview, Theme
from debrief.ui import export_commands
from debrief.ui.export_commands import import_json_interactive
from tests.conftest import add_interviews

BAD = {
    "date": "0001-01-01",
    "told_at": "9999-12-31T10:00:00",
    "feeling": 99,
    "company": "",
}
LONG_COMPANY = "A" * 100_000


@pytest.fixture
def archive(tmp_path):
    """A real export of six interviews, five of them then edited by hand to be refused."""
    source = open_journal(tmp_path / "source.sqlite3")
    add_interviews(source, 6)
    path = export_json(source, tmp_path / "edited.json")
    source.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry, (field, value) in zip(data["interviews"], BAD.items(), strict=False):
        entry[field] = value
    data["interviews"][4]["company"] = LONG_COMPANY
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_archive_with_values_the_dialogs_refuse_imports_nothing(journal, archive):
    themes = Theme.select().count()
    with pytest.raises(ArchiveRefused) as refused:
        import_json(journal, archive)

    found = [(r.table, r.index, r.problem.field, r.problem.code) for r in refused.value.refusals]
    assert found == [
        ("interviews", 1, "date", "date_out_of_range"),
        ("interviews", 2, "told_at", "date_out_of_range"),
        ("interviews", 3, "feeling", "feeling_range"),
        ("interviews", 4, "company", "required"),
        ("interviews", 5, "company", "too_long"),
    ]
    assert Interview.select().count() == 0 and Theme.select().count() == themes


def test_the_menu_command_reports_each_refused_value(journal, archive, monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(export_commands, "ask_open_path", lambda *args: archive)
    monkeypatch.setattr(export_commands, "warn", lambda parent, t, text: said.append((t, text)))

    assert import_json_interactive(journal) is None

    ((title, text),) = said
    assert title == "Not imported"
    assert "5 values" in text and "Nothing was imported" in text
    for line in (
        "Interview 1: Date should be between 1950 and five years from now.",
        "Interview 2: Told at should be between 1950 and five years from now.",
        "Interview 3: How it felt is a number from 1 to 5.",
        "Interview 4: Company is needed.",
        "Interview 5: Company is too long to store; please shorten it.",
    ):
        assert line in text
    assert Interview.select().count() == 0


def test_a_clean_archive_still_imports_whole(journal, tmp_path):
    source = open_journal(tmp_path / "source.sqlite3")
    add_interviews(source, 6, feeling=4)
    path = export_json(source, tmp_path / "clean.json")
    source.close()
    assert import_json(journal, path)["interviews"] == 6
