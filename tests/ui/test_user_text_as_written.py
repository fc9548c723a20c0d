"""Names the user typed, or a file brought in, show as written: never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from debrief.journal.practice.profile import UserProfile, save_profile
from debrief.journal.records.interviews import save_interview
from debrief.ui.import_dialog import ImportDialog
from debrief.ui.rejection_wizard import RejectionWizard

MARKUP = "<b>Bold</b> & <i>Sons</i>"


def test_the_wizard_shows_a_company_name_that_looks_like_markup_as_written(
    qtbot, journal, monkeypatch
):
    monkeypatch.setattr(RejectionWizard, "ask_keep_draft", lambda self: "keep")
    save_profile(journal, UserProfile())
    interview = save_interview(journal, {"company": MARKUP, "role": "Dev", "date": "2026-03-01"})
    wizard = RejectionWizard(journal, interview)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    shown = [label for label in wizard.findChildren(QLabel) if MARKUP in label.text()]
    assert shown, "the subtitle names the company"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_the_import_wizard_titles_are_plain_text(qtbot, journal):
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.subTitleFormat() == Qt.TextFormat.PlainText
    assert dialog.titleFormat() == Qt.TextFormat.PlainText
