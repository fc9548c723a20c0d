"""The ask page's "Add to calendar" writes the one deadline as an .ics file, after asking where."""

from __future__ import annotations

import icalendar

from debrief.ui import export_commands
from debrief.ui.rejection_wizard import Page
from debrief.ui.save_places import start_folder
from tests.ui.wizard_helpers import fill_notice, interview_id, open_wizard, page

__all__ = ["interview_id", "open_wizard"]  # fixtures


def test_add_to_calendar_writes_the_deadline(
    qtbot, open_wizard, interview_id, tmp_path, monkeypatch
):
    wizard = open_wizard()
    fill_notice(qtbot, wizard, via="email")
    ask = page(wizard, Page.ASK)
    assert ask.calendar_button.isVisible()
    asked_where, told = [], []

    def save_path(parent, caption, suggested, filters):
        asked_where.append(suggested)
        return tmp_path / "deadline"

    monkeypatch.setattr(export_commands, "ask_save_path", save_path)
    monkeypatch.setattr(export_commands, "tell", lambda parent, title, text: told.append(title))
    assert ask.add_to_calendar()
    assert asked_where[0].parent == start_folder()
    assert asked_where[0].name == "ask-northwind-traders-deadline.ics"
    calendar = icalendar.Calendar.from_ical((tmp_path / "deadline.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["uid"]).startswith(f"ask-interview-{interview_id}@")
    assert len(events[0].walk("VALARM")) == 1
    assert told == ["Deadline saved"]


def test_no_button_when_told_by_phone(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard, via="phone")
    assert not page(wizard, Page.ASK).calendar_button.isVisible()
