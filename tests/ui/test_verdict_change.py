"""Changing one's mind about a point later, from the main window's detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import Action, FeedbackPoint, Theme
from debrief.ui.verdict_dialog import VerdictDialog


def _interview_with_points(journal) -> tuple[int, int, int]:
    interview_id = save_interview(
        journal, {"company": "Acme", "role": "Analyst", "date": "2026-03-01"}
    )
    theme = Theme.get(Theme.name == "Communication")
    with journal.writing():
        action = Action.insert(theme=theme, description="Practise the STAR structure").execute()
        praise = FeedbackPoint.insert(
            interview=interview_id, kind="went_well", words="Clear SQL.", position=0
        ).execute()
        point = FeedbackPoint.insert(
            interview=interview_id,
            kind="held_back",
            theme=theme,
            words="Your answers rambled.",
            verdict="true_weakness",
            action=action,
            position=1,
        ).execute()
    return interview_id, praise, point


def _select_point(window, qtbot, row: int) -> None:
    view = window.detail.feedback_view
    window.activateWindow()  # back from a dialog: keys reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _open_with_keys(window, qtbot) -> VerdictDialog:
    qtbot.keyClick(
        window.detail.feedback_view,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: window.findChild(VerdictDialog, "verdictDialog") is not None, timeout=2000
    )
    dialog = window.findChild(VerdictDialog, "verdictDialog")
    qtbot.waitExposed(dialog)
    return dialog


def test_change_a_weakness_to_disagree_then_to_an_impression(window, journal, qtbot, tmp_path):
    interview_id, praise, point = _interview_with_points(journal)
    window.refresh()
    window.select_interview(interview_id)
    button = window.detail.verdict.button
    assert button.objectName() == "changeVerdictButton" and button.isVisible()
    _select_point(window, qtbot, 0)
    assert not button.isEnabled()  # praise needs no verdict
    _select_point(window, qtbot, 1)
    assert button.isEnabled()
    action = window.detail.feedback_view.findChild(
        type(window.actions["actionQuit"]), "actionChangeVerdict"
    )
    assert action in window.detail.feedback_view.actions()  # its context menu offers it

    dialog = _open_with_keys(window, qtbot)
    assert dialog.buttons["true_weakness"].isChecked()
    assert "keeps its action" in dialog.effect.text()
    dialog.buttons["disagree"].click()
    assert "Practise the STAR structure" in dialog.effect.text()
    qtbot.keyClicks(dialog.note, "They asked me to be brief, so I was.")
    dialog.grab().save(str(tmp_path / "verdict_dialog.png"))
    qtbot.keyClick(dialog.buttons["disagree"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    stored = FeedbackPoint.get_by_id(point)
    assert (stored.verdict, stored.note, stored.action_id) == (
        "disagree",
        "They asked me to be brief, so I was.",
        None,
    )
    assert Action.select().count() == 0  # the open action answered only this point
    QApplication.processEvents()  # the pane follows the journal
    qtbot.waitUntil(lambda: window.detail.points.rowCount() == 2, timeout=2000)

    _select_point(window, qtbot, 1)
    dialog = _open_with_keys(window, qtbot)
    assert dialog.note.toPlainText() == "They asked me to be brief, so I was."
    dialog.buttons["impression"].click()
    assert "Prepare a story that shows you explaining something complex" in dialog.effect.text()
    dialog.accept()
    stored = FeedbackPoint.get_by_id(point)
    assert stored.verdict == "impression"
    assert stored.action.description.startswith("Prepare a story that shows")
