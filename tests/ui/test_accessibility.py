"""Every window and dialog: each input named for a screen reader, every text through tr()
and still fitting 40% longer, and Tab following the layout.

Each check saves a screenshot under the pseudo-translation (see pseudo_translation.shot).
"""

# Fixtures come from wizard_helpers; pytest passes them in by name (hence F811).
# ruff: noqa: F811

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from debrief.journal.demo.story import fill_demo
from debrief.journal.store.files.backups import backup_now
from debrief.ui.about_dialog import AboutDialog
from debrief.ui.backups_dialog import BackupsDialog
from debrief.ui.import_dialog import ImportDialog
from debrief.ui.import_wizard.base import Step
from debrief.ui.insights import InsightsWindow
from debrief.ui.interview_dialog import InterviewDialog
from debrief.ui.main_window import MainWindow
from debrief.ui.prep_sheet import PrepSheetDialog
from debrief.ui.rejection_wizard import Page, RejectionWizard
from tests.ui.focus_order import tab_order_problems
from tests.ui.pseudo_translation import PseudoTranslator, accessibility_problems, shot
from tests.ui.wizard_helpers import (  # noqa: F401  (fixtures by name)
    add_point,
    fill_ask,
    fill_notice,
    interview_id,
    next_page,
    open_wizard,
    page,
)

#: Two dates that read both ways, and a row no reading can save: every import page shows.
AMBIGUOUS_CSV = (
    "Company,Role,Date,Status\n"
    "Acme,Developer,04/03/2026,Rejected\n"
    "Beta,Analyst,01/02/2026,Ghosted\n"
    "Gamma,Tester,not a date,Applied\n"
)
POINTS = [
    ("held_back", "Enthusiasm", "You seemed a little flat when we talked about the team."),
    ("went_well", "Communication", "Your SQL answers were clear and well explained."),
    ("held_back", "Whiteboard nerves", "You froze for a while on the whiteboard exercise."),
]


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def shown(qtbot, widget: QWidget, width: int = 0, height: int = 0) -> QWidget:
    qtbot.addWidget(widget)
    if width:
        widget.resize(width, height)
    with qtbot.waitActive(widget):  # Tab and mnemonics reach the active window only
        widget.show()
        widget.activateWindow()
    return widget


def checked(widget: QWidget, name: str, allowed: set[str] = frozenset()) -> list[str]:
    problems = accessibility_problems(widget, allowed)  # first: it lets the layouts settle
    shot(widget, name)
    return problems


def quotes(wizard: RejectionWizard) -> set[str]:
    """The points' words as the clarify and improve pages quote them: journal text."""
    return {f"“{point['words']}”" for point in wizard.points_model.points()}


def walk_wizard(qtbot, wizard: RejectionWizard):
    """Each page with realistic answers, in order; yields (page name, page) on arrival."""
    yield "notice", wizard.currentPage()
    fill_notice(qtbot, wizard)
    yield "ask", wizard.currentPage()
    fill_ask(qtbot, wizard)
    page(wizard, Page.LISTEN).response["given"].click()
    listen = page(wizard, Page.LISTEN)
    for kind, theme, words in POINTS:
        add_point(qtbot, wizard, kind, theme, words)
    qtbot.keyClick(listen.completer.popup(), Qt.Key.Key_Escape)  # the theme's suggestions
    yield "listen", wizard.currentPage()
    for name in ("clarify", "thank", "improve"):
        next_page(qtbot, wizard)
        back_to(qtbot, wizard)
        yield name, wizard.currentPage()


def back_to(qtbot, window: QWidget) -> None:
    """Offscreen only: the theme's list of suggestions, shown and hidden while typing, is
    made the active window a moment later (a late activation event), which no desktop
    does to a hidden window. Give the activation back, so keys go where a user's would."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()


# -- names, translations and room ----------------------------------------------------------
def test_every_rejection_wizard_page(pseudo, qtbot, open_wizard):
    wizard = open_wizard()
    found = {}
    for name, _page in walk_wizard(qtbot, wizard):
        found[name] = checked(wizard, f"wizard_{name}", quotes(wizard))
    assert found == {name: [] for name in found}
    assert list(found) == ["notice", "ask", "listen", "clarify", "thank", "improve"]


def test_wizard_pages_in_their_other_states(pseudo, qtbot, open_wizard):
    """Never told (its advice box), a declined request (thanks asked on the spot)."""
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    notice.told["never"].click()
    assert notice.never_box.isVisible()
    assert checked(wizard, "wizard_notice_never") == []
    fill_notice(qtbot, wizard, via="phone")
    fill_ask(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["declined"].click()
    assert listen.thanked.isVisible()
    assert checked(wizard, "wizard_listen_declined") == []
    listen.response["no_reply"].click()
    assert checked(wizard, "wizard_listen_no_reply") == []


def test_main_window_and_interview_dialog(pseudo, qtbot, journal, settings):
    fill_demo(journal)
    win = shown(qtbot, MainWindow(journal, settings))
    win.select_interview(win.model.row_id(0))
    assert checked(win, "main", {win.detail.summary.text()}) == []
    dialog = shown(qtbot, InterviewDialog(win.journal, win, win.model.row_id(0)))
    assert checked(dialog, "interview_dialog") == []


def test_insights_window_and_prep_sheet(pseudo, qtbot, journal):
    fill_demo(journal)
    insights = shown(qtbot, InsightsWindow(journal))
    assert checked(insights, "insights") == []
    insights.show_theme_at(0)  # the drill-down under the charts
    assert insights.drill_down.view.isVisible()
    assert checked(insights, "insights_drill_down") == []
    prep = shown(qtbot, PrepSheetDialog(journal))
    assert checked(prep, "prep_sheet") == []


def test_every_import_wizard_page(pseudo, qtbot, journal, tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_text(AMBIGUOUS_CSV, encoding="utf-8")
    dialog = shown(qtbot, ImportDialog(journal, path=path))
    found = {"file": checked(dialog, "import_file")}
    for step in (Step.MAPPING, Step.DATES, Step.PREVIEW, Step.REPORT):
        if step == Step.PREVIEW:
            dialog.dates_page.buttons["dmy"].click()
        dialog.next()
        assert dialog.currentId() == step
        found[step.name.lower()] = checked(dialog, f"import_{step.name.lower()}")
    assert found == {name: [] for name in found}


def test_backups_dialog_with_and_without_backups(pseudo, qtbot, journal):
    empty = shown(qtbot, BackupsDialog(journal))
    assert checked(empty, "backups_empty") == []
    backup_now(journal)
    listed = shown(qtbot, BackupsDialog(journal))
    assert listed.model.rowCount() == 1
    assert checked(listed, "backups") == []


def test_about_dialog(pseudo, qtbot, journal):
    about = shown(qtbot, AboutDialog(journal.path))
    assert checked(about, "about") == []


# -- Tab order -----------------------------------------------------------------------------
def test_tab_follows_the_interview_dialog(qtbot, journal):
    dialog = shown(qtbot, InterviewDialog(journal))
    assert tab_order_problems(qtbot, dialog) == []
    dialog.add_person({"name": "Ann Lee", "title": "Team lead"})  # Tab leaves a filled table
    assert tab_order_problems(qtbot, dialog) == []


def test_tab_follows_every_rejection_wizard_page(qtbot, open_wizard):
    wizard = open_wizard()
    found = {
        name: tab_order_problems(qtbot, shown_page)
        for name, shown_page in walk_wizard(qtbot, wizard)
    }
    assert found == {name: [] for name in found}


def test_tab_follows_the_wizard_pages_in_their_other_states(qtbot, open_wizard):
    wizard = open_wizard()
    notice = page(wizard, Page.NOTICE)
    notice.told["never"].click()
    assert tab_order_problems(qtbot, notice) == []
    fill_notice(qtbot, wizard)
    ask = page(wizard, Page.ASK)
    ask.person.setCurrentIndex(0)
    ask.asked.click()  # the time asked becomes a stop
    assert tab_order_problems(qtbot, ask) == []
    next_page(qtbot, wizard)
    listen = page(wizard, Page.LISTEN)
    listen.response["declined"].click()
    assert tab_order_problems(qtbot, listen) == []


def test_tab_follows_every_import_wizard_page(qtbot, journal, tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_text(AMBIGUOUS_CSV, encoding="utf-8")
    dialog = shown(qtbot, ImportDialog(journal, path=path))
    found = {"file": tab_order_problems(qtbot, dialog.currentPage())}
    for step in (Step.MAPPING, Step.DATES, Step.PREVIEW, Step.REPORT):
        if step == Step.PREVIEW:
            dialog.dates_page.buttons["mdy"].click()
        dialog.next()
        found[step.name.lower()] = tab_order_problems(qtbot, dialog.currentPage())
    assert found == {name: [] for name in found}


def test_tab_follows_the_other_windows(qtbot, journal, settings):
    empty = shown(qtbot, MainWindow(journal, settings))
    assert tab_order_problems(qtbot, empty) == []  # the welcome's two buttons
    empty.close()
    fill_demo(journal)
    backup_now(journal)
    win = shown(qtbot, MainWindow(journal, settings))
    win.select_interview(win.model.row_id(0))
    assert tab_order_problems(qtbot, win) == []
    makers = {
        "insights": lambda: InsightsWindow(journal),
        "prep sheet": lambda: PrepSheetDialog(journal),
        "backups": lambda: BackupsDialog(journal),
        "about": lambda: AboutDialog(journal.path),
    }
    found = {name: tab_order_problems(qtbot, shown(qtbot, make())) for name, make in makers.items()}
    assert found == {name: [] for name in found}
