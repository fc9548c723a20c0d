"""One Alt key, one control: no two visible items of a menu, or controls of a page, share one."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from tests.ui.mnemonics import clashes, menu_clashes
from tests.ui.wizard_helpers import (  # noqa: F401 (fixtures)
    Page,
    fill_ask,
    fill_notice,
    interview_id,
    open_wizard,
    page,
)


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
    for text in ("&Record rejection…", "&Continue debrief…", "Debrief a&gain…"):
        record.setText(text)
        assert menu_clashes(journal_menu) == {}, text


def test_the_wizard_pages_give_each_control_its_own_letter(qtbot, open_wizard):  # noqa: F811
    wizard = open_wizard()
    shown = {}
    shown[Page.NOTICE] = clashes(wizard)
    fill_notice(qtbot, wizard)
    shown[Page.ASK] = clashes(wizard)
    fill_ask(qtbot, wizard)
    assert wizard.currentPage() is page(wizard, Page.LISTEN)
    shown[Page.LISTEN] = clashes(wizard)
    assert shown == {which: {} for which in shown}
