"""The Ask page: editing a template, a broken copy, agency wording, asking a second
interviewer in one click, and four warnings at the wizard's default size."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from debrief.journal.practice import debriefs, templates_store
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import Application, FeedbackRequest
from debrief.ui.rejection_wizard import Page
from debrief.ui.template_editor import TemplateEditor
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    click_finish,
    fill_notice,
    next_page,
    open_wizard,
    page,
    render,
)

FOUR = (
    "Dear Ann,\nThank you for letting me know. Honestly, I think you're making a mistake "
    "here. Why wasn't I selected when I met every requirement? Please send me the reasons "
    "by Monday. I deserve an explanation."
)


@pytest.fixture
def interview_id(journal) -> int:
    """Two people met: the lead is asked first, the engineer may be asked too."""
    return save_interview(
        journal,
        {"company": "Northwind Traders", "role": "Data analyst", "date": "2026-03-01"},
        [
            {"name": "Ann Lee", "title": "Team lead", "email": "ann@northwind.example"},
            {"name": "Bob Stone", "title": "Analyst", "email": "bob@northwind.example"},
        ],
    )


def _to_ask(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    assert wizard.currentPage() is ask
    return wizard, ask


def _editor(ask) -> TemplateEditor:
    """The editor open now (a closed one is deleted on the next turn of the loop)."""
    shown = [e for e in ask.findChildren(TemplateEditor, "templateEditor") if e.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_edit_template_from_the_ask_page_then_restore_default(qtbot, open_wizard, templates_folder):
    wizard, ask = _to_ask(qtbot, open_wizard)
    qtbot.mouseClick(ask.template_button, Qt.MouseButton.LeftButton)
    editor = _editor(ask)
    assert editor.isVisible() and editor.name() == "ask_email"
    assert editor.choice.currentText() == "Request for advice: e-mail"
    assert not editor.restore_button.isEnabled()  # nothing edited yet
    editor.grab().save(str(templates_folder.parent / "template_editor.png"))

    editor.text.setPlainText("Subject: Advice?\n\nHello {interviewer_name}, {nope} here.")
    assert not editor.save_button.isEnabled()
    assert "{nope}" in editor.status.text()
    editor.text.setPlainText(
        "Subject: Advice?\n\nHello {interviewer_name}, one thing I could work on?\n\n{sign_off}"
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert (templates_folder / "ask_email.txt").exists()
    assert "Saved" in editor.status.text() and editor.restore_button.isEnabled()
    # The untouched draft follows the saved version at once.
    assert ask.editor.subject.text() == "Advice?"
    assert ask.editor.text().startswith("Hello Ann Lee, one thing I could work on?")

    ask.short.click()  # the LinkedIn message has its own template
    editor.close()
    qtbot.mouseClick(ask.template_button, Qt.MouseButton.LeftButton)
    assert _editor(ask).name() == "ask_linkedin"
    _editor(ask).close()
    ask.short.click()
    qtbot.mouseClick(ask.template_button, Qt.MouseButton.LeftButton)
    editor = _editor(ask)
    assert editor.name() == "ask_email"
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert not (templates_folder / "ask_email.txt").exists()
    assert "I accept the decision" in editor.text.toPlainText()
    assert "I accept the decision" in ask.editor.text()
    editor.close()


def test_a_broken_copy_is_set_aside_with_a_kind_notice(qtbot, open_wizard, templates_folder):
    templates_folder.mkdir()
    (templates_folder / "ask_email.txt").write_text("Hi {first_name}, advice?", encoding="utf-8")
    wizard, ask = _to_ask(qtbot, open_wizard)
    assert ask.template_notice.isVisible()
    assert "{first_name}" in ask.template_notice.text()
    assert "uses the original template" in ask.template_notice.text()
    assert ask.editor.text().startswith("Hi Ann Lee,")
    assert render(qtbot, wizard, "ask_broken_template") == []
    qtbot.mouseClick(ask.template_button, Qt.MouseButton.LeftButton)
    editor = _editor(ask)
    assert editor.text.toPlainText() == "Hi {first_name}, advice?"  # the user's, to mend
    editor.text.setPlainText("Hi {interviewer_name}, advice?")
    assert editor.save()
    assert not ask.template_notice.isVisible()
    assert ask.editor.text() == "Hi Ann Lee, advice?"
    editor.close()


def test_through_an_agency_the_recruiter_is_asked_to_pass_it_on(
    qtbot, open_wizard, journal, interview_id
):
    with journal.writing():
        Application.update(source="Recruiter").execute()
    wizard, ask = _to_ask(qtbot, open_wizard)
    assert ask.agency.objectName() == "agencyCheck" and ask.agency.isChecked()
    assert ask.person_label.text() == "Recru&iter:"
    assert "putting me forward" in ask.editor.text()
    assert "ask the hiring team" in ask.editor.text()
    assert ask.editor.problems == []
    assert render(qtbot, wizard, "ask_through_agency") == []
    ask.agency.click()  # not through an agency after all: the draft follows
    assert "putting me forward" not in ask.editor.text()
    assert ask.person_label.text() == "&Interviewer:"
    ask.agency.click()
    ask.asked.click()
    next_page(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["declined"].click()
    listen.thanked.click()
    click_finish(wizard)
    request = FeedbackRequest.get()
    assert "putting me forward" in request.words and request.response == "declined"


def test_asking_a_second_interviewer_is_one_click(qtbot, open_wizard, journal, interview_id):
    wizard, ask = _to_ask(qtbot, open_wizard)
    assert ask.person.currentText() == "Ann Lee"
    assert not ask.also.isVisible()  # nobody asked yet
    ask.asked.click()
    assert ask.also.button.isVisible()
    assert ask.also.button.text().replace("&", "") == "Ask Bob Stone as well"
    assert render(qtbot, wizard, "ask_also_offered") == []
    ask.person.setCurrentIndex(1)  # asked Bob instead: Ann is the one to offer
    assert ask.also.button.text().replace("&", "") == "Ask Ann Lee as well"
    ask.person.setCurrentIndex(0)
    qtbot.mouseClick(ask.also.button, Qt.MouseButton.LeftButton)
    assert not ask.also.button.isVisible()  # everyone is asked now
    assert "request to Bob Stone is drafted" in ask.also.status.text()
    assert render(qtbot, wizard, "ask_also_drafted") == []
    second = FeedbackRequest.get(FeedbackRequest.id != wizard.request_id)
    assert second.interviewer.name == "Bob Stone" and second.wizard_step == "ask"
    draft = json.loads(second.draft)
    assert draft["words"].startswith("Hi Bob Stone,")
    assert draft["interviewer_email"] == "bob@northwind.example"

    next_page(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["declined"].click()
    click_finish(wizard)
    first = FeedbackRequest.get(FeedbackRequest.id != second.id)
    assert (first.interviewer.name, first.wizard_step) == ("Ann Lee", "done")
    # "Continue debrief" now opens the request to Bob at the Ask page, ready to send.
    assert debriefs.unfinished_step(journal, interview_id) == "ask"
    again = open_wizard()
    ask = page(again, Page.ASK)
    assert again.currentPage() is ask and again.request_id == second.id
    assert ask.person.currentText() == "Bob Stone"
    assert ask.editor.text().startswith("Hi Bob Stone,")
    assert not ask.asked.isChecked()


def test_four_warnings_are_each_shown_whole_at_the_default_size(qtbot, open_wizard):
    wizard, ask = _to_ask(qtbot, open_wizard)
    ask.editor.set_message("Thank you", FOUR)
    panel = ask.editor.warnings
    assert panel.count() == 4
    assert render(qtbot, wizard, "ask_four_warnings") == []
    for size in ((760, 600), (1024, 700)):
        wizard.resize(*size)
        qtbot.wait(30)
        QApplication.processEvents()
        for label in panel.labels:  # never squeezed: each is as tall as its words
            assert label.height() >= label.heightForWidth(label.width())
    wizard.resize(760, 600)
    qtbot.wait(30)
    last = panel.buttons[-1]
    last.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to it: it scrolls into view
    QApplication.processEvents()
    assert last.visibleRegion().boundingRect() == last.rect()
    assert panel.labels[-1].visibleRegion().boundingRect() == panel.labels[-1].rect()


def test_the_templates_command_is_in_the_menu_with_its_shortcut(window, qtbot):
    action = window.actions["actionEditTemplates"]
    assert action.shortcut().toString() == "Ctrl+T" and action.isEnabled()
    assert ("Message templates…", "Ctrl+T") in window.actions.shortcuts()
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    editor = window.findChild(TemplateEditor, "templateEditor")
    assert editor is not None and editor.isVisible()
    editor.choice.setCurrentIndex(templates_store.TEMPLATES.index("follow_up_email_agency"))
    assert "hiring team" in editor.text.toPlainText()
    assert editor.choice.currentText() == "Follow-up after no reply: e-mail, through an agency"
    editor.close()


def test_edits_not_saved_are_kept_while_switching_and_asked_about_on_close(
    qtbot, templates_folder, monkeypatch
):
    editor = TemplateEditor("thank_email")
    qtbot.addWidget(editor)
    editor.show()
    editor.text.setPlainText("Thanks {interviewer_name}! {sign_off}")
    assert "Not saved yet" in editor.status.text()
    editor.choice.setCurrentIndex(templates_store.TEMPLATES.index("ask_email"))
    assert "I accept the decision" in editor.text.toPlainText()
    editor.choice.setCurrentIndex(templates_store.TEMPLATES.index("thank_email"))
    assert editor.text.toPlainText() == "Thanks {interviewer_name}! {sign_off}"
    asked = []
    monkeypatch.setattr(editor, "_ask_keep", lambda count: asked.append(count) or "keep")
    editor.reject()
    assert asked == [1] and not editor.isVisible()
    saved = (templates_folder / "thank_email.txt").read_text(encoding="utf-8")
    assert saved == "Thanks {interviewer_name}! {sign_off}"


def test_another_interview_coming_up_is_said_only_when_one_is_ahead(qtbot, open_wizard, journal):
    wizard, ask = _to_ask(qtbot, open_wizard)
    assert "coming up" not in ask.editor.text()
    wizard.close()
    ahead = (dt.date.today() + dt.timedelta(days=6)).isoformat()
    save_interview(journal, {"company": "Globex", "role": "Analyst", "date": ahead})
    with journal.writing():  # start again, so the draft is made afresh
        FeedbackRequest.delete().execute()
    wizard, ask = _to_ask(qtbot, open_wizard)
    assert "I have another interview coming up soon" in ask.editor.text()
    assert ask.editor.problems == []
