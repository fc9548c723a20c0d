"""The main window opens the rejection wizard where a user expects it, and keeps its drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from debrief.journal.practice import debriefs
from debrief.journal.store.models import FeedbackRequest, WizardStep
from tests.conftest import add_interviews


def _wizard(window):
    """The rejection wizards on screen."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "rejectionWizard" and w.isVisible()
    ]


def test_marking_not_selected_inline_opens_the_debrief(journal, window, qtbot):
    (iid,) = add_interviews(journal, 1)
    window.refresh()
    model = window.model
    model.setData(model.index(0, model.columns.index("outcome")), "rejected")
    qtbot.waitUntil(lambda: bool(_wizard(window)), timeout=3000)
    assert iid in window.debriefs.wizards
    window.debriefs.keep_all()


def test_ctrl_r_records_a_rejection_and_continue_debrief_resumes(journal, window, qtbot):
    (iid,) = add_interviews(journal, 1)
    window.refresh()
    window.select_interview(iid)
    assert window.actions["actionRecordRejection"].text().replace("&", "") == "Record rejection…"
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_wizard(window)), timeout=3000)
    window.debriefs.keep_all()  # as when the app quits: kept, not asked
    assert not _wizard(window)
    assert debriefs.unfinished_step(journal, iid) == WizardStep.NOTICE.value
    window.select_interview(iid)
    assert window.actions["actionRecordRejection"].text().replace("&", "") == "Continue debrief…"
    column = window.model.columns.index("debrief")
    cell = window.model.index(0, column)
    assert cell.data() == "Not asked yet"  # recorded as not selected at once
    assert "Continue debrief: notice" in cell.data(Qt.ItemDataRole.ToolTipRole)
    window.table.setCurrentIndex(window.model.index(0, column))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_wizard(window)), timeout=3000)
    assert FeedbackRequest.select().count() == 1  # resumed, not started again
    window.debriefs.keep_all()


def test_asking_again_after_a_finished_debrief_is_confirmed(journal, window, qtbot, monkeypatch):
    (iid,) = add_interviews(journal, 1)
    FeedbackRequest.create(interview=iid, wizard_step="done", response="given")
    window.refresh()
    window.select_interview(iid)
    assert window.actions["actionRecordRejection"].text().replace("&", "") == "Debrief again…"
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Cancel
    )
    window.actions["actionRecordRejection"].trigger()
    assert asked and "already finished a debrief" in asked[0]
    assert not _wizard(window) and FeedbackRequest.select().count() == 1


def test_closing_the_window_keeps_an_open_debrief(journal, window, qtbot):
    (iid,) = add_interviews(journal, 1)
    window.refresh()
    window.debriefs.open(iid)
    qtbot.waitUntil(lambda: bool(_wizard(window)), timeout=3000)
    window.close()
    assert not _wizard(window)
    assert debriefs.unfinished_step(journal, iid) == WizardStep.NOTICE.value
