"""The ask, clarify and thank pages with wording problems shown, at the default size and 1024x700.

Every warning, rewrite button and good-news line must be shown whole: nothing clipped by the
page, no label shorter than its wrapped text. Set DEBRIEF_SCREENSHOTS to a folder to also get
a PNG of each page, to look at.
"""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from debrief.ui.rejection_wizard import Page
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    add_point,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
)

REQUEST = (
    "Dear Ann,\nThank you for letting me know. Honestly, I think you're making a mistake here. "
    "Why wasn't I selected when I met every requirement? Please send me the reasons by Monday."
)
QUESTION = "When you say I was unprepared, that's not true. Why do you think that?"
THANKS = "Thank you for the feedback. I don't think that's a fair summary of my answer, though."
SIZES = {"default": None, "1024x700": (1024, 700)}


def shown_whole(widget: QWidget) -> bool:
    """Not clipped by any parent, and a wrapping label is as tall as its text needs."""
    if widget.visibleRegion().boundingRect() != widget.rect():
        return False
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return widget.height() >= widget.heightForWidth(widget.width())
    if isinstance(widget, QPushButton):
        return widget.width() >= widget.sizeHint().width()
    return True


def check_and_capture(qtbot, wizard, panel: QWidget, name: str) -> None:
    qtbot.waitUntil(lambda: panel.isVisible() and panel.count() > 0, timeout=2000)
    QApplication.processEvents()
    folder = os.environ.get("DEBRIEF_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(folder) / f"{name}.png"))
    parts = [*panel.labels, *panel.buttons]
    clipped = [w.text()[:40] for w in parts if not shown_whole(w)]
    assert clipped == [], f"{name}: cut off: {clipped}"


@pytest.mark.parametrize("size", SIZES)
def test_wording_problems_are_shown_whole_on_every_page(qtbot, open_wizard, size):
    wizard = open_wizard()
    if SIZES[size]:
        wizard.resize(*SIZES[size])
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    ask.editor.set_message("Thank you", REQUEST)
    check_and_capture(qtbot, wizard, ask.editor.warnings, f"ask-{size}")
    assert ask.editor.warnings.count() >= 3

    ask.editor.set_message("Thank you", "Could you share any advice for my next interview?")
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    add_point(qtbot, wizard, "held_back", "Preparation", "You seemed unprepared.")
    next_page(qtbot, wizard)
    clarify = page(wizard, Page.CLARIFY)
    clarify.points.list.setCurrentRow(0)
    clarify.question.setPlainText(QUESTION)
    check_and_capture(qtbot, wizard, clarify.warnings, f"clarify-{size}")

    clarify.question.setPlainText("Could you give me an example?")
    next_page(qtbot, wizard)
    thank = page(wizard, Page.THANK)
    thank.editor.set_message("Thank you", THANKS)
    check_and_capture(qtbot, wizard, thank.editor.warnings, f"thank-{size}")
