"""The whole main flow with the keyboard alone: add, reject, debrief, insights, export."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Interview
from debrief.ui import export_commands
from debrief.ui.main_window import MainWindow
from tests.ui.key_script import (
    ALT,
    CTRL,
    KeyScript,
    Later,
    Step,
    focused,
    has_focus,
    is_active,
    until,
)

KEY = Qt.Key
NO_KEYS = Qt.KeyboardModifier.NoModifier
#: Taken before the autouse fixture replaces it: the export's "saved" note is shown for real
#: here, and closed with Enter.
REAL_INFORMATION = QMessageBox.information
EXPORTED = "the note that says where the export went"


@pytest.fixture
def main_window(qtbot, journal, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", REAL_INFORMATION)
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


class User:
    """Presses keys where the focus is, and nothing else; each step lets the events run."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def press(self, key: Qt.Key, modifier=NO_KEYS) -> Step:
        self.qtbot.keyClick(focused(), key, modifier)
        yield until(lambda: True, "the event loop to turn")

    def type(self, text: str) -> Step:
        self.qtbot.keyClicks(focused(), text)
        yield until(lambda: True, "the event loop to turn")

    def press_into_dialog(self, key: Qt.Key, modifier=NO_KEYS) -> Later:
        """A key that opens a modal dialog: pressed on a turn of its own, see KeyScript."""
        return Later(lambda: self.qtbot.keyClick(focused(), key, modifier))

    def mnemonic(self, letter: Qt.Key, done, what: str) -> Step:
        """Alt+letter on a button "animates" the click: wait until it has happened."""
        yield from self.press(letter, ALT)
        yield until(done, what)


def wizard_pages() -> dict[str, QWidget]:
    wizard = QApplication.activeWindow()
    return {page.objectName(): page for page in map(wizard.page, wizard.pageIds())}


def on_page(name: str):
    def check() -> bool:
        window = QApplication.activeWindow()
        return is_active("rejectionWizard")() and window.currentPage().objectName() == name

    return check


def add_interview(user: User) -> Step:
    """Ctrl+N, then the form from top to bottom with Tab, one interviewer, Enter saves."""
    yield user.press_into_dialog(KEY.Key_N, CTRL)
    yield until(is_active("interviewDialog"), "the new interview dialog")
    yield until(has_focus("companyEdit"), "the company field to have the focus")
    yield from user.type("Northwind Traders")
    yield from user.press(KEY.Key_Tab)
    yield from user.type("Data analyst")
    yield from user.press(KEY.Key_Tab)
    yield from user.type("T")  # the stage: Technical
    yield from user.press(KEY.Key_Tab)
    yield until(has_focus("dateEdit"), "the date")
    yield from user.type("20260302")  # each part moves on to the next once it is complete
    yield from user.press(KEY.Key_Tab)
    yield until(has_focus("timeEdit"), "the time of day")
    yield from user.type("14:30")
    yield from user.press(KEY.Key_Tab)  # the format stays unset
    yield from user.press(KEY.Key_Tab)
    yield from user.type("2")  # how it felt: 2 · Not great
    yield from user.press(KEY.Key_Tab)
    yield until(has_focus("outcomeCombo"), "the outcome")
    yield from user.press(KEY.Key_Tab)  # the outcome stays "Waiting to hear" for now
    yield from user.press(KEY.Key_Tab)  # no link
    yield from user.press(KEY.Key_Tab)  # nothing about where it was found
    yield from user.press(KEY.Key_Tab)  # nor when the user applied
    yield until(has_focus("notesEdit"), "the notes")
    yield from user.type("Panel of three; the SQL exercise went fine.")
    yield from user.press(KEY.Key_Tab)  # Tab leaves the notes
    yield until(has_focus("interviewersTable"), "Tab to leave the notes for the interviewers")
    yield from user.press(KEY.Key_A, ALT)  # Add interviewer: a new row, its name being edited
    yield until(lambda: focused().parent().objectName() == "qt_scrollarea_viewport", "an editor")
    for text in ("Ann Lee", "Team lead", "ann@northwind.example"):
        yield from user.type(text)
        yield from user.press(KEY.Key_Tab)  # the next cell
    yield from user.press(KEY.Key_Return)  # ends the cell editing
    yield from user.press(KEY.Key_Return)  # saves
    yield until(is_active("mainWindow"), "the main window, after saving")


def mark_rejected(user: User) -> Step:
    """F2 edits the selected interview; Alt+O reaches the outcome; Enter saves."""
    yield until(has_focus("interviewsView"), "the new interview's table to have the focus")
    yield user.press_into_dialog(KEY.Key_F2)
    yield until(is_active("interviewDialog"), "the edit dialog")
    yield from user.press(KEY.Key_O, ALT)
    yield from user.type("Not")  # Not selected
    yield from user.press(KEY.Key_Return)
    yield until(is_active("rejectionWizard"), "the rejection wizard to open by itself")


def debrief(user: User) -> Step:
    """Every wizard page, each reached with Alt+N (Next), and Alt+F (Finish) at the end."""
    pages = wizard_pages()
    notice, ask, listen = pages["noticePage"], pages["askPage"], pages["listenPage"]
    yield from user.mnemonic(KEY.Key_E, lambda: notice.told["email"].isChecked(), "By e-mail")
    wizard = ask.wizard()
    yield from user.mnemonic(KEY.Key_N, lambda: wizard.currentPage() is ask, "the ask page")
    yield until(is_active("profileDialog"), "first use: the question for the user's name")
    yield until(has_focus("profileName"), "the name field, ready for typing")
    yield from user.type("Sam Park")

    yield from user.press(KEY.Key_Return)  # OK: the drafts sign with the name
    yield until(is_active("rejectionWizard"), "the wizard, after the name")
    yield until(lambda: ask.editor.text().endswith("Sam Park"), "the request signed")
    yield from user.press(KEY.Key_I, ALT)  # Interviewer
    yield from user.press(KEY.Key_Down)  # the interview's one interviewer: Ann Lee
    yield from user.mnemonic(KEY.Key_K, ask.asked.isChecked, "I have asked them")
    yield from user.mnemonic(KEY.Key_N, on_page("listenPage"), "the listen page")
    given = listen.response["given"]
    yield from user.mnemonic(KEY.Key_G, given.isChecked, "They gave feedback")
    yield until(has_focus("pointWords"), "the first point's words")
    yield from user.type("You seemed a little flat when we talked about the team.")
    yield from user.press(KEY.Key_H, ALT)  # Theme
    yield from user.type("Enthusiasm")
    yield from user.mnemonic(KEY.Key_A, lambda: listen.model.rowCount() == 2, "Add point")
    yield until(has_focus("pointWords"), "the second point's words")
    yield from user.type("Your SQL answers were clear and well explained.")
    yield from user.press(KEY.Key_K, ALT)  # Kind
    yield from user.type("W")  # Went well
    yield from user.press(KEY.Key_H, ALT)
    yield from user.type("Communication")
    yield from user.mnemonic(KEY.Key_N, on_page("clarifyPage"), "the clarify page")
    yield from user.press(KEY.Key_Q, ALT)  # Question you asked (the first point is chosen)
    yield from user.type("Could you give me an example?")
    yield from user.press(KEY.Key_E, ALT)  # Example they gave
    yield from user.type("When we talked about the dashboard.")
    yield from user.mnemonic(KEY.Key_N, on_page("thankPage"), "the thank page")
    yield from user.mnemonic(KEY.Key_T, pages["thankPage"].thanked.isChecked, "I thanked them")
    yield from user.mnemonic(KEY.Key_N, on_page("improvePage"), "the improve page")
    weakness = pages["improvePage"].verdict["true_weakness"]
    yield from user.mnemonic(KEY.Key_R, weakness.isChecked, "A true weakness")
    yield from user.press(KEY.Key_P, ALT)  # Practise: a new action (below)
    yield from user.press(KEY.Key_Tab)  # the action's words, prefilled from the theme
    yield until(has_focus("actionText"), "the action's words")
    yield from user.press(KEY.Key_A, CTRL)
    yield from user.type("Tell one story about a team I enjoyed working with.")
    yield from user.press(KEY.Key_F, ALT)  # Finish
    yield until(is_active("mainWindow"), "the main window, after the wizard")


def note_has_focus() -> bool:
    """The export's note is up and holds the focus (the export ran on a worker, so the
    note can show a turn before the focus reaches it)."""
    box, where = QApplication.activeModalWidget(), QApplication.focusWidget()
    return isinstance(box, QMessageBox) and where is not None and box.isAncestorOf(where)


def insights_and_export(user: User) -> Step:
    yield from user.press(KEY.Key_I, CTRL)
    yield until(is_active("insightsView"), "the insights window")
    yield from user.press(KEY.Key_Escape)
    yield until(is_active("mainWindow"), "the main window, after insights")
    yield user.press_into_dialog(KEY.Key_E, CTRL)
    yield until(note_has_focus, EXPORTED)
    yield from user.press(KEY.Key_Return)
    yield until(is_active("mainWindow"), "the main window, after the export")


def test_whole_flow_by_keyboard(qtbot, main_window, tmp_path, monkeypatch):
    target = tmp_path / "journal-export.json"
    # The one step that is not a key press: a native file dialog cannot be driven from a
    # test, so the export asks this function for the place instead.
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *args: target)
    user = User(qtbot)

    def flow() -> Step:
        yield from add_interview(user)
        yield from mark_rejected(user)
        yield from debrief(user)
        yield from insights_and_export(user)

    script = KeyScript(flow())
    script.start()
    qtbot.waitUntil(lambda: script.done, timeout=30_000)
    assert script.error is None, script.error

    interview = Interview.get()
    assert (interview.company, interview.role, interview.stage) == (
        "Northwind Traders",
        "Data analyst",
        "technical",
    )
    assert interview.time == "14:30"
    assert (interview.date, interview.feeling, interview.outcome) == (
        dt.date(2026, 3, 2),
        2,
        "rejected",
    )
    assert interview.notes == "Panel of three; the SQL exercise went fine."
    assert interview.told_via == "email"
    request = FeedbackRequest.get()
    assert request.interviewer.name == "Ann Lee"
    assert request.interviewer.email == "ann@northwind.example"
    assert request.asked_at is not None and request.thanked_at is not None
    assert (request.response, request.wizard_step) == ("given", "done")
    points = list(FeedbackPoint.select().order_by(FeedbackPoint.position))
    assert [(p.kind, p.theme.name) for p in points] == [
        ("held_back", "Enthusiasm"),
        ("went_well", "Communication"),
    ]
    assert points[0].clarify_example == "When we talked about the dashboard."
    assert points[0].verdict == "true_weakness"
    assert points[0].action.description == "Tell one story about a team I enjoyed working with."
    assert Action.select().count() == 1
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "Northwind Traders" in json.dumps(exported)
