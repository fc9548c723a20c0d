"""The round's prep sheet shows the company's history and the actions' age, and saves."""

from __future__ import annotations

import re

from debrief.ui.round_prep_sheet import RoundPrepDialog
from tests.journal.test_round_prep import _build


def test_the_round_sheet_shows_what_this_company_taught(qtbot, journal, tmp_path):
    ids = _build(journal)
    dialog = RoundPrepDialog(journal, ids["upcoming"])
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "prepSheet"
    assert "quill, round 2" in dialog.windowTitle()
    text = dialog.text.toPlainText()
    assert "Before your quill interview" in text
    assert "What you learned about quill before" in text
    assert "Round 1 of this application" in text and "Bo Chen" in text
    assert "“Answers ran long”" in text and "Unfair" not in text
    assert "You will meet ann lee." in text
    assert "Ann Lee · you have met them before, once" in text
    assert re.search(r"Practise short answers · .*open for \d+ days", text)
    markdown = dialog.export_markdown(tmp_path / "round.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Before your quill interview")
    assert "open for" in markdown
    pdf = dialog.export_pdf(tmp_path / "round.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_deleted_round_falls_back_to_the_journal_sheet(qtbot, journal):
    dialog = RoundPrepDialog(journal, 9999)
    qtbot.addWidget(dialog)
    assert "Before your next interview" in dialog.text.toPlainText()
