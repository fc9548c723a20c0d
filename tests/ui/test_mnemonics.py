"""One Alt key, one control: no two visible items of a menu, or controls of a page, share one.

Each test runs in English and in German, the catalogue installed as the app installs it
(before any window is made, since widgets take their text when built).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMenu, QWidget, QWizard

from debrief.ui.import_dialog import ImportDialog
from debrief.ui.interview_dialog import InterviewDialog
from debrief.ui.profile_dialog import ProfileDialog
from debrief.ui.settings_dialog import SettingsDialog
from debrief.ui.translations import install_translations
from debrief.ui.verdict_dialog import VerdictDialog
from tests.ui.mnemonics import clashes, menu_clashes
from tests.ui.wizard_helpers import (  # noqa: F401 (fixtures)
    SAMPLE_POINT,
    Page,
    add_point,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
)

CSV_FILE = Path(__file__).parents[1] / "journal" / "data" / "simplify.csv"


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """Debrief in this language for one test; removed afterwards so the next test is English."""
    found = install_translations(qapp, QLocale(request.param))
    yield request.param
    for translator in found:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def window(language, window):
    """The shared main window, built after the language is installed."""
    return window


def _shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_menus_give_each_item_its_own_letter(window):
    bar = window.menuBar()
    assert menu_clashes(bar) == {}
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu_clashes(menu) == {}, action.text()


def test_record_rejection_keeps_its_letter_under_each_of_its_names(window):
    """The command reads Record rejection, Continue debrief or Debrief again."""
    record = window.actions["actionRecordRejection"]
    journal_menu = window.menuBar().actions()[0].menu()
    for english in ("&Record rejection…", "&Continue debrief…", "Debrief a&gain…"):
        text = QCoreApplication.translate("DebriefCommands", english)
        record.setText(text)
        assert menu_clashes(journal_menu) == {}, text


def test_the_wizard_pages_give_each_control_its_own_letter(qtbot, language, open_wizard):  # noqa: F811
    wizard = open_wizard()
    shown = {}
    shown[Page.NOTICE] = clashes(wizard)
    fill_notice(qtbot, wizard)
    shown[Page.ASK] = clashes(wizard)
    fill_ask(qtbot, wizard)
    assert wizard.currentPage() is page(wizard, Page.LISTEN)
    shown[Page.LISTEN] = clashes(wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    add_point(qtbot, wizard, "held_back", "Culture fit", "Not sure you'd gel with the team.")
    shown["listen, a point added"] = clashes(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is page(wizard, Page.CLARIFY)
    shown[Page.CLARIFY] = clashes(wizard)
    next_page(qtbot, wizard)
    shown[Page.THANK] = clashes(wizard)
    page(wizard, Page.THANK).thanked.click()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is page(wizard, Page.IMPROVE)
    shown[Page.IMPROVE] = clashes(wizard)
    assert shown == {which: {} for which in shown}


def test_the_dialogs_give_each_control_its_own_letter(qtbot, language, journal, settings):
    shown = {}
    interview = _shown(qtbot, InterviewDialog(journal))
    interview.add_person({"name": "Ann Lee"})
    shown["interview"] = clashes(interview)
    preferences = _shown(qtbot, SettingsDialog(journal, settings))
    for tab in range(preferences.tabs.count()):
        preferences.tabs.setCurrentIndex(tab)
        shown[f"settings, {preferences.tabs.tabText(tab)}"] = clashes(preferences)
    shown["profile"] = clashes(_shown(qtbot, ProfileDialog(journal)))
    shown["verdict"] = clashes(_shown(qtbot, VerdictDialog(journal, SAMPLE_POINT)))
    assert shown == {which: {} for which in shown}


def test_each_step_of_the_csv_import_gives_each_control_its_own_letter(qtbot, language, journal):
    """Alt+N on "Match the columns" used to reach the Notes field, not Next."""
    dialog = _shown(qtbot, ImportDialog(journal, path=CSV_FILE))
    shown = {}
    while dialog.currentId() not in shown:
        shown[dialog.currentId()] = clashes(dialog)
        next_button = dialog.button(QWizard.WizardButton.NextButton)
        if not next_button.isVisible():
            break
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert len(shown) >= 3  # the file, the columns and the preview
    assert shown == {step: {} for step in shown}
