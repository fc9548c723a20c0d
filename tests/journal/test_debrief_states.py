"""Each rejection's debrief state: received, waiting, no reply, declined, ask by, not asked."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.journal.practice.debrief_states import DebriefState, debrief_states, state_of
from debrief.journal.store.models import FeedbackRequest, Interview
from tests.conftest import add_interviews

NOW = dt.datetime(2026, 3, 4, 12, 0)


@pytest.mark.parametrize(
    ("responses", "expected"),
    [
        (["given"], DebriefState.GIVEN),
        (["waiting"], DebriefState.WAITING),
        (["no_reply"], DebriefState.NO_REPLY),
        (["declined"], DebriefState.DECLINED),
        (["declined", "given"], DebriefState.GIVEN),
        (["no_reply", "waiting"], DebriefState.WAITING),
    ],
)
def test_the_most_settled_answer_names_the_state(responses, expected):
    assert state_of(True, responses, None, None, NOW) == (expected, None)


def test_a_rejection_not_yet_asked_shows_its_deadline_until_it_passes():
    told = NOW - dt.timedelta(hours=3)
    state, due = state_of(True, [], told, "email", NOW)
    assert state is DebriefState.ASK_BY and due == told + dt.timedelta(hours=24)
    late = state_of(True, [], NOW - dt.timedelta(days=2), "email", NOW)
    assert late == (DebriefState.NOT_ASKED, None)
    assert state_of(True, [], None, None, NOW) == (DebriefState.NOT_ASKED, None)


def test_an_interview_that_was_no_rejection_has_no_state():
    assert state_of(False, [], None, None, NOW) is None


def test_states_for_a_page_of_interviews(journal):
    a, b, c, d = add_interviews(journal, 4)
    Interview.update(outcome="rejected").where(Interview.id.in_([a, b, c])).execute()
    FeedbackRequest.create(interview=a, asked_at=NOW, response="given", wizard_step="done")
    FeedbackRequest.create(interview=b, wizard_step="done")  # finished without asking
    FeedbackRequest.create(interview=d, wizard_step="notice")  # begun, outcome not yet set
    found = debrief_states(journal, [a, b, c, d], NOW)
    assert found[a].state is DebriefState.GIVEN and found[a].step is None
    assert found[b].state is DebriefState.NOT_ASKED
    assert found[c].state is DebriefState.NOT_ASKED
    assert found[d].state is DebriefState.NOT_ASKED and found[d].step == "notice"


def test_a_rejection_after_several_rounds_shows_its_debrief_on_the_last_round(journal):
    """The outcome is the application's: its last round carries the debrief, whichever
    round's interviewer was asked, and the earlier rounds do not each say "not asked"."""
    from debrief.journal.records.rounds import add_next_round

    with journal.writing():
        first = Interview.create(company="Acme", role="Dev", date=dt.date(2026, 2, 20)).id
    second = add_next_round(journal, first, dt.date(2026, 2, 25))
    with journal.writing():
        Interview.update(outcome="rejected").where(Interview.id == second).execute()
    states = debrief_states(journal, [first, second], NOW)
    assert list(states) == [second] and states[second].state is DebriefState.NOT_ASKED
    with journal.writing():  # asked the first round's interviewer
        FeedbackRequest.create(interview=first, asked_at=NOW, response="given")
    states = debrief_states(journal, [first, second], NOW)
    assert {i: s.state for i, s in states.items()} == {
        first: DebriefState.GIVEN,
        second: DebriefState.GIVEN,
    }
