"""With several interviewers, the Ask page preselects the most senior and greets them by name."""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import pytest

from debrief.journal.records.interviews import save_interview
from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    fill_ask,
    fill_notice,
    open_wizard,
    page,
    render,
)

PANEL = [
    {"name": "Ben Ortiz", "title": "Data analyst", "email": "ben@northwind.example"},
    {"name": "Cara Diaz", "title": "Head of Analytics", "email": "cara@northwind.example"},
    {"name": "Dev Rao", "title": "Senior analyst", "email": ""},
]


@pytest.fixture
def interview_id(journal) -> int:
    """A panel of three: the head of the team sits between two analysts."""
    return save_interview(
        journal,
        {"company": "Northwind Traders", "role": "Data analyst", "date": "2026-03-01"},
        PANEL,
    )


def test_the_most_senior_interviewer_is_preselected_and_greeted(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    assert ask.person.currentText() == "Cara Diaz"
    assert ask.email.text() == "cara@northwind.example"
    assert ask.editor.text().startswith("Hi Cara Diaz,")
    assert render(qtbot, wizard, "ask_most_senior") == []
    # The user may still ask someone else: the draft follows while it is untouched.
    ask.person.setCurrentIndex(2)
    assert ask.editor.text().startswith("Hi Dev Rao,")
    assert ask.email.text() == ""


def test_the_choice_is_kept_when_the_debrief_is_resumed(qtbot, open_wizard):
    wizard = open_wizard()
    fill_notice(qtbot, wizard)
    page(wizard, Page.ASK).person.setCurrentIndex(0)
    wizard.close()  # kept for later
    again = open_wizard()
    assert page(again, Page.ASK).person.currentText() == "Ben Ortiz"
