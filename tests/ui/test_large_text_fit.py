"""At 150% text on a 1366x768 screen (910x512 in Qt's scaled pixels) every window fits.

The offscreen screen is 800x800, so the test grows the application font by half and
asks each window to fit 910x512 less the room `fit_to_screen` keeps for frames and panels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from debrief.journal.demo.story import fill_demo
from debrief.ui.screen_fit import FRAME
from tests.ui.text_scale import scaled_font

#: 1366x768 at 150%, less the title bar, frame and panels.
ROOM = (1366 * 2 // 3 - FRAME[0], 768 * 2 // 3 - FRAME[1])


@pytest.fixture
def large_text(qapp):
    with scaled_font(1.5):
        yield


def shown_at_room(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.resize(*ROOM)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the charts take their heights once drawn
    assert window.width() <= ROOM[0] and window.height() <= ROOM[1], window.size()
    return window


def in_view(window: QWidget, widget: QWidget) -> bool:
    """Some of `widget` is inside the window, not cut away by a scroll area or its edge."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    corner = widget.mapTo(window, QPoint(0, 0))
    return QRect(corner, widget.size()).intersects(window.rect())


def test_insights_fits_and_scrolls_to_what_was_said(large_text, qtbot, journal):
    from debrief.ui.insights import InsightsWindow

    fill_demo(journal)
    window = shown_at_room(qtbot, InsightsWindow(journal))
    window.show_theme_at(0)
    qtbot.wait(20)
    assert in_view(window, window.drill_down.view)
    window.scroll.ensureWidgetVisible(window.cards["trendChart"].save)
    qtbot.wait(20)
    assert in_view(window, window.cards["trendChart"].save)


def _fits_with_in_view(qtbot, dialog: QWidget, which) -> None:
    """The dialog opens within the screen, fits the room, and keeps its `which` button in
    view (a scroll area, not the screen's edge, takes what does not fit)."""
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.height() <= free.height() - FRAME[1]
    shown_at_room(qtbot, dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert in_view(dialog, box.button(which))


def test_the_interview_dialog_fits_with_save_in_view(large_text, qtbot, journal):
    from PySide6.QtWidgets import QDialogButtonBox

    from debrief.ui.interview_dialog import InterviewDialog

    _fits_with_in_view(qtbot, InterviewDialog(journal), QDialogButtonBox.StandardButton.Save)


def test_the_guide_fits_with_close_in_view(large_text, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from debrief.ui.guide_dialog import GuideDialog

    _fits_with_in_view(qtbot, GuideDialog(), QDialogButtonBox.StandardButton.Close)
