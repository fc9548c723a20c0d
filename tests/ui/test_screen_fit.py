"""Windows open no larger than the free part of the screen, so their buttons stay in reach.

The offscreen screen the tests run on is 800x800: the insights window (designed at
1240x900) and the prep sheet (680x820) would reach past its lower edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from debrief.journal.demo.story import fill_demo
from debrief.ui.insights import InsightsWindow
from debrief.ui.prep_sheet import PrepSheetDialog
from debrief.ui.screen_fit import FRAME


def _free():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_tall_windows_open_within_the_screen(qtbot, journal):
    fill_demo(journal)
    for window in (InsightsWindow(journal), PrepSheetDialog(journal)):
        qtbot.addWidget(window)
        assert window.height() <= _free().height() - FRAME[1]
        assert window.width() <= _free().width() - FRAME[0]


def test_a_window_that_fits_keeps_its_designed_size(qtbot, journal, settings):
    from debrief.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(journal, settings)
    qtbot.addWidget(dialog)
    assert (dialog.width(), dialog.height()) == (520, 420)


def test_the_main_window_opens_within_the_screen(qtbot, journal, settings):
    from debrief.ui.main_window import MainWindow

    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    assert window.width() <= _free().width() - FRAME[0]
    assert window.height() <= _free().height() - FRAME[1]


def test_a_saved_layout_larger_than_the_screen_comes_back_within_it(qtbot, journal, settings):
    """A layout saved on a larger screen, or at a smaller text size, is fitted again."""
    from debrief.ui.main_window import MainWindow

    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    first.resize(_free().width() + 400, _free().height() + 300)
    first.close()
    second = MainWindow(journal, settings)
    qtbot.addWidget(second)
    assert second.width() <= _free().width() - FRAME[0]
    assert second.height() <= _free().height() - FRAME[1]
