"""The wizard's editors: live wording check, mail and clipboard, themes, keyboard, the model."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

from debrief.journal.practice import drafts
from debrief.ui.rejection_wizard import Page
from debrief.ui.rejection_wizard.message_editor import utf16_offset
from debrief.ui.rejection_wizard.points_model import PointsModel
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    fill_notice,
    interview_id,
    open_wizard,
    page,
    render,
)

QUESTIONING = "Why wasn't I selected?"


def ask_page(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    return wizard, page(wizard, Page.ASK)


def test_wording_warnings_appear_while_typing_and_a_click_rewrites(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    edit = wizard.findChild(QPlainTextEdit, "requestEdit")
    warnings = wizard.findChild(QWidget, "wordingWarnings")
    assert warnings.count() == 0
    edit.clear()
    qtbot.keyClicks(edit, "Hello Ann. " + QUESTIONING)
    qtbot.waitUntil(lambda: warnings.count() >= 1)
    assert warnings.isVisible()
    assert QUESTIONING in warnings.labels[0].text()
    assert any("selected" in text for text in ask.editor.highlighted())
    suggestion = ask.editor.problems[0].suggestion
    button = warnings.buttons[0]
    assert isinstance(button, QPushButton) and button.isVisible()
    assert suggestion in button.accessibleName()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QUESTIONING not in edit.toPlainText()
    assert suggestion in edit.toPlainText()
    assert edit.toPlainText().startswith("Hello Ann. ")
    assert warnings.count() == 0 and not warnings.isVisible()
    assert edit.extraSelections() == []
    assert ask.editor.ok_label.isVisible()


def test_a_rewrite_button_works_from_the_keyboard(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", "Thanks 🙂 for the call. " + QUESTIONING)
    warnings = ask.editor.warnings
    assert warnings.count() == 1
    ask.editor.body.setFocus()
    qtbot.keyClick(ask.editor.body, Qt.Key.Key_Tab)  # Tab leaves the text for the button
    assert QApplication.focusWidget() is warnings.buttons[0]
    qtbot.keyClick(warnings.buttons[0], Qt.Key.Key_Space)
    assert QUESTIONING not in ask.editor.text()
    assert ask.editor.text().startswith("Thanks 🙂 for the call. ")  # emoji offsets respected
    assert wizard.currentPage() is ask


def test_enter_on_a_rewrite_button_rewrites_and_stays_on_the_page(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", QUESTIONING)
    button = ask.editor.warnings.buttons[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert QUESTIONING not in ask.editor.text()
    assert wizard.currentPage() is ask


def test_leave_it_out_takes_the_sentence_out_and_keeps_the_message_tidy(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    body = "Hi Ann,\n\nThank you for letting me know. " + QUESTIONING + " Any advice helps.\n"
    ask.editor.set_message("", body)
    warnings = ask.editor.warnings
    assert warnings.count() == 1
    assert render(qtbot, wizard, "leave_it_out") == []  # both buttons and the words fit
    ask.editor.body.setFocus()
    qtbot.keyClick(ask.editor.body, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past "Use this instead"
    remove = QApplication.focusWidget()
    assert remove is warnings.remove_buttons[0] and remove.text() == "Leave it out"
    assert QUESTIONING in remove.accessibleName()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert ask.editor.text() == "Hi Ann,\n\nThank you for letting me know. Any advice helps.\n"
    assert warnings.count() == 0 and ask.editor.highlighted() == []
    assert wizard.currentPage() is ask
    ask.editor.body.undo()  # one step brings the sentence back
    assert ask.editor.text() == body


def test_the_clarifying_question_offers_no_leave_it_out(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", QUESTIONING)
    assert len(ask.editor.warnings.remove_buttons) == 1
    clarify = page(wizard, Page.CLARIFY)
    assert clarify.warnings.remove_buttons == []


def test_copied_is_no_longer_said_once_the_text_changes(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", "Thanks for the call. " + QUESTIONING)
    ask.editor.copy_button.click()
    assert ask.editor.status.text().startswith("Copied.")
    ask.editor.warnings.buttons[0].click()  # the text on the clipboard is not this one
    assert ask.editor.status.text() == ""


def test_tab_to_a_rewrite_shows_the_button_even_in_a_short_area(qtbot, open_wizard):
    """At large text on a small screen the warnings get a line or two: Tab from the
    message must land on a button the user can see, not on words above it."""
    wizard, ask = ask_page(qtbot, open_wizard)
    font = wizard.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    wizard.setFont(font)
    wizard.resize(700, 520)
    ask.editor.set_message("", "Thanks for the call. " + QUESTIONING + " I deserved the job.")
    qtbot.wait(50)
    area = ask.editor.warnings_area
    ask.editor.body.setFocus()
    reached = []
    for _ in range(ask.editor.warnings.count() * 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton) or not area.isAncestorOf(button):
            break
        corner = button.mapTo(area.viewport(), button.rect().bottomRight())
        assert area.viewport().rect().contains(corner), button.text()
        reached.append(button)
    # Every card's two buttons were reached by Tab, not none: a check of nothing passes.
    assert len(reached) == 2 * ask.editor.warnings.count() >= 2


def test_the_highlight_follows_the_sentence_as_the_user_edits(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", "Thanks for the call. " + QUESTIONING)
    assert ask.editor.highlighted() == [QUESTIONING]
    cursor = QTextCursor(ask.editor.body.document())
    cursor.insertText("Hi Ann, I hope you are well. ")  # typed before the sentence
    assert ask.editor.highlighted() == [QUESTIONING]  # moved with it at once, before a check
    end = QTextCursor(ask.editor.body.document())
    end.movePosition(QTextCursor.MoveOperation.End)
    end.insertText(" Best, Tom")
    assert ask.editor.highlighted() == [QUESTIONING]
    ask.editor.warnings.buttons[0].click()  # the rewrite lands where the sentence is now
    text = ask.editor.text()
    assert text.startswith("Hi Ann, I hope you are well. Thanks for the call. ")
    assert QUESTIONING not in text and text.endswith(" Best, Tom")
    qtbot.waitUntil(lambda: ask.editor.text() == ask.editor._checked)
    assert ask.editor.highlighted() == []


def test_after_the_check_the_highlight_covers_the_edited_sentence(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", QUESTIONING + " Thanks.")
    cursor = QTextCursor(ask.editor.body.document())
    cursor.setPosition(len("Why wasn't I "))
    cursor.insertText("finally ")  # typed inside the flagged sentence
    qtbot.waitUntil(lambda: ask.editor.text() == ask.editor._checked, timeout=2000)
    assert ask.editor.highlighted() == ["Why wasn't I finally selected?"]


def test_the_clarifying_question_offers_its_rewrite_as_a_button(qtbot, open_wizard):
    wizard = open_wizard()
    clarify = page(wizard, Page.CLARIFY)
    clarify.question.setPlainText("Why do you think I was rude? That's not true.")
    assert clarify.warnings.count() >= 1
    button = clarify.warnings.buttons[0]
    assert isinstance(button, QPushButton)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert "not true" not in clarify.question.toPlainText() or "rude" not in (
        clarify.question.toPlainText()
    )


def test_a_stale_suggestion_changes_nothing(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", QUESTIONING)
    problem = ask.editor.problems[0]
    ask.editor.body.setPlainText("Something else entirely, much longer than before.")
    assert ask.editor.apply(problem) is False
    assert ask.editor.text() == "Something else entirely, much longer than before."


@pytest.fixture
def mail_program(tmp_path, monkeypatch):
    """An xdg-mime that names `handler` for mailto: links ("" for none), first on PATH."""

    def set_up(handler: str) -> None:
        script = tmp_path / "xdg-mime"
        script.write_text(f"#!/bin/sh\necho '{handler}'\n")
        script.chmod(0o755)
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")

    return set_up


def test_mail_app_opens_with_the_encoded_request(qtbot, open_wizard, monkeypatch, mail_program):
    mail_program("thunderbird.desktop")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.person.setCurrentIndex(0)
    ask.editor.set_message("Merci — a short request", "Grüße, Zoë 👋\nCould you share advice?")
    qtbot.mouseClick(ask.editor.mail_button, Qt.MouseButton.LeftButton)
    expected = drafts.mailto_url(
        "ann@northwind.example", "Merci — a short request", "Grüße, Zoë 👋\nCould you share advice?"
    )
    assert len(opened) == 1
    assert opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded) == expected
    assert "mail app" in ask.editor.status.text()


def wholly_shown(label: QLabel) -> bool:
    """The label's whole text fits the room the layout gave it (no words cut off)."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width()


def test_without_a_mail_program_the_request_is_copied_instead(
    qtbot, open_wizard, monkeypatch, mail_program
):
    """xdg-open "succeeds" with no mail program set up (it printed the whole message to a
    terminal): the user is told, and the message is on the clipboard to paste."""
    mail_program("")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", "Could you share one thing I could improve?")
    qtbot.mouseClick(ask.editor.mail_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert QGuiApplication.clipboard().text() == "Could you share one thing I could improve?"
    assert "copied" in ask.editor.status.text() and "Opened" not in ask.editor.status.text()
    assert render(qtbot, wizard, "ask_no_mail_app") == []  # the longer note fits too


def test_the_notes_after_copy_and_mail_are_read_in_full(
    qtbot, open_wizard, monkeypatch, mail_program
):
    """The ask page adds two buttons to the row: "Opened in your mail app. Check it, th"
    was all a user saw at 1366x768, and the Copy note was cut off the same way."""
    mail_program("thunderbird.desktop")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    wizard, ask = ask_page(qtbot, open_wizard)
    for button in (ask.editor.mail_button, ask.editor.copy_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wholly_shown(ask.editor.status))
        assert ask.editor.status.text()


def test_copy_puts_the_request_on_the_clipboard(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", "Could you share one thing I could improve?")
    qtbot.mouseClick(ask.editor.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Could you share one thing I could improve?"


def test_the_request_is_redrafted_until_the_user_edits_it(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.person.setCurrentIndex(0)
    assert "Ann" in ask.editor.text()
    ask.channel["phone"].click()
    phone_script = ask.editor.text()
    assert ask.editor.subject.isHidden()
    ask.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ask.editor.body, " My own words.")
    ask.channel["email"].click()
    assert ask.editor.text() == phone_script + " My own words."


def test_theme_autocompletes_over_existing_themes(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.asked.click()
    wizard.next()
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    names = listen.completer.model().stringList()
    assert "Enthusiasm" in names and "First impression" in names
    listen.completer.setCompletionPrefix("enth")
    assert listen.completer.currentCompletion() == "Enthusiasm"


def test_mnemonic_labels_have_buddies_and_inputs_take_tab_focus(qtbot, open_wizard):
    wizard = open_wizard()
    for page_id in Page:
        for label in page(wizard, page_id).findChildren(QLabel):
            if "&" in label.text() and "&amp;" not in label.text():
                assert label.buddy() is not None, label.text()
    for name in ("requestEdit", "pointWords", "pointTheme", "clarifyQuestion", "actionText"):
        widget = wizard.findChild(QWidget, name)
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, name
    assert page(wizard, Page.ASK).editor.body.tabChangesFocus()


def test_points_model_passes_the_model_tester(qtmodeltester):
    model = PointsModel(
        [{"kind": "held_back", "theme": "Enthusiasm", "words": "Flat\nsecond line"}]
    )
    model.add_point("advice")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model, force_py=False)
    assert model.remove_empty() == 1
    assert model.rowCount() == 1


def test_utf16_offsets_count_emoji_twice():
    assert utf16_offset("a👋b", 2) == 3


def tab_walk(qtbot, wizard, presses: int = 40) -> list[str]:
    """objectNames of the widgets Tab visits, in order, starting from the current focus."""
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    return seen


def test_tab_reaches_every_field_of_the_ask_page(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.editor.set_message("", QUESTIONING)  # so the warnings list is shown too
    ask.person.setFocus()
    visited = set(tab_walk(qtbot, wizard))
    for name in (
        "interviewerCombo",
        "interviewerEmail",
        "requestEditSubject",
        "requestEdit",
        "wordingRewrite",
        "requestEditCopy",
        "requestEditMail",
        "askedCheck",
    ):
        assert name in visited, name
    assert any(name.startswith("channel_") for name in visited)


def test_tab_reaches_the_points_editor(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.asked.click()
    wizard.next()
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    listen.response["given"].setFocus()
    visited = set(tab_walk(qtbot, wizard))
    for name in ("pointsView", "addPoint", "removePoint", "pointKind", "pointTheme", "pointWords"):
        assert name in visited, name


def test_enter_moves_to_the_next_page(qtbot, open_wizard):
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    notice.told["letter"].click()
    notice.told["letter"].setFocus()
    qtbot.keyClick(notice.told["letter"], Qt.Key.Key_Return)
    assert wizard.currentPage().objectName() == "askPage"


def test_a_new_interviewer_name_drops_the_previous_persons_email(qtbot, open_wizard):
    wizard, ask = ask_page(qtbot, open_wizard)
    ask.person.setCurrentIndex(0)
    assert ask.email.text() == "ann@northwind.example"
    ask.person.setEditText("Raj Patel")
    assert ask.email.text() == ""
    assert "Hi Raj Patel" in ask.editor.text()


def test_thanks_follow_the_way_they_were_asked(qtbot, open_wizard):
    wizard = open_wizard()
    page(wizard, Page.NOTICE).told["phone"].click()
    wizard.next()
    page(wizard, Page.ASK).asked.click()
    wizard.next()
    listen = page(wizard, Page.LISTEN)
    listen.response["given"].click()
    listen.words.setPlainText("Be more concrete")
    wizard.next()
    wizard.next()
    thank = page(wizard, Page.THANK)
    assert thank.channel["phone"].isChecked()
    assert thank.editor.subject.isHidden() and "Thank you so much" in thank.editor.text()


def test_the_line_being_typed_stays_in_view_as_warnings_appear(qtbot, open_wizard):
    """Warnings take room under the message while the user types at its end: the box
    shrinks, and the caret must not slide out of sight."""
    wizard, ask = ask_page(qtbot, open_wizard)
    edit = wizard.findChild(QPlainTextEdit, "requestEdit")
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    for sentence in (" You made a mistake.", " Why wasn't I selected?", " Reply by Monday."):
        qtbot.keyClicks(edit, sentence)
    qtbot.waitUntil(lambda: ask.editor.warnings.count() >= 3)
    QApplication.processEvents()
    caret = edit.cursorRect()
    assert edit.viewport().rect().contains(caret.center())


def test_a_second_click_as_the_cards_move_up_is_not_a_second_rewrite(qtbot, open_wizard):
    """The rewrite used leaves and the next card slides under the pointer: a quick second
    click is taken for a double click, not for that card's rewrite."""
    wizard, ask = ask_page(qtbot, open_wizard)
    edit = wizard.findChild(QPlainTextEdit, "requestEdit")
    edit.setPlainText("Hello Ann. You made a mistake. Why wasn't I selected?")
    ask.editor.check_now()
    panel = ask.editor.warnings
    assert panel.count() == 2
    panel.buttons[0].click()
    ask.editor.check_now()
    assert panel.count() == 1
    panel.buttons[0].click()  # at once: the pointer did not move, the card did
    ask.editor.check_now()
    assert panel.count() == 1
