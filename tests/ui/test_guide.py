"""Help → Guide to the practice, reachable from the menu, the empty journal and the wizard."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from debrief.ui.guide_dialog import GuideDialog, guide_file
from debrief.ui.main_window import MainWindow
from debrief.ui.rejection_wizard import RejectionWizard
from tests.ui.wizard_helpers import interview_id  # noqa: F401  (a fixture)


def _close_guide_when_shown(found: list) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GuideDialog):
            found.append(dialog.text.toPlainText())
            dialog.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_guide_walks_through_the_practice(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for step in ("Ask soon", "24 hours", "Listen", "Clarify", "Thank", "Improve"):
        assert step in text
    assert dialog.objectName() == "guideDialog"


def test_guide_comes_in_german_for_a_german_locale():
    assert guide_file(QLocale("de_DE")).name == "practice_de.html"
    assert guide_file(QLocale("fr_FR")).name == "practice.html"


def test_help_menu_and_empty_state_open_the_guide(qtbot, journal, settings):
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.show()
    help_menu = [m for m in win.menuBar().actions() if "Help" in m.text()][0].menu()
    assert "actionGuide" in [a.objectName() for a in help_menu.actions()]
    assert win.actions["actionGuide"].shortcuts()[0].toString() == "Shift+F1"
    found: list[str] = []
    _close_guide_when_shown(found)
    win.empty_state.findChild(QPushButton, "emptyGuideButton").click()
    assert found and "24 hours" in found[0]


def test_wizard_has_how_this_works(qtbot, journal, interview_id):  # noqa: F811
    wizard = RejectionWizard(journal, interview_id)
    qtbot.addWidget(wizard)
    wizard.ask_keep_draft = lambda: "keep"
    button = wizard.button(QWizard.WizardButton.HelpButton)
    assert button.text() == "How this works"
    found: list[str] = []
    _close_guide_when_shown(found)
    button.click()
    assert found and "Ask for advice" in found[0]
