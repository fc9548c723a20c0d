"""The look: icons from the registry, light and dark palettes that follow the system, charts too."""

from __future__ import annotations

import pytest
import qtawesome
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from debrief.journal.demo.story import fill_demo
from debrief.ui import appearance as looks
from debrief.ui.action_icons import MASK_SIZES, icon, mask_path
from debrief.ui.actions import COMMANDS, TOOLBAR
from debrief.ui.charts.scheme import DARK, LIGHT
from debrief.ui.insights import InsightsWindow
from debrief.ui.main_window import MainWindow


@pytest.fixture
def look(qapp):
    """The app following the "system", forced light or dark by the test; undone after."""
    before = QApplication.palette()
    found = looks.follow_system(qapp)
    yield found
    found.setParent(None)
    found.deleteLater()
    QApplication.setPalette(before)


def _window(qtbot, journal, settings) -> MainWindow:
    fill_demo(journal)
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _drawn(icon) -> bool:
    image = icon.pixmap(24, 24).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))


def test_every_command_names_a_qtawesome_icon_whose_masks_are_shipped(qapp):
    named = {c.name: c.icon for c in COMMANDS}
    assert all(named[name] for name in TOOLBAR if name)
    for command in COMMANDS:
        if command.icon:
            assert not qtawesome.icon(command.icon).isNull(), command.icon
            for size in MASK_SIZES:
                assert mask_path(command.icon, size).exists(), "run make icons"


def test_icons_are_tinted_with_the_accent(qapp, look):
    image = icon("mdi6.magnify").pixmap(48, 48).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)}
    colours.discard("#000000")  # transparent
    assert looks.ACCENT[False] in colours


def test_icons_arrive_after_the_first_paint_in_the_accent(qtbot, journal, settings, look):
    win = _window(qtbot, journal, settings)
    action = win.actions["actionInsights"]
    qtbot.waitUntil(lambda: _drawn(action.icon()))
    assert win.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_dark_scheme_gives_a_dark_palette_and_back(qapp, look):
    look.force(Qt.ColorScheme.Dark)
    assert looks.is_dark()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert window.lightness() < 60 < 200 < text.lightness()
    look.force(Qt.ColorScheme.Light)
    assert not looks.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.Highlight).name() == looks.ACCENT[False]


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_a_view_without_the_focus_shows_its_selection_muted(qapp, look, scheme):
    """Only the view the keyboard is in shows its selection in the accent: the others'
    is muted, still readable, so a keyboard user can see where they are."""
    look.force(scheme)
    colours = QApplication.palette()
    Group, Role = QPalette.ColorGroup, QPalette.ColorRole
    here = colours.color(Group.Active, Role.Highlight)
    away = colours.color(Group.Inactive, Role.Highlight)
    words = colours.color(Group.Inactive, Role.HighlightedText)
    assert here != away
    assert abs(here.lightness() - away.lightness()) > 40  # seen at a glance
    assert abs(words.lightness() - away.lightness()) > 120  # and read


def test_the_system_switching_scheme_repaints(qapp, qtbot, look):
    with qtbot.waitSignal(look.changed):
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)


def test_charts_follow_a_switch_to_dark_while_open(qtbot, journal, settings, look):
    fill_demo(journal)
    insights = InsightsWindow(journal, None, settings)
    qtbot.addWidget(insights)
    insights.show()
    qtbot.waitExposed(insights)
    chart = insights.cards["weaknessChart"].view.chart
    assert chart().backgroundBrush().color().name() == LIGHT.background
    with qtbot.waitSignal(insights.refreshed):
        look.force(Qt.ColorScheme.Dark)  # what colorSchemeChanged leads to
    assert chart().backgroundBrush().color().name() == DARK.background
    assert chart().titleBrush().color().name() == DARK.text


def test_wording_warnings_sit_on_a_dark_ground_in_the_dark(qtbot, look):
    from PySide6.QtWidgets import QFrame, QPlainTextEdit

    from debrief.journal.practice.wording import wording_problems
    from debrief.ui.rejection_wizard.wording_panel import WordingPanel

    editor = QPlainTextEdit()
    panel = WordingPanel("wordingWarnings", editor)
    qtbot.addWidget(panel)
    panel.show()
    text = "Why wasn't I selected?"
    grounds = {}
    for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
        look.force(scheme)
        panel.show_problems(text, wording_problems(text))
        qtbot.wait(10)  # a block added to a shown panel shows on the next turn
        (box,) = [b for b in panel.findChildren(QFrame, "wordingProblem") if not b.isHidden()]
        grounds[looks.is_dark()] = box.styleSheet()
    assert "#3a3220" in grounds[True] and "#fff6dc" in grounds[False]
