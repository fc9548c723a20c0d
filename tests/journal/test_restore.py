"""Undo's journal side: an interview or an action put back exactly as it was snapshotted."""

from __future__ import annotations

import datetime as dt

from debrief.journal.records import feedback, interviews, restore
from debrief.journal.records.rounds import add_next_round
from debrief.journal.store.journal import Journal
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Theme

TABLES = ("application", "interview", "interviewer", "feedback_request", "feedback_point", "action")


def everything(journal: Journal) -> dict[str, list[tuple]]:
    """Every row of every table, derived columns included."""
    return {
        table: journal.db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in TABLES
    }


def debriefed(journal: Journal, company: str = "Acme") -> int:
    """An interview with an interviewer, a request answered, two points and an action."""
    iid = interviews.save_interview(
        journal,
        {"company": company, "role": "Engineer", "date": "2026-03-02", "notes": "on-call"},
        [{"name": "Ann Lee", "title": "Lead"}],
    )
    person = interviews.get_interview(journal, iid)["interviewers"][0]["id"]
    with journal.writing():
        request = FeedbackRequest.create(
            interview=iid,
            interviewer=person,
            asked_at=dt.datetime(2026, 3, 3, 9),
            response="given",
            responded_at=dt.datetime(2026, 3, 5, 9),
            wizard_step="done",
        )
        action = Action.create(theme=Theme.get(), description="Practise STAR stories")
        for position, words in enumerate(("Answers ran long", "Good questions")):
            FeedbackPoint.create(
                interview=iid,
                request=request,
                words=words,
                theme=Theme.get(),
                action=action if position == 0 else None,
                clarify_question="Which answer?" if position == 0 else "",
                position=position,
            )
    return iid


def test_a_deleted_interview_comes_back_whole_with_the_same_ids(journal):
    keep = debriefed(journal, "Other")
    iid = debriefed(journal)
    before = everything(journal)
    snapshot = restore.snapshot_interview(journal, iid)
    restore.remove_interview(journal, iid)
    assert FeedbackPoint.select().where(FeedbackPoint.interview == iid).count() == 0
    assert restore.put_back_interview(journal, snapshot) == iid
    assert everything(journal) == before
    assert keep != iid


def test_an_edit_is_undone_by_putting_the_old_interview_back(journal):
    iid = debriefed(journal)
    before = everything(journal)
    old = restore.snapshot_interview(journal, iid)
    interviews.save_interview(
        journal, {"company": "Acme Corp", "outcome": "rejected"}, [], interview_id=iid
    )
    new = restore.snapshot_interview(journal, iid)
    restore.put_edit(journal, iid, new, old)
    assert everything(journal) == before
    restore.put_edit(journal, iid, old, new)
    assert interviews.get_interview(journal, iid)["company"] == "Acme Corp"
    assert interviews.get_interview(journal, iid)["interviewers"] == []


def test_undoing_an_edit_keeps_what_was_added_since(journal):
    iid = interviews.save_interview(
        journal, {"company": "Acme", "role": "R", "date": "2026-01-01"}, [{"name": "Bo"}]
    )
    old = restore.snapshot_interview(journal, iid)
    interviews.save_interview(journal, {"role": "Lead"}, interview_id=iid)
    new = restore.snapshot_interview(journal, iid)
    with journal.writing():
        FeedbackPoint.create(interview=iid, words="Said later")
    restore.put_edit(journal, iid, new, old)
    assert interviews.get_interview(journal, iid)["role"] == "R"
    assert [p.words for p in FeedbackPoint.select()] == ["Said later"]


def test_a_round_comes_back_into_its_application(journal):
    iid = debriefed(journal)
    second = add_next_round(journal, iid, dt.date(2026, 4, 1))
    before = everything(journal)
    snapshot = restore.snapshot_interview(journal, second)
    restore.remove_interview(journal, second)
    restore.put_back_interview(journal, snapshot)
    assert everything(journal) == before  # the application counts two rounds again


def test_a_taken_id_gives_the_interview_a_new_one(journal):
    iid = debriefed(journal)
    snapshot = restore.snapshot_interview(journal, iid)
    restore.remove_interview(journal, iid)
    other = interviews.save_interview(
        journal, {"company": "Newco", "role": "R", "date": "2026-01-01"}
    )
    assert other == iid  # SQLite reuses the highest id
    again = restore.put_back_interview(journal, snapshot)
    assert again != iid
    assert interviews.get_interview(journal, again)["company"] == "Acme"
    assert interviews.get_interview(journal, iid)["company"] == "Newco"
    assert journal.db.execute_sql("SELECT company FROM application ORDER BY id").fetchall() == [
        ("Newco",),
        ("Acme",),
    ]
    points = FeedbackPoint.select().where(FeedbackPoint.interview == again)
    assert sorted(p.words for p in points) == ["Answers ran long", "Good questions"]


def test_an_action_status_and_a_deleted_action_come_back(journal):
    debriefed(journal)
    (action,) = Action.select()
    before = everything(journal)
    snapshot = restore.snapshot_action(journal, action.id)
    feedback.set_action_status(journal, action.id, "done")
    restore.put_back_action(journal, snapshot)
    assert everything(journal) == before
    restore.remove_action(journal, action.id)
    assert restore.put_back_action(journal, snapshot) == action.id
    assert everything(journal) == before


def test_a_point_whose_action_went_meanwhile_comes_back_unlinked(journal):
    iid = debriefed(journal)
    snapshot = restore.snapshot_interview(journal, iid)
    restore.remove_interview(journal, iid)
    (action,) = Action.select()
    restore.remove_action(journal, action.id)
    restore.put_back_interview(journal, snapshot)
    points = FeedbackPoint.select().where(FeedbackPoint.interview == iid).order_by(FeedbackPoint.id)
    assert [(p.words, p.action_id) for p in points] == [
        ("Answers ran long", None),
        ("Good questions", None),
    ]


def test_undoing_an_edit_brings_back_a_removed_interviewer_linked_to_their_request(journal):
    iid = debriefed(journal)
    before = everything(journal)
    old = restore.snapshot_interview(journal, iid)
    interviews.save_interview(journal, {"role": "Lead"}, [], interview_id=iid)
    assert FeedbackRequest.get().interviewer_id is None  # the link went with the person
    new = restore.snapshot_interview(journal, iid)
    restore.put_edit(journal, iid, new, old)
    assert everything(journal) == before
