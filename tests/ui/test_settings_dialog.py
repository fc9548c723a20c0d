"""Settings: reminder switches kept per machine, the profile form, and keeping to the tray."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from debrief.journal.practice.profile import load_profile
from debrief.journal.practice.reminders.rules import ReminderKind
from debrief.ui.reminder_settings import enabled_kinds, keep_in_tray, set_keep_in_tray
from debrief.ui.settings_dialog import SettingsDialog


def test_the_settings_action_is_in_the_edit_menu_with_ctrl_comma(window):
    action = window.actions["actionSettings"]
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    edit = next(m for m in window.menuBar().actions() if m.text() == "&Edit")
    assert action in edit.menu().actions()


def test_ok_keeps_the_switches_and_the_profile(qtbot, journal, settings):
    dialog = SettingsDialog(journal, settings)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "settingsDialog"
    assert all(box.isChecked() for box in dialog.kinds.values())
    dialog.kinds[ReminderKind.FOLLOW_UP].setChecked(False)
    dialog.profile.name.setText("Sam Park")
    changed = []
    dialog.reminders_changed.connect(lambda: changed.append(True))
    dialog.accept()
    assert enabled_kinds(settings) == set(ReminderKind) - {ReminderKind.FOLLOW_UP}
    assert load_profile(journal).name == "Sam Park"
    assert changed == [True]
    assert keep_in_tray(settings) is None  # untouched: the question is still asked once


def test_cancel_changes_nothing(qtbot, journal, settings):
    dialog = SettingsDialog(journal, settings)
    qtbot.addWidget(dialog)
    dialog.kinds[ReminderKind.ASK].setChecked(False)
    dialog.reject()
    assert enabled_kinds(settings) == set(ReminderKind)


def test_without_a_tray_keeping_to_it_is_not_offered(qtbot, journal, settings):
    """Offscreen has no tray, like stock GNOME: the switch is off and the note says where
    reminders appear instead."""
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(journal, settings)
    qtbot.addWidget(dialog)
    assert not dialog.keep.isEnabled()
    assert "top of Debrief's window" in dialog.findChild(QLabel, "reminderNote").text()


def _pending_tray(window, qtbot, monkeypatch):
    qtbot.waitUntil(lambda: getattr(window, "tray", None) is not None)
    monkeypatch.setattr(window.tray, "available", lambda: True)
    monkeypatch.setattr(window.tray, "pending", lambda: True)
    monkeypatch.setattr(window.tray.icon, "showMessage", lambda *args: None)


def test_closing_asks_once_then_keeps_to_the_tray(window, qtbot, monkeypatch, settings):
    from debrief.ui import tray_close

    _pending_tray(window, qtbot, monkeypatch)
    asked = []

    def ask(w) -> bool:
        asked.append(True)
        set_keep_in_tray(settings, True)
        return True

    monkeypatch.setattr(tray_close, "ask_keep", ask)
    assert tray_close.keep_running(window)
    assert tray_close.keep_running(window)
    assert asked == [True]  # asked once, remembered
    set_keep_in_tray(settings, False)  # changed in Settings
    assert not tray_close.keep_running(window)


def test_the_question_remembers_the_answer(window, qtbot, monkeypatch, settings):
    from debrief.ui import tray_close

    _pending_tray(window, qtbot, monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click())
    assert tray_close.ask_keep(window) in (True, False)
    assert keep_in_tray(settings) is not None


def test_quit_always_quits(window, qtbot, monkeypatch, settings):
    _pending_tray(window, qtbot, monkeypatch)
    set_keep_in_tray(settings, True)
    window.actions["actionQuit"].trigger()
    assert not window.isVisible()
    assert window.quitting
