"""The actions registry: one table makes every command, and the menus and toolbar show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from debrief.ui.actions import COMMANDS, MENUS, TOOLBAR


def test_every_command_is_one_action_on_the_window_and_in_a_menu(window):
    names = [command.name for command in COMMANDS]
    assert len(names) == len(set(names))
    for name in names:
        assert window.findChild(QAction, name) is window.actions[name]
    in_menus = {name for entries in MENUS.values() for name in entries if name}
    assert in_menus == set(names)  # every command is reachable by mouse from a menu
    assert {name for name in TOOLBAR if name} <= set(names)
    shown = {a.objectName() for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert set(names) <= shown


def test_no_two_commands_share_a_shortcut(window):
    keys = [key for _, keys in window.actions.shortcuts() for key in keys.split(", ")]
    assert len(keys) == len(set(keys)), keys


def test_commands_that_need_a_selection_follow_it(window, journal):
    from tests.conftest import add_interviews

    add_interviews(journal, 1)  # announced: the window refreshes by itself
    edit = window.actions["actionEditInterview"]
    assert not edit.isEnabled()
    window.select_interview(window.model.row_id(0))
    assert edit.isEnabled() and window.actions["actionRecordRejection"].isEnabled()


def test_help_lists_every_shortcut_from_the_registry(window, qtbot, monkeypatch):
    from debrief.ui.shortcuts_dialog import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (dialog,) = shown
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Record rejection"] == "Ctrl+R"
    assert rows["Keyboard shortcuts"] == "F1"
    assert len(rows) == len(window.actions.shortcuts())


def test_a_command_refused_during_long_work_gets_its_own_tip_back(window):
    """Held by long work, then refused for the selection, then released and allowed:
    each step's tip says why it is off, and at the end the command's own tip is back."""
    actions = window.actions
    action = actions["actionNextRound"]
    own = action.statusTip()
    actions.hold(["actionNextRound"], "Busy importing")
    actions.refuse("actionNextRound", "That application has ended")
    assert action.statusTip() == "Busy importing"
    actions.release()
    assert action.statusTip() == "That application has ended"
    actions.refuse("actionNextRound", None)
    assert action.statusTip() == own and action.toolTip() != "Busy importing"
