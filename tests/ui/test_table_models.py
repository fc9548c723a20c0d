"""The table models pass Qt's own model tester and sort, page and filter as the user expects."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Action, FeedbackPoint, FeedbackRequest, Theme
from debrief.ui.table_models import ActionsModel, InterviewsModel, points_model, requests_model
from tests.conftest import add_interviews
from tests.proof.test_faults import _deny_writes


def test_interviews_model_passes_the_model_tester(qtmodeltester, journal):
    add_interviews(journal, InterviewsModel.PAGE + 40)
    model = InterviewsModel(journal)
    model.reload()
    qtmodeltester.check(model, force_py=False)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_filter("Company 01")
    qtmodeltester.check(model, force_py=False)


def test_pages_load_on_demand_and_sorting_covers_unloaded_rows(journal):
    add_interviews(journal, InterviewsModel.PAGE * 2 + 5)
    model = InterviewsModel(journal)
    model.reload()
    assert model.rowCount() == InterviewsModel.PAGE and model.canFetchMore()
    model.sort(model.columns.index("company"), Qt.SortOrder.DescendingOrder)
    # The first row is the last company of all, though it was never loaded before.
    assert model.index(0, 1).data() == f"Company {InterviewsModel.PAGE * 2 + 4:03d}"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == InterviewsModel.PAGE * 2 + 5


def test_inline_edit_writes_through_and_refuses_bad_values(journal, qtbot):
    (iid,) = add_interviews(journal, 1)
    model = InterviewsModel(journal)
    model.reload()
    company = model.index(0, model.columns.index("company"))
    assert model.setData(company, "  Initech  ")
    assert model.index(0, 1).data() == "Initech"
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(company, "   ")
    assert refused.args[0][0].code == "required"
    date = model.index(0, model.columns.index("date"))
    assert model.setData(date, QDate(2025, 12, 31))
    with qtbot.waitSignal(model.rejected) as rejected:
        model.setData(model.index(0, model.columns.index("outcome")), "rejected")
    assert rejected.args == [iid]
    fresh = InterviewsModel(journal)
    fresh.reload()
    assert [fresh.index(0, c).data() for c in (0, 1, 5)] == [
        "2025-12-31",
        "Initech",
        "Not selected",
    ]


def test_read_only_model_offers_no_editing(journal, journal_path, monkeypatch):
    add_interviews(journal, 1)
    journal.close()
    _deny_writes(monkeypatch, journal_path)
    read_only = open_journal(journal_path)
    try:
        assert read_only.read_only
        model = InterviewsModel(read_only)
        model.reload()
        assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    finally:
        read_only.close()


def _feedback(iid: int) -> Action:
    theme = Theme.get(Theme.name == "Communication")
    action = Action.create(theme=theme, description="Answer in three parts")
    request = FeedbackRequest.create(interview=iid, channel="email", response="given")
    FeedbackPoint.create(
        interview=iid,
        request=request,
        theme=theme,
        kind="held_back",
        words="Answers rambled",
        clarify_question="Which answer?",
        clarify_example="The design question",
        action=action,
    )
    return action


def test_detail_and_actions_models_pass_the_tester(qtmodeltester, journal):
    (iid,) = add_interviews(journal, 1)
    action = _feedback(iid)
    points, requests, actions = (
        points_model(journal),
        requests_model(journal),
        ActionsModel(journal),
    )
    points.show_interview(iid)
    requests.show_interview(iid)
    actions.reload()
    for model in (points, requests, actions):
        qtmodeltester.check(model, force_py=False)
    assert points.index(0, points.columns.index("words")).data() == "Answers rambled"
    assert points.index(0, points.columns.index("clarification")).data() == (
        "Which answer? The design question"
    )
    assert requests.index(0, requests.columns.index("response")).data() == "Feedback given"
    status = actions.index(0, actions.columns.index("status"))
    assert actions.setData(status, "done")
    assert Action.get_by_id(action.id).done_at is not None
    assert actions.index(0, actions.columns.index("points")).data() == "1"
