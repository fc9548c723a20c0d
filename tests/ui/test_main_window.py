"""The main window driven as a user would: by objectName, mouse and keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTableView

from debrief.journal.records import interviews as I
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import FeedbackPoint, FeedbackRequest, Interview, Theme
from debrief.ui.interview_dialog import InterviewDialog
from debrief.ui.main_window import MainWindow
from tests.conftest import add_interviews


def fill_dialog(monkeypatch, fill, result=InterviewDialog.DialogCode.Accepted):
    """Make InterviewDialog.exec run `fill(dialog)` and press Save instead of blocking."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        if result == InterviewDialog.DialogCode.Accepted:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(InterviewDialog, "exec", fake_exec)
    return seen


def table(win) -> QTableView:
    return win.findChild(QTableView, "interviewsView")


def rows(win) -> list[str]:
    model = table(win).model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_empty_journal_says_what_to_do_first(window):
    assert window.stack.currentWidget().objectName() == "emptyState"
    assert "journal is empty" in window.stack.currentWidget().findChild(QLabel).text()
    assert window.windowTitle().endswith("journal.sqlite3")


def test_add_interview_with_ctrl_n(window, qtbot, monkeypatch):
    def fill(dialog):
        qtbot.keyClicks(dialog.company, "Northwind")
        qtbot.keyClicks(dialog.role, "Analyst")
        dialog.date.setDate(QDate(2026, 3, 4))
        dialog.add_person({"name": "Ann Lee", "title": "Lead"})

    fill_dialog(monkeypatch, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert rows(window) == ["Northwind"]
    assert window.stack.currentWidget() is table(window)
    assert "1 interview ·" in window.counts.text()
    assert "Ann Lee (Lead)" in window.detail.summary.text()


def test_dialog_refuses_missing_company_and_keeps_what_was_typed(window, qtbot, monkeypatch):
    dialogs = fill_dialog(
        monkeypatch,
        lambda d: qtbot.keyClicks(d.role, "Analyst"),
    )
    window.findChild(QAction, "actionNewInterview").trigger()
    dialog = dialogs[0]
    assert dialog.result() != InterviewDialog.DialogCode.Accepted
    assert "Company is needed" in dialog.problems_label.text()
    assert dialog.role.text() == "Analyst"
    assert Interview.select().count() == 0


def test_edit_with_f2_and_enter(journal, window, qtbot, monkeypatch):
    add_interviews(journal, 2)
    window.refresh()
    window.select_interview(1)
    fill_dialog(monkeypatch, lambda d: (d.company.clear(), qtbot.keyClicks(d.company, "Renamed")))
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_F2)
    assert I.get_interview(journal, 1)["company"] == "Renamed"
    fill_dialog(monkeypatch, lambda d: (d.company.clear(), qtbot.keyClicks(d.company, "Again")))
    window.select_interview(1)
    qtbot.keyClick(table(window), Qt.Key.Key_Return)
    assert I.get_interview(journal, 1)["company"] == "Again"


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
)
def test_delete_asks_first(journal, window, qtbot, monkeypatch, answer):
    ids = add_interviews(journal, 3)
    FeedbackPoint.create(interview=ids[0], words="x", theme=Theme.get())
    window.refresh()
    window.select_interview(ids[0])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_Delete)
    assert asked and "Undo (Ctrl+Z)" in asked[0][2]
    expected = 3 if answer == QMessageBox.StandardButton.Cancel else 2
    assert Interview.select().count() == expected == len(rows(window))
    if expected == 2:
        assert FeedbackPoint.select().count() == 0
        assert window.selected_id() is not None  # the next row is selected


def test_filter_as_you_type_and_escape_clears(journal, window, qtbot):
    add_interviews(journal, 12)
    I.save_interview(
        journal,
        {"company": "Globex", "role": "SRE", "date": "2026-02-02", "notes": "Asked about on-call"},
    )
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QLineEdit, "interviewFilter")
    assert box.hasFocus()
    qtbot.keyClicks(box, "on-ca")
    assert rows(window) == ["Globex"]
    qtbot.keyClicks(box, "zzz")
    assert rows(window) == [] and window.no_match.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert len(rows(window)) == 13 and not window.no_match.isVisible()


def test_clicking_a_header_sorts(journal, window, qtbot):
    add_interviews(journal, 5)
    window.refresh()
    header = table(window).horizontalHeader()
    x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    first = rows(window)
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    assert rows(window) == list(reversed(first))


def test_master_detail_shows_the_selected_interviews_feedback(journal, window):
    a, b = add_interviews(journal, 2)
    request = FeedbackRequest.create(
        interview=a, channel="phone", response="given", asked_at=dt.datetime(2026, 1, 2, 10, 0)
    )
    FeedbackPoint.create(interview=a, request=request, words="Great questions", kind="went_well")
    window.refresh()
    feedback = window.findChild(QTableView, "feedbackView")
    window.select_interview(a)
    assert feedback.isVisible() and feedback.model().index(0, 2).data() == "Great questions"
    window.select_interview(b)
    assert not feedback.isVisible()
    assert "No feedback recorded" in window.detail.feedback_hint.text()


def test_data_and_layout_survive_closing_and_reopening(qtbot, journal, journal_path, settings):
    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    add_interviews(journal, 3)
    first.refresh()
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([total - 150, 150])
    sizes = first.splitter.sizes()
    outcome = first.model.columns.index("outcome")
    first.table.horizontalHeader().resizeSection(outcome, 333)
    first.close()
    journal.close()
    reopened = open_journal(journal_path)
    try:
        with reopened.reading():
            second = MainWindow(reopened, settings)
            qtbot.addWidget(second)
            second.show()
            qtbot.waitExposed(second)
            assert len(rows(second)) == 3
            assert second.table.horizontalHeader().sectionSize(outcome) == 333
            # Remembered to within a few pixels (the frame is laid out again on restore).
            assert all(abs(a - b) <= 5 for a, b in zip(second.splitter.sizes(), sizes, strict=True))
            second.close()
    finally:
        reopened.close()


def test_inline_edit_refusal_shows_a_warning(journal, window, monkeypatch):
    add_interviews(journal, 1)
    window.refresh()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    model = table(window).model()
    model.setData(model.index(0, 1), "")
    assert warnings == ["Company is needed."]
    assert I.get_interview(journal, 1)["company"] == "Company 000"


def test_ctrl_q_closes_the_window(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_journal_menu_reaches_import_export_and_backups(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QAction

    from debrief.ui.backups_dialog import BackupsDialog
    from debrief.ui.import_dialog import ImportDialog

    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda d: opened.append(d.objectName()) or 0)

    def pick_backup(dialog):
        opened.append(dialog.objectName())
        dialog.restore_requested.emit(tmp_path / "old.sqlite3")
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", pick_backup)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"actionImport", "actionExport", "actionBackup", "actionOpenJournal"} <= names
    window.findChild(QAction, "actionImport").trigger()
    with qtbot.waitSignal(window.restore_requested) as restore:
        qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["importDialog", "backupsDialog"]
    assert restore.args == [tmp_path / "old.sqlite3"]


def test_ctrl_i_opens_insights_that_follow_the_journal(journal, window, qtbot):
    from debrief.journal.store.models import Theme

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    insights = window.insights
    assert insights is not None and insights.isVisible()
    assert insights.objectName() == "insightsView"
    (iid,) = add_interviews(journal, 1, outcome="rejected")
    with qtbot.waitSignal(insights.refreshed, timeout=2000):
        with window.journal.writing():  # any write: the journal announces it to every window
            FeedbackPoint.create(
                interview=iid, words="Too quiet", theme=Theme.get(), kind="held_back"
            )
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.insights is insights  # one window, brought forward


def test_read_only_journal_shows_a_notice_and_offers_no_edits(
    qtbot, journal_path, settings, monkeypatch
):
    import os as real_os

    from debrief.journal.store import journal as database

    first = open_journal(journal_path)
    add_interviews(first, 2)
    first.close()
    before = journal_path.read_bytes()
    monkeypatch.setattr(database.os, "access", lambda path, mode: mode != real_os.W_OK)
    journal = open_journal(journal_path)
    try:
        with journal.reading():
            win = MainWindow(journal, settings)
            qtbot.addWidget(win)
            win.show()
            notice = win.findChild(QLabel, "readOnlyNotice")
            assert notice is not None and notice.isVisible() and "read-only" in notice.text()
            assert (
                not win.actions["actionNewInterview"].isEnabled()
                and not win.actions["actionDeleteInterview"].isEnabled()
            )
            win.select_interview(1)
            assert not win.actions["actionEditInterview"].isEnabled()
            model = table(win).model()
            assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
            assert len(rows(win)) == 2
            win.close()
    finally:
        journal.close()
    assert journal_path.read_bytes() == before


def test_the_empty_feedback_hint_says_what_comes_next(window, journal):
    """Not asked yet: ask kindly. Drafted, kept for later: the draft waits (its row read
    "Waiting" before, as if the interviewer had it). Asked: Continue debrief once they answer."""
    import datetime as dt

    from debrief.journal.records.interviews import save_interview
    from debrief.journal.store.models import FeedbackRequest

    interview = save_interview(
        journal, {"company": "Acme", "role": "Dev", "date": "2026-03-01", "outcome": "rejected"}
    )
    window.refresh()
    window.select_interview(interview)
    assert "polite request" in window.detail.feedback_hint.text()
    requests = window.detail.requests

    def response() -> str:
        return requests.index(0, requests.columns.index("response")).data()

    with journal.writing():
        FeedbackRequest.create(interview=interview, response="waiting", channel="email")
    window.refresh()
    assert "drafted but not sent" in window.detail.feedback_hint.text()
    assert response() == "Not asked yet"
    with journal.writing():
        FeedbackRequest.update(asked_at=dt.datetime(2026, 3, 2, 9, 0)).execute()
    window.refresh()
    assert "When they answer" in window.detail.feedback_hint.text()
    assert response() == "Waiting"
    with journal.writing():
        FeedbackRequest.update(response="declined").execute()
    window.refresh()
    assert window.detail.feedback_hint.text() == (
        "No feedback points were recorded for this interview."
    )


def test_a_round_still_ahead_is_offered_its_prep_sheet_not_a_request(window, journal):
    import datetime as dt

    from debrief.journal.records.interviews import save_interview

    ahead = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    interview = save_interview(journal, {"company": "Acme", "role": "Dev", "date": ahead})
    window.refresh()
    window.select_interview(interview)
    hint = window.detail.feedback_hint.text()
    assert "still ahead" in hint and "Ctrl+Shift+P" in hint
    assert "not selected" not in hint
