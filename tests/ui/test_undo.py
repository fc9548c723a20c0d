"""Edit → Undo and Redo, as the user sees them in the table and as the journal keeps them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTableView

from debrief.journal.records import interviews as I
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Interview, Theme
from debrief.ui.session import Session
from tests.journal.test_restore import debriefed, everything
from tests.ui.test_main_window import fill_dialog, rows


def action(window, name: str) -> QAction:
    return window.findChild(QAction, name)


def undo(window, qtbot) -> None:
    table = window.findChild(QTableView, "interviewsView")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(window, qtbot) -> None:
    table = window.findChild(QTableView, "interviewsView")
    table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, modifiers)


def add_northwind(window, qtbot, monkeypatch) -> None:
    """New interview: type Northwind, Analyst, 4 March 2026 and save, as a user would."""

    def fill(dialog):
        qtbot.keyClicks(dialog.company, "Northwind")
        qtbot.keyClicks(dialog.role, "Analyst")
        dialog.date.setDate(QDate(2026, 3, 4))

    fill_dialog(monkeypatch, fill)
    action(window, "actionNewInterview").trigger()


def test_nothing_to_undo_at_first(window):
    assert not action(window, "actionUndo").isEnabled()
    assert not action(window, "actionRedo").isEnabled()
    edit_menu = [m for m in window.menuBar().actions() if m.text() == "&Edit"]
    assert edit_menu and [a.objectName() for a in edit_menu[0].menu().actions()][:2] == [
        "actionUndo",
        "actionRedo",
    ]


def test_undo_and_redo_an_added_interview(journal, window, qtbot, monkeypatch):
    debriefed(journal, "Earlier")
    window.refresh()

    add_northwind(window, qtbot, monkeypatch)
    assert sorted(rows(window)) == ["Earlier", "Northwind"]
    assert action(window, "actionUndo").text() == "&Undo add interview at Northwind"
    added = everything(journal)
    undo(window, qtbot)
    assert rows(window) == ["Earlier"]
    assert Interview.select().count() == 1
    assert action(window, "actionRedo").text() == "&Redo add interview at Northwind"
    redo(window, qtbot)
    assert sorted(rows(window)) == ["Earlier", "Northwind"]
    assert everything(journal) == added
    assert window.selected_id() == Interview.get(Interview.company == "Northwind").id


def test_undo_and_redo_an_edit_in_the_dialog(journal, window, qtbot, monkeypatch):
    iid = debriefed(journal)
    window.refresh()
    window.select_interview(iid)
    before = everything(journal)

    def fill(dialog):
        dialog.company.setText("Acme Corp")

    fill_dialog(monkeypatch, fill)
    action(window, "actionEditInterview").trigger()
    assert rows(window) == ["Acme Corp"]
    edited = everything(journal)
    assert action(window, "actionUndo").text() == "&Undo edit interview at Acme"
    undo(window, qtbot)
    assert rows(window) == ["Acme"]
    assert everything(journal) == before
    redo(window, qtbot)
    assert rows(window) == ["Acme Corp"]
    assert everything(journal) == edited


def test_undo_an_inline_edit(journal, window, qtbot):
    I.save_interview(journal, {"company": "Initech", "role": "R", "date": "2026-01-01"})
    window.refresh()
    model = window.model
    model.setData(model.index(0, model.columns.index("role")), "Lead")
    assert model.index(0, model.columns.index("role")).data() == "Lead"
    undo(window, qtbot)
    assert model.index(0, model.columns.index("role")).data() == "R"
    assert Interview.get().role == "R"
    redo(window, qtbot)
    assert Interview.get().role == "Lead"


def test_undo_a_delete_brings_back_every_child_with_its_ids(journal, window, qtbot, monkeypatch):
    iid = debriefed(journal)
    debriefed(journal, "Other")
    window.refresh()
    window.select_interview(iid)
    before = everything(journal)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action(window, "actionDeleteInterview").trigger()
    assert rows(window) == ["Other"]
    assert action(window, "actionUndo").text() == "&Undo delete interview at Acme"
    undo(window, qtbot)
    assert sorted(rows(window)) == ["Acme", "Other"]
    assert everything(journal) == before
    assert window.selected_id() == iid
    points = window.detail.points
    assert [points.index(r, 2).data() for r in range(points.rowCount())] == [
        "Answers ran long",
        "Good questions",
    ]
    assert FeedbackRequest.select().where(FeedbackRequest.interview == iid).count() == 1
    redo(window, qtbot)
    assert rows(window) == ["Other"]
    assert FeedbackPoint.select().where(FeedbackPoint.interview == iid).count() == 0


def test_undo_an_action_marked_done(journal, window, qtbot):
    debriefed(journal)
    window.refresh()
    actions = window.detail.actions
    status = actions.index(0, actions.columns.index("status"))
    assert actions.setData(status, "done")
    assert Action.get().status == "done"
    assert action(window, "actionUndo").text() == "&Undo change of “Practise STAR stories”"
    undo(window, qtbot)
    assert Action.get().status == "open" and Action.get().done_at is None
    assert actions.index(0, actions.columns.index("status")).data() == "Open"
    redo(window, qtbot)
    assert Action.get().status == "done"


def test_undo_a_next_round(journal, window, qtbot):
    iid = I.save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-01"})
    window.refresh()
    window.select_interview(iid)
    action(window, "actionNextRound").trigger()
    assert rows(window) == ["Acme", "Acme"]
    assert action(window, "actionUndo").text() == "&Undo add round 2 at Acme"
    undo(window, qtbot)
    assert rows(window) == ["Acme"]
    assert journal.db.execute_sql("SELECT rounds FROM application").fetchall() == [(1,)]


def test_undo_keeps_a_debrief_added_after_the_edit(journal, window, qtbot):
    iid = I.save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-01"})
    window.refresh()
    window.model.setData(window.model.index(0, window.model.columns.index("role")), "Lead")
    with journal.writing():
        FeedbackPoint.create(interview=iid, words="Said later", theme=Theme.get())
    undo(window, qtbot)
    assert Interview.get().role == "R"
    assert [p.words for p in FeedbackPoint.select()] == ["Said later"]


def test_opening_another_journal_starts_an_empty_history(qtbot, tmp_path, settings):
    session = Session(settings)
    assert session.open(tmp_path / "one.sqlite3")
    I.save_interview(session.journal, {"company": "A", "role": "R", "date": "2026-01-01"})
    session.window.refresh()
    session.window.model.setData(session.window.model.index(0, 2), "Lead")
    assert session.window.history.stack.count() == 1
    assert session.open(tmp_path / "two.sqlite3")
    assert session.window.history.stack.count() == 0
    assert not action(session.window, "actionUndo").isEnabled()
    session.close()


def test_a_date_edit_is_undone_to_the_same_day(journal, window, qtbot):
    I.save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-05"})
    window.refresh()
    model = window.model
    model.setData(model.index(0, model.columns.index("date")), QDate(2026, 2, 1))
    undo(window, qtbot)
    assert Interview.get().date == dt.date(2026, 1, 5)


def test_saving_a_dialog_without_a_change_leaves_nothing_to_undo(journal, window, monkeypatch):
    iid = I.save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-05"})
    window.refresh()
    window.select_interview(iid)
    fill_dialog(monkeypatch, lambda dialog: None)
    action(window, "actionEditInterview").trigger()
    assert window.history.stack.count() == 0
    assert not action(window, "actionUndo").isEnabled()


def test_a_rejection_recorded_by_mistake_is_one_undo_away(window, journal, qtbot, monkeypatch):
    """Ctrl+R, then the wizard discarded: Edit → Undo gives the interview its outcome back."""
    from debrief.journal.records.interviews import get_interview, save_interview
    from debrief.ui.debrief_commands import DebriefCommands

    interview_id = save_interview(journal, {"company": "Oops", "role": "Dev", "date": "2026-03-01"})
    monkeypatch.setattr(DebriefCommands, "open", lambda self, *args, **kwargs: None)
    window.refresh()
    window.select_interview(interview_id)
    window.actions["actionRecordRejection"].trigger()
    assert get_interview(journal, interview_id)["outcome"] == "rejected"
    window.actions["actionUndo"].trigger()
    assert get_interview(journal, interview_id)["outcome"] == "pending"


def test_after_an_import_undo_does_not_reach_back_past_it(journal, window, qtbot, monkeypatch):
    """Rows an import wrote are on no undo step: Ctrl+Z straight after it must not delete
    the interview added before it (the import's own way back is a backup)."""
    from pathlib import Path

    from debrief.ui.import_dialog import ImportDialog
    from tests.ui.test_import_dialog import import_all

    add_northwind(window, qtbot, monkeypatch)
    assert action(window, "actionUndo").isEnabled()
    before = Interview.select().count()

    def run_wizard(dialog: ImportDialog) -> int:
        dialog.load(Path(__file__).parents[1] / "journal" / "data" / "huntr.csv")
        dialog.show()
        import_all(qtbot, dialog)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run_wizard)
    action(window, "actionImport").trigger()
    assert Interview.select().count() > before  # the import wrote its rows
    assert not action(window, "actionUndo").isEnabled()
    assert action(window, "actionUndo").text() == "&Undo"
    undo(window, qtbot)
    assert Interview.select().where(Interview.company == "Northwind").count() == 1
