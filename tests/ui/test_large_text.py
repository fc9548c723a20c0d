"""At 200% text (a doubled application font) the main window's words still fit."""

from __future__ import annotations

import pytest

from debrief.journal.demo.story import fill_demo
from debrief.ui.guide_dialog import GuideDialog
from debrief.ui.main_window import MainWindow
from debrief.ui.screen_fit import FRAME
from tests.ui.pseudo_translation import clipped_texts
from tests.ui.text_scale import scaled_font


@pytest.fixture
def doubled_font(qapp):
    with scaled_font(2):
        yield


def test_main_window_fits_at_double_text(doubled_font, qtbot, journal, settings):
    fill_demo(journal)
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.select_interview(win.model.row_id(0))
    assert clipped_texts(win) == []


def test_guide_grows_with_the_text(doubled_font, qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    wanted = min(40 * dialog.fontMetrics().height(), free.width() - FRAME[0])
    assert dialog.width() >= wanted  # as wide as 70 characters, or as the screen allows
    assert dialog.height() <= free.height() - FRAME[1]
