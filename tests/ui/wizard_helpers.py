"""Driving the rejection wizard as a user would, shared by the wizard's test modules."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWizard

from debrief.journal.practice.profile import UserProfile, has_profile, save_profile
from debrief.journal.records.interviews import save_interview
from debrief.ui.rejection_wizard import Page, RejectionWizard

TOLD_AT = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=3)


@pytest.fixture
def interview_id(journal) -> int:
    return save_interview(
        journal,
        {"company": "Northwind Traders", "role": "Data analyst", "date": "2026-03-01"},
        [{"name": "Ann Lee", "title": "Team lead", "email": "ann@northwind.example"}],
    )


@pytest.fixture
def open_wizard(qtbot, journal, interview_id, monkeypatch):
    """Open (or reopen) the wizard for the interview, shown like the main window would.

    Closing keeps the draft without asking (a modal question would block the test);
    tests of the question replace `ask_keep_draft` themselves. An empty profile is
    stored first, so the Ask page does not ask for it, unless `first_use` is True.
    """
    monkeypatch.setattr(RejectionWizard, "ask_keep_draft", lambda self: "keep")

    def opener(first_use: bool = False) -> RejectionWizard:
        if not first_use and not has_profile(journal):
            save_profile(journal, UserProfile())
        wizard = RejectionWizard(journal, interview_id)
        qtbot.addWidget(wizard)
        with qtbot.waitActive(wizard):  # mnemonics (Alt+N) only reach the active window
            wizard.show()
            wizard.activateWindow()
        return wizard

    return opener


def page(wizard: RejectionWizard, which: Page):
    return wizard.page(int(which))


def next_page(qtbot, wizard: RejectionWizard) -> None:
    """Alt+N, the Next button's mnemonic (Alt+W in German), as a keyboard user would press it.

    A mnemonic "animates" the click, so the page changes a moment later.
    """
    from tests.ui.mnemonics import mnemonic

    before = wizard.currentId()
    letter = mnemonic(wizard.button(QWizard.WizardButton.NextButton).text()) or "n"
    key = Qt.Key(ord(letter.upper()))
    qtbot.keyClick(wizard, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: wizard.currentId() != before,
        timeout=2000,
    )


def click_finish(wizard: RejectionWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled()
    button.click()


def fill_notice(qtbot, wizard, via: str = "email", when: dt.datetime = TOLD_AT) -> None:
    notice = page(wizard, Page.NOTICE)
    notice.told[via].click()
    notice.when.setDateTime(QDateTime(when))
    next_page(qtbot, wizard)


def fill_ask(qtbot, wizard, asked_at: dt.datetime | None = None) -> None:
    ask = page(wizard, Page.ASK)
    assert wizard.currentPage() is ask
    ask.person.setCurrentIndex(0)  # Ann Lee
    ask.asked.click()
    if asked_at is not None:
        ask.asked_at.setDateTime(QDateTime(asked_at))
    next_page(qtbot, wizard)


def add_point(qtbot, wizard, kind: str, theme: str, words: str) -> None:
    listen = page(wizard, Page.LISTEN)
    if listen.current_row() < 0 or listen.words.toPlainText():
        qtbot.mouseClick(listen.add_button, Qt.MouseButton.LeftButton)
    listen.kind.setCurrentIndex(listen._kinds.index(kind))
    listen.theme.clear()
    qtbot.keyClicks(listen.theme, theme)
    listen.words.setPlainText(words)


#: The wizard's own default size, and the small laptop screen every page must fit.
SIZES = {"default": (760, 600), "small": (1024, 700)}

#: A point that held the user back, as the verdict dialog is given one.
SAMPLE_POINT = {
    "id": 1,
    "words": "Your answers rambled.",
    "kind": "held_back",
    "theme": "Communication",
    "verdict": "impression",
    "note": "",
    "action": "",
}


def render(qtbot, wizard: RejectionWizard, name: str) -> list[str]:
    """Save the wizard as it looks now at each size of SIZES, to look at; returns what is
    clipped (labels and buttons whose text does not fit) at any of them.

    Screenshots go to the folder in $DEBRIEF_SHOTS, or the temporary folder.
    """
    from tests.ui.pseudo_translation import clipped_texts

    folder = Path(os.environ.get("DEBRIEF_SHOTS") or tempfile.gettempdir())
    before = wizard.size()
    clipped = []
    for label, (width, height) in SIZES.items():
        wizard.resize(width, height)
        qtbot.wait(30)  # layouts settle on the next turn of the event loop
        wizard.grab().save(str(folder / f"wizard_{name}_{label}.png"))
        clipped += [f"{label}: {text}" for text in clipped_texts(wizard)]
    wizard.resize(before)
    return clipped
