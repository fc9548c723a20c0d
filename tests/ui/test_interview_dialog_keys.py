"""The interview dialog from the keyboard: Ctrl+S saves, and each Alt key reaches one control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from debrief.journal.records import interviews
from debrief.ui.interview_dialog import InterviewDialog
from tests.ui.mnemonics import clashes


def _shown(qtbot, journal) -> InterviewDialog:
    dialog = InterviewDialog(journal)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_ctrl_s_saves_the_interview(qtbot, journal):
    dialog = _shown(qtbot, journal)
    dialog.company.setText("Northwind Traders")
    dialog.role.setText("Data analyst")
    qtbot.keyClick(dialog.role, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert interviews.get_interview(journal, dialog.interview_id)["company"] == "Northwind Traders"


def test_alt_s_reaches_save_not_the_stage(qtbot, journal):
    dialog = _shown(qtbot, journal)
    dialog.add_person({"name": "Ann Lee"})
    assert clashes(dialog) == {}
