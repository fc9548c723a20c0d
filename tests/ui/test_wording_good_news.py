"""The request editor's tick line: "This asks for advice" only for a request that asks for it.

Nothing flagged is not the same as a good request: a text with no request at all, or one
not written in English, must never earn the tick.
"""

from __future__ import annotations

import pytest

from debrief.journal.practice.wording import ENGLISH_ONLY, Purpose
from debrief.ui.rejection_wizard.message_editor import MessageEditor

NO_VERDICT = [
    "Thanks.",
    "Hi Ann,\n\nBest regards,\nSam",
    "I hope you had a good weekend.",
    "Pourquoi je n'ai pas été retenu pour ce poste ? Merci de me donner les raisons.",
    "Warum wurde ich nicht ausgewählt? Bitte nennen Sie mir die Gründe.",
    "なぜ私は選ばれなかったのですか？",
    "Why wasn't I selected? I'd welcome any feedback.",
]


@pytest.fixture
def editor(qtbot):
    widget = MessageEditor("requestEdit", check=True)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("text", NO_VERDICT)
def test_no_tick_for_a_text_that_does_not_ask_for_advice(editor, text):
    editor.set_message("", text)
    assert "✓" not in editor.ok_label.text()
    assert "asks for advice" not in editor.ok_label.text()


def test_text_not_in_english_gets_the_english_only_note(editor):
    editor.set_message("", "Pourquoi je n'ai pas été retenu pour ce poste ?")
    assert editor.ok_label.text() == ENGLISH_ONLY
    assert editor.problems == []


def test_a_real_request_for_advice_gets_the_tick(editor):
    editor.set_message("", "Could you share what I could improve before my next interview?")
    assert editor.ok_label.text().startswith("✓ ")
    assert editor.purpose is Purpose.REQUEST


def test_gaps_left_in_a_draft_are_named_until_filled(editor):
    """A draft opened with "Hi [their name]," and "[your name]" could be copied or sent
    while the line under it said only "✓ This asks for advice"."""
    draft = "Hi [their name],\n\nCould you share one thing I could improve?\n\n[your name]"
    editor.set_message("", draft + " ([your name])")
    assert not editor.gaps_label.isHidden()
    assert editor.gaps_label.text() == "Still to fill in: [their name], [your name]."
    editor.set_message("", draft.replace("[their name]", "Ann").replace("[your name]", "Sam"))
    assert editor.gaps_label.isHidden()


def test_a_very_long_message_says_it_was_checked_in_part(editor):
    editor.set_message("", "Could you share any advice? " + "Thank you again. " * 3_000)
    editor.show()
    assert "first part only" in editor.ok_label.text()
    assert editor.ok_label.isVisible()
    assert editor.ok_label.styleSheet() == ""  # a note, not the green of good news
