"""A debrief's life in the journal: draft, resume, finish in one go, declined, no reply."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debrief.journal.practice import debriefs
from debrief.journal.practice.debrief_sample import sample_data, wizard_finish_ms
from debrief.journal.store.models import (
    Action,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Theme,
)
from debrief.journal.store.refusals import InvalidInput
from tests.conftest import add_interviews

WHEN = dt.datetime(2026, 3, 4, 10, 0)


def point(words: str, kind: str = "held_back", theme: str = "", **extra) -> dict:
    return {"kind": kind, "theme": theme, "words": words, **extra}


def base_data(**overrides) -> dict:
    data = {
        "told_via": "email",
        "told_at": WHEN.isoformat(),
        "interviewer_name": "Dana Whitfield",
        "interviewer_email": "dana@example.com",
        "channel": "email",
        "words": "Could you share what I could improve before my next interview?",
        "asked": True,
        "asked_at": (WHEN + dt.timedelta(hours=2)).isoformat(),
        "response": "given",
        "points": [],
    }
    return {**data, **overrides}


@pytest.fixture
def interview_id(journal) -> int:
    return add_interviews(journal, 1)[0]


def test_start_creates_one_asking_and_resumes_it(journal, interview_id):
    first = debriefs.start(journal, interview_id)
    assert first.step == "notice"
    assert debriefs.unfinished_step(journal, interview_id) == "notice"
    again = debriefs.start(journal, interview_id)
    assert again.request_id == first.request_id
    assert FeedbackRequest.select().count() == 1


def test_start_refuses_a_missing_interview(journal):
    with pytest.raises(InvalidInput):
        debriefs.start(journal, 999)


def test_draft_keeps_fields_and_page_for_resuming(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    typed = base_data(points=[point("Seemed flat", theme="Enthusiasm")])
    debriefs.save_draft(journal, debrief.request_id, "clarify", typed)
    assert debriefs.unfinished_step(journal, interview_id) == "clarify"
    resumed = debriefs.start(journal, interview_id)
    assert resumed.step == "clarify"
    assert resumed.data["points"] == typed["points"]
    assert resumed.data["words"] == typed["words"]
    # What was said waits for the end; the telling and the asking are facts already,
    # which the reminders and the table read (the ask deadline, the follow-up).
    assert FeedbackPoint.select().count() == 0
    interview = Interview.get_by_id(interview_id)
    assert interview.outcome == "rejected" and interview.told_via == typed["told_via"]
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert (request.asked_at is not None) == bool(typed["asked"])
    assert request.response == "waiting"


def test_a_damaged_draft_falls_back_to_what_was_stored(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    FeedbackRequest.update(draft="{not json").execute()
    assert debriefs.load(journal, debrief.request_id).data["response"] == "waiting"


def test_finish_stores_everything_in_one_go(journal, interview_id):
    Theme.insert(name="Old habits").execute()
    old_theme = Theme.get(Theme.name == "Old habits")
    open_action = Action.insert(theme=old_theme, description="Slow down").execute()
    debrief = debriefs.start(journal, interview_id)
    data = base_data(
        thanked=True,
        thanked_at=(WHEN + dt.timedelta(days=1)).isoformat(),
        thank_words="Thank you for your time.",
        points=[
            point(
                "You seemed flat about the product",
                theme="enthusiasm",  # matches the built-in theme ignoring case
                verdict="true_weakness",
                clarify_question="Could you give an example?",
                clarify_example="When we demoed the dashboard.",
                action_text="Prepare two reasons this product excites me",
            ),
            point("   ", theme="Preparation"),  # empty: left out
            point("Great system design", kind="went_well", theme="Communication"),
            point(
                "Rushed answers", theme="OLD HABITS", verdict="impression", action_id=open_action
            ),
            point(
                "Whiteboard froze", theme="Whiteboard nerves", verdict="disagree", action_text="x"
            ),
        ],
    )
    result = debriefs.finish(journal, debrief.request_id, data)
    assert (result.points, result.actions_created, result.actions_linked) == (4, 1, 1)
    assert result.skipped_empty == 1

    interview = Interview.get_by_id(interview_id)
    assert interview.outcome == "rejected"
    assert (interview.told_via, interview.told_at) == ("email", WHEN)
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert request.wizard_step == "done" and request.draft == ""
    assert request.response == "given" and request.responded_at is not None
    assert request.interviewer.name == "Dana Whitfield"
    assert request.interviewer.email == "dana@example.com"
    assert request.asked_at == WHEN + dt.timedelta(hours=2)
    assert request.in_time is True
    assert request.thanked_at == WHEN + dt.timedelta(days=1)
    assert request.thank_words == "Thank you for your time."
    assert debriefs.unfinished_step(journal, interview_id) is None

    stored = list(FeedbackPoint.select().order_by(FeedbackPoint.position))
    assert [p.words for p in stored] == [
        "You seemed flat about the product",
        "Great system design",
        "Rushed answers",
        "Whiteboard froze",
    ]
    assert [p.theme.name for p in stored] == [
        "Enthusiasm",
        "Communication",
        "Old habits",
        "Whiteboard nerves",
    ]
    first = stored[0]
    assert (first.clarify_question, first.clarify_example) == (
        "Could you give an example?",
        "When we demoed the dashboard.",
    )
    assert first.action.description == "Prepare two reasons this product excites me"
    assert first.action.theme.name == "Enthusiasm"
    assert stored[2].action_id == open_action
    assert stored[3].verdict == "disagree" and stored[3].action is None  # noted only
    assert Theme.select().where(Theme.name == "enthusiasm").count() == 1
    assert Action.select().count() == 2


def test_finish_refuses_bad_values_and_writes_nothing(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    data = base_data(points=[point("fine"), point("odd", kind="shouting")])
    with pytest.raises(InvalidInput) as refused:
        debriefs.finish(journal, debrief.request_id, data)
    assert {p.field for p in refused.value.problems} == {"point_kind"}
    assert FeedbackPoint.select().count() == 0
    assert Interview.get_by_id(interview_id).outcome == "pending"
    assert debriefs.unfinished_step(journal, interview_id) == "notice"


def test_finishing_twice_is_refused(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    debriefs.finish(journal, debrief.request_id, base_data(points=[point("x")]))
    with pytest.raises(InvalidInput):
        debriefs.finish(journal, debrief.request_id, base_data(points=[point("y")]))
    with pytest.raises(InvalidInput):
        debriefs.save_draft(journal, debrief.request_id, "listen", {})
    assert [p.words for p in FeedbackPoint.select()] == ["x"]


def test_a_100_kb_pasted_answer_is_stored_exactly(journal, interview_id):
    said = ("Ünïcödé 📝 said:\r\n  trailing spaces   \t" * 3000)[:100_000]
    debrief = debriefs.start(journal, interview_id)
    debriefs.save_draft(journal, debrief.request_id, "listen", base_data(points=[point(said)]))
    resumed = debriefs.start(journal, interview_id)
    assert resumed.data["points"][0]["words"] == said
    debriefs.finish(journal, resumed.request_id, resumed.data)
    assert FeedbackPoint.get().words == said


def test_declined_is_recorded_and_finished(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    data = base_data(response="declined", thanked=True, points=[point("typed early")])
    result = debriefs.record_declined(journal, debrief.request_id, data)
    assert result.points == 0
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert (request.response, request.wizard_step) == ("declined", "done")
    assert request.thanked_at is not None and request.responded_at is not None
    assert FeedbackPoint.select().count() == 0
    assert Interview.get_by_id(interview_id).outcome == "rejected"


def test_no_reply_stays_open_and_can_be_resumed(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    debriefs.record_no_reply(journal, debrief.request_id, base_data(response="no_reply"))
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert (request.response, request.wizard_step) == ("no_reply", "listen")
    assert request.asked_at == WHEN + dt.timedelta(hours=2)
    assert debriefs.unfinished_step(journal, interview_id) == "listen"

    resumed = debriefs.start(journal, interview_id)
    assert resumed.request_id == debrief.request_id and resumed.step == "listen"
    assert resumed.data["response"] == "no_reply"
    assert resumed.data["interviewer_name"] == "Dana Whitfield"
    data = {**resumed.data, "response": "given", "points": [point("Be more concrete")]}
    debriefs.finish(journal, resumed.request_id, data)
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert (request.response, request.wizard_step) == ("given", "done")
    assert Interviewer.select().count() == 1  # the resumed name is the same person
    assert [p.words for p in FeedbackPoint.select()] == ["Be more concrete"]


def test_discard_deletes_a_fresh_debrief_but_keeps_a_recorded_no_reply(journal, interview_id):
    fresh = debriefs.start(journal, interview_id)
    assert debriefs.discard(journal, fresh.request_id) is True
    assert debriefs.unfinished_step(journal, interview_id) is None

    asked = debriefs.start(journal, interview_id)
    debriefs.record_no_reply(journal, asked.request_id, base_data())
    debriefs.save_draft(journal, asked.request_id, "clarify", base_data(points=[point("typed")]))
    assert debriefs.discard(journal, asked.request_id) is False
    kept = debriefs.start(journal, interview_id)
    assert (kept.request_id, kept.step) == (asked.request_id, "listen")
    assert kept.data["points"] == []
    assert kept.data["response"] == "no_reply"


def test_asking_again_after_a_finished_debrief_starts_a_new_request(journal, interview_id):
    first = debriefs.start(journal, interview_id)
    debriefs.record_declined(journal, first.request_id, base_data())
    second = debriefs.start(journal, interview_id)
    assert second.request_id != first.request_id and second.step == "notice"


def test_existing_interviewer_gets_a_missing_email(journal, interview_id):
    person = Interviewer.insert(interview=interview_id, name="Ann Lee").execute()
    debrief = debriefs.start(journal, interview_id)
    data = base_data(interviewer_id=person, interviewer_email="ann@example.com")
    debriefs.record_declined(journal, debrief.request_id, data)
    assert Interviewer.get_by_id(person).email == "ann@example.com"
    assert Interviewer.select().count() == 1


def test_open_actions_for_theme_ignores_case_done_and_other_themes(journal):
    enthusiasm = Theme.get(Theme.name == "Enthusiasm")
    other = Theme.get(Theme.name == "Preparation")
    newer = Action.insert(theme=enthusiasm, description="Two reasons").execute()
    Action.insert(theme=enthusiasm, description="Old", status="done").execute()
    Action.insert(theme=other, description="Research").execute()
    practising = Action.insert(theme=enthusiasm, description="Smile", status="practising").execute()
    found = debriefs.open_actions_for_theme(journal, "  ENTHUSIASM ")
    assert sorted(found) == sorted([(newer, "Two reasons"), (practising, "Smile")])
    assert debriefs.open_actions_for_theme(journal, "Nobody") == []
    assert debriefs.open_actions_for_theme(journal, "") == []


def test_theme_suggestion_prefills_from_the_theme(journal):
    assert "two reasons" in debriefs.theme_suggestion(journal, "enthusiasm")
    assert debriefs.theme_suggestion(journal, "Brand new") == ""


def test_draft_json_is_readable_text(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    debriefs.save_draft(journal, debrief.request_id, "ask", {"words": "Grüße"})
    assert json.loads(FeedbackRequest.get_by_id(debrief.request_id).draft) == {"words": "Grüße"}


def test_sample_data_finishes_with_ten_points_and_five_actions(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    result = debriefs.finish(journal, debrief.request_id, sample_data(10, 5))
    assert (result.points, result.actions_created) == (10, 5)
    assert wizard_finish_ms(journal, repeats=2) > 0


def test_response_counts_group_the_askings_by_answer(journal):
    first, second, third = add_interviews(journal, 3)
    debriefs.record_declined(journal, debriefs.start(journal, first).request_id, base_data())
    debriefs.record_no_reply(journal, debriefs.start(journal, second).request_id, base_data())
    debriefs.start(journal, third)  # not asked yet: not counted
    assert debriefs.response_counts(journal) == {"declined": 1, "no_reply": 1}


def test_a_link_to_a_done_or_missing_action_becomes_a_new_action(journal, interview_id):
    done = Action.insert(description="Old", status="done").execute()
    debrief = debriefs.start(journal, interview_id)
    data = base_data(
        points=[
            point("a", action_id=done, action_text="Fresh plan"),
            point("b", action_id=9999),
        ]
    )
    result = debriefs.finish(journal, debrief.request_id, data)
    assert (result.actions_created, result.actions_linked) == (1, 0)
    stored = list(FeedbackPoint.select().order_by(FeedbackPoint.position))
    assert stored[0].action.description == "Fresh plan"
    assert stored[1].action is None


def test_a_kept_debrief_is_reminded_of_its_deadline_then_of_its_follow_up(journal, interview_id):
    """Kept at the ask page, the 24 hours run from the telling; kept once asked, the
    follow-up runs from the asking: the reminders read committed facts, not drafts."""
    from debrief.journal.practice.reminders.facts import gather

    debrief = debriefs.start(journal, interview_id)
    not_yet = base_data(asked=False, asked_at=None, response="waiting", points=[])
    debriefs.save_draft(journal, debrief.request_id, "ask", not_yet)
    facts = gather(journal, WHEN + dt.timedelta(hours=3))
    assert [ask.interview_id for ask in facts.asks] == [interview_id]
    assert facts.waiting == ()

    asked = base_data(response="waiting", points=[])
    debriefs.save_draft(journal, debrief.request_id, "listen", asked)
    facts = gather(journal, WHEN + dt.timedelta(hours=3))
    assert facts.asks == ()  # asked: nothing to remind of the deadline
    assert [waiting.request_id for waiting in facts.waiting] == [debrief.request_id]


def test_a_draft_with_a_wrong_date_is_kept_but_commits_no_fact(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    debriefs.save_draft(journal, debrief.request_id, "ask", base_data(told_at="not a date"))
    assert debriefs.start(journal, interview_id).data["told_at"] == "not a date"
    assert Interview.get_by_id(interview_id).told_at is None
    assert FeedbackRequest.get_by_id(debrief.request_id).asked_at is None


def test_a_name_being_typed_adds_no_interviewer_until_the_debrief_ends(journal, interview_id):
    debrief = debriefs.start(journal, interview_id)
    for typed in ("D", "Da", "Dan"):
        draft = base_data(interviewer_id=None, interviewer_name=typed, points=[])
        debriefs.save_draft(journal, debrief.request_id, "ask", draft)
    assert Interviewer.select().count() == 0
    debriefs.finish(journal, debrief.request_id, draft)
    assert [p.name for p in Interviewer.select()] == ["Dan"]


def test_an_email_being_typed_is_stored_whole_for_a_chosen_interviewer(journal, interview_id):
    """Each pause in typing keeps a draft: the chosen person's blank e-mail must not take
    the first half typed and then refuse the rest ("an e-mail fills a blank")."""
    with journal.writing():
        person = Interviewer.insert(interview=interview_id, name="Dana", email="").execute()
    debrief = debriefs.start(journal, interview_id)
    for typed in ("dana@", "dana@example.com"):
        draft = base_data(interviewer_id=person, interviewer_email=typed, points=[])
        debriefs.save_draft(journal, debrief.request_id, "ask", draft)
    debriefs.finish(journal, debrief.request_id, draft)
    assert Interviewer.get_by_id(person).email == "dana@example.com"


def test_discard_after_resuming_a_no_reply_keeps_the_recorded_asking(journal, interview_id):
    """A recorded "no reply" keeps its asking on Discard: a draft typed since (the asked
    box unticked, another time) is no committed fact until the debrief ends."""
    debrief = debriefs.start(journal, interview_id)
    debriefs.record_no_reply(journal, debrief.request_id, base_data(points=[]))
    asked_at = FeedbackRequest.get_by_id(debrief.request_id).asked_at
    assert asked_at is not None
    changed = base_data(asked=False, asked_at=None, told_via="phone", points=[])
    debriefs.save_draft(journal, debrief.request_id, "ask", changed)
    debriefs.discard(journal, debrief.request_id)
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert request.asked_at == asked_at and request.response == "no_reply"
    assert Interview.get_by_id(interview_id).told_via == "email"


def test_discard_keeps_a_sent_request_that_is_still_waiting(journal, interview_id):
    """ "I sent it" ticked, Keep for later; days on, Continue debrief and Esc → Discard
    (nothing heard yet): the request and its asking stay, only the new typing goes."""
    debrief = debriefs.start(journal, interview_id)
    sent = base_data(response=None, points=[])
    debriefs.save_draft(journal, debrief.request_id, "listen", sent)
    asked_at = FeedbackRequest.get_by_id(debrief.request_id).asked_at
    assert asked_at is not None
    typed = base_data(response="given", points=[point("typed")])
    debriefs.save_draft(journal, debrief.request_id, "listen", typed)
    assert debriefs.discard(journal, debrief.request_id) is False
    request = FeedbackRequest.get_by_id(debrief.request_id)
    assert (request.asked_at, request.response) == (asked_at, "waiting")
    resumed = debriefs.start(journal, interview_id)
    assert (resumed.request_id, resumed.step) == (debrief.request_id, "listen")
    assert resumed.data["points"] == [] and resumed.data["asked"] is True
