"""The profile signs every draft: set once in profileDialog, kept in the journal."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from debrief.journal.practice.profile import load_profile
from debrief.journal.store.models import Profile
from debrief.ui.profile_dialog import ProfileDialog
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    fill_notice,
    interview_id,
    open_wizard,
    page,
    render,
)


def test_the_name_set_in_the_profile_signs_the_request(qtbot, open_wizard, journal):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    assert ask.editor.text().endswith("Best regards,\n[your name]")  # a gap, not a guess
    assert render(qtbot, wizard, "ask_profile_button") == []
    qtbot.mouseClick(ask.profile_button, Qt.MouseButton.LeftButton)
    dialog = ask.findChild(ProfileDialog, "profileDialog")
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileName"), "Sam Park")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_profile(journal).name == "Sam Park"
    assert Profile.select().count() == 1
    assert ask.editor.text().endswith("Best regards,\nSam Park")
    assert "Hi Ann Lee," in ask.editor.text()
