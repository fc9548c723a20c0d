"""Journal -> Export calendar… writes the iCalendar file the user chose."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from PySide6.QtGui import QAction

from debrief.journal.store.models import Interview
from debrief.ui import export_commands


@pytest.fixture
def told(monkeypatch):
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        export_commands, "tell", lambda p, title, text, **_: messages.append(("tell", text))
    )
    monkeypatch.setattr(
        export_commands, "warn", lambda p, title, text: messages.append(("warn", text))
    )
    return messages


def test_export_calendar_writes_the_chosen_file(window, journal, tmp_path, monkeypatch, told):
    with journal.writing():
        Interview.create(company="Nimbus", role="Engineer", date=dt.date.today() + dt.timedelta(2))
    target = tmp_path / "mine"
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: target)
    action = window.findChild(QAction, "actionExportCalendar")
    journal_menu = window.menuBar().actions()[0].menu()
    assert action in journal_menu.actions()

    action.trigger()
    written = tmp_path / "mine.ics"
    (event,) = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert "Nimbus" in str(event["summary"])
    assert told == [("tell", told[0][1])] and "Saved 1 event to" in told[0][1]


def test_cancelling_writes_nothing(window, tmp_path, monkeypatch, told):
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: None)
    window.findChild(QAction, "actionExportCalendar").trigger()
    assert told == [] and list(tmp_path.glob("*.ics")) == []


def test_next_round_adds_a_round_to_the_selected_application(window, journal):
    from tests.conftest import add_interviews

    (first,) = add_interviews(journal, 1)
    window.refresh()
    action = window.findChild(QAction, "actionNextRound")
    assert not action.isEnabled()
    window.select_interview(first)
    assert action.isEnabled()
    action.trigger()
    new_id = window.selected_id()
    assert new_id != first and Interview.get_by_id(new_id).round == 2
    column = window.model.columns.index("round")
    texts = {window.model.row_id(r): window.model.index(r, column).data() for r in range(2)}
    assert texts == {first: "1 of 2", new_id: "2 of 2"}


def test_next_round_is_off_for_an_application_that_ended_and_says_why(window, journal):
    from tests.conftest import add_interviews

    (open_one,) = add_interviews(journal, 1)
    (ended,) = add_interviews(journal, 1, company="Nimbus", outcome="rejected")
    window.refresh()
    action = window.findChild(QAction, "actionNextRound")
    own_tip = action.statusTip()
    window.select_interview(ended)
    assert not action.isEnabled()
    assert "ended" in action.toolTip() and action.statusTip() == action.toolTip()
    window.select_interview(open_one)
    assert action.isEnabled() and action.statusTip() == own_tip
    window.select_interview(ended)
    window.actions.follow(writable=True, selected=True)  # as after long work
    assert not action.isEnabled()


def test_an_ended_application_is_still_refused_by_the_journal(journal):
    from debrief.journal.records.rounds import add_next_round
    from debrief.journal.store.refusals import Refused
    from tests.conftest import add_interviews

    (ended,) = add_interviews(journal, 1, outcome="withdrawn")
    with pytest.raises(Refused):
        add_next_round(journal, ended)


def test_after_a_next_round_f2_opens_its_dialog_at_the_date(window, journal, monkeypatch):
    from debrief.ui.interview_dialog import InterviewDialog
    from tests.conftest import add_interviews

    (first,) = add_interviews(journal, 1)
    window.refresh()
    window.select_interview(first)
    window.findChild(QAction, "actionNextRound").trigger()
    assert "F2" in window.statusBar().currentMessage()
    focused = []

    def shown(dialog) -> int:
        focused.append(dialog.focusWidget())
        return InterviewDialog.DialogCode.Rejected

    monkeypatch.setattr(InterviewDialog, "exec", shown)
    window.findChild(QAction, "actionEditInterview").trigger()
    assert focused[0].objectName() == "dateEdit"  # the round needs its date
    window.findChild(QAction, "actionEditInterview").trigger()
    assert focused[1] is None  # once: later edits open where Qt puts the focus
