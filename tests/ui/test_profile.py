"""The profile signs every draft: set once in profileDialog, kept in the journal."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import tempfile
from pathlib import Path

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


def _first_use_dialog(qtbot, ask) -> ProfileDialog:
    qtbot.waitUntil(lambda: ask.findChild(ProfileDialog, "profileDialog") is not None)
    dialog = ask.findChild(ProfileDialog, "profileDialog")
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_first_use_asks_for_the_name_and_the_draft_signs_with_it(qtbot, open_wizard, journal):
    wizard = open_wizard(first_use=True)
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    dialog = _first_use_dialog(qtbot, ask)
    assert render(qtbot, wizard, "ask_first_use_profile") == []
    dialog.grab().save(str(Path(tempfile.gettempdir()) / "profile_first_use.png"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileName"), "Sam Park")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_profile(journal).name == "Sam Park"
    assert ask.editor.text().endswith("Best regards,\nSam Park")
    # Back and forth again: the profile is set, so nothing asks a second time.
    wizard.back()
    wizard.next()
    qtbot.wait(50)
    assert not [d for d in ask.findChildren(ProfileDialog) if d.isVisible()]


def test_skipping_the_first_use_question_is_remembered_for_this_debrief(
    qtbot, open_wizard, journal
):
    wizard = open_wizard(first_use=True)
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    dialog = _first_use_dialog(qtbot, ask)
    skip = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert skip.text().replace("&", "") == "Skip for now"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Profile.select().count() == 0  # nothing stored: Settings can still set it
    assert ask.editor.text().endswith("Best regards,\n[your name]")
    wizard.close()  # kept for later
    again = open_wizard(first_use=True)  # resumes at the Ask page
    assert again.currentPage() is page(again, Page.ASK)
    qtbot.wait(50)
    assert not [d for d in page(again, Page.ASK).findChildren(ProfileDialog) if d.isVisible()]


def test_alt_o_accepts_the_profile_instead_of_typing_an_o(qtbot, open_wizard, journal):
    wizard = open_wizard(first_use=True)
    fill_notice(qtbot, wizard)
    dialog = _first_use_dialog(qtbot, page(wizard, Page.ASK))
    name = dialog.findChild(QLineEdit, "profileName")
    qtbot.keyClicks(name, "Sam Park")
    qtbot.keyClick(name, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert load_profile(journal).name == "Sam Park"  # no stray "o" at the end


def test_after_the_first_use_question_the_message_has_the_focus(qtbot, open_wizard, journal):
    """Closing the question left the focus on "Add to calendar…", the page's first button."""
    wizard = open_wizard(first_use=True)
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    dialog = _first_use_dialog(qtbot, ask)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileName"), "Sam Park")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: wizard.focusWidget() is ask.editor.body)
